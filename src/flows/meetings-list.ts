import { DateTime } from 'luxon';
import { luxonZone } from '../time/zones';
import { inWindow, readingWindow, upcomingWindow } from '../calendar';
import type { TimeWindow, Unreadable } from '../calendar/calendar-service';
import { isStillOpen, type Meeting, type MeetingCalendar } from '../calendar/meeting';
import type { ListCursor } from '../state';
import { calendarsOfKeys, userCalendars } from './calendars';
import type { FlowDeps, FlowUser, ListSpan, View } from './context';

/**
 * Upcoming meetings, a page at a time, over the next `horizonDays` or over the day or range the
 * user named ("on Saturday", "next week"). Graph is read a page at a time too: calendarView by
 * start with a small $top, and where the list stops is remembered, so "More" continues from there
 * (Graph's nextLink) instead of reading the window again. Cancelled meetings and meetings already
 * started are not offered (see isStillOpen). The list is of the user's own calendars merged, or of
 * the calendars named (`calendars`: "show Alex's meetings", "the Marketing calendar").
 */
export async function showMeetings(
  deps: FlowDeps,
  user: FlowUser,
  page = 1,
  window?: TimeWindow,
  calendars?: MeetingCalendar[],
): Promise<View> {
  const { horizonDays } = deps.settings;
  const range = window ?? upcomingWindow(deps.now, user.timeZone, horizonDays);
  const wanted = Math.max(1, Math.floor(page) || 1);
  const all = await userCalendars(deps, user);
  const own = all.filter((c) => c.owner === 'me');
  // "More" on the last list shown continues it; page 1 or an older card starts over.
  const memory = await deps.memory.load(user.conversationId, user.id);
  const last = wanted > 1 ? memory.listing : undefined;
  const sameCalendars = keysOf(calendars ?? own) === keysOf(last?.calendars ?? own);
  const continues =
    last &&
    last.page === wanted - 1 &&
    sameCalendars &&
    (!window || (Date.parse(last.window.start) >= Date.parse(range.start) && last.window.end === range.end));
  const cursor: ListCursor = continues
    ? { ...last, page: wanted }
    : { page: 1, window: range, skip: 0, calendars: calendars ?? own, ...(window ? { named: true } : {}) };
  const { shown, rest, hasMore, unreadable, begun } = await readPage(deps, user, cursor, continues ? memory.choices : undefined);
  // A later page with nothing left (its meetings cancelled since the page before): the list above is all there
  // is, not "no meetings"; its rows stay what "the second one" picks.
  if (cursor.page > 1 && !shown.length && !unreadable.length) {
    await deps.memory.remember(user.conversationId, user.id, { listing: undefined, listEnded: true });
    return { kind: 'notice', notice: { kind: 'noMore' } };
  }
  // Its last page is remembered as the end ("more" then says so); a choose card in between forgets the list (it is not the one on screen).
  await deps.memory.remember(user.conversationId, user.id, {
    choices: shown.map((m) => m.id),
    // Every page before the last is full.
    choicesFrom: cursor.page > 1 ? (cursor.page - 1) * deps.settings.pageSize : undefined,
    rowsAfter: memory.pendingTicketId,
    listing: rest,
    listEnded: rest ? undefined : true,
    alternatives: undefined,
    // A new list asks nothing of a pick; "More" on a list a request led to goes on with what it asked.
    ...(continues ? {} : { choiceAsked: undefined }),
  });
  const span = window ? spanOf(window, user.timeZone) : ({ kind: 'upcoming', days: horizonDays } as const);
  const listed = cursor.calendars ?? own;
  const others = all.filter((c) => c.owner !== 'me' && !listed.some((l) => l.key === c.key));
  return {
    kind: 'list',
    meetings: shown,
    page: cursor.page,
    hasMore,
    span,
    window,
    // Named on the card (and kept by More and refresh) unless it is just the user's own calendars.
    ...(keysOf(listed) !== keysOf(own) ? { calendars: listed } : {}),
    ...(others.length ? { others } : {}),
    ...(unreadable.length ? { unreadable } : {}),
    // Begun meetings come first (by start): a later page has none to speak of.
    ...(cursor.page === 1 && begun ? { begun } : {}),
  };
}

