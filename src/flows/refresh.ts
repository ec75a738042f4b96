import { MeetingNotFoundError } from '../calendar/errors';
import { inWindow, readingWindow, upcomingWindow } from '../calendar';
import { actionFor, canStillAct, isStillOpen, startsAt, type Meeting, type MeetingCalendar } from '../calendar/meeting';
import type { TimeWindow } from '../calendar/calendar-service';
import type { MatchReason } from '../calendar/candidates';
import { LEASE_MS } from '../state';
import { calendarsOfKeys, namingCalendars, readOpen, userCalendars } from './calendars';
import { cancelledHere } from './cancelled-here';
import type { FlowDeps, FlowUser, View } from './context';
import { showMeetings, spanOf } from './meetings-list';
import { shownAgain, underWay } from './offer';
import { changedSince, closedOutcome, type MeetingSummary, type Outcome } from './outcomes';

/**
 * A card's true state, for Teams' refresh (Universal Actions) when it shows the card again: read
 * only, nothing is claimed or sent. A notice means "leave the card as it is".
 */
export async function refreshTicket(
  deps: FlowDeps,
  user: FlowUser,
  ticketId: string,
  others: string[] = [],
  leftOut: string[] = [],
): Promise<View> {
  const ticket = await deps.tickets.get(ticketId);
  if (!ticket || ticket.userId !== user.id) return { kind: 'notice', notice: { kind: 'staleCard' } };
  if (ticket.status === 'done') {
    return ticket.outcome
      ? { kind: 'outcome', outcome: ticket.outcome as Outcome, ticket: ticketId }
      : { kind: 'notice', notice: { kind: 'staleCard' } };
  }
  // Someone is acting on it right now; that turn updates the card when done. A claim past its lease was left by a
  // process that died mid-click (its write, if sent, has ended by then): the card shows the meeting's state, not "working" for ever.
  if (ticket.status === 'working' && ticket.claim && deps.now.getTime() - ticket.claim.at < LEASE_MS) {
    return { kind: 'notice', notice: { kind: 'busy' } };
  }
  const target = ticket.target;
  const shown = ticket.shown as MeetingSummary[] | undefined;
  // As the card was sent: the message the request (or the card it was offered in place of) gave in its box, what a
  // typed "yes" sends, its hint says; a card offered again says so again.
  const comment = ticket.comment ? { comment: ticket.comment } : {};
  const again = shownAgain(ticket.again);
  if (target.action === 'cancelMany') {
    // As confirmBulk has them: a meeting of a bulk cancel that began since is left out (the card did not say it would be under way).
    const cancellable = (await readOpen(deps, user, target.meetingIds)).filter(
      (m) => actionFor(m) === 'cancel' && isStillOpen(m, deps.now, user.timeZone),
    );
    // The rows to decline and those it said it leaves out (theirs or the user's own), read together (one request).
    const apart = await readOpen(deps, user, [...others, ...leftOut]);
    const notYours = apart.filter((m) => others.includes(m.id) && actionFor(m) !== 'cancel');
    if (!cancellable.length) return { kind: 'outcome', outcome: { kind: 'gone' }, ticket: ticketId };
    // Left out: not theirs to cancel, their own with the person in it, or nobody else invited (theirs, no meeting to call off).
    const out = leftOut.length ? { leftOut: apart.filter((m) => leftOut.includes(m.id)) } : {};
    const except = target.exceptNotFound?.length ? { exceptNotFound: target.exceptNotFound } : {};
    return { kind: 'confirmBulk', cancellable, notYours, ticket: ticketId, ...comment, ...out, ...except, ...again };
  }
  let meeting: Meeting;
  try {
    [meeting] = await namingCalendars(deps, user, [await deps.calendar.getMeeting(target.meetingId)]);
  } catch (error) {
    if (error instanceof MeetingNotFoundError) {
      const here = await cancelledHere(deps, user, ticketId, target);
      return {
        kind: 'outcome',
        outcome: { kind: 'gone', meeting: shown?.[0], ...(here ? { cancelledHere: here.at ? { at: here.at } : {} } : {}) },
        ticket: ticketId,
      };
    }
    throw error;
  }
  // Cancelled from Outlook, or ended: the card says which instead of offering what can no longer be done.
  if (!canStillAct(meeting, deps.now, user.timeZone)) return { kind: 'outcome', outcome: closedOutcome(meeting), ticket: ticketId };
  // Shown as it is now, and saying so when that is not what the card showed first (its button then re-checks and offers it anew).
  const changed = again.changed || (shown?.[0] !== undefined && changedSince(shown[0], meeting));
  const earlier = again.fromEarlierCard ? { fromEarlierCard: again.fromEarlierCard } : {};
  // Begun since it was shown: it says so (its button still cancels it, see canStillAct).
  const now = { ...(changed ? { changed } : {}), ...underWay(deps, user, meeting), ...comment, ...earlier };
  if (target.action !== 'cancel')
    return { kind: 'confirmDecline', meeting, ticket: ticketId, ...now, ...(target.series ? { series: true as const } : {}) };
  // The whole series, when the request named it, is still offered first and what "yes" does; a decline asked for still
  // says why a cancel is offered.
  const asked = { ...(target.series ? { series: true as const } : {}), ...(target.declineAsked ? { declineAsked: true as const } : {}) };
  return { kind: 'confirmCancel', meeting, ticket: ticketId, ...now, ...asked };
}

