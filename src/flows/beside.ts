import { upcomingWindow, type Meeting } from '../calendar';
import { actionFor, endsAt, isStillOpen, startsAt } from '../calendar/meeting';
import { describeRequest, type MeetingRequest, type UserContext } from '../nlu';
import { meetingsIn, userCalendars } from './calendars';
import type { FlowDeps, FlowUser, View } from './context';
import { offerCancel, offerDecline } from './offer';
import type { MeetingSummary } from './outcomes';
import type { Memory } from '../state';

/** The meeting the last confirm card was about (kept, cancelled or still waiting): what "the one after" is next to. */
interface Discussed {
  id: string;
  subject: string;
  start: number;
  meeting?: Meeting;
  /** The calendar it is (or was) in, when not the user's own default one. */
  calendarKey?: string;
}

/**
 * The confirm card the chat last showed, when nothing came after it: a list (or choice) shown since, while that card was
 * waiting (`rowsAfter`), is the last thing on screen, and "the one after" is about its rows, not beside that card's meeting.
 */
export function cardLastOnScreen(memory: Memory): string | undefined {
  const { pendingTicketId, choices = [], rowsAfter } = memory;
  if (pendingTicketId === undefined) return undefined;
  return choices.length && rowsAfter === pendingTicketId ? undefined : pendingTicketId;
}

async function discussed(deps: FlowDeps, user: FlowUser): Promise<Discussed | undefined> {
  const pendingTicketId = cardLastOnScreen(await deps.memory.load(user.conversationId, user.id));
  const ticket = pendingTicketId ? await deps.tickets.get(pendingTicketId) : undefined;
  if (!ticket || !('meetingId' in ticket.target)) return undefined;
  const id = ticket.target.meetingId;
  // A meeting cancelled since is gone from the calendar: the card's own summary still says when it was.
  const meeting = await deps.calendar.getMeeting(id).catch(() => undefined);
  const shown = (ticket.shown as MeetingSummary[] | undefined)?.[0];
  const known = meeting ?? shown;
  if (!known) return undefined;
  // Cancelled since, it is read from the card's summary, which names its calendar too: a delegate's boss's "next one" is his.
  const calendarKey = meeting ? meeting.calendar?.key : shown?.calendarKey;
  return { id, subject: known.subject, start: startsAt(known, user.timeZone), meeting, ...(calendarKey ? { calendarKey } : {}) };
}

/**
 * "and the one after", "the next one", "der davor" typed after a confirm card or its outcome: the meeting that starts
 * next after (or last before) the one that card was about, all-day events too (before: only one ended by then), in the
 * user's time, its calendar first when it is another's
 * (a delegate's boss's "next one" is the boss's); several at that same time are a list to pick from; none, said so.
 * Undefined when no card was about one meeting: the words are then read as usual.
 */
export async function besideDiscussed(
  deps: FlowDeps,
  user: FlowUser,
  request: MeetingRequest,
  context: UserContext,
): Promise<View | undefined> {
  const side = request.beside;
  const anchor = side ? await discussed(deps, user) : undefined;
  if (!side || !anchor) return undefined;
  const zone = user.timeZone;
  const now = deps.now.getTime();
  const window =
    side === 'after'
      ? {
          start: new Date(Math.max(now, anchor.start)).toISOString(),
          end: upcomingWindow(new Date(Math.max(now, anchor.start)), zone, deps.settings.horizonDays).end,
        }
      : { start: new Date(now).toISOString(), end: new Date(anchor.start).toISOString() };
  const calendars = await userCalendars(deps, user);
  const own = calendars.filter((c) => c.owner === 'me');
  const its = anchor.calendarKey === undefined ? undefined : calendars.find((c) => c.key === anchor.calendarKey);
  const byStart = (meetings: Meeting[]): Meeting[] =>
    meetings
      .filter((m) => m.id !== anchor.id && isStillOpen(m, deps.now, zone))
      // An all-day event is one too ("und das danach": the training the next day), and before only when it has ended
      // by then: one that spans the meeting (its own date's) is no meeting before it.
      .filter((m) =>
        side === 'after'
          ? startsAt(m, zone) > anchor.start
          : (m.isAllDay ? endsAt(m, zone) : startsAt(m, zone)) <= anchor.start && startsAt(m, zone) < anchor.start,
      )
      .sort((a, b) => (startsAt(a, zone) - startsAt(b, zone)) * (side === 'after' ? 1 : -1));
  let found: Meeting[] = [];
  if (its && its.owner !== 'me') found = byStart((await meetingsIn(deps, user, window, [its])).meetings);
  if (!found.length) found = byStart((await meetingsIn(deps, user, window, own)).meetings);
  if (!found.length) {
    const told: MeetingRequest = {
      intent: 'cancel',
      scope: 'one',
      language: request.language,
      neighbour: { side, anchor: anchor.subject },
    };
    return { kind: 'noMatch', understood: describeRequest(told, context), nearest: [] };
  }
  const closest = found.filter((m) => startsAt(m, zone) === startsAt(found[0], zone));
  if (closest.length > 1) {
    await deps.memory.remember(user.conversationId, user.id, {
      choices: closest.map((m) => m.id),
      choicesFrom: undefined,
      choiceAsked: undefined,
      alternatives: undefined,
      listing: undefined,
      listEnded: undefined,
    });
    return {
      kind: 'choose',
      candidates: closest.map((meeting) => ({ meeting, reasons: [{ kind: 'position', detail: side }], score: 0, complete: true })),
    };
  }
  const [meeting] = closest;
  await deps.memory.remember(user.conversationId, user.id, {
    choices: undefined,
    choiceAsked: undefined,
    listing: undefined,
    listEnded: undefined,
  });
  return request.intent === 'decline' || actionFor(meeting) === 'decline'
    ? offerDecline(deps, user, meeting, request.comment)
    : offerCancel(deps, user, meeting, request.comment);
}
