import { DateTime } from 'luxon';
import { occurrenceId } from './ids';
import { instanceOfOccurrence, instanceOfStored, instantsOf, type EventInstance } from './instances';
import { occurrencesBetween, type Occurrence } from './recurrence';
import type { Mailbox, MailboxEvents, StoredCalendar, StoredEvent, StoredException } from './store';

/**
 * calendarView's content, found the way a mail server would: an index of each calendar's events by
 * start (numbers), rebuilt when the mailbox's events change, so a request costs a binary search
 * and its page, not a walk over the mailbox (issue 13: a load user has 5,000 meetings a week).
 */

/** What a view orders and pages by, before anything is converted for the wire. */
interface Listed {
  id: string;
  /** Epoch milliseconds. */
  start: number;
  end: number;
  /** The stored event, or the series master of an occurrence. */
  event: StoredEvent;
  occurrence?: Occurrence;
}

export interface ViewOrder {
  key: 'start' | 'end';
  descending: boolean;
}

export interface ViewPage {
  instances: EventInstance[];
  /** How many the whole view holds: whether there is a next page. */
  total: number;
}

const collator = new Intl.Collator();
/** By start, ties by id as String#localeCompare orders them: the sandbox's order since it began. */
const byStart = (a: Listed, b: Listed): number => a.start - b.start || collator.compare(a.id, b.id);

/** Single events longer than this are kept apart, so the sorted list can find the rest by start alone. */
const SHORT_MS = 2 * 86_400_000;
/** Occurrences are expanded (rrule, luxon) once per series and block of this size, then reused. */
const BLOCK_MS = 28 * 86_400_000;
const MAX_BLOCKS = 256;

interface Series {
  master: StoredEvent;
  length: number;
  /** No occurrence starts before `earliest` or ends after `latest`: outside them the series is not expanded. */
  earliest: number;
  latest: number;
  /** Occurrences starting in each block, by start; removals are read per request. */
  blocks: Map<number, Listed[]>;
}

interface CalendarIndex {
  /** Single events of at most SHORT_MS, by start then id. */
  singles: Listed[];
  /** The longest of them: one overlapping a window starts at most this long before it. */
  reach: number;
  /** Other single events (several days long, or ending before they start): few, checked one by one. */
  long: Listed[];
  series: Series[];
}

const indexes = new WeakMap<MailboxEvents, { version: number; calendars: Map<string, CalendarIndex> }>();

function indexOf(mailbox: Mailbox, calendarId: string): CalendarIndex {
  const { events } = mailbox;
  let built = indexes.get(events);
  if (!built || built.version !== events.version) {
    built = { version: events.version, calendars: build(events) };
    indexes.set(events, built);
  }
  return built.calendars.get(calendarId) ?? { singles: [], reach: 0, long: [], series: [] };
}

function build(events: MailboxEvents): Map<string, CalendarIndex> {
  const calendars = new Map<string, CalendarIndex>();
  for (const event of events.values()) {
    let index = calendars.get(event.calendarId);
    if (!index) calendars.set(event.calendarId, (index = { singles: [], reach: 0, long: [], series: [] }));
    if (event.type === 'seriesMaster') {
      index.series.push(seriesOf(event));
      continue;
    }
    const { start, end } = instantsOf(event);
    const listed: Listed = { id: event.id, start, end, event };
    if (end >= start && end - start <= SHORT_MS) {
      index.singles.push(listed);
      index.reach = Math.max(index.reach, end - start);
    } else {
      index.long.push(listed);
    }
  }
  for (const index of calendars.values()) index.singles.sort(byStart);
  return calendars;
}

const DAY_MS = 86_400_000;
const dateAt = (date: string) => Date.parse(`${date}T00:00:00Z`);

function seriesOf(master: StoredEvent): Series {
  const { start, end } = instantsOf(master);
  const length = end - start;
  const range = master.recurrence?.range;
  // Dates are wall dates in the series' zone (within a day of UTC); the rule's "until" is the end date's last second.
  const earliest = range ? dateAt(range.startDate) - 2 * DAY_MS : -Infinity;
  const latest = range?.type === 'endDate' && range.endDate ? dateAt(range.endDate) + 3 * DAY_MS + Math.max(length, 0) : Infinity;
  return { master, length, earliest, latest, blocks: new Map() };
}

/** The series' occurrences starting in one block, expanded on first use. */
function occurrencesIn(series: Series, block: number): Listed[] {
  let listed = series.blocks.get(block);
  if (!listed) {
    const from = block * BLOCK_MS;
    const to = from + BLOCK_MS;
    const { master } = series;
    listed = occurrencesBetween(master, new Date(from - 1 - Math.abs(series.length)), new Date(to))
      .map((occurrence) => ({
        id: occurrenceId(master.id, occurrence.originalStart),
        start: occurrence.start.toMillis(),
        end: occurrence.end.toMillis(),
        event: master,
        occurrence,
      }))
      .filter((o) => o.start >= from && o.start < to);
    if (series.blocks.size >= MAX_BLOCKS) series.blocks.clear();
    series.blocks.set(block, listed);
  }
  return listed;
}

