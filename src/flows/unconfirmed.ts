import { MeetingNotFoundError } from '../calendar/errors';
import type { Meeting } from '../calendar/meeting';
import type { FlowDeps, FlowUser, View } from './context';
import type { Notice, Outcome } from './outcomes';

/** What a re-read says about a write whose answer was lost. */
export type WriteCheck = { result: 'ran' } | { result: 'notRan'; meeting: Meeting } | { result: 'unknown' };

/**
 * After a cancel or decline whose answer was lost: re-read the meeting. Gone from the calendar
 * (a cancelled meeting leaves the organizer's, a declined one the attendee's), marked cancelled, or
 * marked declined (a declined copy kept on the calendar) means the write ran; still there means it did
 * not; a failed re-read tells nothing.
 */
export async function checkWrite(deps: FlowDeps, meetingId: string): Promise<WriteCheck> {
  try {
    const meeting = await deps.calendar.getMeeting(meetingId);
    return ran(meeting) ? { result: 'ran' } : { result: 'notRan', meeting };
  } catch (error) {
    return error instanceof MeetingNotFoundError ? { result: 'ran' } : { result: 'unknown' };
  }
}

const ran = (meeting: Meeting): boolean => meeting.isCancelled || meeting.declined === true;

/** As checkWrite, for several writes in one read (Graph JSON batching in the adapter), in the order asked. */
export async function checkWrites(deps: FlowDeps, meetingIds: string[]): Promise<WriteCheck[]> {
  let reads: Array<Meeting | Error>;
  try {
    reads = await deps.calendar.getMeetings(meetingIds);
  } catch {
    return meetingIds.map(() => ({ result: 'unknown' }));
  }
  return reads.map((read): WriteCheck => {
    if (read instanceof MeetingNotFoundError) return { result: 'ran' };
    if (read instanceof Error) return { result: 'unknown' };
    return ran(read) ? { result: 'ran' } : { result: 'notRan', meeting: read };
  });
}

/** The card's true end state once known, with the card's message id and what to tell the user. */
export interface Settled {
  cardId?: string;
  view: View;
  notice?: Notice;
}

/**
 * Settles a card left "I couldn't confirm ...": re-reads, and when the answer is known records
 * it on the ticket (the card ends in the true state, or works again when nothing ran).
 * `pending`: still unknown, try later; `none`: nothing (or no longer anything) to settle.
 */
export async function settleUnconfirmed(deps: FlowDeps, user: FlowUser, ticketId: string): Promise<Settled | 'pending' | 'none'> {
  const ticket = await deps.tickets.get(ticketId);
  if (!ticket || ticket.userId !== user.id || ticket.status !== 'done') return forget(deps, user, ticketId, 'none');
  const outcome = ticket.outcome as Outcome | undefined;
  if (outcome?.kind === 'cancelledMany') return settleMany(deps, user, ticket.id, ticket.cardId, outcome);
  const target = ticket.target;
  if (outcome?.kind !== 'unconfirmed' || target.action === 'cancelMany') return forget(deps, user, ticketId, 'none');
  const check = await checkWrite(deps, outcome.meetingId);
  if (check.result === 'unknown') return 'pending';
  if (check.result === 'ran') {
    const final: Outcome =
      outcome.action === 'cancel'
        ? { kind: 'cancelled', meeting: outcome.meeting, scope: outcome.scope ?? 'occurrence', comment: outcome.comment }
        : {
            kind: 'declined',
            meeting: outcome.meeting,
            comment: outcome.comment,
            ...(outcome.scope === 'series' ? { scope: 'series' as const } : {}),
          };
    await deps.tickets.complete(ticketId, final);
    return forget(deps, user, ticketId, { cardId: ticket.cardId, view: { kind: 'outcome', outcome: final, ticket: ticketId } });
  }
  // Nothing ran: the card asks again, as it did before the click (a series card shows its occurrence).
  let shown = check.meeting;
  if (target.meetingId !== outcome.meetingId) {
    const first = await checkWrite(deps, target.meetingId);
    if (first.result !== 'notRan') return 'pending';
    shown = first.meeting;
  }
  await deps.tickets.release(ticketId);
  const view: View =
    outcome.action === 'cancel'
      ? { kind: 'confirmCancel', meeting: shown, ticket: ticketId }
      : { kind: 'confirmDecline', meeting: shown, ticket: ticketId, comment: outcome.comment };
  return forget(deps, user, ticketId, {
    cardId: ticket.cardId,
    view,
    notice: { kind: 'notDone', action: outcome.action, subject: outcome.meeting.subject },
  });
}

