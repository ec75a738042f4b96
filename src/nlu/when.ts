import { DateTime, Info } from 'luxon';
import type { DayPartName, LanguagePack } from './pack';
import type { MeetingRequest, UserContext } from './types';
import { luxonZone } from '../time/zones';

export interface When {
  day?: MeetingRequest['day'];
  laterDay?: MeetingRequest['laterDay'];
  clock?: MeetingRequest['clock'];
  hours?: MeetingRequest['hours'];
  /** See MeetingRequest.morningToo. */
  morningToo?: boolean;
  /** The text with every time expression taken out. */
  rest: string;
}

/** Removes the first match of pattern from text (with a space, so neighbours stay apart). */
export function cut(text: string, pattern: RegExp): { text: string; match?: RegExpExecArray } {
  const match = pattern.exec(text);
  if (!match) return { text };
  return { text: `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`, match };
}

const firstWeekdays = new Map<string, number>();

/**
 * The first day of the week containing `day`, by the user's locale: Sunday for en-US (its calendars,
 * Outlook's included, start weeks on Sunday), Monday for en-GB, de-DE, de-AT. "this week" and "next
 * week" are that week and the one after; a weekend is Saturday and Sunday whatever the locale.
 */
export function startOfWeek(day: DateTime, locale: string): DateTime {
  let first = firstWeekdays.get(locale);
  if (first === undefined) {
    try {
      first = Info.getStartOfWeek({ locale });
    } catch {
      first = 1; // an unknown locale tag: ISO weeks
    }
    firstWeekdays.set(locale, first);
  }
  return day.startOf('day').minus({ days: (day.weekday - first + 7) % 7 });
}

const dayFirstLocales = new Map<string, boolean>();

/** Whether the locale writes a date day first (en-GB "11/12" is 11 December; en-US and en-CA month first). */
function writesDayFirst(locale: string): boolean {
  let dayFirst = dayFirstLocales.get(locale);
  if (dayFirst === undefined) {
    try {
      const order = new Intl.DateTimeFormat(locale).formatToParts(new Date(2000, 10, 22)).map((part) => part.type);
      dayFirst = order.indexOf('day') < order.indexOf('month');
    } catch {
      dayFirst = false;
    }
    dayFirstLocales.set(locale, dayFirst);
  }
  return dayFirst;
}

const interval = (start: DateTime, end: DateTime): { start: string; end: string } => ({
  start: start.toUTC().toISO()!,
  end: end.toUTC().toISO()!,
});

/** "the 7th" may be a row of a list shown over two pages (five a page): with one on screen, a row up to this, else a date. */
const LIST_ROWS = 10;

/**
 * The date grammar chrono lacks: a day of the month ("Tuesday the 15th", "am 14.") and a weekday in
 * another week ("Thursday next week", "a week from Monday"). A bare "the 2nd" (a day up to LIST_ROWS with no weekday,
 * month or "on") is left for the ordinals when the bot has just shown a list.
 */
