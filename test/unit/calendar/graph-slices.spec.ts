import { strict as assert } from 'node:assert';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphCalendar } from '../../../src/calendar/graph';
import { calendarKey } from '../../../src/calendar/graph/calendar-keys';
import type { MeetingCalendar } from '../../../src/calendar';

const ZONE = 'Europe/Berlin';

interface FakeEvent {
  id: string;
  subject: string;
  start: number;
  end: number;
}

/** "2026-12-01T15:00:00.0000000" in UTC, as Graph writes it without a Prefer header it honours. */
const wire = (at: number) => ({ dateTime: new Date(at).toISOString().replace('Z', '0000'), timeZone: 'UTC' });
const at = (iso: string) => Date.parse(iso);

/**
 * A Graph that answers calendarView (events overlapping the window, by start, `$top` a page, a next
 * link carrying `$skip`) alone or inside a JSON batch, and records every view it served.
 */
function fakeGraph(calendars: Record<string, FakeEvent[]>) {
  const seen: { batches: number; singles: number; views: Array<{ path: string; start: string; end: string; top: number; skip: number }> } =
    { batches: 0, singles: 0, views: [] };
  let origin = '';
  const view = (relative: string) => {
    const url = new URL(relative, 'https://graph.invalid');
    const path = url.pathname.replace(/^\/v1\.0/, '');
    const q = url.searchParams;
    const [start, end] = [q.get('startDateTime')!, q.get('endDateTime')!];
    const top = Number(q.get('$top') ?? 10);
    const skip = Number(q.get('$skip') ?? 0);
    seen.views.push({ path, start, end, top, skip });
    const all = (calendars[path] ?? [])
      .filter((e) => e.start < Date.parse(end) && e.end > Date.parse(start))
      .sort((a, b) => a.start - b.start);
    const value = all.slice(skip, skip + top).map((e) => ({ id: e.id, subject: e.subject, start: wire(e.start), end: wire(e.end) }));
    const body: Record<string, unknown> = { value };
    if (skip + top < all.length) {
      q.set('$skip', String(skip + top));
      body['@odata.nextLink'] = `${origin}/v1.0${path}?${q}`;
    }
    return body;
  };
  const server = createServer(async (request: IncomingMessage, response) => {
    let text = '';
    for await (const chunk of request) text += chunk;
    let body: unknown;
    if (request.url === '/v1.0/$batch') {
      seen.batches++;
      const { requests } = JSON.parse(text) as { requests: Array<{ id: string; url: string }> };
      body = { responses: requests.map((r) => ({ id: r.id, status: 200, headers: {}, body: view(r.url) })) };
    } else {
      seen.singles++;
      body = view(request.url!);
    }
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  return {
    seen,
    server,
    async start(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      return `${origin}/v1.0`;
    },
  };
}

describe('reading a long window: slices of whole local days, in one batch', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  // Tuesday 1 December 2026, 15:20 in Berlin, to the end of the 8th local day.
  const window = { start: '2026-12-01T14:20:00.000Z', end: '2026-12-08T23:00:00.000Z' };

  it('cuts the window at local midnights into four slices of whole days, in one batch; follows only the next link of a full slice; keeps a meeting across a slice edge once, in order', async () => {
    const busy: FakeEvent[] = Array.from({ length: 1200 }, (_, i) => ({
      id: `busy-${i}`,
      subject: `Busy ${i}`,
      start: at('2026-12-02T07:00:00Z') + i * 30_000,
      end: at('2026-12-02T07:10:00Z') + i * 30_000,
    }));
    // Across Saturday's midnight in Berlin (23:00 UTC): the end of the second slice.
    const night = { id: 'night', subject: 'Night shift', start: at('2026-12-04T22:30:00Z'), end: at('2026-12-04T23:30:00Z') };
    const early = { id: 'early', subject: 'Started before', start: at('2026-12-01T14:00:00Z'), end: at('2026-12-01T15:00:00Z') };
    const last = { id: 'last', subject: 'Last day', start: at('2026-12-08T20:00:00Z'), end: at('2026-12-08T21:00:00Z') };
    const graph = fakeGraph({ '/me/calendarView': [early, ...busy, night, last] });
    server = graph.server;
    const calendar = new GraphCalendar(await graph.start(), async () => 'token');

    const read = await calendar.listMeetings(window, ZONE);

    assert.equal(graph.seen.batches, 1, 'one batch for the days');
    assert.equal(graph.seen.singles, 1, 'one more request: the next link of the full slice');
    const firsts = graph.seen.views.filter((v) => v.skip === 0);
    // Berlin's midnights are 23:00 UTC in winter: the rest of Tuesday and 7 whole days, two days a slice.
    const edges = [window.start, ...[2, 4, 6].map((i) => new Date(Date.UTC(2026, 11, i, 23)).toISOString()), window.end];
    assert.deepEqual(
      firsts.map((v) => [v.start, v.end]),
      edges.slice(0, -1).map((edge, i) => [edge, edges[i + 1]]),
    );
    assert.ok(firsts.every((v) => v.top === 1000));
    assert.deepEqual(
      graph.seen.views.filter((v) => v.skip > 0).map((v) => [v.start, v.skip]),
      [[window.start, 1000]],
    );
    const subjects = read.meetings.map((m) => m.subject);
    assert.equal(subjects.length, 1 + 1200 + 1 + 1);
    assert.equal(subjects.filter((s) => s === 'Night shift').length, 1, 'a meeting in two days is kept once');
    assert.deepEqual(subjects.slice(0, 3), ['Started before', 'Busy 0', 'Busy 1']);
    assert.deepEqual(subjects.slice(-3), ['Busy 1199', 'Night shift', 'Last day']);
    assert.deepEqual(read.unreadable, []);
  });

  it('with more calendars on one token than Outlook runs at once, reads each whole, still one batch', async () => {
    const own = (n: number): MeetingCalendar => ({
      key: calendarKey({ kind: 'myCalendar', calendarId: `cal-${n}` }),
      owner: 'me',
      name: `Calendar ${n}`,
      isDefault: false,
    });
    const calendars = [1, 2, 3].map(own);
    const events = Object.fromEntries(
      calendars.map((_, n) => [
        `/me/calendars/cal-${n + 1}/calendarView`,
        [{ id: `e${n}`, subject: `Meeting ${n}`, start: at('2026-12-05T10:00:00Z') + n, end: at('2026-12-05T11:00:00Z') }],
      ]),
    );
    const graph = fakeGraph(events);
    server = graph.server;
    const calendar = new GraphCalendar(await graph.start(), async () => 'token');

    const read = await calendar.listMeetings(window, ZONE, calendars);

    assert.equal(graph.seen.batches, 1);
    assert.equal(graph.seen.singles, 0);
    // 4 at once in a mailbox, 3 calendars in it: one slice each, the whole window.
    for (const n of [1, 2, 3]) {
      const slices = graph.seen.views.filter((v) => v.path === `/me/calendars/cal-${n}/calendarView`);
      assert.deepEqual(
        slices.map((v) => [v.start, v.end, v.top]),
        [[window.start, window.end, 1000]],
      );
    }
    assert.deepEqual(
      read.meetings.map((m) => m.subject),
      ['Meeting 0', 'Meeting 1', 'Meeting 2'],
    );
  });
});