/** Whether a card's outcome still waits for re-reads: a write whose answer was lost, alone or in a bulk. */
export function isUnsettled(outcome: Outcome): boolean {
  return outcome.kind === 'unconfirmed' || (outcome.kind === 'cancelledMany' && Boolean(outcome.unconfirmed?.length));
}

/**
 * The card a view shows the outcome of that still waits for re-reads: the view's own, or a card confirmed on the way
 * ("yes, and cancel my 4pm too": its outcome goes with the next card, see Replaces). Undefined when none waits.
 */
export function unsettledTicket(view: View): string | undefined {
  if (view.kind === 'outcome') return isUnsettled(view.outcome) ? view.ticket : undefined;
  const done = 'replaces' in view ? view.replaces : undefined;
  return done && isUnsettled(done.outcome) ? done.ticket : undefined;
}

/**
 * A bulk card with meetings left "I couldn't confirm": each is re-read; gone joins the cancelled,
 * unchanged joins those not cancelled. The card is updated once every one of them is known.
 */
async function settleMany(
  deps: FlowDeps,
  user: FlowUser,
  ticketId: string,
  cardId: string | undefined,
  outcome: Outcome & { kind: 'cancelledMany' },
): Promise<Settled | 'pending' | 'none'> {
  if (!outcome.unconfirmed?.length) return forget(deps, user, ticketId, 'none');
  const cancelled = [...outcome.cancelled];
  const failed = [...outcome.failed];
  const unknown: NonNullable<typeof outcome.unconfirmed> = [];
  for (const meeting of outcome.unconfirmed) {
    const { id, ...summary } = meeting;
    const check = await checkWrite(deps, id);
    if (check.result === 'unknown') unknown.push(meeting);
    else (check.result === 'ran' ? cancelled : failed).push(summary);
  }
  if (unknown.length === outcome.unconfirmed.length) return 'pending';
  const { unconfirmed: _checked, ...known } = outcome;
  const final: Outcome = { ...known, cancelled, failed, ...(unknown.length ? { unconfirmed: unknown } : {}) };
  await deps.tickets.complete(ticketId, final);
  if (unknown.length) return 'pending';
  return forget(deps, user, ticketId, { cardId, view: { kind: 'outcome', outcome: final, ticket: ticketId } });
}

/** Cards of this user still waiting to be settled, oldest first. */
export async function unconfirmedTickets(deps: FlowDeps, user: FlowUser): Promise<string[]> {
  return (await deps.memory.load(user.conversationId, user.id)).unconfirmed ?? [];
}

/** Remembers a card to settle on the user's next turn, in case the background re-reads fail too. */
export async function rememberUnconfirmed(deps: FlowDeps, user: FlowUser, ticketId: string): Promise<void> {
  const ids = await unconfirmedTickets(deps, user);
  if (!ids.includes(ticketId)) await deps.memory.remember(user.conversationId, user.id, { unconfirmed: [...ids, ticketId].slice(-20) });
}

async function forget<T>(deps: FlowDeps, user: FlowUser, ticketId: string, result: T): Promise<T> {
  const ids = await unconfirmedTickets(deps, user);
  if (ids.includes(ticketId)) {
    await deps.memory.remember(user.conversationId, user.id, { unconfirmed: ids.filter((id) => id !== ticketId) });
  }
  return result;
}
