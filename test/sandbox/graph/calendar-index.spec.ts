import assert from 'node:assert/strict';
import { createCalendarWorld } from '../../../dev/sandbox/graph';
import { calendarRoutes } from '../../../dev/sandbox/graph/routes';
import { storeFromSeed } from '../../../dev/sandbox/graph/seeding';
import type { CalendarStore, Mailbox, StoredEvent } from '../../../dev/sandbox/graph/store';
import type { CalendarWorld } from '../../../dev/sandbox/http/contract';
import { defaultSeed, withBusyCalendar, type Seed } from '../../../dev/sandbox/seed';
import { ALEX, graphOf, MEGAN, NOW, PATTI } from './support/world-calls';

const DOMAIN = 'contoso.onmicrosoft.com';
const HOUR = 3_600_000;
const WINDOW = 'startDateTime=2026-03-05T17:00:00Z&endDateTime=2026-03-06T17:00:00Z';

/**
 * The default seed plus 240 meetings of Alex's (Megan invited) in the two hours after NOW, so
 * several share a start minute, and a three-day conference begun before the window.
 */
function busySeed(): Seed {
  const seed = withBusyCalendar(defaultSeed(NOW), {
    organizer: `AlexW@${DOMAIN}`,
    count: 240,
    from: NOW,
    to: new Date(NOW.getTime() + 2 * HOUR),
    minutes: 30,
    attendees: [`MeganB@${DOMAIN}`],
  });
  const conference = {
    subject: 'Conference',
    start: { dateTime: '2026-03-04T16:00:00', timeZone: 'UTC' },
    end: { dateTime: '2026-03-07T16:00:00', timeZone: 'UTC' },
    organizer: { emailAddress: { address: `AlexW@${DOMAIN}` } },
    attendees: [],
  };
  return { ...seed, events: [...seed.events, conference] };
}

/** Every item of a view, following nextLink pages of `top`. */
async function everyPage(call: ReturnType<typeof graphOf>, as: typeof ALEX, path: string, top: number): Promise<any[]> {
  const items: any[] = [];
  for (let link: string | undefined = `${path}&$top=${top}`; link;) {
    const page = await call(as, 'GET', link.replace(/^https:\/\/[^/]+\/v1\.0/, ''));
    assert.equal(page.status, 200);
    items.push(...page.body.value);
    link = page.body['@odata.nextLink'];
  }
  return items;
}

const instant = (time: { dateTime: string }) => Date.parse(`${time.dateTime.slice(0, 23)}Z`);

describe('sandbox calendarView over a busy calendar (the index by start, issue 13)', () => {
  let world: CalendarWorld;
  let call: ReturnType<typeof graphOf>;
  beforeEach(() => {
    world = createCalendarWorld({ now: NOW, seed: busySeed() });
    call = graphOf(world);
  });
  const view = async (as: typeof ALEX, query = '') => (await call(as, 'GET', `/me/calendarView?${WINDOW}&$top=1000${query}`)).body.value;

  it('orders by start, ties by id in localeCompare order, and a meeting begun before the window comes first', async () => {
    const all = await view(ALEX);
    assert.ok(all.length > 240, `${all.length}`);
    assert.equal(all[0].subject, 'Conference');
    const timed = all.filter((e: any) => !e.isAllDay);
    for (let i = 1; i < timed.length; i++) {
      const [a, b] = [timed[i - 1], timed[i]];
      const order = instant(a.start) - instant(b.start) || a.id.localeCompare(b.id);
      assert.ok(order < 0, `${a.subject} before ${b.subject}`);
    }
    assert.ok(
      timed.some((e: any, i: number) => i > 0 && instant(e.start) === instant(timed[i - 1].start)),
      'the seed has meetings sharing a start',
    );
  });

  it('$orderby end and desc: ties keep the start-then-id order', async () => {
    const all = await view(ALEX);
    const byEnd = await view(ALEX, '&$orderby=end/dateTime');
    const expected = [...all].sort((a, b) => instant(a.end) - instant(b.end));
    assert.deepEqual(
      byEnd.map((e: any) => e.id),
      expected.map((e: any) => e.id),
    );
    const startDesc = await view(ALEX, '&$orderby=start/dateTime desc');
    assert.deepEqual(
      startDesc.map((e: any) => e.id),
      [...all].sort((a, b) => instant(b.start) - instant(a.start)).map((e: any) => e.id),
    );
  });

  it('pages of any size, followed by nextLink, give the same list in every order', async () => {
    const path = `/me/calendarView?${WINDOW}`;
    for (const order of ['', '&$orderby=end/dateTime', '&$orderby=start/dateTime desc']) {
      const whole = (await everyPage(call, ALEX, path + order, 1000)).map((e) => e.id);
      for (const top of [1, 7, 50]) {
        assert.deepEqual(
          (await everyPage(call, ALEX, path + order, top)).map((e) => e.id),
          whole,
          `$top=${top}${order}`,
        );
      }
    }
  });

  it('a meeting cancelled after a first view is gone from the next; the attendee sees it cancelled in its place', async () => {
    const before = await view(ALEX);
    const cancelled = before.find((e: any) => e.subject === 'Busy meeting 100');
    const herBefore = await view(MEGAN);
    assert.equal((await call(ALEX, 'POST', `/me/events/${cancelled.id}/cancel`, { body: { comment: '' } })).status, 202);
    assert.deepEqual(
      (await view(ALEX)).map((e: any) => e.id),
      before.filter((e: any) => e.id !== cancelled.id).map((e: any) => e.id),
    );
    const herAfter = await view(MEGAN);
    assert.deepEqual(
      herAfter.map((e: any) => e.id),
      herBefore.map((e: any) => e.id),
    );
    assert.deepEqual(
      herAfter.filter((e: any) => e.isCancelled).map((e: any) => e.subject),
      ['Busy meeting 100'],
    );
  });

  it('an occurrence cancelled, a copy declined and a meeting deleted after a first view are gone from the next', async () => {
    const standup = (await view(ALEX)).find((e: any) => e.subject === 'Daily standup');
    assert.equal((await call(ALEX, 'POST', `/me/events/${standup.id}/cancel`, { body: {} })).status, 202);
    assert.ok(!(await view(ALEX)).some((e: any) => e.id === standup.id));
    const hers = (await view(MEGAN)).find((e: any) => e.subject === 'Busy meeting 7');
    assert.equal((await call(MEGAN, 'POST', `/me/events/${hers.id}/decline`, { body: { sendResponse: false } })).status, 202);
    assert.ok(!(await view(MEGAN)).some((e: any) => e.id === hers.id));
    const deleted = (await view(ALEX)).find((e: any) => e.subject === 'Busy meeting 8');
    assert.equal((await call(ALEX, 'DELETE', `/me/events/${deleted.id}`)).status, 204);
    const after = await view(ALEX);
    assert.ok(!after.some((e: any) => e.id === deleted.id));
    assert.ok(after.some((e: any) => e.subject === 'Busy meeting 9'));
  });

  it("a series cancelled after a first view leaves no occurrence in the organizer's view; the delegate's view of it agrees", async () => {
    const standup = (await view(ALEX)).find((e: any) => e.subject === 'Daily standup');
    const patti = () => call(PATTI, 'GET', `/users/AlexW@${DOMAIN}/calendarView?${WINDOW}&$top=1000`);
    assert.ok((await patti()).body.value.some((e: any) => e.subject === 'Daily standup'));
    assert.equal((await call(ALEX, 'POST', `/me/events/${standup.seriesMasterId}/cancel`, { body: {} })).status, 202);
    assert.ok(!(await view(ALEX)).some((e: any) => e.subject === 'Daily standup'));
    assert.ok(!(await patti()).body.value.some((e: any) => e.subject === 'Daily standup'));
  });

  it('reset() after a view lists the seed again', async () => {
    const before = (await view(ALEX)).map((e: any) => e.id);
    await call(ALEX, 'POST', `/me/events/${before[5]}/cancel`, { body: {} });
    world.reset();
    assert.deepEqual(
      (await view(ALEX)).map((e: any) => e.id),
      before,
    );
  });
});