/**
 * A list, its rows read again: rows that are gone drop out, the rest stay as they were (read only:
 * the conversation's list and its "More" are not touched). A list with every row gone is read anew.
 */
export async function refreshList(
  deps: FlowDeps,
  user: FlowUser,
  shown: { meetingIds: string[]; page: number; hasMore: boolean; calendars?: string[] },
  window?: TimeWindow,
): Promise<View> {
  const calendars = shown.calendars?.length ? await calendarsOfKeys(deps, user, shown.calendars) : undefined;
  // A list of a calendar no longer the user's (a delegation removed) is not shown again.
  if (shown.calendars?.length && !calendars) return { kind: 'notice', notice: { kind: 'staleCard' } };
  const meetings = await readOpen(deps, user, shown.meetingIds);
  if (!meetings.length) return showMeetings(deps, user, 1, window, calendars);
  const span = window ? spanOf(window, user.timeZone) : ({ kind: 'upcoming', days: deps.settings.horizonDays } as const);
  // Rows gone since (a series cancelled): the card's "More" promised meetings after its last row, which may be gone too.
  const hasMore =
    shown.hasMore && (meetings.length === shown.meetingIds.length || (await followsAfter(deps, user, meetings, shown, window, calendars)));
  return { kind: 'list', meetings, page: shown.page, hasMore, span, window, ...(calendars ? { calendars } : {}) };
}

/**
 * Whether an open meeting of the list's window, other than its rows, starts at or after the card's last row still open.
 * When the card is the conversation's current list, its "More" is set to go on from there: where the list stopped
 * was a place in Graph's page, which moved when meetings before it went.
 */
async function followsAfter(
  deps: FlowDeps,
  user: FlowUser,
  open: Meeting[],
  shown: { meetingIds: string[]; page: number },
  window: TimeWindow | undefined,
  calendars: MeetingCalendar[] | undefined,
): Promise<boolean> {
  const zone = user.timeZone;
  const rows = shown.meetingIds;
  const range = window ?? upcomingWindow(deps.now, zone, deps.settings.horizonDays);
  const from = Math.max(...open.map((m) => startsAt(m, zone)), Date.parse(range.start));
  const after = { start: new Date(from).toISOString(), end: range.end };
  const listed = calendars ?? (await userCalendars(deps, user)).filter((c) => c.owner === 'me');
  const page = await deps.calendar.listPage(readingWindow(after, zone), zone, deps.settings.pageSize * 2, undefined, listed);
  const next = page.meetings.findIndex((m) => !rows.includes(m.id) && startsAt(m, zone) >= from);
  const follows = page.meetings.some(
    (m, index) => index >= next && next >= 0 && !m.isCancelled && inWindow(m, range, zone) && isStillOpen(m, deps.now, zone),
  );
  const { choices = [], listing } = await deps.memory.load(user.conversationId, user.id);
  if (listing?.page === shown.page && choices.join('\n') === rows.join('\n')) {
    const rest = next >= 0 ? { next: undefined, skip: next } : page.next ? { next: page.next, skip: 0 } : undefined;
    await deps.memory.remember(user.conversationId, user.id, {
      choices: open.map((m) => m.id),
      listing: rest ? { ...listing, window: after, ...rest } : undefined,
      listEnded: rest ? undefined : true,
    });
  }
  // A Graph page of only others (cancelled, begun) with more behind it: "More" stays and reads on (it says when nothing is left).
  return follows || Boolean(page.next);
}

/** A bulk card of others' meetings only, read again: the rows still open to decline stay. */
export async function refreshDeclines(deps: FlowDeps, user: FlowUser, meetingIds: string[]): Promise<View> {
  const notYours = (await readOpen(deps, user, meetingIds)).filter((m) => actionFor(m) !== 'cancel');
  if (!notYours.length) return { kind: 'outcome', outcome: { kind: 'gone' }, ticket: '' };
  return { kind: 'confirmBulk', cancellable: [], notYours, ticket: '' };
}

/** A choice card, read again: only the meetings still open stay, each with why it was offered (`reasons`, by row). */
export async function refreshChoice(deps: FlowDeps, user: FlowUser, meetingIds: string[], reasons: MatchReason[][] = []): Promise<View> {
  const meetings = await readOpen(deps, user, meetingIds);
  if (!meetings.length) return { kind: 'outcome', outcome: { kind: 'gone' }, ticket: '' };
  const why = new Map(meetingIds.map((id, row) => [id, reasons[row] ?? []]));
  return {
    kind: 'choose',
    candidates: meetings.map((meeting) => ({ meeting, reasons: why.get(meeting.id) ?? [], score: 0, complete: false })),
  };
}
