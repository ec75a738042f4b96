import { DateTime } from 'luxon';
import type { Meeting } from '../calendar/meeting';
import type { Catalog } from './catalog';
import { language } from './language';

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
  const start = DateTime.fromISO(meeting.start, { zone: timeZone }).setLocale(locale);
  const end = DateTime.fromISO(meeting.end, { zone: timeZone }).setLocale(locale);
  // English reads "3:00 PM"; most other languages write a 24-hour clock with two digits ("09:00").
  const time = { hour: language(locale) === 'en' ? 'numeric' : '2-digit', minute: '2-digit' } as const;
  const endText = end.hasSame(start, 'day') ? end.toLocaleString(time) : end.toLocaleString({ weekday: 'short', ...time });
  return `${formatDay(start)}, ${start.toLocaleString(time)} – ${endText}`;
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
  return value.includes('T') ? DateTime.fromISO(value, { zone: timeZone }).startOf('day') : DateTime.fromISO(value, { zone: 'UTC' });
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
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(new Date());
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}