/** An occurrence changed on its own, at its new times; its identity (id, `occurrence`) stays the pattern's. */
function changedOccurrence(series: Series, exception: StoredException): Listed {
  const { master, length } = series;
  const start = DateTime.fromISO(exception.originalStart, { zone: 'utc' });
  const occurrence: Occurrence = { originalStart: exception.originalStart, start, end: start.plus({ milliseconds: length }) };
  return { id: occurrenceId(master.id, exception.originalStart), ...instantsOf(exception), event: master, occurrence };
}

/** First index in [lo, hi) whose item passes `after` (items pass from some index on). */
function firstIndex(items: Listed[], after: (item: Listed) => boolean, lo = 0, hi = items.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (after(items[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * What overlaps [from, to) in one calendar: `singles[first, last)` (each starts inside the window),
 * plus the few others (events starting before it, long ones, occurrences), by start then id.
 */
function overlapping(index: CalendarIndex, from: number, to: number): { first: number; last: number; others: Listed[] } {
  const { singles } = index;
  const edge = firstIndex(singles, (l) => l.start > from - index.reach);
  const first = firstIndex(singles, (l) => l.start > from, edge);
  const last = firstIndex(singles, (l) => l.start >= to, first);
  const others: Listed[] = [];
  for (let i = edge; i < first; i++) if (singles[i].end > from) others.push(singles[i]);
  for (const listed of index.long) if (listed.start < to && listed.end > from) others.push(listed);
  for (const series of index.series) {
    const removed = series.master.removedOccurrences;
    const exceptions = series.master.exceptions ?? [];
    // A changed occurrence is listed where it is now, not where the pattern put it (it may have moved out of the range).
    for (const listed of exceptions.map((exception) => changedOccurrence(series, exception))) {
      if (listed.start < to && listed.end > from && !removed.includes(listed.occurrence!.originalStart)) others.push(listed);
    }
    if (series.earliest >= to || series.latest <= from) continue;
    const isChanged = (originalStart: string) => exceptions.some((e) => e.originalStart === originalStart);
    const lastBlock = Math.floor((to - 1) / BLOCK_MS);
    for (let block = Math.floor((from - Math.max(series.length, 0)) / BLOCK_MS); block <= lastBlock; block++) {
      for (const listed of occurrencesIn(series, block)) {
        const { originalStart } = listed.occurrence!;
        if (listed.start < to && listed.end > from && !removed.includes(originalStart) && !isChanged(originalStart)) others.push(listed);
      }
    }
  }
  others.sort(byStart);
  return { first, last, others };
}

const instanceOf = (listed: Listed): EventInstance =>
  listed.occurrence ? instanceOfOccurrence(listed.event, listed.occurrence, listed.id) : instanceOfStored(listed.event, listed);

/**
 * One page of a calendarView over [from, to): single events and occurrences overlapping it (masters
 * are not listed), ordered by `order`, ties by start then id. Only the page becomes instances.
 */
export function viewPage(
  mailbox: Mailbox,
  calendars: StoredCalendar[],
  window: { from: number; to: number },
  order: ViewOrder,
  page: { skip: number; top: number },
): ViewPage {
  const { from, to } = window;
  if (!(to > from)) return { instances: [], total: 0 };
  const found = calendars.map((calendar) => {
    const index = indexOf(mailbox, calendar.id);
    return { index, ...overlapping(index, from, to) };
  });
  if (found.length === 1 && order.key === 'start' && !order.descending) return pageByStart(found[0], page);
  const all = found.flatMap(({ index, first, last, others }) => [...index.singles.slice(first, last), ...others]);
  const sign = order.descending ? -1 : 1;
  all.sort((a, b) => (a[order.key] - b[order.key]) * sign || byStart(a, b));
  return { instances: all.slice(page.skip, page.skip + page.top).map(instanceOf), total: all.length };
}

/** The usual order (by start): a merge of the sorted singles and the sorted others, from `skip` on, without listing what comes before. */
function pageByStart(
  found: { index: CalendarIndex; first: number; last: number; others: Listed[] },
  page: { skip: number; top: number },
): ViewPage {
  const { singles } = found.index;
  const { first, last, others } = found;
  const total = last - first + others.length;
  if (page.skip >= total) return { instances: [], total };
  // Where other #i falls in the merged view: i, plus the singles before it.
  const positionOf = (i: number) => i + firstIndex(singles, (l) => byStart(l, others[i]) > 0, first, last) - first;
  let o = 0;
  while (o < others.length && positionOf(o) < page.skip) o++;
  let s = first + page.skip - o;
  const listed: Listed[] = [];
  while (listed.length < page.top && (o < others.length || s < last)) {
    listed.push(s >= last || (o < others.length && byStart(others[o], singles[s]) < 0) ? others[o++] : singles[s++]);
  }
  return { instances: listed.map(instanceOf), total };
}
