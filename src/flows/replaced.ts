import type { Ticket } from '../state';
import type { FlowDeps, FlowUser, View } from './context';
import type { MeetingSummary, Outcome } from './outcomes';

/**
 * The user turned away by words from the confirm card waiting for an answer ("no, the other one", "the second one"
 * picked again from the list it came from): it ends, so its buttons cannot cancel what they just said was not meant.
 * Its ticket is done as "replaced" (a late click or a refresh shows that and sends nothing), and the view names it so
 * the bot updates that card in place. Only when a new card to act on follows (or, `evenByAList`, a list to pick
 * from); a card someone is acting on right now, or already done, stays. A new typed cancel or a row clicked on a list
 * does not come here: it may be one more meeting to cancel, and the earlier card names its own meeting (unless that
 * card is one for several that holds it: then it is narrowed, see narrowsBulkCard).
 */
export async function replacePending(deps: FlowDeps, user: FlowUser, view: View, evenByAList = false): Promise<View> {
  const toActOn = view.kind === 'confirmCancel' || view.kind === 'confirmDecline' || view.kind === 'confirmBulk';
  if (!toActOn && !(evenByAList && view.kind === 'choose')) return view;
  const { pendingTicketId } = await deps.memory.load(user.conversationId, user.id);
  if (!pendingTicketId || ('ticket' in view && view.ticket === pendingTicketId)) return view;
  const claim = await deps.tickets.claim(pendingTicketId, user.id);
  if (claim.kind !== 'claimed') return view;
  const outcome = replacedOutcome(claim.ticket);
  await deps.tickets.complete(pendingTicketId, outcome, claim.token);
  return { ...view, replaces: { ticket: pendingTicketId, outcome } };
}

/** What a replaced card shows from now on: the meetings it named, and that nothing was sent from it. */
export function replacedOutcome(ticket: Ticket): Outcome {
  const { target } = ticket;
  const shown = ticket.shown as MeetingSummary[] | undefined;
  return target.action === 'cancelMany'
    ? { kind: 'replaced', action: 'cancel', meetings: shown }
    : { kind: 'replaced', action: target.action, meeting: shown?.[0] };
}