/**
 * "more", "nächste Seite" typed: the next page of the list shown last, as its "More" button would show it.
 * After that list's last page there is no more; with no list the last answer (a choose card, or none), the
 * first page of the coming days.
 */
export async function showMore(deps: FlowDeps, user: FlowUser): Promise<View> {
  const { listing, listEnded } = await deps.memory.load(user.conversationId, user.id);
  if (listEnded) return { kind: 'notice', notice: { kind: 'noMore' } };
  if (listing) return showMeetings(deps, user, listing.page + 1, listing.named ? listing.window : undefined, listing.calendars);
  return showMeetings(deps, user);
}

/**
 * A list card's button: the list of the calendars it names by key ("Show Alex Wilber's calendar",
 * "More" on it), or the user's own without keys. A key that is not one of the user's calendars
 * (forged, or a delegation since removed) shows nothing: the card is stale.
 */
export async function showMeetingsIn(deps: FlowDeps, user: FlowUser, page: number, window?: TimeWindow, keys?: string[]): Promise<View> {
  if (!keys?.length) return showMeetings(deps, user, page, window);
  const calendars = await calendarsOfKeys(deps, user, keys);
  if (!calendars) return { kind: 'notice', notice: { kind: 'staleCard' } };
  return showMeetings(deps, user, page, window, calendars);
}

function keysOf(calendars: MeetingCalendar[]): string {
  return calendars.map((c) => c.key).join('\n');
}

/** Graph pages hold twice a list page, so most lists cost one request even with a few meetings not offered. */
const GRAPH_PAGES_PER_LIST = 2;

async function readPage(
  deps: FlowDeps,
  user: FlowUser,
  from: ListCursor,
  /** The rows of the page before, when this one continues it: it starts after the last of them still in Graph's page. */
  before?: string[],
): Promise<{ shown: Meeting[]; rest?: ListCursor; hasMore: boolean; unreadable: Unreadable[]; begun: number }> {
  const { pageSize } = deps.settings;
  const shown: Meeting[] = [];
  let begun = 0;
  const unreadable: Unreadable[] = [];
  let at = { next: from.next, skip: from.skip };
  const read = readingWindow(from.window, user.timeZone);
  for (;;) {
    const graphPage = await deps.calendar.listPage(read, user.timeZone, pageSize * GRAPH_PAGES_PER_LIST, at.next, from.calendars);
    if (before?.length && at.next === from.next) {
      // Where the list stopped is a place in Graph's page, which moves when meetings before it are cancelled meanwhile.
      // None of them left: from the page's start (a row shown before may come again; none is left out).
      const lastShown = Math.max(...graphPage.meetings.map((m, index) => (before.includes(m.id) ? index : -1)));
      at = { ...at, skip: lastShown + 1 };
    }
    // A calendar that keeps failing is retried on each page: named once.
    unreadable.push(...graphPage.unreadable.filter((u) => !unreadable.some((known) => known.calendar.key === u.calendar.key)));
    const meetings = graphPage.meetings;
    for (let index = at.skip; index < meetings.length; index++) {
      const meeting = meetings[index];
      if (meeting.isCancelled || !inWindow(meeting, from.window, user.timeZone)) continue;
      if (!isStillOpen(meeting, deps.now, user.timeZone)) {
        begun++;
        continue;
      }
      if (shown.length === pageSize) {
        // One more open meeting on this Graph page: there is more, and the next list starts here.
        return { shown, rest: { ...from, next: at.next, skip: index }, hasMore: true, unreadable, begun };
      }
      shown.push(meeting);
    }
    // Full, or nothing more in Graph: stop without reading another page just to know.
    if (shown.length === pageSize || !graphPage.next) {
      return {
        shown,
        rest: graphPage.next ? { ...from, next: graphPage.next, skip: 0 } : undefined,
        hasMore: Boolean(graphPage.next),
        unreadable,
        begun,
      };
    }
    at = { next: graphPage.next, skip: 0 };
  }
}

/** The local days a window covers: one day ("on Saturday") or several ("next week"). */
export function spanOf(window: TimeWindow, zone: string): ListSpan {
  const first = DateTime.fromISO(window.start, { zone: luxonZone(zone) });
  // The end is exclusive: a window ending at midnight covers the day before.
  const last = DateTime.fromISO(window.end, { zone: luxonZone(zone) }).minus({ milliseconds: 1 });
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
