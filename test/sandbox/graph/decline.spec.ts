import assert from 'node:assert/strict';
import type { CalendarWorld } from '../../../dev/sandbox/http/contract';
import { ALEX, defaultWorld, findBySubject, graphOf, mailboxOf, MEGAN, wholeWorld } from './support/world-calls';

describe('sandbox event decline (event-decline.md)', () => {
  let world: CalendarWorld;
  let call: ReturnType<typeof graphOf>;
  beforeEach(() => {
    world = defaultWorld();
    call = graphOf(world);
  });
  const snapshot = (alias: string) => mailboxOf(world, alias);

  it('"If successful, this method returns 202 Accepted": the attendee\'s copy is declined and leaves the calendar; the organizer gets the response', async () => {
    const [allHands] = await findBySubject(call, ALEX, 'All hands');
    const answer = await call(ALEX, 'POST', `/me/events/${allHands.id}/decline`, { body: { comment: 'Out that day', sendResponse: true } });
    assert.deepEqual([answer.status, answer.body], [202, undefined]);
    assert.deepEqual(await findBySubject(call, ALEX, 'All hands'), []);
    const declined = snapshot('AlexW').deletedItems.find((e) => e.subject === 'All hands');
    assert.equal(declined.responseStatus.response, 'declined');
    const [response] = snapshot('MeganB').inbox;
    assert.deepEqual(
      [response.subject, response.comment, response.from.emailAddress.address],
      ['Declined: All hands', 'Out that day', 'AlexW@contoso.onmicrosoft.com'],
    );
    const organizers = snapshot('MeganB').events.find((e) => e.subject === 'All hands');
    assert.equal(organizers.attendees.find((a: any) => /alexw/i.test(a.emailAddress.address)).status.response, 'declined');
  });

  it('"sendResponse ... Default is true"; false sends nothing to the organizer', async () => {
    const [allHands] = await findBySubject(call, ALEX, 'All hands');
    assert.equal((await call(ALEX, 'POST', `/me/events/${allHands.id}/decline`, {})).status, 202);
    assert.equal(snapshot('MeganB').inbox.length, 1);
    const [oneOnOne] = await findBySubject(call, MEGAN, '1:1 Alex / Megan');
    assert.equal((await call(MEGAN, 'POST', `/me/events/${oneOnOne.id}/decline`, { body: { sendResponse: false } })).status, 202);
    assert.equal(snapshot('AlexW').inbox.length, 0);
  });

  it("declining one occurrence removes only that occurrence from the attendee's calendar", async () => {
    const standups = await findBySubject(call, MEGAN, 'Daily standup');
    assert.equal((await call(MEGAN, 'POST', `/me/events/${standups[1].id}/decline`, { body: { comment: 'Dentist' } })).status, 202);
    const after = await findBySubject(call, MEGAN, 'Daily standup');
    assert.deepEqual(
      after.map((e) => e.id),
      standups.filter((e) => e.id !== standups[1].id).map((e) => e.id),
    );
    assert.equal((await findBySubject(call, ALEX, 'Daily standup')).length, standups.length, "the organizer's series is untouched");
  });

  it("the organizer cannot decline their own meeting (400; Exchange's ErrorCalendarIsOrganizerForDecline, inferred), and nothing changes", async () => {
    const [oneOnOne] = await findBySubject(call, ALEX, '1:1 Alex / Megan');
    const before = wholeWorld(world);
    const answer = await call(ALEX, 'POST', `/me/events/${oneOnOne.id}/decline`, { body: { comment: 'x' } });
    assert.deepEqual([answer.status, answer.error?.code], [400, 'ErrorCalendarIsOrganizerForDecline']);
    assert.equal(wholeWorld(world), before);
  });

  it('"returns HTTP 400 if ... proposedNewTime is included but sendResponse is set to false"; malformed bodies are 400; nothing changes', async () => {
    const [allHands] = await findBySubject(call, ALEX, 'All hands');
    const before = wholeWorld(world);
    const proposedNewTime = {
      start: { dateTime: '2026-03-09T16:00:00', timeZone: 'Pacific Standard Time' },
      end: { dateTime: '2026-03-09T17:00:00', timeZone: 'Pacific Standard Time' },
    };
    const answers = [
      await call(ALEX, 'POST', `/me/events/${allHands.id}/decline`, { body: { sendResponse: false, proposedNewTime } }),
      await call(ALEX, 'POST', `/me/events/${allHands.id}/decline`, { body: { sendResponse: 'yes' } }),
      await call(ALEX, 'POST', `/me/events/${allHands.id}/decline`, { body: { reason: 'x' } }),
    ];
    assert.deepEqual(
      answers.map((a) => a.status),
      [400, 400, 400],
    );
    assert.equal(wholeWorld(world), before);
    assert.equal((await call(ALEX, 'POST', `/me/events/${allHands.id}/decline`, { body: { proposedNewTime } })).status, 202);
    assert.deepEqual(snapshot('MeganB').inbox[0].proposedNewTime, proposedNewTime);
  });
});
