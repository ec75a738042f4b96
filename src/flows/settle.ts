import {
  CalendarAccessDeniedError,
  CalendarUnavailableError,
  EditConflictError,
  MeetingNotFoundError,
  OrganizerRequiredError,
  OutcomeUnknownError,
  RequestRefusedError,
  ThrottledError,
} from '../calendar/errors';
import { actionFor, canStillAct, isStillOpen, type Meeting } from '../calendar/meeting';
import { ClaimLostError, type Ticket, type TicketAction, type TicketTarget } from '../state';
import { StorageUnavailableError } from '../storage';
import { cancelledHere } from './cancelled-here';
import { checkComment } from './comment';
import type { FlowDeps, FlowUser, View } from './context';
import { namingCalendars } from './calendars';
import { offerBulkCancel, offerDecline, offerFor, owner } from './offer';
import { replacedOutcome } from './replaced';
import {
  changedSince,
  closedOutcome,
  summarize,
  type Dropped,
  type MeetingSummary,
  type Notice,
  type Outcome,
  type Refusal,
} from './outcomes';
import { checkWrite, checkWrites, isUnsettled, rememberUnconfirmed } from './unconfirmed';

/** What a step may do once it holds the ticket; `fence` goes right before every write to Graph. */
interface Work<A extends TicketAction> {
  target: Extract<TicketTarget, { action: A }>;
  comment: string;
  /** The meetings as the card showed them, in the ticket's order (absent on tickets that did not keep them). */
  shown?: MeetingSummary[];
  /**
   * Throws ClaimLostError when another delivery took the ticket over: then nothing may be sent.
   * `oneWrite: false` before writes that may outlast one Graph deadline (a bulk's batches).
   */
  fence: (options?: { oneWrite: boolean }) => Promise<void>;
}

/**
 * The meeting is not what the card showed any more (moved, renamed, another organizer): nothing is
 * sent, and the user gets the card again as the meeting is now.
 */
class ChangedMeanwhile extends Error {
  /** 'organizes': a decline card's meeting is one the user organizes (a card from before that was checked): offered as a cancel. */
  constructor(readonly why: 'changed' | 'organizes' = 'changed') {
    super(why);
  }
}

/** Stops a write to a meeting that no longer is what the card showed. */
function checkUnchanged(shown: MeetingSummary | undefined, meeting: Meeting, scope: 'occurrence' | 'series' = 'occurrence'): void {
  if (shown && changedSince(shown, meeting, scope)) throw new ChangedMeanwhile();
}

/** A series master and one of its occurrences, in one request; the occurrence undefined when it is gone. */
async function seriesWith(deps: FlowDeps, masterId: string, occurrenceId: string): Promise<[Meeting, Meeting | undefined]> {
  const [master, occurrence] = await deps.calendar.getMeetings([masterId, occurrenceId]);
  if (master instanceof Error) throw master;
  if (occurrence instanceof MeetingNotFoundError) return [master, undefined];
  if (occurrence instanceof Error) throw occurrence;
  return [master, occurrence];
}

/**
 * The last step of a card: claim its ticket (exactly one click ever gets it), re-read the meeting
 * with the clicking user's token, act once, and record the outcome so later clicks just see it.
 */
