import { actionFor, canStillAct, isStillOpen, isUnderWay, type Meeting } from '../calendar/meeting';
import { CalendarAccessDeniedError, MeetingNotFoundError } from '../calendar/errors';
import { namingCalendars } from './calendars';
import { cancelledHere } from './cancelled-here';
import type { FlowDeps, FlowUser, View } from './context';
import { narrowsBulkCard } from './narrows';
import { replacePending } from './replaced';
import { summarize, type Dropped } from './outcomes';
import type { OfferedAgain } from '../state';

/**
 * The confirm card for cancelling one meeting. `known` is the meeting as just read from a
 * calendarView in this turn; a bare id (from a card button) is re-read with the user's token, so
 * an id that is not on their calendar goes nowhere.
 */
export async function offerCancel(
  deps: FlowDeps,
  user: FlowUser,
  target: string | Meeting,
  comment?: string,
  /** The request named the whole series ("cancel the whole standup series"): offered first, and what "yes" does. */
  seriesAsked?: boolean,
  /** The user asked to decline it, and organizes it: the card says why it offers a cancel. */
  declineAsked?: boolean,
  /** Offered in place of an earlier card whose click sent nothing: `comment` is that card's (see shownAgain). */
  again?: OfferedAgain,
): Promise<View> {
  const meeting = await readActionable(deps, user, target);
  if ('closed' in meeting) return meeting.closed;
  const series = seriesAsked && meeting.seriesMasterId ? ({ series: true } as const) : {};
  const asked = declineAsked ? ({ declineAsked: true } as const) : {};
  const ticket = await deps.tickets.issue(
    { action: 'cancel', meetingId: meeting.id, seriesMasterId: meeting.seriesMasterId, ...series, ...asked },
    owner(user),
    [summarize(meeting)],
    comment,
    again,
  );
  return {
    kind: 'confirmCancel',
    meeting,
    ticket: ticket.id,
    comment,
    ...series,
    ...asked,
    ...underWay(deps, user, meeting),
    ...shownAgain(again),
  };
}

/**
 * What a card offered in place of an earlier one says (again when refreshed, from its ticket): that its message came
 * from the earlier card's box, that its meetings changed, and which meetings of the earlier card it no longer holds.
 */
export function shownAgain(again: OfferedAgain | undefined): { fromEarlierCard?: true; changed?: boolean; dropped?: Dropped[] } {
  if (!again) return {};
  const dropped = (again.dropped as Dropped[] | undefined) ?? [];
  return { fromEarlierCard: true, ...(again.changed ? { changed: true } : {}), ...(dropped.length ? { dropped } : {}) };
}

/**
 * The decline card. A meeting the user organizes is never offered as a decline (Microsoft 365 refuses an organizer's
 * decline, and nothing would happen): its cancel card instead, saying so, whatever asked ("skip it", a typed "decline").
 */
export async function offerDecline(
  deps: FlowDeps,
  user: FlowUser,
  target: string | Meeting,
  comment?: string,
  /** The request named the whole series ("decline the whole jour fixe series"): offered first, and what "yes" does. */
  seriesAsked?: boolean,
  again?: OfferedAgain,
): Promise<View> {
  const meeting = await readActionable(deps, user, target);
  if ('closed' in meeting) return meeting.closed;
  if (actionFor(meeting) === 'cancel') return offerCancel(deps, user, meeting, comment, seriesAsked, true, again);
  const series = seriesAsked && meeting.seriesMasterId ? ({ series: true } as const) : {};
  const ticket = await deps.tickets.issue(
    { action: 'decline', meetingId: meeting.id, ...(meeting.seriesMasterId ? { seriesMasterId: meeting.seriesMasterId } : {}), ...series },
    owner(user),
    [summarize(meeting)],
    comment,
    again,
  );
  return { kind: 'confirmDecline', meeting, ticket: ticket.id, comment, ...series, ...underWay(deps, user, meeting), ...shownAgain(again) };
}

/**
 * A row's button (a list, a choice card): that meeting's confirm card. A row of the rows on screen gets what their
 * request asked besides which meeting ("cancel the standup series, message: …"): the series first, the message in
 * its box, as a card that request went straight to would have.
 */
export async function offerPicked(deps: FlowDeps, user: FlowUser, meetingId: string, action: 'cancel' | 'decline'): Promise<View> {
  const { choices = [], choiceAsked } = await deps.memory.load(user.conversationId, user.id);
  const asked = choices.includes(meetingId) ? choiceAsked : undefined;
  const offered =
    action === 'decline'
      ? await offerDecline(deps, user, meetingId, asked?.comment, asked?.series)
      : await offerCancel(deps, user, meetingId, asked?.comment, asked?.series);
  // A meeting the card to cancel several waiting holds: that card is narrowed, not added to, and ends (one live card a meeting).
  return (await narrowsBulkCard(deps, user, offered)) ? replacePending(deps, user, offered) : offered;
}

