import { isStillOpen } from '../calendar/meeting';
import type { FlowDeps, FlowUser, View } from './context';

/**
 * Upcoming meetings, a page at a time: one calendarView request over the next `horizonDays`.
 * Cancelled meetings and meetings already started are not offered (see isStillOpen).
 */
export async function showMeetings(deps: FlowDeps, user: FlowUser, page = 1, window?: { start: string; end: string }): Promise<View> {
  const { horizonDays, pageSize } = deps.settings;
  const range = window ?? { start: deps.now.toISOString(), end: new Date(deps.now.getTime() + horizonDays * 86_400_000).toISOString() };
  const upcoming = (await deps.calendar.listMeetings(range, user.timeZone)).filter((m) => isStillOpen(m, deps.now));
  const current = Math.max(1, Math.min(Math.floor(page) || 1, Math.ceil(upcoming.length / pageSize) || 1));
  const meetings = upcoming.slice((current - 1) * pageSize, current * pageSize);
  await deps.memory.remember(user.conversationId, user.id, { choices: meetings.map((m) => m.id) });
  return { kind: 'list', meetings, page: current, hasMore: upcoming.length > current * pageSize, days: horizonDays };
}