export async function confirmCancel(deps: FlowDeps, user: FlowUser, ticketId: string, scope: unknown, rawComment: unknown): Promise<View> {
  return settle(deps, user, ticketId, 'cancel', rawComment, async ({ target: ticket, comment, shown: [shown] = [], fence }) => {
    const series = scope === 'series' && ticket.seriesMasterId !== undefined;
    const target = series ? ticket.seriesMasterId! : ticket.meetingId;
    // The whole series is read with the occurrence the card showed (one request): its organizer must
    // still be the card's, and that occurrence still what the card showed (a series renamed or moved since is offered again).
    const [meeting, occurrence] = series ? await seriesWith(deps, target, ticket.meetingId) : [await deps.calendar.getMeeting(target)];
    if (!canStillAct(meeting, deps.now, user.timeZone)) return closedOutcome(meeting);
    checkUnchanged(shown, meeting, series ? 'series' : 'occurrence');
    if (series) {
      if (!occurrence) throw new ChangedMeanwhile();
      checkUnchanged(shown, occurrence);
    }
    const cancelled: Outcome = {
      kind: 'cancelled',
      meeting: summarize(meeting),
      scope: series ? 'series' : 'occurrence',
      comment,
      at: deps.now.toISOString(),
    };
    try {
      await fence();
      await deps.calendar.cancelMeeting(target, comment);
    } catch (error) {
      if (error instanceof OutcomeUnknownError) {
        const unconfirmed: Outcome = { kind: 'unconfirmed', action: 'cancel', meeting: summarize(meeting), meetingId: target, comment };
        return afterLostAnswer(deps, { ...unconfirmed, scope: cancelled.scope }, cancelled, error.throttled);
      }
      if (!(error instanceof OrganizerRequiredError)) throw error;
      // Graph refused: only the organizer can cancel. Offer to decline, with the same message, where Graph can decline.
      const decline =
        actionFor(meeting) === 'decline'
          ? (await deps.tickets.issue({ action: 'decline', meetingId: ticket.meetingId }, owner(user))).id
          : '';
      return { kind: 'notOrganizer', meeting: summarize(meeting), graphMessage: error.graphMessage, declineTicket: decline, comment };
    }
    return cancelled;
  });
}

/**
 * `scope` 'series': the whole series the card's occurrence belongs to, declined on its master's id (Graph declines an
 * occurrence on its own id, the series on the master's, as a cancel does); else the meeting the card showed.
 */
export async function confirmDecline(
  deps: FlowDeps,
  user: FlowUser,
  ticketId: string,
  rawComment: unknown,
  scope: unknown = 'occurrence',
): Promise<View> {
  return settle(deps, user, ticketId, 'decline', rawComment, async ({ target: ticket, comment, shown: [shown] = [], fence }) => {
    // The series only from a card that offered it (asked for); any other decline card's one button is this occurrence.
    const series = scope === 'series' && ticket.seriesMasterId !== undefined && ticket.series === true;
    const target = series ? ticket.seriesMasterId! : ticket.meetingId;
    // The series is read with the occurrence the card showed: that one must still be what the card showed.
    const [meeting, occurrence] = series ? await seriesWith(deps, target, ticket.meetingId) : [await deps.calendar.getMeeting(target)];
    if (!canStillAct(meeting, deps.now, user.timeZone)) return closedOutcome(meeting);
    checkUnchanged(shown, meeting, series ? 'series' : 'occurrence');
    if (series) {
      if (!occurrence) throw new ChangedMeanwhile();
      checkUnchanged(shown, occurrence);
    }
    // Microsoft 365 refuses an organizer's decline: nothing is sent, and the meeting's cancel card takes this one's place.
    if (actionFor(meeting) === 'cancel') throw new ChangedMeanwhile('organizes');
    const declined: Outcome = { kind: 'declined', meeting: summarize(meeting), comment, ...(series ? { scope: 'series' as const } : {}) };
    try {
      await fence();
      await deps.calendar.declineMeeting(meeting.id, comment);
    } catch (error) {
      if (!(error instanceof OutcomeUnknownError)) throw error;
      return afterLostAnswer(
        deps,
        {
          kind: 'unconfirmed',
          action: 'decline',
          meeting: summarize(meeting),
          meetingId: meeting.id,
          comment,
          ...(series ? { scope: 'series' as const } : {}),
        },
        declined,
        error.throttled,
      );
    }
    return declined;
  });
}

