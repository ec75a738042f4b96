import { MATCHES, best, calendarWords } from './match';
import type { MeetingCalendar } from './meeting';
import { wordsOf } from './words';

// Scores this close are the same match (similarities are fractions; a typo costs more than this).
const TIE = 1e-9;
// Between calendars named as well: the user's own before a person's before a group's, a default before the others.
const OWNER_ORDER: Record<MeetingCalendar['owner'], number> = { me: 0, person: 1, group: 2 };

/**
 * The calendars a request's calendarHint names ("alex" → Alex Wilber's calendars, "marketing" → the
 * Marketing group's), best first: those matching most of the hint's words most closely ("alex's
 * projects" names Alex's Projects calendar, not his others). Matched as tolerantly as meetings are
 * (case, umlauts, typos, a first name for a full one); [] when none.
 */
export function calendarsNamed(hint: string | undefined, calendars: MeetingCalendar[]): MeetingCalendar[] {
  const words = wordsOf(hint ?? '');
  if (words.length === 0) return [];
  const scored = calendars.map((calendar, index) => {
    const known = calendarWords(calendar);
    let score = 0;
    for (const word of words) {
      const similarity = best(word, known);
      if (similarity >= MATCHES) score += similarity;
    }
    return { calendar, score, index };
  });
  const top = Math.max(0, ...scored.map((entry) => entry.score));
  return scored
    .filter((entry) => entry.score > 0 && entry.score >= top - TIE)
    .sort(
      (a, b) =>
        b.score - a.score ||
        Number(b.calendar.isDefault) - Number(a.calendar.isDefault) ||
        OWNER_ORDER[a.calendar.owner] - OWNER_ORDER[b.calendar.owner] ||
        a.index - b.index,
    )
    .map((entry) => entry.calendar);
}
