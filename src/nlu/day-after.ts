import { DateTime } from 'luxon';
import { luxonZone } from '../time/zones';
import type { MeetingRequest, UserContext } from './types';

/**
 * "… tomorrow and the day after", "… am Donnerstag und am Tag danach": a day said as the day after the one said before it.
 * Per language, on the lower-case text; kept apart from the packs, as follow-up.ts is. Group n: how many days after
 * ("two days later"); absent: one. Not "the day after tomorrow" (a day of its own, read by the packs).
 */
const DAY_AFTER: Record<string, RegExp> = {
  en: /(?<![\p{L}\p{N}])(?:on\s+)?(?:the\s+)?(?:(?:day\s+after|next\s+day|following\s+day|day\s+following)(?:\s+that)?(?!\s+(?:tomorrow|tmrw|tmr|next|the|this|\p{L}*day)(?![\p{L}\p{N}]))|(?:a|one|(?<n>two|three|2|3))\s+days?\s+(?:later|after(?:\s+that)?(?!\s+\S)))(?![\p{L}\p{N}])/u,
  de: /(?<![\p{L}\p{N}])(?:(?:am|den|dem)\s+)?(?:tag\s+(?:danach|darauf)|tags\s+darauf|(?:nächsten|naechsten|folgenden)\s+tag|folgetag|(?:einen|(?<n>zwei|drei|2|3))\s+tage?\s+(?:später|spaeter|danach))(?![\p{L}\p{N}])/u,
};
const NUMBERS: Record<string, number> = { two: 2, three: 3, zwei: 2, drei: 3, '2': 2, '3': 3 };

/** The day after said in `text` ("the day after", "den Tag danach"): the text without it and how many days after; else undefined. */
export function dayAfterIn(text: string, language: string): { text: string; days: number } | undefined {
  const pattern = DAY_AFTER[language];
  const found = pattern?.exec(text.toLowerCase());
  if (!found || text.toLowerCase().length !== text.length) return undefined;
  const n = found.groups?.n;
  return { text: `${text.slice(0, found.index)} ${text.slice(found.index + found[0].length)}`, days: n ? NUMBERS[n] : 1 };
}

/** The whole local day `days` after the day `of` starts in, in the user's zone. */
export function dayAfter(of: { start: string }, days: number, context: UserContext): NonNullable<MeetingRequest['day']> {
  const start = DateTime.fromISO(of.start, { zone: luxonZone(context.timeZone) })
    .startOf('day')
    .plus({ days });
  return { start: start.toUTC().toISO()!, end: start.plus({ days: 1 }).toUTC().toISO()! };
}
