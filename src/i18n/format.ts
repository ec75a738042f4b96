import { DateTime } from 'luxon';
import type { Meeting } from '../calendar/meeting';
import type { Catalog } from './catalog';
import { language } from './language';
import { luxonZone, otherPassOf } from '../time/zones';

/**
 * When a meeting is, in the user's zone and language: "Tue, Dec 1, 3:00 – 3:15 PM".
 * The server's zone never enters: every DateTime is set to `timeZone` explicitly. An all-day
 * meeting's dates are dates ("Wed, Dec 2, all day"): no zone shifts them.
 */
export function formatWhen(
  meeting: Pick<Meeting, 'start' | 'end' | 'isAllDay'>,
  timeZone: string,
  locale: string,
  catalog: Pick<Catalog, 'allDay'>,
): string {
  if (meeting.isAllDay) return formatDays(meeting.start, meeting.end, timeZone, locale, catalog.allDay);
  const time = clockOf(locale);
  return formatTimes(meeting.start, meeting.end, timeZone, locale, time) ?? formatTimesSlowly(meeting, timeZone, locale, time);
}

/**
 * The fast way for instants (every meeting the bot reads): formatters built once per locale, zone
 * and style. Building an Intl.DateTimeFormat costs about 100 µs and native memory V8 keeps, and
 * luxon's zone arithmetic was a third of a list turn's CPU (issue 13). Intl is what luxon formats
 * with, so the text is the same (pinned against luxon by a test). Undefined for anything else.
 */
function formatTimes(start: string, end: string, timeZone: string, locale: string, time: Intl.DateTimeFormatOptions): string | undefined {
  const from = instantOf(start);
  const to = instantOf(end);
  if (from === undefined || to === undefined) return undefined;
  try {
    const days = formatter('en-CA', timeZone, DATE_KEY);
    // Ending at the midnight that closes its first day, it is that day's ("11:00 PM – 12:00 AM").
    const sameDay = days.format(from) === days.format(Math.max(from, to - 1));
    const endText = formatter(
      locale,
      timeZone,
      passNamed(to, timeZone, locale, sameDay ? time : to - from < WEEKDAY_ENOUGH ? { weekday: 'short', ...time } : { ...DAY, ...time }),
    ).format(to);
    return `${formatter(locale, timeZone, DAY).format(from)}, ${formatter(locale, timeZone, passNamed(from, timeZone, locale, time)).format(from)} – ${endText}`;
  } catch {
    return undefined; // a locale or zone Intl refuses: luxon's way decides what it says
  }
}

/**
 * The options for a time of day at `instant`, naming its zone's clock ("2:25 AM GMT+2", "02:25 MEZ", "1:30 AM EDT")
 * when the wall clock reads the same at another instant (the hour a DST fall-back repeats): without it a meeting from
 * 02:25 CEST to 02:25 CET read "2:25 AM – 2:25 AM", and a meeting in the first pass looked like one in the second.
 * The locale's short name, else the offset when the locale names both passes alike.
 */
