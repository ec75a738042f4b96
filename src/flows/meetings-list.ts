import { DateTime } from 'luxon';
import type { TimeWindow } from '../calendar/calendar-service';
import { isStillOpen } from '../calendar/meeting';
import type { FlowDeps, FlowUser, ListSpan, View } from './context';

/**
 * Upcoming meetings, a page at a time: one calendarView request over the next `horizonDays`, or
 * over the day or range the user named ("on Saturday", "next week"). Cancelled meetings and
 * meetings already started are not offered (see isStillOpen).
 */
export async function showMeetings(deps: FlowDeps, user: FlowUser, page = 1, window?: TimeWindow): Promise<View> {
  const { horizonDays, pageSize } = deps.settings;
  const range = window ?? { start: deps.now.toISOString(), end: new Date(deps.now.getTime() + horizonDays * 86_400_000).toISOString() };
  const upcoming = (await deps.calendar.listMeetings(range, user.timeZone)).filter((m) => isStillOpen(m, deps.now, user.timeZone));
  const current = Math.max(1, Math.min(Math.floor(page) || 1, Math.ceil(upcoming.length / pageSize) || 1));
  const meetings = upcoming.slice((current - 1) * pageSize, current * pageSize);
  await deps.memory.remember(user.conversationId, user.id, { choices: meetings.map((m) => m.id) });
  const span = window ? spanOf(window, user.timeZone) : ({ kind: 'upcoming', days: horizonDays } as const);
  return { kind: 'list', meetings, page: current, hasMore: upcoming.length > current * pageSize, span, window };
}

/** The local days a window covers: one day ("on Saturday") or several ("next week"). */
function spanOf(window: TimeWindow, zone: string): ListSpan {
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