/** Said on a confirm card of a meeting under way: the user confirms knowing its attendees may be in it. */
export function underWay(deps: FlowDeps, user: FlowUser, meeting: Meeting): { underWay?: true } {
  return isUnderWay(meeting, deps.now, user.timeZone) ? { underWay: true } : {};
}

/** A meeting picked by id: the decline card if the user attends it, else the cancel card (Graph says who may cancel). */
export async function offerFor(
  deps: FlowDeps,
  user: FlowUser,
  id: string,
  comment?: string,
  seriesAsked?: boolean,
  again?: OfferedAgain,
): Promise<View> {
  const meeting = await readActionable(deps, user, id);
  if ('closed' in meeting) return meeting.closed;
  return actionFor(meeting) === 'decline'
    ? offerDecline(deps, user, meeting, comment, seriesAsked, again)
    : offerCancel(deps, user, meeting, comment, seriesAsked, false, again);
}

/** "Cancel all my meetings tomorrow": one card, one message; meetings of others are set apart. */
export async function offerBulkCancel(
  deps: FlowDeps,
  user: FlowUser,
  meetings: Meeting[],
  comment?: string,
  /** Meetings the request named that the card leaves out, as not the user's to cancel (it says so). */
  leftOut: Meeting[] = [],
  /** Exceptions the request said that left none of these out, as understood (the card says so). */
  exceptNotFound: string[] = [],
  /** Offered in place of an earlier card whose click sent nothing: `comment` is that card's (see shownAgain). */
  again?: OfferedAgain,
): Promise<View> {
  const live = meetings.filter((m) => isStillOpen(m, deps.now, user.timeZone));
  const out = {
    ...(leftOut.length ? { leftOut: leftOut.filter((m) => isStillOpen(m, deps.now, user.timeZone)) } : {}),
    ...(exceptNotFound.length ? { exceptNotFound } : {}),
  };
  const cancellable = live.filter((m) => actionFor(m) === 'cancel');
  const notYours = live.filter((m) => actionFor(m) !== 'cancel');
  // Nothing of theirs to cancel: no ticket, so a later "yes" has nothing to confirm.
  if (!cancellable.length) return { kind: 'confirmBulk', cancellable, notYours, ticket: '', ...out, ...shownAgain(again) };
  const ticket = await deps.tickets.issue(
    { action: 'cancelMany', meetingIds: cancellable.map((m) => m.id), ...(exceptNotFound.length ? { exceptNotFound } : {}) },
    owner(user),
    cancellable.map(summarize),
    comment,
    again,
  );
  return { kind: 'confirmBulk', cancellable, notYours, ticket: ticket.id, comment, ...out, ...shownAgain(again) };
}

/** Whose card a ticket is: only this user, in this conversation, can use it. */
export function owner(user: FlowUser): { userId: string; conversationId: string } {
  return { userId: user.id, conversationId: user.conversationId };
}

/** The meeting, or the true sentence for why it can no longer be acted on (the rest of its list still works). */
async function readActionable(deps: FlowDeps, user: FlowUser, target: string | Meeting): Promise<Meeting | { closed: View }> {
  const closed = (why: 'cancelled' | 'ended' | 'notFound', subject?: string) => ({
    closed: { kind: 'notice', notice: { kind: 'meetingClosed', why, subject } } as View,
  });
  let meeting: Meeting;
  if (typeof target === 'string') {
    if (!target) return closed('notFound');
    try {
      // Read by key, it knows its calendar's place only; the card names whose calendar it is.
      [meeting] = await namingCalendars(deps, user, [await deps.calendar.getMeeting(target)]);
    } catch (error) {
      if (error instanceof MeetingNotFoundError) {
        // A row of an older list whose meeting a card of this chat cancelled since: said as that, not as "no longer found".
        const here = await cancelledHere(deps, user, '', { action: 'cancel', meetingId: target });
        if (here?.subject === undefined) return closed('notFound');
        const at = here.at ? { at: here.at } : {};
        return {
          closed: { kind: 'notice', notice: { kind: 'meetingClosed', why: 'cancelled', subject: here.subject, cancelledHere: at } },
        };
      }
      if (error instanceof CalendarAccessDeniedError) return { closed: { kind: 'notice', notice: { kind: 'noAccess' } } };
      throw error;
    }
  } else {
    meeting = target;
  }
  if (canStillAct(meeting, deps.now, user.timeZone)) return meeting;
  return closed(meeting.isCancelled ? 'cancelled' : 'ended', meeting.subject);
}

export { summarize };
