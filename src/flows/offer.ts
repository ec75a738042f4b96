import { actionFor, isStillOpen, type Meeting } from '../calendar/meeting';
import { MeetingNotFoundError } from '../calendar/errors';
import type { FlowDeps, FlowUser, View } from './context';
import { summarize } from './outcomes';

/**
 * The confirm card for cancelling one meeting. `known` is the meeting as just read from a
 * calendarView in this turn; a bare id (from a card button) is re-read with the user's token, so
 * an id that is not on their calendar goes nowhere.
 */
export async function offerCancel(deps: FlowDeps, user: FlowUser, target: string | Meeting): Promise<View> {
  const meeting = await readActionable(deps, target);
  if (!meeting) return { kind: 'notice', notice: { kind: 'staleCard' } };
  const ticket = await deps.tickets.issue({ action: 'cancel', meetingId: meeting.id, seriesMasterId: meeting.seriesMasterId }, owner(user));
  return { kind: 'confirmCancel', meeting, ticket: ticket.id };
}

export async function offerDecline(deps: FlowDeps, user: FlowUser, target: string | Meeting, comment?: string): Promise<View> {
  const meeting = await readActionable(deps, target);
  if (!meeting) return { kind: 'notice', notice: { kind: 'staleCard' } };
  const ticket = await deps.tickets.issue({ action: 'decline', meetingId: meeting.id }, owner(user));
  return { kind: 'confirmDecline', meeting, ticket: ticket.id, comment };
}

/** A meeting picked by id: the cancel card if the user organizes it, else the decline card. */
export async function offerFor(deps: FlowDeps, user: FlowUser, id: string): Promise<View> {
  const meeting = await readActionable(deps, id);
  if (!meeting) return { kind: 'notice', notice: { kind: 'staleCard' } };
  return actionFor(meeting) === 'cancel' ? offerCancel(deps, user, meeting) : offerDecline(deps, user, meeting);
}

/** "Cancel all my meetings tomorrow": one card, one message; meetings of others are set apart. */
export async function offerBulkCancel(deps: FlowDeps, user: FlowUser, meetings: Meeting[]): Promise<View> {
  const live = meetings.filter((m) => isStillOpen(m, deps.now));
  const cancellable = live.filter((m) => actionFor(m) === 'cancel');
  const notYours = live.filter((m) => actionFor(m) === 'decline');
  const ticket = await deps.tickets.issue({ action: 'cancelMany', meetingIds: cancellable.map((m) => m.id) }, owner(user));
  return { kind: 'confirmBulk', cancellable, notYours, ticket: ticket.id };
}

/** Whose card a ticket is: only this user, in this conversation, can use it. */
export function owner(user: FlowUser): { userId: string; conversationId: string } {
  return { userId: user.id, conversationId: user.conversationId };
}

async function readActionable(deps: FlowDeps, target: string | Meeting): Promise<Meeting | undefined> {
  let meeting: Meeting;
  if (typeof target === 'string') {
    if (!target) return undefined;
    try {
      meeting = await deps.calendar.getMeeting(target);
    } catch (error) {
      if (error instanceof MeetingNotFoundError) return undefined;
      throw error;
    }
  } else {
    meeting = target;
  }
  return isStillOpen(meeting, deps.now) ? meeting : undefined;
}

export { summarize };
