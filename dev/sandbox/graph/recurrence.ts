import { DateTime } from 'luxon';
import { RRule, Weekday, type Options } from 'rrule';
import { toIanaZone, dateTimeTimeZoneToInstant } from '../../../src/time/zones';
import type { PatternedRecurrence } from '../seed';
import type { StoredEvent } from './store';

const WEEKDAYS: Record<string, Weekday> = {
  monday: RRule.MO,
  tuesday: RRule.TU,
  wednesday: RRule.WE,
  thursday: RRule.TH,
  friday: RRule.FR,
  saturday: RRule.SA,
  sunday: RRule.SU,
};
const SET_POSITIONS = { first: 1, second: 2, third: 3, fourth: 4, last: -1 } as const;
const FREQUENCIES = {
  daily: RRule.DAILY,
  weekly: RRule.WEEKLY,
  absoluteMonthly: RRule.MONTHLY,
  relativeMonthly: RRule.MONTHLY,
  absoluteYearly: RRule.YEARLY,
  relativeYearly: RRule.YEARLY,
} as const;

/**
 * rrule works on "floating" wall times: we give it UTC dates whose fields are the series' local
 * wall time, and turn each result back into a real instant in the series' zone. That is what keeps
 * a 15:00 standup at 15:00 local across a DST change.
 */
const wallToFake = (wall: DateTime) => new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second));
const fakeToInstant = (fake: Date, zone: string) =>
  DateTime.fromObject(
    {
      year: fake.getUTCFullYear(),
      month: fake.getUTCMonth() + 1,
      day: fake.getUTCDate(),
      hour: fake.getUTCHours(),
      minute: fake.getUTCMinutes(),
      second: fake.getUTCSeconds(),
    },
    { zone },
  ).toUTC();

export function seriesZone(master: StoredEvent): string {
  return toIanaZone(master.recurrence?.range.recurrenceTimeZone ?? master.start.timeZone) ?? 'UTC';
}

function ruleOf(recurrence: PatternedRecurrence, firstStartWall: DateTime): RRule {
  const { pattern, range } = recurrence;
  const [y, m, d] = range.startDate.split('-').map(Number);
  const options: Partial<Options> = {
    freq: FREQUENCIES[pattern.type],
    interval: pattern.interval,
    dtstart: new Date(Date.UTC(y, m - 1, d, firstStartWall.hour, firstStartWall.minute, firstStartWall.second)),
    wkst: WEEKDAYS[pattern.firstDayOfWeek ?? 'sunday'],
  };
  if (pattern.type === 'weekly' || pattern.type.startsWith('relative')) {
    options.byweekday = (pattern.daysOfWeek ?? []).map((day) => WEEKDAYS[day]);
  }
  if (pattern.type.startsWith('relative')) options.bysetpos = SET_POSITIONS[pattern.index ?? 'first'];
  if (pattern.type.startsWith('absolute')) options.bymonthday = pattern.dayOfMonth;
  if (pattern.type.endsWith('Yearly')) options.bymonth = pattern.month;
  if (range.type === 'numbered') options.count = range.numberOfOccurrences;
  if (range.type === 'endDate' && range.endDate) {
    const [ey, em, ed] = range.endDate.split('-').map(Number);
    options.until = new Date(Date.UTC(ey, em - 1, ed, 23, 59, 59)); // the end date is inclusive
  }
  return new RRule(options);
}

export interface Occurrence {
  /** Original start, UTC ISO: the occurrence's identity within its series. */
  originalStart: string;
  start: DateTime;
  end: DateTime;
}

function seriesLength(master: StoredEvent): number {
  return Date.parse(dateTimeTimeZoneToInstant(master.end)) - Date.parse(dateTimeTimeZoneToInstant(master.start));
}

/** Occurrences of a series master overlapping [from, to), in order, before removals. */
export function occurrencesBetween(master: StoredEvent, from: Date, to: Date): Occurrence[] {
  if (!master.recurrence) return [];
  const zone = seriesZone(master);
  const firstStart = DateTime.fromISO(dateTimeTimeZoneToInstant(master.start)).setZone(zone);
  const rule = ruleOf(master.recurrence, firstStart);
  const length = seriesLength(master);
  // Pad the search by the meeting's length and a day for zone offsets, then filter exactly.
  const after = wallToFake(
    DateTime.fromJSDate(new Date(from.getTime() - length))
      .setZone(zone)
      .minus({ days: 1 }),
  );
  const before = wallToFake(DateTime.fromJSDate(to).setZone(zone).plus({ days: 1 }));
  return rule
    .between(after, before, true)
    .map((fake) => {
      const start = fakeToInstant(fake, zone);
      return { originalStart: start.toISO()!, start, end: start.plus({ milliseconds: length }) };
    })
    .filter((o) => o.start.toMillis() < to.getTime() && o.end.toMillis() > from.getTime());
}

/**
 * The occurrences of the pattern just before and just after the one at `originalStart` (either may be
 * absent), looked for within two years, as the pattern places them.
 */
export function neighboursOf(master: StoredEvent, originalStart: string): { previous?: Occurrence; next?: Occurrence } {
  const at = Date.parse(originalStart);
  const span = 2 * 366 * 86_400_000;
  const around = occurrencesBetween(master, new Date(at - span), new Date(at + span));
  const index = around.findIndex((o) => o.start.toMillis() === at);
  if (index < 0) return {};
  return { previous: around[index - 1], next: around[index + 1] };
}

/** The occurrence of the series that starts at `originalStart`, if the pattern has one there. */
export function occurrenceAt(master: StoredEvent, originalStart: string): Occurrence | undefined {
  const instant = new Date(originalStart);
  if (Number.isNaN(instant.getTime())) return undefined;
  return occurrencesBetween(master, instant, new Date(instant.getTime() + 1)).find((o) => o.start.toMillis() === instant.getTime());
}
