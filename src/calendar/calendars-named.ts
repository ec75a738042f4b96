import type { MeetingCalendar } from './meeting';
import { wordsOf } from './words';

/**
 * The calendars a request's calendar hint names, best first: every word of the hint is in the
 * calendar's name or its owner's. [] when the hint names none (or there is no hint).
 */
export function calendarsNamed(hint: string | undefined, calendars: MeetingCalendar[]): MeetingCalendar[] {
  const words = wordsOf(hint ?? '');
  if (!words.length) return [];
  const score = (calendar: MeetingCalendar) => {
    const names = new Set(wordsOf(`${calendar.name} ${calendar.ownerName ?? ''}`));
    return words.every((word) => names.has(word)) ? 1 : 0;
  };
  return calendars.filter((calendar) => score(calendar) > 0);
}
