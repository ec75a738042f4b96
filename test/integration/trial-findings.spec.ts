import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { defaultSeed, type Seed } from '../../dev/sandbox';
import { button, cardText } from './support/cards';
import { clearOfMidnights } from './support/midnight';
import { ALEX, MEGAN, graphRoutesSpent, stackForSuite } from './support/stack';
import type { ChatUser } from './support/teams-channel';

const ZONE = 'America/Los_Angeles';
const DOMAIN = 'contoso.onmicrosoft.com';
const PATTI = { aadObjectId: '00000000-0000-4000-8000-000000000024', name: 'Patti Fernandez', upn: `PattiF@${DOMAIN}` };
const ADELE = { aadObjectId: '00000000-0000-4000-8000-000000000022', name: 'Adele Vance', upn: `AdeleV@${DOMAIN}` };
const person = (upn: string, name: string) => ({ emailAddress: { address: upn, name } });
const invite = (...people: Array<{ upn: string; name: string }>) =>
  people.map((p) => ({ type: 'required' as const, ...person(p.upn, p.name), status: { response: 'none' as const } }));

/**
 * What a user trial (s7) found, each through the bot over HTTP against the sandbox. The default world without its series, with
 * Patti given private access as Alex's delegate, a custom "Board" calendar Alex shares with Adele (who
 * consented to her own calendars only), and two 1:1s of Alex's with the same title.
 */
