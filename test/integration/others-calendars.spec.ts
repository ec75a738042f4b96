import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { button, buttonFor, cardText, subjectsIn } from './support/cards';
import { ALEX, MEGAN, graphRoutesSpent, stackForSuite } from './support/stack';
import type { ChatUser } from './support/teams-channel';

const ZONE = 'America/Los_Angeles';
const DOMAIN = 'contoso.onmicrosoft.com';
const PATTI = { aadObjectId: '00000000-0000-4000-8000-000000000024', name: 'Patti Fernandez', upn: `PattiF@${DOMAIN}` };
const ADELE = { aadObjectId: '00000000-0000-4000-8000-000000000022', name: 'Adele Vance', upn: `AdeleV@${DOMAIN}` };

/**
 * Calendars of others (issue 14) through the bot over HTTP against the sandbox, which answers as
 * Graph does: Patti is the delegate of Alex's calendar, Alex and Megan are in the Marketing group,
 * Adele is neither a delegate nor a member.
 */
describe("others' calendars: a delegate's and a group's (bot over HTTP against the sandbox)", function () {
  this.timeout(90000);
  const as = (user: typeof PATTI | typeof ALEX): ChatUser => stack().channel.user({ ...user, localTimezone: ZONE });

  const stack = stackForSuite();

  it("Patti lists Alex's calendar by name: his meetings, organized by him (not 'you'), his private appointment left out", async () => {
    const patti = as(PATTI);
    let text = '';
    const spent = await graphRoutesSpent(stack(), async () => {
      text = cardText((await patti.say("show Alex's meetings")).card().content);
    });
    assert.ok(spent['GET /users/{userId}/calendar/calendarView'] >= 1, JSON.stringify(spent));
    assert.match(text, /^Meetings in the next 7 days in Alex Wilber's calendar/);
    assert.doesNotMatch(text, /You organize this/);
    // The days of the interview and of his private appointment (lists of one day: on their first page at any time of day).
    const onDay = async (offset: number) =>
      cardText(
        (await patti.say(`show Alex's meetings on ${DateTime.now().setZone(ZONE).plus({ days: offset }).toFormat('cccc')}`)).card().content,
      );
    const interviewDay = await onDay(2);
    assert.match(interviewDay, /Interview: frontend candidate\n[^\n]*Organized by Alex Wilber/);
    assert.doesNotMatch(interviewDay, /You organize this/);
    const dentistDay = await onDay(4);
    assert.match(dentistDay, /in Alex Wilber's calendar/);
    assert.doesNotMatch(dentistDay, /Dentist/);
  });

  it("Patti cancels Alex's meeting through /users/{Alex}/events/{id}/cancel; the confirm card says whose it is; the attendees get her message", async () => {
    const patti = as(PATTI);
    const confirm = (await patti.say("cancel Alex's interview")).card();
    assert.match(cardText(confirm.content), /This is Alex Wilber's meeting: you act on it as their delegate/);
    const spent = await graphRoutesSpent(stack(), () =>
      patti.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Rescheduling next week' }),
    );
    assert.equal(spent['POST /users/{userId}/events/{eventId}/cancel'], 1, JSON.stringify(spent));
    const isaiah = await stack().mailbox(`IsaiahL@${DOMAIN}`);
    assert.deepEqual(
      isaiah.inbox.filter((m: any) => m.subject === 'Canceled: Interview: frontend candidate').map((m: any) => m.comment),
      ['Rescheduling next week'],
    );
  });

  it("Patti's decline card for a meeting in Alex's calendar says its organizer hears from Alex: nobody gets a cancellation", async () => {
    const patti = as(PATTI);
    const list = (await patti.say("show Alex's meetings")).card();
    const text = cardText((await patti.click(list.id, buttonFor(list.content, 'All hands'))).card().content);
    assert.match(text, /^Decline this meeting\?\nAll hands/);
    assert.match(
      text,
      /This is in Alex Wilber's calendar: you act on it as their delegate, and the organizer gets the decline from Alex Wilber\./,
    );
    assert.doesNotMatch(text, /cancellation/);
  });

  it('"decline the all hands for alex, he\'s out sick" is read as "decline alex\'s all hands": Alex\'s invitation, never her own', async () => {
    const patti = as(PATTI);
    const forAlex = cardText((await patti.say("decline the all hands for alex, he's out sick")).card().content);
    const alexs = cardText((await as(PATTI).say("decline alex's all hands")).card().content);
    // The same card, but for the message the first request gave (its reason).
    const head = (text: string) => text.split('\n').slice(0, 5).join('\n');
    assert.equal(head(forAlex), head(alexs));
    assert.match(forAlex, /^Decline this meeting\?\nAll hands\n.*Alex Wilber's calendar/);
    assert.match(forAlex, /the organizer gets the decline from Alex Wilber/);
  });

  it('"Alex\'s weekly sync" is in his calendar and Patti\'s own copy of it: one meeting, offered once, from the copy she can cancel (his)', async () => {
    const patti = as(PATTI);
    const card = (await patti.say("cancel Alex's weekly sync")).card();
    const text = cardText(card.content);
    assert.match(text, /^Cancel this meeting\?\nWeekly sync\n.*Organized by Alex Wilber · Alex Wilber's calendar\n/);
    assert.match(text, /you act on it as their delegate/);
  });

  it("Adele is nobody's delegate: \"show Alex's meetings\" says so over her own list; a forged key into Alex's mailbox gets Graph's refusal in words", async () => {
    const adele = as(ADELE);
    const said = cardText((await adele.say("show Alex's meetings")).card().content);
    assert.match(
      said,
      /^Your meetings in the next 7 days\nI don't see a calendar for "alex" that you can act on, so these are your own meetings\./,
    );
    const list = (await as(ALEX).say('show my meetings')).card();
    const row = buttonFor(list.content, subjectsIn(list.content)[0]);
    // With the permission for shared calendars granted, it is Graph that refuses her (403), not consent that stops her.
    await stack().admin('POST', '/consent', {
      user: ADELE.upn,
      scopes: ['Calendars.ReadWrite', 'MailboxSettings.Read', 'User.Read', 'Calendars.ReadWrite.Shared'],
    });
    const list2 = (await adele.say('show my meetings')).card();
    const forged = await adele.click(list2.id, { ...row, meetingId: `users/AlexW%40${DOMAIN}|${String(row.meetingId)}` });
    assert.match(
      forged.text(),
      /^Microsoft 365 says you don't have access to the calendar this meeting is in \(any more\), so I didn't send anything\./,
    );
  });

  it('Alex cancels a group meeting he organizes through /groups/{id}/events/{id}/cancel; the card names the group', async () => {
    const alex = as(ALEX);
    const listed = cardText((await alex.say('show the Marketing calendar')).card().content);
    assert.match(listed, /in the Marketing group calendar/);
    assert.match(listed, /Campaign planning/);
    const confirm = (await alex.say('cancel campaign planning in Marketing')).card();
    assert.match(cardText(confirm.content), /This meeting is in the Marketing group calendar/);
    const spent = await graphRoutesSpent(stack(), () =>
      alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Merged into the launch review' }),
    );
    assert.equal(spent['POST /groups/{groupId}/events/{eventId}/cancel'], 1, JSON.stringify(spent));
    const megan = await stack().mailbox(MEGAN.upn);
    assert.deepEqual(
      megan.inbox.filter((m: any) => m.subject === 'Canceled: Campaign planning').map((m: any) => m.comment),
      ['Merged into the launch review'],
    );
  });

  it('Megan, a member who does not organize it, sees the group meeting without a button; Adele, not a member, has no Marketing calendar', async () => {
    const megan = stack().channel.user({ ...MEGAN, localTimezone: ZONE });
    const card = (await megan.say('show the Marketing calendar')).card();
    assert.match(cardText(card.content), /Campaign planning\n[^\n]*Organized by Alex Wilber/);
    assert.throws(() => buttonFor(card.content, 'Campaign planning'), /no button/);
    const adeles = cardText((await as(ADELE).say('show the Marketing calendar')).card().content);
    assert.match(adeles, /I don't see a calendar for "marketing" that you can act on, so these are your own meetings\./);
    assert.doesNotMatch(adeles, /Campaign planning/);
  });

  it('groups that could not be listed for a passing reason (503) are not kept as none: the next turn finds the Marketing calendar', async () => {
    await stack().restartBot(); // a bot that has not learned Alex's calendars yet
    const alex = as(ALEX);
    // The discovery batch's memberOf step fails, with the client's retries too.
    await stack().admin('POST', '/faults', { failNext: [{ path: '/memberOf', status: 503, count: 10 }] });
    const first = cardText((await alex.say('show my meetings')).card().content);
    assert.doesNotMatch(first, /Show the Marketing group calendar/);
    await stack().admin('POST', '/faults', { failNext: [] });
    const next = cardText((await alex.say('show my meetings')).card().content);
    assert.match(next, /Show the Marketing group calendar/);
  });
});
