import type { Ticket } from '../state';
import type { FlowDeps, FlowUser } from './context';

/** The ticket of the confirm card waiting for an answer in this conversation, if any (whatever its status). */
export async function pendingCard(deps: FlowDeps, user: FlowUser): Promise<Ticket | undefined> {
  const { pendingTicketId } = await deps.memory.load(user.conversationId, user.id);
  return pendingTicketId ? deps.tickets.get(pendingTicketId) : undefined;
}
