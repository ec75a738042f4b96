import { findCandidates, type Meeting } from '../calendar';
import { actionFor, type MeetingCalendar } from '../calendar/meeting';
import type { MeetingRequest, UserContext } from '../nlu';

/**
 * "cancel all of Omar's meetings tomorrow", as his delegate: a meeting of his that the user is invited to as well is
 * read once, as the user's own invitation (oneCopyEach), so it is not among his calendar's. One neither of them
 * organizes cannot be cancelled by the user: the bulk card leaves it out, and says so. These are the meetings, outside
 * the people's calendars named, that the request matches with those people in them, and the user may not cancel.
 */
export function leftOutOf(request: MeetingRequest, meetings: Meeting[], context: UserContext, named: MeetingCalendar[]): Meeting[] {
  if (!request.calendarHint || !named.length || !named.every((c) => c.owner === 'person')) return [];
  const keys = new Set(named.map((c) => c.key));
  const outside = meetings.filter((m) => !keys.has(m.calendar?.key ?? ''));
  // The same request, its person said of the meeting ("… with Omar") instead of the calendar.
  const withThem: MeetingRequest = {
    ...request,
    calendarHint: undefined,
    attendeeHint: [request.attendeeHint, request.calendarHint].filter(Boolean).join(' '),
  };
  return findCandidates(withThem, outside, context)
    .filter((c) => c.complete && actionFor(c.meeting) !== 'cancel')
    .map((c) => c.meeting);
}
