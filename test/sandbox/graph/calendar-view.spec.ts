import assert from 'node:assert/strict';
import { defaultSeed } from '../../../dev/sandbox';
import { createCalendarWorld } from '../../../dev/sandbox/graph';
import type { CalendarWorld } from '../../../dev/sandbox/http/contract';
import { EVENT_PROPERTIES } from '../../../dev/sandbox/graph/wire';
import { ALEX, BASE_URL, defaultWorld, graphOf, MARKETING_GROUP_ID, MEGAN, NOW, WEEK } from './support/world-calls';

describe('sandbox calendarView (user-list-calendarview.md)', () => {
  let world: CalendarWorld;
  let call: ReturnType<typeof graphOf>;
  beforeEach(() => {
    world = defaultWorld();
    call = graphOf(world);
  });

  it('"requires a time window": missing either bound is 400 ErrorInvalidParameter with Graph\'s message', async () => {
    for (const query of ['', 'startDateTime=2026-03-05T00:00:00', 'endDateTime=2026-03-05T00:00:00']) {
      const answer = await call(ALEX, 'GET', `/me/calendarView?${query}`);
      assert.deepEqual(
        [answer.status, answer.error],
        [
          400,
          {
            code: 'ErrorInvalidParameter',
            message: 'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
          },
        ],
      );
    }
  });

  it('a window over 1825 days is 400 ErrorInvalidRequest; an unreadable time is 400', async () => {
    const long = await call(ALEX, 'GET', '/me/calendarView?startDateTime=2026-01-01T00:00:00Z&endDateTime=2031-01-02T00:00:00Z');
    assert.deepEqual([long.status, long.error?.code], [400, 'ErrorInvalidRequest']);
    const ok = await call(ALEX, 'GET', '/me/calendarView?startDateTime=2026-01-01T00:00:00Z&endDateTime=2030-12-31T00:00:00Z');
    assert.equal(ok.status, 200);
    assert.equal((await call(ALEX, 'GET', '/me/calendarView?startDateTime=tomorrow&endDateTime=2026-03-05T00:00:00')).status, 400);
    // JavaScript's toISOString form is read as any other ISO form; an impossible date in it is as unreadable.
    const view = (from: string, to: string) =>
      call(ALEX, 'GET', `/me/calendarView?startDateTime=${from}&endDateTime=${to}&$select=subject`);
    assert.deepEqual(
      (await view('2026-03-06T19:00:00.000Z', '2026-03-06T19:30:00.000Z')).body.value,
      (await view('2026-03-06T19:00:00Z', '2026-03-06T19:30:00')).body.value,
    );
    assert.equal((await view('2026-02-30T00:00:00.000Z', '2026-03-05T00:00:00.000Z')).status, 400);
  });

  it('query option names are case-insensitive, and a time without offset is UTC', async () => {
    const answer = await call(
      ALEX,
      'GET',
      '/me/calendarView?STARTDATETIME=2026-03-06T19:00:00&EndDateTime=2026-03-06T19:30:00&$SELECT=subject',
    );
    assert.equal(answer.status, 200);
    assert.deepEqual(
      answer.body.value.map((e: any) => e.subject),
      ['1:1 Alex / Megan'],
      '11:00 PST is 19:00 UTC',
    );
  });

  it('"Events overlapping the window\'s edges are included"', async () => {
    // The 1:1 runs 19:00-19:30 UTC: a window from 19:29 to 19:40 still catches it, one from 19:30 does not.
    const at = async (from: string, to: string) =>
      (await call(ALEX, 'GET', `/me/calendarView?startDateTime=2026-03-06T${from}Z&endDateTime=2026-03-06T${to}Z`)).body.value.map(
        (e: any) => e.subject,
      );
    assert.deepEqual(await at('19:29:00', '19:40:00'), ['1:1 Alex / Megan']);
    assert.deepEqual(await at('18:00:00', '19:00:01'), ['1:1 Alex / Megan']);
    assert.deepEqual(await at('19:30:00', '19:40:00'), []);
  });

  it('expands occurrences: each has its own id, type "occurrence" and seriesMasterId; masters are not listed', async () => {
    const value = (await call(ALEX, 'GET', `/me/calendarView?${WEEK}`)).body.value;
    const standups = value.filter((e: any) => e.subject === 'Daily standup');
    assert.equal(standups.length, 5, 'Thu, Fri, Mon, Tue, Wed');
    assert.equal(new Set(standups.map((e: any) => e.id)).size, 5);
    assert.ok(standups.every((e: any) => e.type === 'occurrence' && e.seriesMasterId === standups[0].seriesMasterId));
    assert.ok(!value.some((e: any) => e.type === 'seriesMaster'));
    const master = await call(ALEX, 'GET', `/me/events/${standups[0].seriesMasterId}`);
    assert.deepEqual([master.body.type, master.body.recurrence.pattern.type], ['seriesMaster', 'weekly']);
  });

  it("without Prefer the times are UTC in Graph's wire format; with outlook.timezone they are in that zone, echoed in Preference-Applied", async () => {
    const utc = await call(ALEX, 'GET', `/me/calendarView?${WEEK}&$select=subject,start,end`);
    const oneOnOne = utc.body.value.find((e: any) => e.subject === '1:1 Alex / Megan');
    assert.deepEqual(oneOnOne.start, { dateTime: '2026-03-06T19:00:00.0000000', timeZone: 'UTC' });
    assert.equal(utc.headers['Preference-Applied'], undefined);
    for (const zone of ['Pacific Standard Time', 'America/Los_Angeles']) {
      const local = await call(ALEX, 'GET', `/me/calendarView?${WEEK}`, { headers: { prefer: `outlook.timezone="${zone}"` } });
      assert.equal(local.headers['Preference-Applied'], `outlook.timezone="${zone}"`);
      const standups = local.body.value.filter((e: any) => e.subject === 'Daily standup');
      assert.ok(
        standups.every((e: any) => e.start.dateTime.endsWith('T15:00:00.0000000') && e.start.timeZone === zone),
        '15:00 local across DST',
      );
    }
    const offsite = utc.body.value.find((e: any) => e.subject === 'Team offsite');
    assert.equal(offsite.start.dateTime, '2026-03-08T00:00:00.0000000', 'all-day events are floating dates');
  });

  it('an all-day series made at +14 lists each occurrence on its date as a floating midnight, with or without Prefer (all-day events are dates)', async () => {
    const seed = defaultSeed(NOW);
    const organizer = { emailAddress: { address: 'AlexW@contoso.onmicrosoft.com' } };
    const kiritimati = (date: string) => ({ dateTime: `${date}T00:00:00`, timeZone: 'Pacific/Kiritimati' });
    const focus = {
      subject: 'Focus day',
      isAllDay: true,
      start: kiritimati('2026-03-09'),
      end: kiritimati('2026-03-10'),
      organizer,
      attendees: [],
      recurrence: {
        pattern: { type: 'daily' as const, interval: 1 },
        range: { type: 'numbered' as const, startDate: '2026-03-09', numberOfOccurrences: 2, recurrenceTimeZone: 'Pacific/Kiritimati' },
      },
    };
    const seeded = graphOf(createCalendarWorld({ now: NOW, seed: { ...seed, events: [...seed.events, focus] } }));
    for (const zone of [undefined, 'Pacific Standard Time']) {
      const headers = zone ? { prefer: `outlook.timezone="${zone}"` } : {};
      const value = (await seeded(ALEX, 'GET', `/me/calendarView?${WEEK}&$select=subject,start,end,isAllDay,type`, { headers })).body.value;
      assert.deepEqual(
        value.filter((e: any) => e.subject === 'Focus day').map((e: any) => [e.type, e.start, e.end]),
        ['2026-03-09', '2026-03-10'].map((date, n) => [
          'occurrence',
          { dateTime: `${date}T00:00:00.0000000`, timeZone: zone ?? 'UTC' },
          { dateTime: `${n ? '2026-03-11' : '2026-03-10'}T00:00:00.0000000`, timeZone: zone ?? 'UTC' },
        ]),
        `Prefer: ${zone ?? 'none'}`,
      );
    }
  });

  it('$select returns the chosen properties and always id; an unknown property is 400', async () => {
    const answer = await call(ALEX, 'GET', `/me/calendarView?${WEEK}&$select=subject,isOrganizer`);
    for (const event of answer.body.value) assert.deepEqual(Object.keys(event).sort(), ['@odata.etag', 'id', 'isOrganizer', 'subject']);
    const bad = await call(ALEX, 'GET', `/me/calendarView?${WEEK}&$select=subject,colour`);
    assert.equal(bad.status, 400);
  });

  it('every property toWireEvent writes can be $selected', async () => {
    const [event] = (await call(ALEX, 'GET', `/me/calendarView?${WEEK}`)).body.value;
    assert.deepEqual(
      Object.keys(event)
        .filter((k) => k !== '@odata.context')
        .sort(),
      [...EVENT_PROPERTIES].sort(),
    );
  });

  it('"Default page size 10; @odata.nextLink carries $skip", an absolute https URL that gives the rest', async () => {
    const query = 'startDateTime=2026-03-01T00:00:00Z&endDateTime=2026-03-31T00:00:00Z&$select=subject';
    const first = await call(ALEX, 'GET', `/me/calendarView?${query}`);
    assert.equal(first.body.value.length, 10);
    const next: string = first.body['@odata.nextLink'];
    assert.ok(next.startsWith(`${BASE_URL}/me/calendarView?`), next);
    assert.ok(next.includes('$skip=10'), next);
    const all = (await call(ALEX, 'GET', `/me/calendarView?${query}&$top=100`)).body.value;
    const rest: any[] = [];
    for (let link: string | undefined = next; link;) {
      const page = await call(ALEX, 'GET', link.slice(BASE_URL.length));
      rest.push(...page.body.value);
      link = page.body['@odata.nextLink'];
    }
    assert.deepEqual(
      [...first.body.value, ...rest].map((e: any) => e.id),
      all.map((e: any) => e.id),
    );
    const top = await call(ALEX, 'GET', `/me/calendarView?${query}&$top=3`);
    assert.equal(top.body.value.length, 3);
    assert.ok(top.body['@odata.nextLink'].includes('$top=3'));
  });

  it('$orderby=start/dateTime orders by start, desc reverses', async () => {
    const starts = async (order: string) =>
      (await call(ALEX, 'GET', `/me/calendarView?${WEEK}&$orderby=${order}`)).body.value.map((e: any) => e.start.dateTime);
    const asc = await starts('start/dateTime');
    assert.deepEqual(asc, [...asc].sort());
    assert.deepEqual(await starts('start/dateTime desc'), [...asc].sort().reverse());
  });

  it('a group calendar is shown to members; isOrganizer follows who asks', async () => {
    const path = `/groups/${MARKETING_GROUP_ID}/calendarView?${WEEK}`;
    const [asAlex] = (await call(ALEX, 'GET', path)).body.value;
    const [asMegan] = (await call(MEGAN, 'GET', path)).body.value;
    assert.deepEqual([asAlex.subject, asAlex.isOrganizer, asMegan.isOrganizer], ['Campaign planning', true, false]);
  });

  it('/me/calendarView shows the default calendar only; /me/calendars/{id}/calendarView that calendar', async () => {
    const subjects = (await call(ALEX, 'GET', `/me/calendarView?${WEEK}`)).body.value.map((e: any) => e.subject);
    assert.ok(!subjects.includes('Budget review'));
    const projects = (await call(ALEX, 'GET', '/me/calendars')).body.value.find((c: any) => c.name === 'Projects');
    const there = (await call(ALEX, 'GET', `/me/calendars/${projects.id}/calendarView?${WEEK}`)).body.value.map((e: any) => e.subject);
    assert.deepEqual(there, ['Budget review']);
  });
});