export function extractDate(
  input: string,
  pack: LanguagePack,
  context: UserContext,
): { text: string; date?: DateTime; dependsOnList?: boolean } {
  const today = DateTime.fromJSDate(context.now, { zone: luxonZone(context.timeZone) }).startOf('day');
  for (const relative of pack.weekRelative) {
    const found = cut(input, relative.pattern);
    const weekday = found.match?.groups?.weekday;
    if (!weekday) continue;
    const number = pack.weekdays[weekday];
    if (relative.fromComing) {
      const coming = today.plus({ days: (number - today.weekday + 7) % 7 || (relative.afterToday ? 7 : 0) });
      return { text: found.text, date: coming.plus({ weeks: relative.weeks }) };
    }
    const first = startOfWeek(today, context.locale);
    return { text: found.text, date: first.plus({ weeks: relative.weeks, days: (number - first.weekday + 7) % 7 }) };
  }
  const found = cut(input, pack.dayOfMonth);
  const groups = found.match?.groups;
  if (!groups?.day) return { text: input };
  const weekdayWord = groups.weekday ?? groups.weekdayOnly;
  const monthWord = groups.month ?? groups.monthBefore;
  const dayNumber = Number(groups.day);
  const strong = Boolean(weekdayWord || monthWord || groups.monthNumber || /^\s*(?:on|am|an|dem|den|zum|bis)\b/.test(found.match![0]));
  if (!strong && dayNumber <= LIST_ROWS && context.listShown) return { text: input };
  const weekday = weekdayWord ? pack.weekdays[weekdayWord] : undefined;
  const month = monthWord ? pack.months[monthWord] : groups.monthNumber ? Number(groups.monthNumber) : undefined;
  // "3.4.2028", "3.4.28": that year's date, never the next 3 April.
  const year = groups.year ? Number(groups.year.length === 2 ? `20${groups.year}` : groups.year) : undefined;
  // The first such date from today on; with a weekday, the first whose weekday agrees ("Tuesday the 15th").
  for (let ahead = 0; ahead < (year ? 12 * (year - today.year + 1) : 24); ahead++) {
    const base = today.startOf('month').plus({ months: ahead });
    if (month && base.month !== month) continue;
    if (year && base.year !== year) continue;
    if (dayNumber > base.daysInMonth!) continue;
    const date = base.set({ day: dayNumber });
    if (date < today) continue;
    if (weekday && date.weekday !== weekday) continue;
    return { text: found.text, date, dependsOnList: !strong && dayNumber <= LIST_ROWS };
  }
  return { text: input };
}

/** "in January", "im Jänner": that whole month, this year's if it has not ended, else next year's. */
export function extractMonth(
  input: string,
  pack: LanguagePack,
  context: UserContext,
): { text: string; day?: { start: string; end: string } } {
  const found = cut(input, pack.inMonth);
  const month = found.match?.groups?.month ? pack.months[found.match.groups.month] : undefined;
  if (!month) return { text: input };
  const today = DateTime.fromJSDate(context.now, { zone: luxonZone(context.timeZone) }).startOf('day');
  const start = today.set({ month, day: 1 }).plus({ years: month < today.month ? 1 : 0 });
  return { text: found.text, day: interval(DateTime.max(start, today), start.plus({ months: 1 })) };
}

type Clock = { hour: number; minute: number };

/** "2", "2:30", "5pm", "16 uhr" as a clock time; a bare small hour is in working hours ("after 5" is 17:00). */
function clockOf(said: string): Clock | undefined {
  const parts = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm|h|uhr)?$/.exec(said.trim());
  if (!parts) return undefined;
  let hour = Number(parts[1]);
  const minute = Number(parts[2] ?? 0);
  if (hour > 24 || (hour === 24 && minute > 0)) return undefined;
  if (parts[3] === 'pm' && hour < 12) hour += 12;
  else if (parts[3] === 'am' && hour === 12) hour = 0;
  else if (!parts[3] && hour >= 1 && hour <= 7) hour += 12;
  return { hour, minute };
}

/**
 * "between 2 and 4", "after 5", "vor 12": local clock times from and to (to 24:00 when open-ended, from 0:00),
 * and the text without them. "between 10 and 2" runs to 14:00.
 */
export function clockRange(input: string, pack: LanguagePack): { text: string; range?: { from: Clock; to: Clock } } {
  for (const pattern of pack.clockRanges) {
    const found = cut(input, pattern);
    const groups = found.match?.groups;
    if (!groups) continue;
    const from = groups.from === undefined ? { hour: 0, minute: 0 } : clockOf(groups.from);
    let to = groups.to === undefined ? { hour: 24, minute: 0 } : clockOf(groups.to);
    if (!from || !to) continue;
    // "from 11 to 1", "between 10 and 2": past noon; "from 9 to 5".
    if (to.hour * 60 + to.minute <= from.hour * 60 + from.minute && to.hour < 12) to = { hour: to.hour + 12, minute: to.minute };
    if (to.hour * 60 + to.minute <= from.hour * 60 + from.minute) continue;
    return { text: found.text, range: { from, to } };
  }
  return { text: input };
}

