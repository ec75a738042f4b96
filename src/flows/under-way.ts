import { findCandidates } from '../calendar';
import { endsAt, startsAt, type Meeting } from '../calendar/meeting';
import type { MeetingRequest, UserContext } from '../nlu';

/**
 * The meetings under way that a request names when nothing still to come fits ("cancel the budget
 * call" ten minutes into it). They are not offered (a meeting that has begun counts as past, see
 * isStillOpen), but the user hears that they have begun, not that there is no such meeting. Only
 * meetings the request names fully (its words, its time), rated by the one rule of what a request
 * names: as of just before the earliest of them began.
 */
export function namedUnderWay(request: MeetingRequest, meetings: Meeting[], context: UserContext): Meeting[] {
  if (!(request.titleHint || request.attendeeHint || request.looseHint || request.clock)) return [];
  const now = context.now.getTime();
  const zone = context.timeZone;
  const underWay = meetings.filter((m) => !m.isCancelled && m.kind !== 'seriesMaster' && startsAt(m, zone) <= now && endsAt(m, zone) > now);
  if (!underWay.length) return [];
  const before = new Date(Math.min(...underWay.map((m) => startsAt(m, zone))) - 1);
  return findCandidates(request, underWay, { ...context, now: before })
    .filter((candidate) => candidate.complete)
    .map((candidate) => candidate.meeting);
}