/** One message, one confirmation, each meeting cancelled once; one failure does not stop the rest. */
export async function confirmBulk(deps: FlowDeps, user: FlowUser, ticketId: string, rawComment: unknown): Promise<View> {
  return settle(deps, user, ticketId, 'cancelMany', rawComment, async ({ target, comment, shown, fence }) => {
    const cancelled: MeetingSummary[] = [];
    const failed: Array<MeetingSummary & { why: Refusal }> = [];
    const unconfirmed: Array<MeetingSummary & { id: string }> = [];
    // Not sent (throttled to the end) or sent and found unchanged (a 5xx): pressing again may work.
    const again: Array<{ meeting: Meeting; busy: boolean }> = [];
    // All re-read at once, then all cancelled at once (Graph JSON batching in the adapter).
    const reads = await deps.calendar.getMeetings(target.meetingIds);
    // A read that failed (sign-in, throttled, unavailable) stops the bulk before anything is sent:
    // the card stays usable. Only "not found" means a meeting is gone and is left out.
    const failedRead = reads.find((read) => read instanceof Error && !(read instanceof MeetingNotFoundError));
    if (failedRead) throw failedRead;
    const targets = reads.filter(
      (read): read is Meeting => !(read instanceof Error) && actionFor(read) === 'cancel' && isStillOpen(read, deps.now, user.timeZone),
    );
    // One meeting that is no longer what the card listed: nothing is sent, the card is offered again as they are now.
    for (const [index, read] of reads.entries()) {
      if (!(read instanceof Error) && isStillOpen(read, deps.now, user.timeZone)) checkUnchanged(shown?.[index], read);
    }
    if (targets.length) await fence({ oneWrite: false });
    const outcomes = await deps.calendar.cancelMeetings(
      targets.map((m) => m.id),
      comment,
    );
    // The cancels that may have run (no answer, or a 429: see OutcomeUnknownError) are re-read, all at once, before a word is said.
    const unknown = outcomes.flatMap((error, index) => (error instanceof OutcomeUnknownError ? [index] : []));
    const checks = new Map(unknown.map((index, at) => [index, at]));
    const checked = unknown.length
      ? await checkWrites(
          deps,
          unknown.map((index) => targets[index].id),
        )
      : [];
    for (const [index, error] of outcomes.entries()) {
      const meeting = targets[index];
      if (!error) cancelled.push(summarize(meeting));
      else if (error instanceof OutcomeUnknownError) {
        const check = checked[checks.get(index)!];
        if (check.result === 'unknown') unconfirmed.push({ ...summarize(meeting), id: meeting.id });
        else if (check.result === 'ran') cancelled.push(summarize(meeting));
        else again.push({ meeting, busy: error.throttled });
      } else if (error instanceof ThrottledError) again.push({ meeting, busy: true });
      else if (!(error instanceof MeetingNotFoundError)) failed.push({ ...summarize(meeting), why: refusalOf(error) });
    }
    const notCancelled = again.length ? { notCancelled: await retryLater(deps, user, again, comment) } : {};
    // The card's meetings not acted on (cancelled, begun or gone meanwhile) are named, so none vanishes unsaid.
    const dropped = droppedOf(deps, user, reads, shown);
    return {
      kind: 'cancelledMany',
      cancelled,
      failed,
      comment,
      at: deps.now.toISOString(),
      ...(unconfirmed.length ? { unconfirmed } : {}),
      ...notCancelled,
      ...(dropped.length ? { dropped } : {}),
    };
  });
}

/** Why Graph refused one cancel of a bulk, in the terms the card says it. */
function refusalOf(error: Error): Refusal {
  if (error instanceof RequestRefusedError || error instanceof OrganizerRequiredError)
    return { kind: 'refused', graphMessage: error.graphMessage };
  if (error instanceof EditConflictError) return { kind: 'conflict' };
  if (error instanceof CalendarAccessDeniedError) return { kind: 'noAccess' };
  return { kind: 'unexplained' };
}

/** The meetings of a bulk that Microsoft 365 did not cancel now (busy, unreachable), on a ticket of their own to press again. */
async function retryLater(
  deps: FlowDeps,
  user: FlowUser,
  again: Array<{ meeting: Meeting; busy: boolean }>,
  comment: string,
): Promise<NonNullable<(Outcome & { kind: 'cancelledMany' })['notCancelled']>> {
  const meetings = again.map(({ meeting }) => summarize(meeting));
  const ticket = await deps.tickets.issue(
    { action: 'cancelMany', meetingIds: again.map(({ meeting }) => meeting.id) },
    owner(user),
    meetings,
    comment,
  );
  return { why: again.every(({ busy }) => busy) ? 'busy' : 'unreachable', meetings, ticket: ticket.id };
}