/**
 * Days, parts of day, weeks and clock times, always in the user's zone. chrono reads the words;
 * it is given the user's wall clock dressed as UTC (chrono's own zone handling returned "3pm" as
 * 15:00Z), and the zone arithmetic is done here with luxon from the parsed components only.
 */
/**
 * An hour said with no am/pm in a night that runs into the next day ("heute Nacht um halb eins", "my 11 tonight"): the
 * evening hour when it is in the night's evening (11 is 23:00), else the small hour (12 is 00:30's 0, 2 is 02:00).
 */
function nightHour(hour: number, part: { from: number; to: number }): number {
  const evening = hour === 12 ? 12 : hour + 12;
  if (hour < 12 && evening >= part.from && evening < 24) return evening;
  const small = hour === 12 ? 0 : hour;
  return small < part.to - 24 ? small : hour;
}

export function extractWhen(input: string, pack: LanguagePack, context: UserContext, said?: DateTime): When {
  const local = DateTime.fromJSDate(context.now, { zone: luxonZone(context.timeZone) });
  const today = local.startOf('day');
  let text = input;

  for (const week of said ? [] : pack.weeks) {
    const found = cut(text, week.pattern);
    if (!found.match) continue;
    if (week.weekend) {
      // The weekend under way (said on a Saturday or Sunday) or the coming one; what is left of it.
      const saturday = today.plus({ days: today.weekday === 7 ? -1 : 6 - today.weekday, weeks: week.offset });
      return { day: interval(DateTime.max(saturday, today), saturday.plus({ days: 2 })), rest: found.text };
    }
    // "this week" is what is left of the locale's week: on a Sunday in Germany, that Sunday only.
    const first = startOfWeek(today, context.locale).plus({ weeks: week.offset });
    return { day: interval(week.restOfWeek ? today : first, first.plus({ weeks: 1 })), rest: found.text };
  }

  const ranged = clockRange(text, pack);
  text = ranged.text;
  let part: { name: DayPartName; from: number; to: number } | undefined;
  let date: DateTime | undefined = said;
  let laterDay: DateTime | undefined;
  for (const dayPart of pack.dayParts) {
    const found = cut(text, dayPart.pattern);
    if (!found.match) continue;
    // "my 11 tonight": chrono reads the hour with a day after it ("11 today"), not alone ("my 11").
    text = dayPart.chronoDay
      ? `${text.slice(0, found.match.index)} ${dayPart.chronoDay} ${text.slice(found.match.index + found.match[0].length)}`
      : found.text;
    part = dayPart;
    if (dayPart.today) date = today;
    break;
  }

  let clock: When['clock'];
  let morningToo: true | undefined;
  // chrono.de misreads "morgen" after runs of spaces (as the morning, with no date); give it tidy text.
  text = text.replace(/\s+/g, ' ').trim();
  const wallClock = new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute));
  // chrono reads two-letter weekday abbreviations in running text ("so weit" as Sunday): a weekday
  // needs at least three letters.
  const chrono = pack.chronoDayFirst && writesDayFirst(context.locale) ? pack.chronoDayFirst : pack.chrono;
  const results = chrono
    .parse(text, { instant: wallClock, timezone: 0 }, { forwardDate: true })
    .filter((result) => !/^\s*\p{L}{1,2}\s*$/u.test(result.text));
  // Cut from the end, so the positions of the earlier results stay right. "until tuesday", "bis Dienstag": the word
  // before the day goes with it, and the day ends a range from today.
  const ending = new Set<(typeof results)[number]>();
  for (const result of [...results].sort((a, b) => b.index - a.index)) {
    const until = pack.untilDay?.exec(text.slice(0, result.index));
    if (until) ending.add(result);
    text = `${text.slice(0, until ? until.index : result.index)} ${text.slice(result.index + result.text.length)}`;
  }
  let lastDay: DateTime | undefined;
  for (const result of results) {
    const parsed = result.start;
    if (!said && (parsed.isCertain('day') || parsed.isCertain('weekday'))) {
      date = today.set({ year: parsed.get('year')!, month: parsed.get('month')!, day: parsed.get('day')! });
      // A bare weekday is the coming one, today included (chrono's forwardDate skips to next week);
      // said on that weekday it may also mean next week's, once today's has passed.
      const sameWeekday = +date === +today || +date === +today.plus({ days: 7 });
      if (!parsed.isCertain('day') && sameWeekday && !pack.nextWeekday.test(result.text)) {
        laterDay = today.plus({ days: 7 });
        date = today;
      }
      if (ending.has(result)) lastDay = date;
    }
    if (parsed.isCertain('hour')) {
      let hour = parsed.get('hour')!;
      // "at 3" means 15:00: without am/pm, small hours are read as working hours.
      // chrono.de calls "12:30 Uhr" (what "halb eins" is written as) certain to be noon: it is not, it is either.
      const meridiemSaid = parsed.isCertain('meridiem') && !(hour === 12 && /\buhr\b/u.test(result.text));
      // Said with no am/pm and no part of the day, an hour of the clock face may be either half of the day: "at 2:30" is
      // 14:30 or, for a night shift, 02:30; "halb eins" 12:30 or 00:30; "the deploy at 11" 11:00 or 23:00 (see morningToo).
      const eitherHalf = !meridiemSaid && hour >= 1 && hour <= 12 && !part;
      if (!meridiemSaid && hour >= 1 && hour <= 7 && !(part && part.to > 24)) hour += 12;
      if (!meridiemSaid && part && part.to > 24) hour = nightHour(hour, part);
      else if (!meridiemSaid && hour < 12 && part && part.name !== 'morning') hour += 12;
      clock = { hour, minute: parsed.get('minute') ?? 0 };
      morningToo = eitherHalf || undefined;
    }
  }

  if (ranged.range) {
    // A clock range is of the day said, else today: from its start to its end, in calendar arithmetic.
    const { from, to } = ranged.range;
    const at = (base: DateTime, c: Clock): DateTime =>
      base.plus({ days: Math.floor(c.hour / 24) }).set({ hour: c.hour % 24, minute: c.minute });
    const of = (base: DateTime): { start: string; end: string } => interval(at(base, from), at(base, to));
    const when: When = { day: of(date ?? today), clock, morningToo, rest: text };
    if (laterDay) when.laterDay = of(laterDay);
    return when;
  }
  // "in the morning" said at 23:24, with no day: the coming morning, not this one, which is over ("this morning" says today).
  if (!date && part && !context.listShown && part.to <= 24 && local.hour >= part.to) date = today.plus({ days: 1 });
  if (lastDay && !part) return { day: interval(today, lastDay.plus({ days: 1 }).startOf('day')), clock, morningToo, rest: text };
  if (!date && !part) return { clock, morningToo, rest: text };
  // "the morning one" with a list on screen and no day said: the mornings of its rows, whatever their day.
  if (!date && part && context.listShown) return { clock, hours: { from: part.from, to: part.to }, rest: text };
  const span = (base: DateTime): { start: string; end: string } =>
    part
      ? interval(
          base.set({ hour: part.from }),
          // Calendar arithmetic, not hours: the day of a clock change has 23 or 25 of them.
          part.to >= 24
            ? base
                .plus({ days: 1 })
                .startOf('day')
                .plus({ hours: part.to - 24 })
            : base.set({ hour: part.to }),
        )
      : interval(base, base.plus({ days: 1 }).startOf('day'));
  const when: When = { day: span(date ?? today), clock, morningToo, rest: text };
  if (laterDay) when.laterDay = span(laterDay);
  return when;
}