function passNamed(instant: number, timeZone: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions {
  const other = otherPassOf(instant, timeZone);
  if (other === undefined) return options;
  const short = { ...options, timeZoneName: 'short' } as const;
  const named = (at: number) =>
    formatter(locale, timeZone, { timeZoneName: 'short' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
  return named(instant) !== named(other) ? short : { ...options, timeZoneName: 'shortOffset' };
}

/** A time with its offset ("...Z", "...+01:00") as epoch milliseconds; undefined for anything else. */
function instantOf(value: string): number | undefined {
  if (!/T.*(?:Z|[+-]\d{2}:?\d{2})$/.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : at;
}

/**
 * How the locale writes a time of day: a 12-hour clock with the hour as is ("9:00 AM", "9:00 pm"),
 * a 24-hour clock with two digits ("09:00", "00:30": en-GB, de, fr, ja), as the locale's people
 * read it. Remembered per locale (each answer built a formatter).
 */
function clockOf(locale: string): { hour: 'numeric' | '2-digit'; minute: '2-digit' } {
  let clock = clocks.get(locale);
  if (!clock) {
    let cycle: string | undefined;
    try {
      cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
    } catch {
      cycle = undefined; // a locale Intl refuses: as English
    }
    const twelve = cycle ? cycle === 'h12' || cycle === 'h11' : language(locale) === 'en';
    clock = { hour: twelve ? 'numeric' : '2-digit', minute: '2-digit' };
    if (clocks.size < MAX_FORMATTERS) clocks.set(locale, clock);
  }
  return clock;
}

const clocks = new Map<string, { hour: 'numeric' | '2-digit'; minute: '2-digit' }>();

/** A local time of day ("15:00") as the locale writes it: "3:00 PM", "15:00". */
export function formatClock(hour: number, minute: number, locale: string): string {
  try {
    return formatter(locale, 'UTC', clockOf(locale)).format(Date.UTC(2000, 0, 1, hour, minute));
  } catch {
    return formatter('en-US', 'UTC', clockOf('en-US')).format(Date.UTC(2000, 0, 1, hour, minute));
  }
}

/** Under six days, the end's weekday says which day it is; from then on its weekday may be the start's: it gets its date. */
const WEEKDAY_ENOUGH = 6 * 86_400_000;

const DAY: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric' };
const DATE_KEY: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

/**
 * Formatters by locale, zone and options. Locales and zones come from activities, so the map is
 * bounded: past it a formatter is still built, just not kept.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATTERS = 500;

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone} ${options.weekday ?? ''}${options.month ?? ''}${options.day ?? ''}${options.hour ?? ''}${options.minute ?? ''}${options.year ?? ''}${options.timeZoneName ?? ''}`;
  let known = formatters.get(key);
  if (!known) {
    known = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    if (formatters.size < MAX_FORMATTERS) formatters.set(key, known);
  }
  return known;
}

function formatTimesSlowly(
  meeting: Pick<Meeting, 'start' | 'end'>,
  timeZone: string,
  locale: string,
  time: { hour: 'numeric' | '2-digit'; minute: '2-digit' },
): string {
  const start = DateTime.fromISO(meeting.start, { zone: luxonZone(timeZone) }).setLocale(locale);
  const end = DateTime.fromISO(meeting.end, { zone: luxonZone(timeZone) }).setLocale(locale);
  const endTime = passNamed(end.toMillis(), timeZone, locale, time);
  const endText =
    end.minus({ milliseconds: 1 }).hasSame(start, 'day') || end <= start
      ? end.toLocaleString(endTime)
      : end.toLocaleString({
          weekday: 'short',
          ...(end.toMillis() - start.toMillis() < WEEKDAY_ENOUGH ? {} : { month: 'short', day: 'numeric' }),
          ...endTime,
        });
  return `${formatDay(start)}, ${start.toLocaleString(passNamed(start.toMillis(), timeZone, locale, time))} – ${endText}`;
}

/** "Wed, Dec 2, all day"; over several days "Wed, Dec 2 – Fri, Dec 4, all day". `end` is exclusive. */
function formatDays(start: string, end: string, timeZone: string, locale: string, allDay: string): string {
  const first = calendarDate(start, timeZone).setLocale(locale);
  const last = calendarDate(end, timeZone).setLocale(locale).minus({ days: 1 });
  const days = last > first ? `${formatDay(first)} – ${formatDay(last)}` : formatDay(first);
  return `${days}, ${allDay}`;
}

/**
 * A date as the date it is. An instant (a summary stored before all-day meetings were kept as
 * dates) is read in the user's zone.
 */
function calendarDate(value: string, timeZone: string): DateTime {
  return value.includes('T')
    ? DateTime.fromISO(value, { zone: luxonZone(timeZone) }).startOf('day')
    : DateTime.fromISO(value, { zone: 'UTC' });
}

/** An instant as the day and time people read in their zone: "Tue, Dec 1, 3:00 PM". */
export function formatMoment(instant: string, timeZone: string, locale: string): string {
  const at = DateTime.fromISO(instant, { zone: luxonZone(timeZone) }).setLocale(locale);
  return `${formatDay(at)}, ${at.toLocaleString(passNamed(at.toMillis(), timeZone, locale, clockOf(locale)))}`;
}

/** A local date ("2026-12-05") as people read it: "Sat, Dec 5". */
export function formatDate(date: string, locale: string): string {
  return formatDay(DateTime.fromISO(date, { zone: 'UTC' }).setLocale(locale));
}

function formatDay(day: DateTime): string {
  return day.toLocaleString({ weekday: 'short', month: 'short', day: 'numeric' });
}

/**
 * The name of the clock the bot reads, for people: "Pacific Time", "Mitteleuropäische Zeit".
 * Intl's generic name (no standard/daylight) stays right all year; a zone Intl has no such name
 * for falls back to its IANA id.
 */
export function formatZone(timeZone: string, locale: string): string {
  if (timeZone === 'UTC') return 'UTC';
  const key = `${locale} ${timeZone}`;
  let name = zoneNames.get(key);
  if (name === undefined) {
    try {
      // Asked of one fixed day, not now: in the first pass of an hour a DST change repeats, ICU names Berlin
      // "Central European Time (Germany)", and that name was remembered for the life of the process.
      const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(ZONE_NAME_DAY);
      name = parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
    } catch {
      name = timeZone;
    }
    if (zoneNames.size < MAX_FORMATTERS) zoneNames.set(key, name);
  }
  return name;
}

/** Mid-January: no zone changes its clock within weeks of it. */
const ZONE_NAME_DAY = Date.UTC(2026, 0, 15, 12);

/** Zone names by locale and zone: a generic name is the same all year, and each lookup built a formatter. */
const zoneNames = new Map<string, string>();