/** "Keep it": the card ends, nothing is sent to anyone. */
export async function keep(deps: FlowDeps, user: FlowUser, ticketId: string): Promise<View> {
  const claim = await deps.tickets.claim(ticketId, user.id);
  if (claim.kind !== 'claimed') return afterClaim(claim, ticketId);
  const target = claim.ticket.target;
  // The card's own meetings, as it showed them; a ticket from before they were kept is read again.
  const shown = claim.ticket.shown as MeetingSummary[] | undefined;
  if (target.action === 'cancelMany') {
    const outcome: Outcome = { kind: 'kept', meetings: shown };
    await deps.tickets.complete(ticketId, outcome, claim.token);
    return { kind: 'outcome', outcome, ticket: ticketId };
  }
  const meeting = shown ? shown[0] : await deps.calendar.getMeeting(target.meetingId).then(summarize, () => undefined);
  const outcome: Outcome = { kind: 'kept', meeting, ...(target.action === 'decline' ? { action: 'decline' as const } : {}) };
  await deps.tickets.complete(ticketId, outcome, claim.token);
  return { kind: 'outcome', outcome, ticket: ticketId };
}

async function settle<A extends TicketAction>(
  deps: FlowDeps,
  user: FlowUser,
  ticketId: string,
  action: A,
  rawComment: unknown,
  act: (work: Work<A>) => Promise<Outcome>,
): Promise<View> {
  const comment = checkComment(rawComment, deps.settings.commentMaxLength);
  if (!comment.ok) return notice({ kind: 'commentTooLong', length: comment.length, max: comment.max });
  const claim = await deps.tickets.claim(ticketId, user.id);
  if (claim.kind !== 'claimed') return afterClaim(claim, ticketId);
  const target = claim.ticket.target;
  if (target.action !== action) {
    await deps.tickets.release(ticketId, claim.token);
    return notice({ kind: 'staleCard' });
  }
  let outcome: Outcome;
  try {
    const fence = (options?: { oneWrite: boolean }) => deps.tickets.fence(ticketId, claim.token, options);
    const shown = claim.ticket.shown as MeetingSummary[] | undefined;
    outcome = await act({ target: target as Work<A>['target'], comment: comment.comment, shown, fence });
  } catch (error) {
    // Another delivery of this click holds the ticket now; it finishes the work and the card.
    if (error instanceof ClaimLostError) return notice({ kind: 'busy' });
    if (error instanceof ChangedMeanwhile) return replacedByNewCard(deps, user, claim, comment.comment, error.why);
    if (error instanceof MeetingNotFoundError) {
      // Deleted before it could be read again: the card still names it as it showed it, and says so when this chat cancelled it.
      const here = await cancelledHere(deps, user, ticketId, target);
      outcome = {
        kind: 'gone',
        meeting: (claim.ticket.shown as MeetingSummary[] | undefined)?.[0],
        ...(here ? { cancelledHere: here.at ? { at: here.at } : {} } : {}),
      };
    } else {
      // Nothing happened (or we cannot know): the card stays usable and the user is told why.
      await deps.tickets.release(ticketId, claim.token);
      const retry = retryNotice(error, action === 'decline' ? 'decline' : 'cancel');
      if (retry) return notice(retry);
      throw error;
    }
  }
  try {
    await deps.tickets.complete(ticketId, outcome, claim.token);
  } catch (error) {
    // Storage down once the work is done: the ticket store keeps the outcome and saves it when storage is back, and
    // the user is told what happened (not "try again", which read as if it had not).
    if (!(error instanceof StorageUnavailableError)) throw error;
  }
  if (isUnsettled(outcome)) await rememberUnconfirmed(deps, user, ticketId);
  return { kind: 'outcome', outcome, ticket: ticketId };
}

/**
 * The write was sent and its answer lost (or throttled: it may have run all the same): a re-read decides. Gone means
 * it ran; still there means it did not (the card stays usable, and "nothing was changed" is then true, said as busy
 * after a 429); a re-read that fails too leaves the outcome unconfirmed, and the user is told exactly that.
 */
async function afterLostAnswer(
  deps: FlowDeps,
  unconfirmed: Outcome & { kind: 'unconfirmed' },
  ran: Outcome,
  throttled: boolean,
): Promise<Outcome> {
  const check = await checkWrite(deps, unconfirmed.meetingId);
  if (check.result === 'ran') return ran;
  if (check.result === 'notRan') {
    throw throttled ? new ThrottledError() : new CalendarUnavailableError('The write did not run: the meeting is unchanged');
  }
  return unconfirmed;
}

/**
 * Nothing was sent: the user sees the meeting(s) as they are now on a new card, and the clicked one ends as replaced by
 * it (a late click or a refresh shows that and sends nothing), so one meeting never has two live cards. With no new
 * card to act on (all of them gone meanwhile) the clicked card stays usable and says so on its next click.
 */
