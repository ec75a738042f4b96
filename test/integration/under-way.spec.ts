import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { defaultSeed, type Seed } from '../../dev/sandbox';
import { button, buttonFor, cardText, subjectsIn } from './support/cards';
import { clearOfMidnights } from './support/midnight';
import { Stack } from './support/stack';

const DOMAIN = 'contoso.onmicrosoft.com';
const PATTI = { alias: 'PattiF', id: '00000000-0000-4000-8000-000000000024', name: 'Patti Fernandez', zone: 'Europe/Berlin' };

/**
 * A meeting under way can be cancelled, as Outlook lets its organizer (Graph's cancel documents no limit on when):
 * asked for by name or as "my current meeting", it gets a confirm card that says when it started and that it is
 * under way; nothing is sent before the confirm. Times come from the real now: a budget call from 10 minutes ago and
 * a vendor call from 5 minutes ago, each for an hour, and planning tomorrow at 10:00 local.
 */
describe('a meeting under way (bot over HTTP against the sandbox)', function () {
  this.timeout(90000);
  let stack: Stack;
  let started: DateTime;
  let vendorStarted: DateTime;

  before(async function () {
    this.timeout(240000);
    // From when the suite starts (mocha loads every file minutes before), clear of a Berlin midnight.
    await clearOfMidnights([PATTI.zone]);
    started = DateTime.now().setZone(PATTI.zone).minus({ minutes: 10 }).startOf('minute');
    vendorStarted = started.plus({ minutes: 5 });
    const tomorrow10 = DateTime.now().setZone(PATTI.zone).startOf('day').plus({ days: 1, hours: 10 });
    const organizer = { emailAddress: { address: `${PATTI.alias}@${DOMAIN}` } };
    const attendees = [{ type: 'required' as const, emailAddress: { address: `LynneR@${DOMAIN}` } }];
    // In UTC: a Berlin wall time in the hour a DST change repeats (run on 31 Oct 2027 at 02:30) names two instants.
    const wall = (at: DateTime) => ({ dateTime: at.toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss"), timeZone: 'UTC' });
    const seed: Seed = {
      ...defaultSeed(new Date()),
      events: [
        { subject: 'Budget call', start: wall(started), end: wall(started.plus({ hours: 1 })), organizer, attendees },
        { subject: 'Vendor call', start: wall(vendorStarted), end: wall(vendorStarted.plus({ hours: 1 })), organizer, attendees },
        { subject: 'Planning', start: wall(tomorrow10), end: wall(tomorrow10.plus({ hours: 1 })), organizer, attendees },
      ],
    };
    for (const user of seed.users) if (user.id === PATTI.id) user.mailboxSettings = { timeZone: PATTI.zone };
    stack = await Stack.start({ sandbox: { seed } });
  });
  after(async () => {
    await stack?.stop();
  });

  const chat = (locale: string) => stack.channel.user({ aadObjectId: PATTI.id, name: PATTI.name, locale, localTimezone: PATTI.zone });
  const cancelledIn = async (subject: string) =>
    (await stack.mailbox(`LynneR@${DOMAIN}`)).inbox.filter((m: any) => m.subject === `Canceled: ${subject}`).length;

  it('"cancel my current meeting" with two going on: both to pick from, nothing sent; a pick is the under-way confirm card', async () => {
    const patti = chat('en-US');
    const choose = (await patti.say('cancel my current meeting')).card();
    assert.deepEqual(subjectsIn(choose.content).sort(), ['Budget call', 'Vendor call'], cardText(choose.content));
    const picked = cardText((await patti.click(choose.id, buttonFor(choose.content, 'Budget call'))).card().content);
    assert.match(picked, /^Cancel this meeting\?\nBudget call\n/, picked);
    assert.ok(picked.includes(`It started at ${started.toFormat('h:mm a')} and is under way`), picked);
    assert.equal(await cancelledIn('Budget call'), 0);
  });

  it('de-DE "sag den Vendor call ab": the confirm card says in German when it began and that it is under way', async () => {
    const card = cardText((await chat('de-DE').say('sag den Vendor call ab')).card().content);
    assert.match(card, /^Diese Besprechung absagen\?\nVendor call\n/, card);
    assert.ok(card.includes(`Sie hat um ${vendorStarted.toFormat('HH:mm')} begonnen und läuft gerade`), card);
    assert.equal(await cancelledIn('Vendor call'), 0);
  });

  it('en-US "cancel the budget call": its under-way confirm card, whose button cancels it with the message', async () => {
    const patti = chat('en-US');
    const confirm = (await patti.say('cancel the budget call')).card();
    const text = cardText(confirm.content);
    assert.match(text, /^Cancel this meeting\?\nBudget call\n/, text);
    assert.ok(text.includes(`It started at ${started.toFormat('h:mm a')} and is under way`), text);
    const done = await patti.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Ending early' });
    assert.match(cardText(done.invokeCard), /^Cancelled Budget call/, cardText(done.invokeCard));
    assert.equal(await cancelledIn('Budget call'), 1);
    // The one left going on is now "my current meeting", straight to its card.
    const current = cardText((await patti.say('cancel my meeting now')).card().content);
    assert.match(current, /^Cancel this meeting\?\nVendor call\n/, current);
    assert.ok(current.includes(`It started at ${vendorStarted.toFormat('h:mm a')} and is under way`), current);
  });

  it('a request for a meeting to come still finds it while another is under way', async () => {
    const text = cardText((await chat('en-US').say('cancel planning')).card().content);
    assert.match(text, /^Cancel this meeting\?\nPlanning\n/, text);
    assert.doesNotMatch(text, /under way/);
  });
});
