import { clearChoice, findCandidates } from '../calendar';
import { CalendarError } from '../calendar/errors';
import { movedFrom, type Meeting } from '../calendar/meeting';
import type { MeetingRequest, UserContext } from '../nlu';
import { readCalendars, type CalendarChoice } from './calendars';
import type { FlowDeps, FlowUser } from './context';

/**
 * The meetings from now until a while after the day a request asked for (Graph moves an occurrence no further than its
 * neighbours' days; a title said with the wrong day is on one of them): what movedFromDayAsked and a title's other days
 * (calendar/namedOnOtherDays) look among, read once. Undefined when the request names no day of one meeting, or the
 * read failed (only a better answer was looked for: "nothing fits that day" stays true without it).
 */
export async function readAroundDayAsked(
  deps: FlowDeps,
  user: FlowUser,
  request: MeetingRequest,
  choice: CalendarChoice,
): Promise<Meeting[] | undefined> {
  if (!request.day || request.scope === 'all') return undefined;
  try {
    const after = Date.parse(request.day.end) + deps.settings.horizonDays * 86_400_000;
    return (await readCalendars(deps, user, { start: deps.now.toISOString(), end: new Date(after).toISOString() }, choice)).meetings;
  } catch (error) {
    if (error instanceof CalendarError) return undefined;
    throw error;
  }
}

/**
 * "Cancel tomorrow's standup" when nothing of that day fits because tomorrow's standup was moved
 * (Graph: an exception whose originalStart is tomorrow): the occurrence moved from the day asked
 * for, found among the coming days' meetings (readAroundDayAsked) as if it were still where its series put it, when it
 * is the request's one clear match. Its card shows where it is now and where it was moved from.
 */
export function movedFromDayAsked(request: MeetingRequest, meetings: Meeting[], context: UserContext): Meeting | undefined {
  const moved = meetings.filter((meeting) => movedFrom(meeting) !== undefined);
  if (!moved.length) return undefined;
  const wherePlaced = moved.map((meeting) => {
    const start = Date.parse(meeting.originalStart!);
    return {
      ...meeting,
      start: meeting.originalStart!,
      end: new Date(start + Date.parse(meeting.end) - Date.parse(meeting.start)).toISOString(),
    };
  });
  const clear = clearChoice(findCandidates(request, wherePlaced, context));
  return clear && moved.find((meeting) => meeting.id === clear.meeting.id);
}
