import type { FlowDeps, FlowUser, View } from './context';
import { pendingCard } from './pending-card';

/**
 * Whether a new confirm card acts only on meetings the card to cancel several waiting also holds (a pick from a "which
 * one?" asked while it waited): it narrows that card, which then ends, rather than adding one more meeting to cancel.
 */
export async function narrowsBulkCard(deps: FlowDeps, user: FlowUser, view: View): Promise<boolean> {
  const ids = view.kind === 'confirmCancel' ? [view.meeting.id] : view.kind === 'confirmBulk' ? view.cancellable.map((m) => m.id) : [];
  if (!ids.length) return false;
  const ticket = await pendingCard(deps, user);
  if (ticket?.status !== 'open' || ticket.target.action !== 'cancelMany') return false;
  const held = ticket.target.meetingIds;
  return ids.every((id) => held.includes(id));
}
