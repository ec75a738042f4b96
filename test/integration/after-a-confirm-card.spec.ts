import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { defaultSeed, type Seed } from '../../dev/sandbox';
import { button, buttonFor, cardText, subjectsIn } from './support/cards';
import { clearOfMidnights } from './support/midnight';
import { stackForSuite } from './support/stack';
import type { Turn } from './support/teams-channel';

const DOMAIN = 'contoso.onmicrosoft.com';
const MEGAN = { aadObjectId: '00000000-0000-4000-8000-000000000021', name: 'Megan Bowen', zone: 'Pacific/Honolulu' };
const NAMES = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliet', 'Kilo', 'Lima'];

/** Twelve reviews tomorrow, 08:00-19:30 (Alpha review ... Lima review), and the day after a vendor sync and a design sync. */
function meetings(): Seed['events'] {
  const tomorrow = DateTime.now().setZone(MEGAN.zone).startOf('day').plus({ days: 1 });
  const organizer = { emailAddress: { address: `MeganB@${DOMAIN}` } };
  const attendees = [{ type: 'required' as const, emailAddress: { address: `LynneR@${DOMAIN}` } }];
  const wall = (at: DateTime) => ({ dateTime: at.toFormat("yyyy-MM-dd'T'HH:mm:ss"), timeZone: MEGAN.zone });
  const events: Seed['events'] = NAMES.map((name, i) => {
    const at = tomorrow.set({ hour: 8 + i });
    return { subject: `${name} review`, start: wall(at), end: wall(at.plus({ minutes: 30 })), organizer, attendees };
  });
  const dayAfter = tomorrow.plus({ days: 1 });
  for (const [subject, hour] of [
    ['Vendor sync', 9],
    ['Design sync', 10],
  ] as const) {
    const at = dayAfter.set({ hour });
    events.push({ subject, start: wall(at), end: wall(at.plus({ minutes: 30 })), organizer, attendees });
  }
  return events;
}

/**
 * What "more" and "the second one" mean once a confirm card is the last thing on screen. A confirm card opened from a
 * list (its row clicked, or picked by words) sits under that list: "more" goes on with the list, "the second one" is
 * its second row, a new pick. A confirm card a typed request went straight to is not of any list: "the second one"
 * picks no row of the list shown before it, but "more" still goes on with that list, the last one on screen (or
 * says it was the whole list). Bot over HTTP against the sandbox.
 */
