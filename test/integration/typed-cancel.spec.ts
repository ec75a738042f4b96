import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { defaultSeed, withBusyCalendar, type Seed } from '../../dev/sandbox';
import { cardText } from './support/cards';
import { clearOfMidnights } from './support/midnight';
import { Stack, graphRoutesSpent } from './support/stack';

const ZONE = 'America/Los_Angeles';
const DOMAIN = 'contoso.onmicrosoft.com';
const ADELE = { aadObjectId: '00000000-0000-4000-8000-000000000022', name: 'Adele Vance' };
const wire = (at: DateTime) => ({ dateTime: at.toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss"), timeZone: 'UTC' });

/**
 * A typed cancel naming no day reads the whole week (issue 13): four calendarViews of whole local days,
 * sent together in one batch, and only a slice with more meetings than a page costs another round trip.
 */
describe('a typed cancel over a big week (bot over HTTP against the sandbox)', function () {
  this.timeout(90000);
  let stack: Stack;

  before(async function () {
    // Days as the bot will read them: from when this suite starts (mocha loads every file minutes before), clear of a midnight.
    this.timeout(240_000);
    await clearOfMidnights([ZONE]);
    const now = new Date();
    const today = DateTime.fromJSDate(now, { zone: ZONE }).startOf('day');
    let seed: Seed = { ...defaultSeed(now), events: [] };
    // Tomorrow (in Adele's zone) holds more meetings than one page of its slice's calendarView (1,000).
    seed = withBusyCalendar(seed, {
      organizer: `AdeleV@${DOMAIN}`,
      count: 1100,
      from: today.plus({ days: 1, hours: 6 }).toJSDate(),
      to: today.plus({ days: 1, hours: 18 }).toJSDate(),
      minutes: 10,
    });
    // The rest of the week: a few hundred more.
    seed = withBusyCalendar(seed, {
      organizer: `AdeleV@${DOMAIN}`,
      count: 300,
      from: today.plus({ days: 2, hours: 8 }).toJSDate(),
      to: today.plus({ days: 6, hours: 17 }).toJSDate(),
      subject: (i) => `Planning ${i + 1}`,
    });
    // One meeting across the midnight where the second slice (days 2 and 3) ends and the third begins.
    seed.events.push({
      subject: 'Night shift handover',
      start: wire(today.plus({ days: 3, hours: 23, minutes: 30 })),
      end: wire(today.plus({ days: 4, minutes: 30 })),
      organizer: { emailAddress: { address: `AdeleV@${DOMAIN}` } },
      attendees: [{ type: 'required', emailAddress: { address: `MeganB@${DOMAIN}` } }],
    });
    stack = await Stack.start({ sandbox: { seed } });
  });
  after(async () => {
    await stack?.stop();
  });

  it('finds a meeting past the first page of its day with two round trips: one batch of four slices, one next link', async () => {
    const adele = stack.channel.user({ ...ADELE, localTimezone: ZONE });
    await adele.say('show my meetings'); // sign-in and her calendars: not what is counted
    let text = '';
    const spent = await graphRoutesSpent(stack, async () => {
      text = cardText((await adele.say('cancel busy meeting 1050')).card().content);
    });
    assert.match(text, /^Cancel this meeting\?\nBusy meeting 1050\n/);
    // The rest of today and 7 more days in four slices, one batch; then the first slice's second page alone.
    assert.deepEqual(spent, { 'POST /$batch': 1, 'GET /me/calendarView': 5 });
  });

  it('counts two round trips in all, and a meeting across midnight is one candidate, not two', async () => {
    const adele = stack.channel.user({ ...ADELE, localTimezone: ZONE });
    const before = (await stack.stats()).graph.total;
    const text = cardText((await adele.say('cancel busy meeting 1099')).card().content);
    assert.match(text, /^Cancel this meeting\?\nBusy meeting 1099\n/);
    assert.equal((await stack.stats()).graph.total - before, 2, 'HTTP requests to Graph: the batch and the next link');
    // Read in two slices, it is still one meeting: the confirm card, not a choice between two copies.
    const night = cardText((await adele.say('cancel the night shift handover')).card().content);
    assert.match(night, /^Cancel this meeting\?\nNight shift handover\n/);
  });
});
