import { DateTime } from 'luxon';
import { findCandidates } from '../calendar';
import { endsAt, isUnderWay, startsAt, type Meeting } from '../calendar/meeting';
import type { MeetingRequest, UserContext } from '../nlu';
import { luxonZone } from '../time/zones';

/**
 * The meetings under way that a request names when nothing still to come fits ("cancel the budget
 * call" ten minutes into it): searches offer meetings to come first (isStillOpen), and these are
 * offered only then, their confirm card saying they are under way. Only meetings the request names
 * fully (its words, its time), rated by the one rule of what a request names: as of just before the
 * earliest of them began.
 */
export function namedUnderWay(request: MeetingRequest, meetings: Meeting[], context: UserContext): Meeting[] {
  if (!(request.titleHint || request.attendeeHint || request.looseHint || request.clock)) return [];
  const zone = context.timeZone;
  const underWay = meetings.filter((m) => !m.isCancelled && isUnderWay(m, context.now, zone));
  if (!underWay.length) return [];
  // Only a time ("my meeting now", "my 3:05 meeting" at 3:05): the meetings going on at it.
  if (request.clock && !(request.titleHint || request.attendeeHint || request.looseHint)) {
    const at = clockOn(request, context);
    const going = underWay.filter((m) => startsAt(m, zone) <= at && at < endsAt(m, zone));
    if (going.length) return going;
  }
  const before = new Date(Math.min(...underWay.map((m) => startsAt(m, zone))) - 1);
  return findCandidates(request, underWay, { ...context, now: before })
    .filter((candidate) => candidate.complete)
    .map((candidate) => candidate.meeting);
}

/** The instant of the request's clock time on the day it names, else today, in the user's zone. */
function clockOn(request: MeetingRequest, context: UserContext): number {
  const day = DateTime.fromJSDate(request.day ? new Date(request.day.start) : context.now, { zone: luxonZone(context.timeZone) });
  return day.set({ ...request.clock!, second: 0, millisecond: 0 }).toMillis();
}