describe("sandbox calendarView after the store changes in place (no Graph route does this yet; the index's contract)", () => {
  let store: CalendarStore;
  let call: ReturnType<typeof graphOf>;
  let alex: Mailbox;
  beforeEach(() => {
    store = storeFromSeed(busySeed(), () => NOW);
    call = graphOf({ routes: calendarRoutes({ store }) } as CalendarWorld);
    alex = store.mailboxes.get(ALEX.userId)!;
  });
  const subjects = async (path = '/me/calendarView') =>
    (await call(ALEX, 'GET', `${path}?${WINDOW}&$top=1000`)).body.value.map((e: any) => e.subject);
  const projects = () => alex.calendars.find((c) => c.name === 'Projects')!;
  const stored = (subject: string) => [...alex.events.values()].find((e) => e.subject === subject)!;

  it('an event created after a first view is listed in its place', async () => {
    const before = await subjects();
    const template = stored('Busy meeting 1');
    const created: StoredEvent = {
      ...template,
      id: store.newId('event'),
      subject: 'Created later',
      start: { dateTime: '2026-03-05T17:30:00', timeZone: 'UTC' },
      end: { dateTime: '2026-03-05T17:45:00', timeZone: 'UTC' },
    };
    alex.events.set(created.id, created);
    const after = await subjects();
    assert.equal(after.length, before.length + 1);
    assert.equal(after[after.indexOf('Created later') - 1], 'Conference', '17:30 UTC is before the first busy meeting at 18:00');
  });

  it('an event moved to another calendar after a first view leaves the one and joins the other', async () => {
    const projectsView = `/me/calendars/${projects().id}/calendarView`;
    assert.ok((await subjects()).includes('Busy meeting 3'));
    assert.ok(!(await subjects(projectsView)).includes('Busy meeting 3'));
    stored('Busy meeting 3').calendarId = projects().id;
    alex.events.changed();
    assert.ok(!(await subjects()).includes('Busy meeting 3'));
    assert.ok((await subjects(projectsView)).includes('Busy meeting 3'));
  });

  it('an event moved in time after a first view is listed at its new time', async () => {
    assert.equal((await subjects()).indexOf('Busy meeting 3'), 3);
    const event = stored('Busy meeting 3');
    event.start = { dateTime: '2026-03-06T16:00:00', timeZone: 'UTC' };
    event.end = { dateTime: '2026-03-06T16:30:00', timeZone: 'UTC' };
    alex.events.changed();
    const after = await subjects();
    assert.equal(after.at(-1), 'Busy meeting 3');
    assert.equal(after.indexOf('Busy meeting 3'), after.length - 1);
  });
});
