import { canStillAct } from '../calendar/meeting';
import { MeetingNotFoundError } from '../calendar/errors';
import { cardLastOnScreen } from './beside';
import { namingCalendars } from './calendars';
import type { FlowDeps, FlowUser, View } from './context';
import { offerBulkCancel } from './offer';
import { waitingCard } from './waiting-card';
import { replacePending } from './replaced';

/**
 * "and cancel his board prep too", "und sag auch die Retro ab" while a confirm card waits: the user wants both. The
 * waiting card's meeting and the new one become one card for both (one message, one "yes"), and the waiting card ends,
 * replaced by it. When they cannot be one card (a decline, a whole series, the same meeting, a card for several), the new
 * card comes with a plain sentence that the first one still waits, so a "yes" is never taken for both unsaid.
 */
export async function alongWithWaiting(deps: FlowDeps, user: FlowUser, view: View): Promise<View> {
  if (view.kind !== 'confirmCancel' && view.kind !== 'confirmDecline') return view;
  const waiting = await waitingCard(deps, user);
  if (!waiting) return view;
  const ticketId = cardLastOnScreen(await deps.memory.load(user.conversationId, user.id));
  const ticket = ticketId && ticketId !== view.ticket ? await deps.tickets.get(ticketId) : undefined;
  if (!ticket || ticket.status !== 'open') return view;
  const { target } = ticket;
  const single = target.action === 'cancel' && !target.series && view.kind === 'confirmCancel' && !view.series;
  if (single && target.meetingId !== view.meeting.id) {
    const first = await deps.calendar.getMeeting(target.meetingId).catch((error: unknown) => {
      if (error instanceof MeetingNotFoundError) return undefined;
      throw error;
    });
    if (first && canStillAct(first, deps.now, user.timeZone)) {
      const [named] = await namingCalendars(deps, user, [first]);
      // The message typed with the new request wins; else the one the waiting card holds.
      const both = await offerBulkCancel(deps, user, [named, view.meeting], view.comment ?? ticket.comment);
      if (both.kind === 'confirmBulk' && both.ticket && both.cancellable.length === 2) return replacePending(deps, user, both);
    }
  }
  return { ...view, firstWaits: waiting };
}
