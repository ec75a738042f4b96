import assert from 'node:assert/strict';
import type { CalendarWorld } from '../../../dev/sandbox/http/contract';
import {
  ADELE,
  ALEX,
  defaultWorld,
  findBySubject,
  graphOf,
  mailboxOf,
  MARKETING_GROUP_ID,
  MEGAN,
  PATTI,
  wholeWorld,
} from './support/world-calls';

describe('sandbox event cancel (event-cancel.md)', () => {
  let world: CalendarWorld;
  let call: ReturnType<typeof graphOf>;
  beforeEach(() => {
    world = defaultWorld();
    call = graphOf(world);
  });
  const snapshot = (alias: string) => mailboxOf(world, alias);

  it('"202 Accepted ... does not return anything in the response body"; the event moves to Deleted Items and its id then answers 404', async () => {
    const [oneOnOne] = await findBySubject(call, ALEX, '1:1 Alex / Megan');
    const answer = await call(ALEX, 'POST', `/me/events/${oneOnOne.id}/cancel`, { body: { comment: 'Sorry, clash' } });
    assert.equal(answer.status, 202);
    assert.equal(answer.body, undefined);
    assert.ok(snapshot('AlexW').deletedItems.some((e) => e.subject === '1:1 Alex / Megan'));
    assert.ok(!snapshot('AlexW').events.some((e) => e.subject === '1:1 Alex / Megan'));
    const gone = await call(ALEX, 'GET', `/me/events/${oneOnOne.id}`);
    assert.deepEqual(
      [gone.status, gone.error],
      [404, { code: 'ErrorItemNotFound', message: 'The specified object was not found in the store.' }],
    );
    const again = await call(ALEX, 'POST', `/me/events/${oneOnOne.id}/cancel`, { body: {} });
    assert.equal(again.status, 404, 'graph-facts.md (inferred): a second cancel of the same id is a 404');
  });

  it('"attendees receive a cancellation carrying the comment and their copies show isCancelled: true"', async () => {
    const [oneOnOne] = await findBySubject(call, ALEX, '1:1 Alex / Megan');
    await call(ALEX, 'POST', `/me/events/${oneOnOne.id}/cancel`, { body: { Comment: 'Moving this to next week' } });
    const [hers] = await findBySubject(call, MEGAN, '1:1 Alex / Megan');
    assert.equal(hers.isCancelled, true);
    const [message] = snapshot('MeganB').inbox;
    assert.equal(message.subject, 'Canceled: 1:1 Alex / Megan');
    assert.equal(message.comment, 'Moving this to next week', 'the docs example spells the parameter "Comment"');
    assert.equal(message.eventId, hers.id);
    assert.equal(message.from.emailAddress.address, 'AlexW@contoso.onmicrosoft.com');
  });

  it('"An attendee calling this action gets an error (HTTP 400 Bad Request)" with the documented message, and nothing changes', async () => {
    const [allHands] = await findBySubject(call, ALEX, 'All hands');
    assert.equal(allHands.isOrganizer, false);
    const before = wholeWorld(world);
    const answer = await call(ALEX, 'POST', `/me/events/${allHands.id}/cancel`, { body: { comment: 'x' } });
    assert.equal(answer.status, 400);
    assert.equal(answer.error?.message, "Your request can't be completed. You need to be an organizer to cancel a meeting.");
    assert.equal(wholeWorld(world), before);
  });

  it('"The organizer can also cancel an occurrence ... by providing the occurrence event ID": that one goes, the series goes on', async () => {
    const standups = await findBySubject(call, ALEX, 'Daily standup');
    assert.ok(standups.length >= 5);
    const [first, second] = standups;
    assert.equal(first.type, 'occurrence');
    const got = await call(ALEX, 'GET', `/me/events/${second.id}`);
    assert.deepEqual([got.status, got.body.subject, got.body.seriesMasterId], [200, 'Daily standup', second.seriesMasterId]);
    assert.equal((await call(ALEX, 'POST', `/me/events/${second.id}/cancel`, { body: { comment: 'Holiday' } })).status, 202);
    const after = await findBySubject(call, ALEX, 'Daily standup');
    assert.deepEqual(
      after.map((e) => e.id),
      standups.filter((e) => e.id !== second.id).map((e) => e.id),
    );
    assert.equal((await call(ALEX, 'GET', `/me/events/${second.id}`)).status, 404);
    const master = snapshot('AlexW').events.find((e) => e.id === second.seriesMasterId);
    assert.deepEqual(master.cancelledOccurrences, [second.id]);
    // Megan's copy of that occurrence is cancelled; her other occurrences are not.
    const hers = await findBySubject(call, MEGAN, 'Daily standup');
    assert.deepEqual(
      hers.filter((e) => e.isCancelled).map((e) => e.start.dateTime),
      [second.start.dateTime],
    );
    assert.equal(snapshot('MeganB').inbox[0].comment, 'Holiday');
  });

  it('the seriesMasterId cancels the whole series, for every attendee', async () => {
    const [standup] = await findBySubject(call, ALEX, 'Daily standup');
    assert.equal(
      (await call(ALEX, 'POST', `/me/events/${standup.seriesMasterId}/cancel`, { body: { comment: 'No more standups' } })).status,
      202,
    );
    assert.deepEqual(await findBySubject(call, ALEX, 'Daily standup'), []);
    for (const attendee of [MEGAN, ADELE]) {
      const copies = await findBySubject(call, attendee, 'Daily standup');
      assert.ok(copies.length >= 5, `${attendee.upn}'s copies are cancelled`);
      assert.ok(
        copies.every((e) => e.isCancelled),
        `${attendee.upn}'s copies are cancelled`,
      );
    }
    assert.equal((await call(ALEX, 'GET', `/me/events/${standup.id}`)).status, 404, 'occurrences of a cancelled series are gone');
  });

  it('answers on every documented path: /calendar, /calendars/{id}, /calendarGroups/{id}/calendars/{id}, calendargroup, /users/{upn}, /groups/{id}', async () => {
    const calendars = (await call(ALEX, 'GET', '/me/calendars')).body.value;
    const projects = calendars.find((c: any) => c.name === 'Projects');
    const defaultCalendar = calendars.find((c: any) => c.isDefaultCalendar);
    const groupId = (await call(ALEX, 'GET', '/me/calendarGroups')).body.value[0].id;
    const view = (path: string) =>
      call(ALEX, 'GET', `${path}?startDateTime=2026-03-01T00:00:00Z&endDateTime=2026-03-12T00:00:00Z&$top=100`);
    const budget = (await view(`/me/calendars/${projects.id}/calendarView`)).body.value.find((e: any) => e.subject === 'Budget review');
    const retro = (await view('/me/calendar/calendarView')).body.value.find((e: any) => e.subject === 'Retro');
    const interview = (await view('/me/calendarView')).body.value.find((e: any) => e.subject === 'Interview: frontend candidate');
    const sync = (await view('/me/calendarView')).body.value.filter((e: any) => e.subject === 'Weekly sync');
    const campaign = (await view(`/groups/${MARKETING_GROUP_ID}/calendar/calendarView`)).body.value.find(
      (e: any) => e.subject === 'Campaign planning',
    );
    const cases: [string, string][] = [
      [`/me/calendars/${projects.id}/events/${budget.id}/cancel`, 'Budget review'],
      [`/me/calendar/events/${retro.id}/cancel`, 'Retro'],
      [`/ME/CalendarGroups/${groupId}/calendars/${defaultCalendar.id}/events/${interview.id}/cancel`, 'Interview'],
      [
        `/users/AlexW@contoso.onmicrosoft.com/calendargroup/calendars/${defaultCalendar.id}/events/${sync[0].id}/cancel`,
        'Weekly sync (occurrence)',
      ],
      [`/users/00000000-0000-4000-8000-000000000020/calendar/events/${sync[1].seriesMasterId}/cancel`, 'Weekly sync (series)'],
      [`/groups/${MARKETING_GROUP_ID}/events/${campaign.id}/cancel`, 'Campaign planning'],
    ];
    for (const [path, what] of cases) assert.equal((await call(ALEX, 'POST', path, { body: {} })).status, 202, what);
    assert.ok(snapshot('MeganB').inbox.some((m) => m.subject === 'Canceled: Campaign planning'));
  });

  it('an event in another calendar than the path names is not found', async () => {
    const calendars = (await call(ALEX, 'GET', '/me/calendars')).body.value;
    const projects = calendars.find((c: any) => c.name === 'Projects');
    const [oneOnOne] = await findBySubject(call, ALEX, '1:1 Alex / Megan');
    assert.equal((await call(ALEX, 'POST', `/me/calendars/${projects.id}/events/${oneOnOne.id}/cancel`, { body: {} })).status, 404);
    assert.equal((await call(ALEX, 'POST', `/me/calendars/AAMkAGnope/events/${oneOnOne.id}/cancel`, { body: {} })).status, 404);
  });

  it("another user's mailbox needs seeded delegate rights (Patti is Alex's delegate; Megan is not): else 403 ErrorAccessDenied", async () => {
    const [oneOnOne] = await findBySubject(call, ALEX, '1:1 Alex / Megan');
    const before = wholeWorld(world);
    const denied = await call(MEGAN, 'POST', `/users/AlexW@contoso.onmicrosoft.com/events/${oneOnOne.id}/cancel`, { body: {} });
    assert.deepEqual(
      [denied.status, denied.error],
      [403, { code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.' }],
    );
    const notMember = await call(
      PATTI,
      'GET',
      `/groups/${MARKETING_GROUP_ID}/calendarView?startDateTime=2026-03-01&endDateTime=2026-03-12`,
    );
    assert.equal(notMember.status, 403, 'a group calendar only for members');
    assert.equal(wholeWorld(world), before);
    const delegated = await call(PATTI, 'POST', `/users/AlexW@contoso.onmicrosoft.com/events/${oneOnOne.id}/cancel`, {
      body: { comment: 'On behalf of Alex' },
    });
    assert.equal(delegated.status, 202);
  });

  it('bad requests change nothing: unknown ids, unknown users, malformed bodies', async () => {
    const [oneOnOne] = await findBySubject(call, ALEX, '1:1 Alex / Megan');
    const before = wholeWorld(world);
    const answers = [
      await call(ALEX, 'POST', '/me/events/AAMkAGdoesnotexist/cancel', { body: {} }),
      await call(ALEX, 'POST', '/users/nobody@contoso.onmicrosoft.com/events/x/cancel', { body: {} }),
      await call(ALEX, 'POST', `/me/events/${oneOnOne.id}/cancel`, { body: { comment: 42 } }),
      await call(ALEX, 'POST', `/me/events/${oneOnOne.id}/cancel`, { body: { comment: 'x', notify: false } }),
      await call(ALEX, 'POST', `/me/events/${oneOnOne.id}/cancel`, { body: ['comment'] }),
      await call(ALEX, 'POST', `/me/events/${oneOnOne.id.slice(0, -2)}/cancel`, { body: {} }),
    ];
    assert.deepEqual(
      answers.map((a) => a.status),
      [404, 404, 400, 400, 400, 404],
    );
    assert.equal(answers[0].error?.code, 'ErrorItemNotFound');
    assert.equal(answers[1].error?.code, 'ErrorInvalidUser');
    assert.equal(wholeWorld(world), before);
  });

  it("DELETE answers 204 (event-delete.md); the organizer's delete notifies attendees, an attendee's only removes their copy", async () => {
    const [oneOnOne] = await findBySubject(call, ALEX, '1:1 Alex / Megan');
    const deleted = await call(ALEX, 'DELETE', `/me/events/${oneOnOne.id}`);
    assert.deepEqual([deleted.status, deleted.body], [204, undefined]);
    const [hers] = await findBySubject(call, MEGAN, '1:1 Alex / Megan');
    assert.equal(hers.isCancelled, true);
    assert.equal(snapshot('MeganB').inbox[0].subject, 'Canceled: 1:1 Alex / Megan');
    const [allHands] = await findBySubject(call, ALEX, 'All hands');
    assert.equal((await call(ALEX, 'DELETE', `/me/events/${allHands.id}`)).status, 204);
    assert.deepEqual(await findBySubject(call, ALEX, 'All hands'), []);
    assert.equal(snapshot('MeganB').inbox.length, 1, 'an attendee deleting sends nothing to the organizer');
  });
});
