import { clearChoice, findCandidates } from '../calendar';
import { CalendarError } from '../calendar/errors';
import { movedFrom, type Meeting } from '../calendar/meeting';
import type { MeetingRequest, UserContext } from '../nlu';
import { readCalendars, type CalendarChoice } from './calendars';
import type { FlowDeps, FlowUser } from './context';

/**
 * "Cancel tomorrow's standup" when nothing of that day fits because tomorrow's standup was moved
 * (Graph: an exception whose originalStart is tomorrow): the occurrence moved from the day asked
 * for, found among the coming days' meetings as if it were still where its series put it, when it
 * is the request's one clear match. Its card shows where it is now and where it was moved from.
 */
export async function movedFromDayAsked(
  deps: FlowDeps,
  user: FlowUser,
  request: MeetingRequest,
  context: UserContext,
  choice: CalendarChoice,
): Promise<Meeting | undefined> {
  if (!request.day || request.scope === 'all') return undefined;
  let meetings: Meeting[];
  try {
    // From now until a while after the day asked for: Graph moves an occurrence no further than its neighbours' days.
    const after = Date.parse(request.day.end) + deps.settings.horizonDays * 86_400_000;
    ({ meetings } = await readCalendars(deps, user, { start: deps.now.toISOString(), end: new Date(after).toISOString() }, choice));
  } catch (error) {
    // Only a better answer was looked for: "nothing fits that day" stays true without it.
    if (error instanceof CalendarError) return undefined;
    throw error;
  }
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
