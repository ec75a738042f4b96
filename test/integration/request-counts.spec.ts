import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { defaultSeed, withBusyCalendar, type Seed } from '../../dev/sandbox';
import { submitData, subjectsIn } from './support/cards';
import { clearOfMidnights } from './support/midnight';
import { Stack } from './support/stack';

const ZONE = 'America/Los_Angeles';
const DOMAIN = 'contoso.onmicrosoft.com';
const ADELE = { aadObjectId: '00000000-0000-4000-8000-000000000022', name: 'Adele Vance' };
const MEGAN = { aadObjectId: '00000000-0000-4000-8000-000000000021', name: 'Megan Bowen' };
const ISAIAH = { aadObjectId: '00000000-0000-4000-8000-000000000023', name: 'Isaiah Langer' };

/**
 * What the bot costs in Graph requests and token exchanges, counted by the sandbox (issue 13):
 * a big week costs one request per list page, a bulk cancel is batched, sign-in is single-flight.
 */
describe('request counts (bot over HTTP against the sandbox)', function () {
  this.timeout(90000);
  let stack: Stack;

  before(async function () {
    // "Tomorrow" as the bot will read it: from when this suite starts (mocha loads every file minutes before), clear of a midnight.
    this.timeout(240_000);
    await clearOfMidnights([ZONE]);
    const now = new Date();
    const tomorrow = DateTime.fromJSDate(now, { zone: ZONE }).startOf('day').plus({ days: 1 });
    let seed: Seed = { ...defaultSeed(now), events: [] };
    // Adele: a week of 1,000 meetings, from an hour from now.
    seed = withBusyCalendar(seed, {
      organizer: `AdeleV@${DOMAIN}`,
      count: 1000,
      from: new Date(now.getTime() + 3_600_000),
      to: new Date(now.getTime() + 7 * 86_400_000),
      minutes: 10,
    });
    // Megan: 20 meetings tomorrow (in her zone), each with Patti invited.
    seed = withBusyCalendar(seed, {
      organizer: `MeganB@${DOMAIN}`,
      count: 20,
      from: tomorrow.set({ hour: 8 }).toJSDate(),
      to: tomorrow.set({ hour: 18 }).toJSDate(),
      attendees: [`PattiF@${DOMAIN}`],
      subject: (i) => `Review ${i + 1}`,
    });
    stack = await Stack.start({ sandbox: { seed } });
  });
  after(async () => {
    await stack?.stop();
  });

  async function graphCost(run: () => Promise<unknown>): Promise<{ total: number; byRoute: Record<string, number>; obo: number }> {
    const before = await stack.stats();
    await run();
    const after = await stack.stats();
    const byRoute: Record<string, number> = {};
    for (const [route, n] of Object.entries(after.graph.byRoute)) {
      const delta = n - (before.graph.byRoute[route] ?? 0);
      if (delta) byRoute[route] = delta;
    }
    const obo = (after.tokens.byGrant.on_behalf_of ?? 0) - (before.tokens.byGrant.on_behalf_of ?? 0);
    return { total: after.graph.total - before.graph.total, byRoute, obo };
  }

  it('lists a week of 1,000 meetings with one Graph request per page, "More" continuing from the next link', async () => {
    const adele = stack.channel.user({ ...ADELE, localTimezone: ZONE });
    await adele.say('help');
    let list!: { id: string; content: any };
    const first = await graphCost(async () => {
      list = (await adele.say('show my meetings')).card();
    });
    assert.equal(first.byRoute['GET /me/calendarView'], 1, JSON.stringify(first));
    assert.deepEqual(subjectsIn(list.content), ['Busy meeting 1', 'Busy meeting 2', 'Busy meeting 3', 'Busy meeting 4', 'Busy meeting 5']);
    let page = list;
    const seen = subjectsIn(list.content);
    for (let i = 0; i < 3; i++) {
      const more = submitData(page.content).find((data: any) => data.verb === 'showMeetings' && data.page > 1);
      const spent = await graphCost(async () => {
        page = (await adele.click(page.id, more!)).card();
      });
      assert.ok(spent.total <= 1, `"More" costs at most one Graph request, cost ${JSON.stringify(spent)}`);
      seen.push(...subjectsIn(page.content));
    }
    assert.deepEqual(
      seen,
      Array.from({ length: 20 }, (_, i) => `Busy meeting ${i + 1}`),
    );
  });

  it('cancels 20 meetings with two batch requests (one re-read, one cancel), each attendee told once', async () => {
    const megan = stack.channel.user({ ...MEGAN, localTimezone: ZONE });
    const card = (await megan.say('cancel all my meetings tomorrow')).card();
    const confirm = submitData(card.content).find((data: any) => data.verb === 'confirmBulk');
    assert.ok(confirm, 'a bulk confirm card');
    const spent = await graphCost(async () => {
      await megan.click(card.id, confirm!, { comment: 'Moving the reviews.' });
    });
    assert.deepEqual(spent.byRoute['POST /$batch'], 2, JSON.stringify(spent));
    assert.equal(spent.total, 2, 'nothing but the two batches');
    const left = (await stack.mailbox(`MeganB@${DOMAIN}`)).events.filter((e: any) => /^Review /.test(e.subject));
    assert.deepEqual(left, [], 'all 20 cancelled');
    const told = (await stack.mailbox(`PattiF@${DOMAIN}`)).inbox.filter((m: any) => /^Canceled: Review /.test(m.subject));
    assert.equal(told.length, 20);
    assert.ok(told.every((m: any) => m.comment === 'Moving the reviews.'));
  });

  it('8 simultaneous first turns of one user cost one token exchange', async () => {
    const before = stack.channel.log.length;
    const spent = await graphCost(async () => {
      const turns = Array.from({ length: 8 }, () => stack.channel.user({ ...ISAIAH, localTimezone: ZONE }).say('show my meetings'));
      for (const turn of await Promise.all(turns)) assert.equal(turn.status, 200);
    });
    // Concurrent turns interleave in the channel's log: count the list cards they sent between them.
    const cards = stack.channel.log.slice(before).filter((e) => e.activity.attachments?.some((a) => /adaptive/.test(a.contentType)));
    assert.equal(cards.length, 8, 'each turn answered with its list');
    assert.equal(spent.obo, 1);
  });
});