async function replacedByNewCard(
  deps: FlowDeps,
  user: FlowUser,
  claim: { ticket: Ticket; token: string },
  comment: string,
  why: 'changed' | 'organizes' = 'changed',
): Promise<View> {
  let again: View;
  try {
    again =
      why === 'organizes' && 'meetingId' in claim.ticket.target
        ? await offerDecline(deps, user, claim.ticket.target.meetingId, comment, claim.ticket.target.series, {})
        : await offerAgain(deps, user, claim.ticket.target, comment, claim.ticket.shown as MeetingSummary[] | undefined);
  } catch (error) {
    await deps.tickets.release(claim.ticket.id, claim.token);
    throw error;
  }
  if (!('ticket' in again) || !again.ticket || again.kind === 'outcome') {
    await deps.tickets.release(claim.ticket.id, claim.token);
    return again;
  }
  const outcome = replacedOutcome(claim.ticket);
  await deps.tickets.complete(claim.ticket.id, outcome, claim.token);
  return { ...again, replaces: { ticket: claim.ticket.id, outcome } };
}

/**
 * The card offered again, as its meetings are now, saying they changed; a meeting that is gone meanwhile says so. A bulk
 * card names the meetings the card before held that it no longer does, and why (`shown`: that card's, in its order).
 */
async function offerAgain(deps: FlowDeps, user: FlowUser, target: TicketTarget, comment: string, shown?: MeetingSummary[]): Promise<View> {
  // Its ticket keeps how it came, so a refresh says it again (see shownAgain).
  if (target.action !== 'cancelMany') return offerFor(deps, user, target.meetingId, comment, target.series, { changed: true });
  const reads = await deps.calendar.getMeetings(target.meetingIds);
  const dropped = droppedOf(deps, user, reads, shown);
  const meetings = await namingCalendars(deps, user, openOf(reads));
  return offerBulkCancel(deps, user, meetings, comment, [], target.exceptNotFound, {
    changed: true,
    ...(dropped.length ? { dropped } : {}),
  });
}

function openOf(reads: Array<Meeting | Error>): Meeting[] {
  return reads.filter((read): read is Meeting => !(read instanceof Error));
}

/** The meetings of a bulk card not acted on now (see offerBulkCancel, confirmBulk), as the card named them. */
function droppedOf(deps: FlowDeps, user: FlowUser, reads: Array<Meeting | Error>, shown: MeetingSummary[] = []): Dropped[] {
  return reads.flatMap((read, index): Dropped[] => {
    if (read instanceof MeetingNotFoundError) return shown[index] ? [{ meeting: shown[index], why: 'gone' }] : [];
    if (read instanceof Error) return [];
    if (read.isCancelled) return [{ meeting: shown[index] ?? summarize(read), why: 'cancelled' }];
    return isStillOpen(read, deps.now, user.timeZone) ? [] : [{ meeting: shown[index] ?? summarize(read), why: 'begun' }];
  });
}

function afterClaim(claim: Awaited<ReturnType<FlowDeps['tickets']['claim']>>, ticketId: string): View {
  if (claim.kind === 'done') {
    const outcome = claim.ticket.outcome as Outcome | undefined;
    if (outcome) return { kind: 'outcome', outcome, ticket: ticketId };
  }
  return notice({ kind: claim.kind === 'busy' ? 'busy' : 'staleCard' });
}

function retryNotice(error: unknown, action: 'cancel' | 'decline'): Notice | undefined {
  if (error instanceof ThrottledError) return { kind: 'throttled' };
  if (error instanceof EditConflictError) return { kind: 'conflict', action };
  if (error instanceof RequestRefusedError) return { kind: 'refused', action, graphMessage: error.graphMessage };
  // Refused as the organizer's (a decline of one's own meeting) or as not theirs: Graph answered, and nothing was done.
  if (error instanceof OrganizerRequiredError) return { kind: 'refused', action, graphMessage: error.graphMessage };
  if (error instanceof CalendarUnavailableError) return { kind: 'unavailable' };
  if (error instanceof CalendarAccessDeniedError) return { kind: 'noAccess' };
  return undefined;
}

function notice(n: Notice): View {
  return { kind: 'notice', notice: n };
}
