import {
  CalendarAccessError,
  CalendarUnavailableError,
  MeetingNotFoundError,
  OrganizerRequiredError,
  ThrottledError,
} from '../calendar/errors';
import { isStillOpen, type Meeting } from '../calendar/meeting';
import type { Ticket, TicketAction } from '../state';
import { checkComment } from './comment';
import type { FlowDeps, FlowUser, View } from './context';
import { summarize, type MeetingSummary, type Notice, type Outcome } from './outcomes';

/**
 * The last step of a card: claim its ticket (exactly one click ever gets it), re-read the meeting
 * with the clicking user's token, act once, and record the outcome so later clicks just see it.
 */
export async function confirmCancel(deps: FlowDeps, user: FlowUser, ticketId: string, scope: unknown, rawComment: unknown): Promise<View> {
  return settle(deps, user, ticketId, 'cancel', rawComment, async (ticket, comment) => {
    const series = scope === 'series' && ticket.meetingIds.length > 1;
    const target = series ? ticket.meetingIds[1] : ticket.meetingIds[0];
    const meeting = await deps.calendar.getMeeting(target);
    if (!isStillOpen(meeting, deps.now)) return { kind: 'gone', meeting: summarize(meeting) };
    try {
      await deps.calendar.cancelMeeting(target, comment);
    } catch (error) {
      if (!(error instanceof OrganizerRequiredError)) throw error;
      // Graph refused: only the organizer can cancel. Offer to decline, with the same message.
      const decline = await deps.tickets.issue({
        action: 'decline',
        userId: user.id,
        conversationId: user.conversationId,
        meetingIds: [ticket.meetingIds[0]],
      });
      return { kind: 'notOrganizer', meeting: summarize(meeting), graphMessage: error.graphMessage, declineTicket: decline.id, comment };
    }
    return { kind: 'cancelled', meeting: summarize(meeting), scope: series ? 'series' : 'occurrence', comment };
  });
}

export async function confirmDecline(deps: FlowDeps, user: FlowUser, ticketId: string, rawComment: unknown): Promise<View> {
  return settle(deps, user, ticketId, 'decline', rawComment, async (ticket, comment) => {
    const meeting = await deps.calendar.getMeeting(ticket.meetingIds[0]);
    if (!isStillOpen(meeting, deps.now)) return { kind: 'gone', meeting: summarize(meeting) };
    await deps.calendar.declineMeeting(meeting.id, comment);
    return { kind: 'declined', meeting: summarize(meeting), comment };
  });
}

/** One message, one confirmation, each meeting cancelled once; one failure does not stop the rest. */
export async function confirmBulk(deps: FlowDeps, user: FlowUser, ticketId: string, rawComment: unknown): Promise<View> {
  return settle(deps, user, ticketId, 'cancelMany', rawComment, async (ticket, comment) => {
    const cancelled: MeetingSummary[] = [];
    const failed: MeetingSummary[] = [];
    // All re-read at once, then all cancelled at once (Graph JSON batching in the adapter).
    const reads = await deps.calendar.getMeetings(ticket.meetingIds);
    const access = reads.find((read) => read instanceof CalendarAccessError);
    if (access) throw access;
    const targets = reads.filter((read): read is Meeting => !(read instanceof Error) && read.isOrganizer && isStillOpen(read, deps.now));
    const outcomes = await deps.calendar.cancelMeetings(
      targets.map((m) => m.id),
      comment,
    );
    outcomes.forEach((error, index) => {
      if (!error) cancelled.push(summarize(targets[index]));
      else if (!(error instanceof MeetingNotFoundError)) failed.push(summarize(targets[index]));
    });
    return { kind: 'cancelledMany', cancelled, failed, comment };
  });
}

/** "Keep it": the card ends, nothing is sent to anyone. */
export async function keep(deps: FlowDeps, user: FlowUser, ticketId: string): Promise<View> {
  const claim = await deps.tickets.claim(ticketId, user.id);
  if (claim.kind !== 'claimed') return afterClaim(deps, claim, ticketId);
  const meeting = await deps.calendar.getMeeting(claim.ticket.meetingIds[0]).catch(() => undefined);
  const outcome: Outcome = { kind: 'kept', meeting: meeting && summarize(meeting) };
  await deps.tickets.complete(ticketId, outcome);
  return { kind: 'outcome', outcome, ticket: ticketId };
}

async function settle(
  deps: FlowDeps,
  user: FlowUser,
  ticketId: string,
  action: TicketAction,
  rawComment: unknown,
  act: (ticket: Ticket, comment: string) => Promise<Outcome>,
): Promise<View> {
  const comment = checkComment(rawComment, deps.settings.commentMaxLength);
  if (!comment.ok) return notice({ kind: 'commentTooLong', length: comment.length, max: comment.max });
  const claim = await deps.tickets.claim(ticketId, user.id);
  if (claim.kind !== 'claimed') return afterClaim(deps, claim, ticketId);
  if (claim.ticket.action !== action) {
    await deps.tickets.release(ticketId);
    return notice({ kind: 'staleCard' });
  }
  let outcome: Outcome;
  try {
    outcome = await act(claim.ticket, comment.comment);
  } catch (error) {
    if (error instanceof MeetingNotFoundError) {
      outcome = { kind: 'gone' };
    } else {
      // Nothing happened (or we cannot know): the card stays usable and the user is told why.
      await deps.tickets.release(ticketId);
      const retry = retryNotice(error);
      if (retry) return notice(retry);
      throw error;
    }
  }
  await deps.tickets.complete(ticketId, outcome);
  return { kind: 'outcome', outcome, ticket: ticketId };
}

function afterClaim(deps: FlowDeps, claim: Awaited<ReturnType<FlowDeps['tickets']['claim']>>, ticketId: string): View {
  if (claim.kind === 'done') {
    const outcome = deps.tickets.outcomeOf<Outcome>(claim.ticket);
    if (outcome) return { kind: 'outcome', outcome, ticket: ticketId };
  }
  return notice({ kind: claim.kind === 'busy' ? 'busy' : 'staleCard' });
}

function retryNotice(error: unknown): Notice | undefined {
  if (error instanceof ThrottledError) return { kind: 'throttled' };
  if (error instanceof CalendarUnavailableError) return { kind: 'unavailable' };
  if (error instanceof CalendarAccessError) return { kind: 'signIn' };
  return undefined;
}

function notice(n: Notice): View {
  return { kind: 'notice', notice: n };
}
