import { DateTime } from 'luxon';
import type { Meeting } from '../calendar/meeting';
import type { Catalog } from './catalog';
import { language } from './language';

/**
 * When a meeting is, in the user's zone and language: "Tue, Dec 1, 3:00 – 3:15 PM".
 * The server's zone never enters: every DateTime is set to `timeZone` explicitly.
 */
export function formatWhen(
  meeting: Pick<Meeting, 'start' | 'end' | 'isAllDay'>,
  timeZone: string,
  locale: string,
  catalog: Pick<Catalog, 'allDay'>,
): string {
  const start = DateTime.fromISO(meeting.start, { zone: timeZone }).setLocale(locale);
  const end = DateTime.fromISO(meeting.end, { zone: timeZone }).setLocale(locale);
  const day = start.toLocaleString({ weekday: 'short', month: 'short', day: 'numeric' });
  if (meeting.isAllDay) return `${day}, ${catalog.allDay}`;
  // English reads "3:00 PM"; most other languages write a 24-hour clock with two digits ("09:00").
  const time = { hour: language(locale) === 'en' ? 'numeric' : '2-digit', minute: '2-digit' } as const;
  const endText = end.hasSame(start, 'day') ? end.toLocaleString(time) : end.toLocaleString({ weekday: 'short', ...time });
  return `${day}, ${start.toLocaleString(time)} – ${endText}`;
}
