import { clearChoice, findCandidates, nearestMeetings, searchWindow } from '../calendar';
import type { TimeWindow } from '../calendar/calendar-service';
import type { Meeting } from '../calendar/meeting';
import { describeRequest, understand, type MeetingRequest, type UserContext } from '../nlu';
import type { FlowDeps, FlowUser, View } from './context';
import { showMeetings } from './meetings-list';
import { offerBulkCancel, offerCancel, offerDecline, offerFor } from './offer';
import { confirmCancel, confirmDecline, keep } from './settle';

/** How many candidates a "which one?" card shows. */
const MAX_CHOICES = 5;

/**
 * A typed message, start to finish: understand it in the user's language and zone, find the
 * meetings it points at with one calendarView read, and answer with the next step.
 */
export async function answerText(deps: FlowDeps, user: FlowUser, text: string): Promise<View> {
  const context: UserContext = { locale: user.locale, timeZone: user.timeZone, now: deps.now };
  const request = understand(text, context);
  switch (request.intent) {
    case 'help':
      return { kind: 'help' };
    case 'other':
      return { kind: 'help', notUnderstood: true };
    case 'signOut':
      await deps.signOut();
      return { kind: 'signedOut' };
    case 'yes':
    case 'no':
      return answerPending(deps, user, request.intent);
    case 'list':
      return showMeetings(deps, user, 1, request.day);
    case 'select':
      return select(deps, user, request, context);
    case 'cancel':
    case 'decline':
      // "cancel" alone names no meeting: show the list to pick from, each with its button.
      return namesAMeeting(request) ? find(deps, user, request, context) : showMeetings(deps, user);
  }
}

/** "yes" confirms the last confirm card as if its first button were pressed, without a message. */
async function answerPending(deps: FlowDeps, user: FlowUser, answer: 'yes' | 'no'): Promise<View> {
  const { pendingTicketId } = await deps.memory.load(user.conversationId, user.id);
  const ticket = pendingTicketId ? await deps.tickets.get(pendingTicketId) : undefined;
  if (!ticket || ticket.status === 'done') return { kind: 'notice', notice: { kind: 'staleCard' } };
  if (answer === 'no') return keep(deps, user, ticket.id);
  if (ticket.target.action === 'decline') return confirmDecline(deps, user, ticket.id, '');
  if (ticket.target.action === 'cancel') return confirmCancel(deps, user, ticket.id, 'occurrence', '');
  return { kind: 'notice', notice: { kind: 'staleCard' } };
}

/** "the second one", "die erste": a pick from the last list; anything richer is a new search. */
async function select(deps: FlowDeps, user: FlowUser, request: MeetingRequest, context: UserContext): Promise<View> {
  const { choices = [] } = await deps.memory.load(user.conversationId, user.id);
  if (request.ordinal !== undefined && choices.length) {
    const id = request.ordinal < 0 ? choices[choices.length + request.ordinal] : choices[request.ordinal - 1];
    // Same as pressing that row's button: organizers cancel, attendees decline.
    if (id) return offerFor(deps, user, id);
  }
  return find(deps, user, { ...request, intent: 'cancel' }, context);
}

/** Graph pages for "my next ...": the answer is usually on the first one. */
const NEXT_PAGE_SIZE = 25;

/**
 * "My next meeting (with Anna)": pages through the window by start only until a meeting matching
 * everything asked appears (the earliest full match is the answer); without one, all of it.
 */
async function readUntilNext(
  deps: FlowDeps,
  user: FlowUser,
  request: MeetingRequest,
  context: UserContext,
  window: TimeWindow,
): Promise<Meeting[]> {
  const meetings: Meeting[] = [];
  let next: string | undefined;
  do {
    const page = await deps.calendar.listPage(window, user.timeZone, NEXT_PAGE_SIZE, next);
    meetings.push(...page.meetings);
    next = page.next;
    if (findCandidates(request, page.meetings, context)[0]?.complete) return meetings;
  } while (next);
  return meetings;
}

function namesAMeeting(request: MeetingRequest): boolean {
  return (
    request.scope === 'all' ||
    [request.day, request.clock, request.titleHint, request.attendeeHint, request.position, request.ordinal].some((x) => x !== undefined)
  );
}

async function find(deps: FlowDeps, user: FlowUser, request: MeetingRequest, context: UserContext): Promise<View> {
  const window = searchWindow(request, context, deps.settings.horizonDays);
  const meetings =
    request.position === 'next'
      ? await readUntilNext(deps, user, request, context, window)
      : await deps.calendar.listMeetings(window, user.timeZone);
  const candidates = findCandidates(request, meetings, context);
  if (request.intent === 'cancel' && request.scope === 'all' && candidates.length) {
    return offerBulkCancel(
      deps,
      user,
      candidates.map((c) => c.meeting),
    );
  }
  if (!candidates.length) {
    const nearest = nearestMeetings(request, meetings, context);
    await deps.memory.remember(user.conversationId, user.id, { choices: nearest.map((m) => m.id) });
    return { kind: 'noMatch', understood: describeRequest(request, context), nearest };
  }
  const clear = clearChoice(candidates);
  if (clear) {
    const { meeting } = clear;
    // An attendee asking to cancel still gets the cancel card: Graph's refusal then says why and
    // the bot offers to decline with the same message.
    return request.intent === 'decline' ? offerDecline(deps, user, meeting) : offerCancel(deps, user, meeting);
  }
  const shown = candidates.slice(0, MAX_CHOICES);
  await deps.memory.remember(user.conversationId, user.id, { choices: shown.map((c) => c.meeting.id) });
  return { kind: 'choose', candidates: shown };
}
