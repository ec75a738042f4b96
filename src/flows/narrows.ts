import type { Ticket } from '../state';
import type { FlowDeps, FlowUser, View } from './context';

/** The ticket of an open card to cancel several meetings. */
export type OpenBulkCard = Ticket & { target: { action: 'cancelMany' } };

/**
 * The card to cancel several waiting for an answer, when the pending card is one and still open. Its ticket is read
 * only when the conversation's record says the pending card is (or may be) one (`pendingBulk`): a typed cancel or pick
 * after a card of one meeting costs no storage read for it. Found ended, the record says so from this turn on.
 */
export async function openBulkCard(deps: FlowDeps, user: FlowUser): Promise<OpenBulkCard | undefined> {
  const { pendingTicketId, pendingBulk } = await deps.memory.load(user.conversationId, user.id);
  if (!pendingTicketId || pendingBulk === false) return undefined;
  const ticket = await deps.tickets.get(pendingTicketId);
  if (ticket?.status === 'open' && ticket.target.action === 'cancelMany') return ticket as OpenBulkCard;
  // Done, gone or of one meeting: it never opens again. (A click at work on it may still release it: asked again then.)
  if (ticket?.status !== 'working') await deps.memory.remember(user.conversationId, user.id, { pendingBulk: false });
  return undefined;
}

/**
 * Whether a new confirm card acts only on meetings the card to cancel several waiting also holds (a pick from a "which
 * one?" asked while it waited): it narrows that card, which then ends, rather than adding one more meeting to cancel.
 */
export async function narrowsBulkCard(deps: FlowDeps, user: FlowUser, view: View): Promise<boolean> {
  if (!offersMeetings(view).length) return false;
  return narrows(await openBulkCard(deps, user), view);
}

/** Whether `view` offers only meetings the bulk card `card` holds (see narrowsBulkCard). */
export function narrows(card: OpenBulkCard | undefined, view: View): boolean {
  const ids = offersMeetings(view);
  return card !== undefined && ids.length > 0 && ids.every((id) => card.target.meetingIds.includes(id));
}

/** The meetings a card to confirm would cancel (a decline card: none of a bulk card's, which are the user's to cancel). */
function offersMeetings(view: View): string[] {
  return view.kind === 'confirmCancel' ? [view.meeting.id] : view.kind === 'confirmBulk' ? view.cancellable.map((m) => m.id) : [];
}
