import { DateTime } from 'luxon';
import type { TimeWindow } from '../calendar/calendar-service';
import { isStillOpen, type Meeting } from '../calendar/meeting';
import type { ListCursor } from '../state';
import type { FlowDeps, FlowUser, ListSpan, View } from './context';

/**
 * Upcoming meetings, a page at a time, over the next `horizonDays` or over the day or range the
 * user named ("on Saturday", "next week"). Graph is read a page at a time too: calendarView by
 * start with a small $top, and where the list stops is remembered, so "More" continues from there
 * (Graph's nextLink) instead of reading the window again. Cancelled meetings and meetings already
 * started are not offered (see isStillOpen).
 */
export async function showMeetings(deps: FlowDeps, user: FlowUser, page = 1, window?: TimeWindow): Promise<View> {
  const { horizonDays } = deps.settings;
  const range = window ?? { start: deps.now.toISOString(), end: new Date(deps.now.getTime() + horizonDays * 86_400_000).toISOString() };
  const wanted = Math.max(1, Math.floor(page) || 1);
  // "More" on the last list shown continues it; page 1 or an older card starts over.
  const last = wanted > 1 ? (await deps.memory.load(user.conversationId, user.id)).listing : undefined;
  const continues = last && last.page === wanted - 1 && (!window || (last.window.start === range.start && last.window.end === range.end));
  const cursor: ListCursor = continues ? { ...last, page: wanted } : { page: 1, window: range, skip: 0 };
  const { shown, rest, hasMore } = await readPage(deps, user, cursor);
  await deps.memory.remember(user.conversationId, user.id, { choices: shown.map((m) => m.id), listing: rest });
  const span = window ? spanOf(window, user.timeZone) : ({ kind: 'upcoming', days: horizonDays } as const);
  return { kind: 'list', meetings: shown, page: cursor.page, hasMore, span, window };
}

/** Graph pages hold twice a list page, so most lists cost one request even with a few meetings not offered. */
const GRAPH_PAGES_PER_LIST = 2;

async function readPage(
  deps: FlowDeps,
  user: FlowUser,
  from: ListCursor,
): Promise<{ shown: Meeting[]; rest?: ListCursor; hasMore: boolean }> {
  const { pageSize } = deps.settings;
  const shown: Meeting[] = [];
  let at = { next: from.next, skip: from.skip };
  for (;;) {
    const graphPage = await deps.calendar.listPage(from.window, user.timeZone, pageSize * GRAPH_PAGES_PER_LIST, at.next);
    const meetings = graphPage.meetings;
    for (let index = at.skip; index < meetings.length; index++) {
      if (!isStillOpen(meetings[index], deps.now, user.timeZone)) continue;
      if (shown.length === pageSize) {
        // One more open meeting on this Graph page: there is more, and the next list starts here.
        return { shown, rest: { ...from, next: at.next, skip: index }, hasMore: true };
      }
      shown.push(meetings[index]);
    }
    // Full, or nothing more in Graph: stop without reading another page just to know.
    if (shown.length === pageSize || !graphPage.next) {
      return { shown, rest: graphPage.next ? { ...from, next: graphPage.next, skip: 0 } : undefined, hasMore: Boolean(graphPage.next) };
    }
    at = { next: graphPage.next, skip: 0 };
  }
}

/** The local days a window covers: one day ("on Saturday") or several ("next week"). */
export function spanOf(window: TimeWindow, zone: string): ListSpan {
  const first = DateTime.fromISO(window.start, { zone });
  // The end is exclusive: a window ending at midnight covers the day before.
  const last = DateTime.fromISO(window.end, { zone }).minus({ milliseconds: 1 });
  if (last <= first || last.hasSame(first, 'day')) return { kind: 'day', date: first.toISODate()! };
  return { kind: 'days', first: first.toISODate()!, last: last.toISODate()! };
}

/** A window a card sent back ("More" on a list of one day or range): two instants in order, at most two months apart. */
export function windowFrom(start: unknown, end: unknown): TimeWindow | undefined {
  if (typeof start !== 'string' || typeof end !== 'string') return undefined;
  const from = Date.parse(start);
  const to = Date.parse(end);
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from || to - from > 62 * 86_400_000) return undefined;
  return { start: new Date(from).toISOString(), end: new Date(to).toISOString() };
}
