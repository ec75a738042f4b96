import { isStillOpen, type Meeting } from '../calendar/meeting';
import type { ListCursor } from '../state';
import type { FlowDeps, FlowUser, View } from './context';

/**
 * Upcoming meetings, a page at a time, read from Graph a page at a time: calendarView ordered by
 * start with a small $top, and where the list stops is remembered, so "More" continues from
 * there (Graph's nextLink) instead of reading the window again. Cancelled meetings and meetings
 * already started are not offered (see isStillOpen).
 */
export async function showMeetings(deps: FlowDeps, user: FlowUser, page = 1, window?: { start: string; end: string }): Promise<View> {
  const { horizonDays } = deps.settings;
  const wanted = Math.max(1, Math.floor(page) || 1);
  // "More" on the last list shown continues it; page 1 or an older card starts over.
  const last = wanted > 1 ? (await deps.memory.load(user.conversationId, user.id)).listing : undefined;
  const cursor: ListCursor =
    last && last.page === wanted - 1
      ? { ...last, page: wanted }
      : {
          page: 1,
          window: window ?? { start: deps.now.toISOString(), end: new Date(deps.now.getTime() + horizonDays * 86_400_000).toISOString() },
          skip: 0,
        };
  const { shown, rest, hasMore } = await readPage(deps, user, cursor);
  await deps.memory.remember(user.conversationId, user.id, { choices: shown.map((m) => m.id), listing: rest });
  return { kind: 'list', meetings: shown, page: cursor.page, hasMore, days: horizonDays };
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
      if (!isStillOpen(meetings[index], deps.now)) continue;
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