describe('found in a user trial: private items, titles that match nothing, shared calendars, attendee cancels, look-alikes (bot over HTTP)', function () {
  this.timeout(90000);
  // The day the world is laid out on, in Los Angeles: when the suite starts (mocha loads every file minutes before), clear of a midnight.
  let today: DateTime;
  const day = (offset: number) => today.plus({ days: offset });
  const at = (offset: number, time: string) => ({ dateTime: `${day(offset).toISODate()}T${time}:00`, timeZone: 'Pacific Standard Time' });
  const stack = stackForSuite(async () => {
    await clearOfMidnights([ZONE]);
    const now = new Date();
    today = DateTime.fromJSDate(now, { zone: ZONE }).startOf('day');
    return { sandbox: { seed: trialWorld(defaultSeed(now)) } };
  });
  const trialWorld = (base: Seed): Seed =>
    ({
      ...base,
      users: base.users.map((user) =>
        user.userPrincipalName.startsWith('AlexW@')
          ? {
              ...user,
              calendarPermissions: [{ ...person(PATTI.upn, PATTI.name), role: 'delegateWithPrivateEventAccess' as const }],
              calendars: [
                ...user.calendars,
                { name: 'Board', color: 'lightBlue', calendarPermissions: [{ ...person(ADELE.upn, ADELE.name), role: 'write' as const }] },
              ],
            }
          : user,
      ),
      events: [
        // No series: what a day holds must not depend on the weekday the suite runs on (the standup is on weekdays only).
        ...base.events.filter((event) => !event.recurrence),
        {
          subject: 'Board meeting Q4',
          calendar: 'Board',
          start: at(5, '09:00'),
          end: at(5, '11:00'),
          organizer: person(ALEX.upn, ALEX.name),
          attendees: invite(ADELE, MEGAN),
        },
        { subject: '1:1', start: at(6, '10:00'), end: at(6, '10:30'), organizer: person(ALEX.upn, ALEX.name), attendees: invite(MEGAN) },
        { subject: '1:1', start: at(6, '14:00'), end: at(6, '14:30'), organizer: person(ALEX.upn, ALEX.name), attendees: invite(ADELE) },
      ],
    }) as Seed;
  const as = (user: { aadObjectId: string; name: string }, locale?: string): ChatUser =>
    stack().channel.user({ ...user, localTimezone: ZONE, ...(locale ? { locale } : {}) });
  const weekday = (offset: number) => day(offset).setLocale('en-US').toFormat('cccc');

  it("a delegate with private access sees the owner's private appointment and can cancel it", async () => {
    const patti = as(PATTI);
    const list = (await patti.say(`show Alex's meetings on ${weekday(4)}`)).card();
    assert.match(cardText(list.content), /Dentist/);
    const confirm = (await patti.say("cancel Alex's dentist")).card();
    assert.match(cardText(confirm.content), /^Cancel this meeting\?\nDentist/);
    const spent = await graphRoutesSpent(stack(), () => patti.click(confirm.id, button(confirm.content, 'Cancel meeting')));
    assert.equal(spent['POST /users/{userId}/events/{eventId}/cancel'], 1, JSON.stringify(spent));
    const alex = await stack().mailbox(ALEX.upn);
    assert.ok(
      alex.deletedItems.some((m: any) => m.subject === 'Dentist'),
      'the Dentist appointment was cancelled',
    );
  });

  it('a calendar named with title words that match none of its meetings is no choice of all of them: it says no meeting is called so', async () => {
    const patti = as(PATTI);
    const card = (await patti.say("cancel Alex's doctor appointment")).card();
    const text = cardText(card.content);
    // Not "of yours": it is Alex's calendar (s8 trial).
    assert.match(text, /^I found no meeting called "doctor" in Alex's calendar\./);
    assert.doesNotMatch(text, /Which meeting/);
    assert.doesNotMatch(text, /in Alex Wilber's calendar\n/);
  });

  it('a typed cancel of a meeting the user only attends offers Decline straight away, as the list does', async () => {
    const alex = as(ALEX);
    let card = { id: '', content: {} as any };
    const read = await graphRoutesSpent(stack(), async () => {
      card = (await alex.say('cancel the all hands')).card();
    });
    // Megan's copy is in no calendar Alex acts in: his group's calendar is not read for it.
    assert.equal(read['GET /groups/{groupId}/calendarView'] ?? 0, 0, JSON.stringify(read));
    const text = cardText(card.content);
    assert.match(text, /^Decline this meeting\?\nAll hands\n.*Organized by Megan Bowen/);
    assert.throws(() => button(card.content, 'Cancel meeting'));
    const spent = await graphRoutesSpent(stack(), () =>
      alex.click(card.id, button(card.content, 'Decline'), { comment: 'Customer visit' }),
    );
    assert.equal(spent['POST /me/events/{eventId}/decline'], 1, JSON.stringify(spent));
    assert.equal(spent['POST /me/events/{eventId}/cancel'] ?? 0, 0, JSON.stringify(spent));
    const megan = await stack().mailbox(MEGAN.upn);
    assert.equal(megan.inbox.find((m: any) => m.subject === 'Declined: All hands')?.comment, 'Customer visit');
  });

  it('a custom calendar shared with the user opens with their own consent: offered on their list, the click lists it', async () => {
    const adele = as(ADELE);
    const list = (await adele.say('show my meetings')).card();
    const spent = await graphRoutesSpent(stack(), async () => {
      const board = await adele.click(list.id, button(list.content, "Show Alex Wilber's Board calendar"));
      const text = cardText(board.card().content);
      assert.match(text, /^Meetings in the next 7 days in Alex Wilber's Board calendar/);
      assert.match(text, /Board meeting Q4/);
    });
    assert.ok(spent['GET /me/calendars/{calendarId}/calendarView'] >= 1, JSON.stringify(spent));
  });

  it("the board meeting is cancelled from the shared calendar's copy (the organizer's), never offered twice, and the card does not call her a delegate", async () => {
    const adele = as(ADELE);
    const confirm = (await adele.say('cancel the board meeting Q4')).card();
    const text = cardText(confirm.content);
    assert.match(text, /^Cancel this meeting\?\nBoard meeting Q4\n.*Alex Wilber's Board calendar\n/);
    assert.doesNotMatch(text, /delegate/);
    assert.match(text, /This meeting is in Alex Wilber's Board calendar, which is shared with you\./);
    const spent = await graphRoutesSpent(stack(), () =>
      adele.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Moved to January' }),
    );
    assert.equal(spent['POST /me/calendars/{calendarId}/events/{eventId}/cancel'], 1, JSON.stringify(spent));
    const megan = await stack().mailbox(MEGAN.upn);
    assert.equal(megan.inbox.find((m: any) => m.subject === 'Canceled: Board meeting Q4')?.comment, 'Moved to January');
  });

  it('two meetings with the same title are told apart on the choice card by who else is in them, in English and German', async () => {
    const english = cardText((await as(ALEX).say(`cancel my 1:1 on ${weekday(6)}`)).card().content);
    assert.match(english, /^Which meeting do you mean\?/);
    assert.match(
      english,
      /1:1\n[^\n]*10:00 AM[^\n]*\n[^\n]*with Megan Bowen\nThis one\n1:1\n[^\n]*2:00 PM[^\n]*\n[^\n]*with Adele Vance\n/,
    );
    const german = cardText(
      (await as(ALEX, 'de-DE').say(`sag mein 1:1 am ${day(6).setLocale('de-DE').toFormat('cccc')} ab`)).card().content,
    );
    assert.match(german, /1:1\n[^\n]*10:00[^\n]*\n[^\n]*mit Megan Bowen\n[\s\S]*1:1\n[^\n]*14:00[^\n]*\n[^\n]*mit Adele Vance\n/);
  });

  it('the bulk card says what a typed "yes" does: it cancels both of them, in both languages', async () => {
    const english = cardText((await as(ALEX).say(`cancel all my meetings on ${weekday(6)}`)).card().content);
    assert.match(english, /^Cancel these 2 meetings\?/);
    assert.match(
      english,
      /Typing "yes" in the chat cancels both without a message while this is my latest question; "yes, " and your message sends one\./,
    );
    const german = cardText(
      (await as(ALEX, 'de-DE').say(`sag alle meine Termine am ${day(6).setLocale('de-DE').toFormat('cccc')} ab`)).card().content,
    );
    assert.match(german, /„Ja“ im Chat sagt beide ohne Nachricht ab, solange dies meine letzte Frage ist/);
  });

  it("a bulk card of only others' meetings refreshes too: its rows as they are now, none left once they are cancelled", async () => {
    const adele = as(ADELE);
    const bulk = (await adele.say(`cancel all my meetings on ${weekday(6)}`)).card();
    assert.match(
      cardText(bulk.content),
      /^None of these meetings is yours to cancel\.[\s\S]*\n1:1\n[^\n]*Organized by Alex Wilber\nDecline/,
    );
    const same = await adele.refresh(bulk.id);
    assert.match(cardText(same.invokeCard), /\n1:1\n[^\n]*Organized by Alex Wilber\nDecline/);
    // Alex cancels it: Adele's copy is cancelled, so her card has nothing left to decline.
    const alex = as(ALEX);
    const confirm = (await alex.say(`cancel my 1:1 with Adele on ${weekday(6)}`)).card();
    await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: '' });
    const after = await adele.refresh(bulk.id);
    assert.match(cardText(after.invokeCard), /^This can no longer be cancelled or declined here\./);
    assert.throws(() => button(after.invokeCard, 'Decline'));
  });

  it('a message delivered twice (Teams retries a delivery) is answered once, also when the two arrive together', async () => {
    const alex = as(ALEX);
    const once = { type: 'message', id: `retried-${Date.now()}`, text: 'show my meetings' };
    const first = await alex.act(once);
    assert.equal(first.card().content.type, 'AdaptiveCard');
    const again = await alex.act(once);
    assert.equal(again.status, 200);
    assert.equal(again.sent.filter((a) => a.type !== 'typing').length, 0, 'no second card');
    const together = { type: 'message', id: `together-${Date.now()}`, text: 'show my meetings' };
    // Counted on the channel: each turn's own view of it also holds what the other turn sent meanwhile.
    const before = stack().channel.log.length;
    await Promise.all([alex.act(together), alex.act(together)]);
    const sent = stack()
      .channel.log.slice(before)
      // A typing indicator may go out first on a slow machine: cards are what is counted.
      .filter((e) => e.op === 'send' && e.activity.type !== 'typing');
    assert.equal(sent.length, 1, 'one card for both deliveries');
  });
});
