import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { defaultSeed, type Seed } from '../../dev/sandbox';
import { button, cardText, hasMore, subjectsIn } from './support/cards';
import { clearOfMidnights } from './support/midnight';
import { stackForSuite } from './support/stack';

const DOMAIN = 'contoso.onmicrosoft.com';
const MEGAN = { aadObjectId: '00000000-0000-4000-8000-000000000021', name: 'Megan Bowen', zone: 'Pacific/Honolulu' };

/** Twelve meetings tomorrow, 08:00-19:30, and the day after two syncs and an all-day event made in Kiritimati. */
function meetings(): Seed['events'] {
  const tomorrow = DateTime.now().setZone(MEGAN.zone).startOf('day').plus({ days: 1 });
  const organizer = { emailAddress: { address: `MeganB@${DOMAIN}` } };
  const attendees = [{ type: 'required' as const, emailAddress: { address: `LynneR@${DOMAIN}` } }];
  const wall = (at: DateTime) => ({ dateTime: at.toFormat("yyyy-MM-dd'T'HH:mm:ss"), timeZone: MEGAN.zone });
  const events: Seed['events'] = Array.from({ length: 12 }, (_, i) => {
    const at = tomorrow.set({ hour: 8 + i });
    return { subject: `T${i + 1}`, start: wall(at), end: wall(at.plus({ minutes: 30 })), organizer, attendees };
  });
  const dayAfter = tomorrow.plus({ days: 1 });
  // Two meetings "the sync" fits equally: a choose card.
  for (const [subject, hour] of [
    ['Vendor sync', 9],
    ['Design sync', 10],
  ] as const) {
    const at = dayAfter.set({ hour });
    events.push({ subject, start: wall(at), end: wall(at.plus({ minutes: 30 })), organizer, attendees });
  }
  events.push({
    subject: 'Far day',
    isAllDay: true,
    start: { dateTime: `${dayAfter.toISODate()}T00:00:00`, timeZone: 'Pacific/Kiritimati' },
    end: { dateTime: `${dayAfter.plus({ days: 1 }).toISODate()}T00:00:00`, timeZone: 'Pacific/Kiritimati' },
    organizer,
    attendees,
  });
  return events;
}

/**
 * "More" goes through a day's meetings once each, in order, when Graph's order is not the user's:
 * an all-day event made in a zone a day ahead (Kiritimati, +14) is ordered by Graph at its own
 * midnight, which for a Honolulu user (-10) is the day before its date. Bot over HTTP against the sandbox.
 */
describe('"More" with an all-day event Graph orders by another zone (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  // Laid out when the suite starts, clear of a Honolulu midnight, so "tomorrow" is the seed's tomorrow.
  const stack = stackForSuite(async () => {
    await clearOfMidnights([MEGAN.zone]);
    return { sandbox: { seed: { ...defaultSeed(new Date()), events: meetings() } } };
  });

  /** The pages of a list, each by pressing "More" or, with `typed`, by typing it. */
  async function pages(text: string, typed?: string, locale = 'en-US'): Promise<string[][]> {
    const megan = stack().channel.user({ aadObjectId: MEGAN.aadObjectId, name: MEGAN.name, locale, localTimezone: MEGAN.zone });
    let page = (await megan.say(text)).card();
    const seen = [subjectsIn(page.content)];
    while (hasMore(page.content) && seen.length < 10) {
      page = (typed ? await megan.say(typed) : await megan.click(page.id, button(page.content, 'More'))).card();
      seen.push(subjectsIn(page.content));
    }
    if (typed) {
      // The page after the last one: said so, no card.
      const past = await megan.say(typed);
      assert.equal(past.sent.filter((a) => a.attachments?.length).length, 0, 'no card past the last page');
      assert.match(past.text(), locale.startsWith('de') ? /ganze Liste/ : /whole list/);
    }
    return seen;
  }

  it("tomorrow's list: each of its meetings once, in order, across pages", async () => {
    const seen = await pages('show my meetings tomorrow');
    assert.deepEqual(
      seen.flat(),
      Array.from({ length: 12 }, (_, i) => `T${i + 1}`),
      JSON.stringify(seen),
    );
  });

  it('the next days: every meeting once, the all-day event among them', async () => {
    const seen = (await pages('show my meetings')).flat();
    for (const subject of [...Array.from({ length: 12 }, (_, i) => `T${i + 1}`), 'Far day'])
      assert.equal(seen.filter((s) => s === subject).length, 1, `${subject} once in ${JSON.stringify(seen)}`);
  });

  it('typing "more" ("weitere") pages the list on screen as its button does, keeping the day it was of', async () => {
    const clicked = await pages('show my meetings tomorrow');
    assert.deepEqual(await pages('show my meetings tomorrow', 'more'), clicked);
    assert.deepEqual(await pages('zeig meine Termine morgen', 'weitere', 'de-DE'), clicked);
    const megan = stack().channel.user({ aadObjectId: MEGAN.aadObjectId, name: MEGAN.name, locale: 'en-US', localTimezone: MEGAN.zone });
    await megan.say('show my meetings tomorrow');
    assert.match(cardText((await megan.say('next page')).card().content), /Your meetings on .* · Page 2/);
    // A choose card since: the list is no longer the last answer, "more" starts the coming days' list (never "that was all").
    assert.match(cardText((await megan.say('cancel the sync')).card().content), /Which meeting do you mean/);
    assert.match(cardText((await megan.say('more')).card().content), /^Your meetings in the next 7 days/);
  });
});
