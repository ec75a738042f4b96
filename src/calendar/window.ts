import { DateTime } from 'luxon';
import type { MeetingRequest, UserContext } from '../nlu';
import { calendarsNamed } from './calendar-names';
import { isOpen } from './candidates';
import { startsAt, type Meeting } from './meeting';

/**
 * The one calendarView window a request needs: the day (or part, or range) asked for, else the
 * upcoming days. UTC ISO instants.
 */
export function searchWindow(request: MeetingRequest, context: UserContext, horizonDays = 7): { start: string; end: string } {
  return request.day ? { ...request.day } : upcomingWindow(context.now, context.timeZone, horizonDays);
}

/** "The next 7 days": from now to the end of the user's seventh local day after today (lists and searches alike). */
export function upcomingWindow(now: Date, timeZone: string, horizonDays: number): { start: string; end: string } {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  return {
    start: local.toUTC().toISO()!,
    end: local
      .startOf('day')
      .plus({ days: horizonDays + 1 })
      .toUTC()
      .toISO()!,
  };
}

/** The instant the user pointed at, if any: the clock time on the day asked for (or its next occurrence). */
function target(request: MeetingRequest, context: UserContext): number {
  const zone = context.timeZone;
  const now = DateTime.fromJSDate(context.now, { zone });
  const day = request.day ? DateTime.fromISO(request.day.start, { zone }) : now;
  if (!request.clock) return Math.max(day.toMillis(), now.toMillis());
  let at = day.set({ hour: request.clock.hour, minute: request.clock.minute, second: 0, millisecond: 0 });
  if (!request.day && at < now) at = at.plus({ days: 1 });
  return at.toMillis();
}

/**
 * Open meetings closest to what was asked, for "none matched; here are the nearest"; from the calendar
 * the request names when any is in view ("Alex's 3pm": the nearest in Alex's calendar).
 */
export function nearestMeetings(request: MeetingRequest, meetings: Meeting[], context: UserContext, count = 3): Meeting[] {
  const aim = target(request, context);
  const open = meetings.filter((meeting) => isOpen(meeting, { ...request, intent: 'cancel' }, context.now, context.timeZone));
  const inNamed = open.filter((meeting) => meeting.calendar && calendarsNamed(request.calendarHint, [meeting.calendar]).length > 0);
  return (inNamed.length > 0 ? inNamed : open)
    .map((meeting) => ({ meeting, distance: Math.abs(startsAt(meeting, context.timeZone) - aim) }))
    .sort((a, b) => a.distance - b.distance || startsAt(a.meeting, context.timeZone) - startsAt(b.meeting, context.timeZone))
    .slice(0, count)
    .map((entry) => entry.meeting);
}
