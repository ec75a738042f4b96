import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import type { PatternedRecurrence } from '../../../dev/sandbox/seed';
import { occurrenceAt, occurrencesBetween } from '../../../dev/sandbox/graph/recurrence';
import type { StoredEvent } from '../../../dev/sandbox/graph/store';

function series(start: string, end: string, timeZone: string, recurrence: PatternedRecurrence): StoredEvent {
  return {
    start: { dateTime: start, timeZone },
    end: { dateTime: end, timeZone },
    recurrence,
    type: 'seriesMaster',
    removedOccurrences: [],
    cancelledOccurrences: [],
  } as unknown as StoredEvent;
}
const local = (o: { start: DateTime }, zone: string) => o.start.setZone(zone).toFormat('ccc yyyy-LL-dd HH:mm');
const between = (event: StoredEvent, from: string, to: string) => occurrencesBetween(event, new Date(from), new Date(to));

describe('sandbox recurrence (Graph patternedRecurrence expanded with rrule in the series zone)', () => {
  const standup = series('2026-03-02T15:00:00', '2026-03-02T15:15:00', 'Pacific Standard Time', {
    pattern: {
      type: 'weekly',
      interval: 1,
      daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      firstDayOfWeek: 'sunday',
    },
    range: { type: 'noEnd', startDate: '2026-03-02', recurrenceTimeZone: 'Pacific Standard Time' },
  });

  it('keeps a weekday 15:00 meeting at 15:00 local across the DST change, skipping the weekend', () => {
    const got = between(standup, '2026-03-06T00:00:00Z', '2026-03-10T23:59:00Z').map((o) => local(o, 'America/Los_Angeles'));
    assert.deepEqual(got, ['Fri 2026-03-06 15:00', 'Mon 2026-03-09 15:00', 'Tue 2026-03-10 15:00']);
    const utc = between(standup, '2026-03-06T00:00:00Z', '2026-03-10T00:00:00Z').map((o) => o.start.toUTC().toFormat('dd HH:mm'));
    assert.deepEqual(utc, ['06 23:00', '09 22:00'], 'UTC offset moves from -8 to -7');
  });

  it('includes an occurrence overlapping the window edge', () => {
    const got = between(standup, '2026-03-06T23:10:00Z', '2026-03-06T23:11:00Z');
    assert.equal(got.length, 1);
  });

  it('honours numbered and endDate ranges (the end date is inclusive)', () => {
    const numbered = series('2026-01-01T09:00:00', '2026-01-01T10:00:00', 'UTC', {
      pattern: { type: 'daily', interval: 2 },
      range: { type: 'numbered', startDate: '2026-01-01', numberOfOccurrences: 3 },
    });
    assert.deepEqual(
      between(numbered, '2025-12-01T00:00:00Z', '2026-02-01T00:00:00Z').map((o) => o.start.toFormat('dd')),
      ['01', '03', '05'],
    );
    const until = series('2026-01-01T09:00:00', '2026-01-01T10:00:00', 'UTC', {
      pattern: { type: 'daily', interval: 1 },
      range: { type: 'endDate', startDate: '2026-01-01', endDate: '2026-01-03' },
    });
    assert.equal(between(until, '2025-12-01T00:00:00Z', '2026-02-01T00:00:00Z').length, 3);
  });

  it('maps relativeMonthly (second Tuesday), absoluteMonthly and relativeYearly (last Friday of May)', () => {
    const secondTuesday = series('2026-01-13T10:00:00', '2026-01-13T11:00:00', 'W. Europe Standard Time', {
      pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['tuesday'], index: 'second' },
      range: { type: 'noEnd', startDate: '2026-01-01' },
    });
    assert.deepEqual(
      between(secondTuesday, '2026-01-01T00:00:00Z', '2026-04-01T00:00:00Z').map((o) => local(o, 'Europe/Berlin')),
      ['Tue 2026-01-13 10:00', 'Tue 2026-02-10 10:00', 'Tue 2026-03-10 10:00'],
    );
    const fifteenth = series('2026-01-15T08:00:00', '2026-01-15T09:00:00', 'UTC', {
      pattern: { type: 'absoluteMonthly', interval: 2, dayOfMonth: 15 },
      range: { type: 'noEnd', startDate: '2026-01-01' },
    });
    assert.deepEqual(
      between(fifteenth, '2026-01-01T00:00:00Z', '2026-06-01T00:00:00Z').map((o) => o.start.toFormat('LL-dd')),
      ['01-15', '03-15', '05-15'],
    );
    const lastFriday = series('2026-05-29T12:00:00', '2026-05-29T13:00:00', 'UTC', {
      pattern: { type: 'relativeYearly', interval: 1, daysOfWeek: ['friday'], index: 'last', month: 5 },
      range: { type: 'noEnd', startDate: '2026-01-01' },
    });
    assert.deepEqual(
      between(lastFriday, '2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z').map((o) => o.start.toISODate()),
      ['2026-05-29', '2027-05-28'],
    );
  });

  it('finds an occurrence by its original start, and nothing where the pattern has none', () => {
    assert.ok(occurrenceAt(standup, '2026-03-09T22:00:00.000Z'));
    assert.equal(occurrenceAt(standup, '2026-03-08T22:00:00.000Z'), undefined, 'a Sunday');
    assert.equal(occurrenceAt(standup, 'garbage'), undefined);
  });
});
