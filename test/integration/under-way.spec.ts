import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { defaultSeed, type Seed } from '../../dev/sandbox';
import { buttonFor, cardText } from './support/cards';
import { clearOfMidnights } from './support/midnight';
import { Stack } from './support/stack';

const DOMAIN = 'contoso.onmicrosoft.com';
const PATTI = { alias: 'PattiF', id: '00000000-0000-4000-8000-000000000024', name: 'Patti Fernandez', zone: 'Europe/Berlin' };

/**
 * A meeting under way is not offered for cancelling (it counts as past: its attendees are in it),
 * and the bot says so instead of "I found no meeting called ...", which would be untrue.
 * Times come from the real now: a call from 10 minutes ago for an hour, and tomorrow at 10:00 local.
 */
describe('a meeting under way, asked for by name (bot over HTTP against the sandbox)', function () {
  this.timeout(90000);
  let stack: Stack;
  let started: DateTime;

  before(async function () {
    this.timeout(240000);
    // From when the suite starts (mocha loads every file minutes before), clear of a Berlin midnight.
    await clearOfMidnights([PATTI.zone]);
    started = DateTime.now().setZone(PATTI.zone).minus({ minutes: 10 }).startOf('minute');
    const tomorrow10 = DateTime.now().setZone(PATTI.zone).startOf('day').plus({ days: 1, hours: 10 });
    const organizer = { emailAddress: { address: `${PATTI.alias}@${DOMAIN}` } };
    const attendees = [{ type: 'required' as const, emailAddress: { address: `LynneR@${DOMAIN}` } }];
    // In UTC: a Berlin wall time in the hour a DST change repeats (run on 31 Oct 2027 at 02:30) names two instants.
    const wall = (at: DateTime) => ({ dateTime: at.toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss"), timeZone: 'UTC' });
    const seed: Seed = {
      ...defaultSeed(new Date()),
      events: [
        { subject: 'Budget call', start: wall(started), end: wall(started.plus({ hours: 1 })), organizer, attendees },
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

  for (const { locale, text, underWay, when } of [
    {
      locale: 'en-US',
      text: 'cancel the budget call',
      underWay: 'That meeting has already begun. A meeting under way is not cancelled or declined here:',
      when: (d: DateTime) =>
        `${d.setLocale('en-US').toLocaleString({ weekday: 'short', month: 'short', day: 'numeric' })}, ${d.toFormat('h:mm a')}`,
    },
    {
      locale: 'de-DE',
      text: 'sag den Budget call ab',
      underWay: 'Diese Besprechung hat schon begonnen. Eine laufende Besprechung wird hier nicht abgesagt oder abgelehnt:',
      when: (d: DateTime) =>
        `${d.setLocale('de-DE').toLocaleString({ weekday: 'short', month: 'short', day: 'numeric' })}, ${d.toFormat('HH:mm')}`,
    },
  ]) {
    it(`${locale} "${text}": says it has begun, shows it with its local start and no button, and cancels nothing`, async () => {
      const card = (await chat(locale).say(text)).card().content;
      const lines = cardText(card).split('\n');
      assert.equal(lines[0], underWay, cardText(card));
      const row = lines.indexOf('Budget call');
      assert.ok(row > 0, cardText(card));
      assert.ok(lines[row + 1].startsWith(`${when(started)} – `), lines[row + 1]);
      assert.throws(() => buttonFor(card, 'Budget call'), /no button/);
      const inbox = (await stack.mailbox(`LynneR@${DOMAIN}`)).inbox;
      assert.equal(inbox.filter((m: any) => /Budget call/.test(m.subject)).length, 0);
    });
  }

  it('"cancel my meeting now": the meeting going on now, said to have begun', async () => {
    const text = cardText((await chat('en-US').say('cancel my meeting now')).card().content);
    assert.match(text, /^That meeting has already begun\. .*\n.*\nBudget call\n/, text);
  });

  it('a request for a meeting to come still finds it while another is under way', async () => {
    const text = cardText((await chat('en-US').say('cancel planning')).card().content);
    assert.match(text, /^Cancel this meeting\?\nPlanning\n/, text);
  });
});
