import { DateTime } from 'luxon';
import { luxonZone } from '../time/zones';
import { language } from '../i18n/language';
import { packFor } from './packs';
import type { DayPartName, LanguagePack } from './pack';
import type { MeetingRequest, UserContext } from './types';

function partOf(start: DateTime, end: DateTime): DayPartName | undefined {
  if (end.diff(start, 'hours').hours >= 20) return undefined;
  if (start.hour < 12) return 'morning';
  return start.hour < 17 ? 'afternoon' : 'evening';
}

// A locale tag Intl reads ("en-GB", "de-AT"); "en_US" and the like get the language's own dates.
const LOCALE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** Dates in the user's locale when the sentence is in its language ("Sunday 6 Dec" for en-GB), else the language's. */
function dateLocale(pack: LanguagePack, context: UserContext): string {
  return LOCALE_TAG.test(context.locale) && language(context.locale) === pack.language ? context.locale : pack.language;
}

function dayPhrase(request: MeetingRequest, pack: LanguagePack, context: UserContext): string | undefined {
  if (!request.day) return undefined;
  const options = { zone: luxonZone(context.timeZone), locale: dateLocale(pack, context) };
  const start = DateTime.fromISO(request.day.start, options);
  const end = DateTime.fromISO(request.day.end, options);
  const today = DateTime.fromJSDate(context.now, options).startOf('day');
  const day = start.startOf('day');
  if (end.diff(start, 'hours').hours > 25) return pack.describe.between(start, end.minus({ milliseconds: 1 }));
  const isToday = +day === +today;
  const phrase = isToday ? pack.describe.today : +day === +today.plus({ days: 1 }) ? pack.describe.tomorrow : pack.describe.onDate(day);
  const part = partOf(start, end);
  if (!part) return phrase;
  // A clock range ("after 5", "zwischen 14 und 16 Uhr") is said as asked, not as the part of the day it falls in.
  const endHour = end.diff(day, 'minutes').minutes / 60;
  if (start.minute === 0 && pack.dayParts.some((p) => p.from === start.hour && p.to === endHour))
    return pack.describe.dayPart(part, phrase, isToday);
  const clock = (at: DateTime): { hour: number; minute: number } => ({
    hour: +at.startOf('day') === +day ? at.hour : 24,
    minute: at.minute,
  });
  return `${phrase} ${pack.describe.hours(clock(start), clock(end))}`;
}

/**
 * What was understood, as the tail of "no meeting of yours <...>": "called "standup" at 4pm today",
 * "mit Anna um 16 Uhr heute". In the language of the sentence it ends (the locale's, whatever
 * language the request was written in), in the user's zone.
 */
export function describeRequest(request: MeetingRequest, context: UserContext): string {
  const pack = packFor(context.locale);
  const parts: string[] = [];
  // The calendar's name is said once, as the calendar, even when it is also what was not found.
  const calendarWords = new Set((request.calendarHint ?? '').split(' '));
  const title = (request.titleHint ?? '')
    .split(' ')
    .filter((word) => word && !calendarWords.has(word))
    .join(' ');
  if (title) parts.push(pack.describe.titled(title));
  if (request.attendeeHint) parts.push(pack.describe.withPerson(capitalized(request.attendeeHint)));
  if (request.calendarHint) parts.push(pack.describe.inCalendar(capitalized(request.calendarHint)));
  if (request.clock) parts.push(pack.describe.clock(request.clock.hour, request.clock.minute));
  if (request.neighbour) parts.push(pack.describe.beside(request.neighbour.side, request.neighbour.anchor));
  const day = dayPhrase(request, pack, context);
  if (day) parts.push(day);
  if (request.position === 'next' && !request.clock && !request.skip) parts.push(pack.describe.next);
  if (request.underway) parts.push(pack.describe.underway);
  return parts.join(' ');
}

function capitalized(name: string): string {
  return name.replace(/(^|\s)(\p{L})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase());
}