describe('"more" and "the second one" after a confirm card (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  const stack = stackForSuite(async () => {
    await clearOfMidnights([MEGAN.zone]);
    return { sandbox: { seed: { ...defaultSeed(new Date()), events: meetings() } } };
  });
  const megan = (locale = 'en-US') =>
    stack().channel.user({ aadObjectId: MEGAN.aadObjectId, name: MEGAN.name, locale, localTimezone: MEGAN.zone });
  const confirmOf = (turn: Turn) => cardText(turn.card().content).split('\n').slice(0, 2).join('\n');
  const lynneInbox = async () => (await stack().mailbox(`LynneR@${DOMAIN}`)).inbox.length;

  it('"more" after the confirm card of a list\'s row: the next page of that list, as its More button shows it', async () => {
    const user = megan();
    const list = (await user.say('show my meetings tomorrow')).card();
    assert.deepEqual(subjectsIn(list.content), ['Alpha review', 'Bravo review', 'Charlie review', 'Delta review', 'Echo review']);
    await user.click(list.id, buttonFor(list.content, 'Bravo review'));
    const more = (await user.say('more')).card();
    assert.match(cardText(more.content), /^Your meetings on .* · Page 2/, cardText(more.content));
    assert.deepEqual(subjectsIn(more.content), ['Foxtrot review', 'Golf review', 'Hotel review', 'India review', 'Juliet review']);
  });

  for (const { locale, list, cancel, more } of [
    { locale: 'en-US', list: 'show my meetings the day after tomorrow', cancel: 'cancel the charlie review', more: 'more' },
    { locale: 'de-DE', list: 'zeig meine Termine übermorgen', cancel: 'sag das Charlie review ab', more: 'weitere' },
  ]) {
    it(`${locale}: "${more}" after a confirm card a typed cancel went to, past a list shown to its end: that was the whole list`, async () => {
      const user = megan(locale);
      const ended = (await user.say(list)).card();
      assert.deepEqual(subjectsIn(ended.content), ['Vendor sync', 'Design sync'], cardText(ended.content));
      assert.match(confirmOf(await user.say(cancel)), /\nCharlie review$/);
      const turn = await user.say(more);
      assert.match(turn.text(), /whole list|ganze Liste/, turn.text());
      assert.equal(turn.sent.filter((a) => a.attachments?.length).length, 0, 'no list starts again at page 1');
    });
  }

  for (const { locale, cancel, more } of [
    { locale: 'en-US', cancel: 'cancel the alpha review', more: 'more' },
    { locale: 'de-DE', cancel: 'sag das Alpha review ab', more: 'weitere' },
  ]) {
    it(`${locale}: "${more}" after a confirm card a typed cancel went to, under a list with more pages: its next page (trial 9 #6)`, async () => {
      const user = megan(locale);
      const list = (await user.say(locale === 'en-US' ? 'show my meetings tomorrow' : 'zeig meine Termine morgen')).card();
      assert.equal(subjectsIn(list.content)[0], 'Alpha review');
      assert.match(confirmOf(await user.say(cancel)), /\nAlpha review$/);
      const page = (await user.say(more)).card();
      assert.match(cardText(page.content), / · (Page|Seite) 2/, cardText(page.content));
      assert.deepEqual(subjectsIn(page.content), ['Foxtrot review', 'Golf review', 'Hotel review', 'India review', 'Juliet review']);
    });
  }

  for (const { locale, ask, second, title } of [
    { locale: 'en-US', ask: 'cancel the sync', second: 'the second one', title: /^Cancel this meeting\?\nDesign sync$/ },
    { locale: 'de-DE', ask: 'sag den sync ab', second: 'die zweite', title: /^Diese Besprechung absagen\?\nDesign sync$/ },
  ]) {
    it(`${locale}: "${second}" after the confirm card of a list's first row: its second row, a new pick (nothing sent)`, async () => {
      const user = megan(locale);
      const choose = (await user.say(ask)).card();
      assert.deepEqual(subjectsIn(choose.content), ['Vendor sync', 'Design sync'], cardText(choose.content));
      const first = (await user.click(choose.id, buttonFor(choose.content, 'Vendor sync'))).card();
      assert.match(cardText(first.content), /\nVendor sync\n/);
      const turn = await user.say(second);
      assert.match(confirmOf(turn), title);
      assert.ok(
        turn.updateCalls.some((u) => u.id === first.id),
        "the first pick's card is replaced",
      );
      assert.equal(await lynneInbox(), 0);
    });
  }

  for (const { locale, list, cancel, second } of [
    { locale: 'en-US', list: 'show my meetings tomorrow', cancel: 'cancel the alpha review', second: 'the second one' },
    { locale: 'de-DE', list: 'zeig meine Termine morgen', cancel: 'sag das Alpha review ab', second: 'die zweite' },
  ]) {
    it(`${locale}: "${second}" after a confirm card a typed cancel went to: no row of the list shown before it`, async () => {
      const user = megan(locale);
      const shown = (await user.say(list)).card();
      assert.equal(subjectsIn(shown.content)[1], 'Bravo review');
      const confirm = (await user.say(cancel)).card();
      assert.match(cardText(confirm.content), /\nAlpha review\n/);
      // The card holds one meeting: nothing to pick, asked again (never the second meeting to come, unseen).
      const turn = await user.say(second);
      assert.equal(turn.sent.filter((a) => a.attachments?.length).length, 0, 'no card');
      assert.match(
        turn.text(),
        locale === 'en-US' ? /^Sorry, I didn't get that\./ : /^Das habe ich leider nicht verstanden\./,
        turn.text(),
      );
      assert.ok(!turn.updateCalls.some((u) => u.id === confirm.id), 'the confirm card stays as it is');
      // The confirm card still answers its own button.
      const done = await user.click(confirm.id, button(confirm.content, locale === 'en-US' ? 'Cancel meeting' : 'Besprechung absagen'));
      assert.match(cardText(done.invokeCard), /Alpha review/);
    });
  }
});
