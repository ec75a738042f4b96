import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { inWindow, readingWindow, upcomingWindow } from '../../../src/calendar';
import type { Meeting } from '../../../src/calendar';

// From the furthest east to the furthest west, with odd offsets and DST (Lord Howe's half hour, St John's, Chatham's +13:45).
const ZONES = [
  'Pacific/Kiritimati',
  'Pacific/Chatham',
  'Pacific/Tongatapu',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Europe/Berlin',
  'UTC',
  'America/St_Johns',
  'America/Los_Angeles',
  'Pacific/Honolulu',
  'Pacific/Pago_Pago',
  'Etc/GMT+12',
];
const DATES = ['2026-03-29', '2026-04-05', '2026-10-04', '2026-10-25', '2026-11-01', '2026-12-01', '2026-12-31'];

const allDay = (first: string, days: number): Meeting => ({
  id: 'x',
  subject: 'Away day',
  start: first,
  end: DateTime.fromISO(first, { zone: 'UTC' }).plus({ days }).toISODate()!,
  isAllDay: true,
  isCancelled: false,
  isOrganizer: true,
  organizer: { name: 'A', email: 'a@x' },
  attendees: [],
  kind: 'single',
  isOnline: false,
});

/** The instants Graph gives an all-day event made in a zone: its midnights there. */
const madeIn = (meeting: Meeting, zone: string) => ({
  start: DateTime.fromISO(meeting.start, { zone }).toMillis(),
  end: DateTime.fromISO(meeting.end, { zone }).toMillis(),
});
const overlaps = (span: { start: number; end: number }, window: { start: string; end: string }) =>
  span.start < Date.parse(window.end) && span.end > Date.parse(window.start);

const dayOf = (date: string, zone: string) => {
  const day = DateTime.fromISO(date, { zone });
  return { start: day.toUTC().toISO()!, end: day.plus({ days: 1 }).toUTC().toISO()! };
};

describe('the calendarView window read for a window of the user’s days', () => {
  it('reads every all-day event of the day, made in any zone, and keeps it on its date only', () => {
    for (const date of DATES) {
      for (const user of ZONES) {
        const day = dayOf(date, user);
        const read = readingWindow(day, user);
        for (const zone of ZONES) {
          for (const [first, days] of [
            [date, 1],
            [DateTime.fromISO(date).minus({ days: 1 }).toISODate()!, 2],
          ] as const) {
            const event = allDay(first, days);
            assert.ok(overlaps(madeIn(event, zone), read), `${date} made in ${zone}, read in ${user}: ${JSON.stringify(read)}`);
            assert.ok(inWindow(event, day, user));
          }
          // The days before and after: read perhaps, never on this day.
          for (const other of [-1, 1]) {
            assert.equal(inWindow(allDay(DateTime.fromISO(date).plus({ days: other }).toISODate()!, 1), day, user), false);
          }
        }
      }
    }
  });

  it('reads the next 7 days from any hour of the day with every all-day event of their dates', () => {
    for (const user of ZONES) {
      for (let hour = 0; hour < 24; hour += 1.5) {
        const now = DateTime.fromISO('2026-12-01', { zone: user }).plus({ hours: hour });
        const window = upcomingWindow(now.toJSDate(), user, 7);
        const read = readingWindow(window, user);
        for (const zone of ZONES) {
          for (const n of [0, 1, 7]) {
            const event = allDay(now.plus({ days: n }).toISODate()!, 1);
            assert.ok(overlaps(madeIn(event, zone), read), `day +${n} made in ${zone}, read in ${user} at ${now.toISO()}`);
            assert.ok(inWindow(event, window, user));
          }
          assert.equal(inWindow(allDay(now.plus({ days: 8 }).toISODate()!, 1), window, user), false);
        }
      }
    }
  });

  it('is the window itself where no zone on earth needs more: a day in UTC, Berlin or New York', () => {
    for (const user of ['UTC', 'Europe/Berlin', 'America/New_York']) {
      const day = dayOf('2026-12-01', user);
      assert.deepEqual(readingWindow(day, user), { start: new Date(day.start).toISOString(), end: new Date(day.end).toISOString() });
    }
    // Far east, the day's end reaches on to where the date begins at -12 (plus an hour's margin).
    assert.deepEqual(readingWindow(dayOf('2026-12-01', 'Pacific/Kiritimati'), 'Pacific/Kiritimati'), {
      start: '2026-11-30T10:00:00.000Z',
      end: '2026-12-01T13:00:00.000Z',
    });
  });
});
