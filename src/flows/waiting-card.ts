import { cardLastOnScreen } from './beside';
import type { FlowDeps, FlowUser } from './context';
import type { MeetingSummary, WaitingCard } from './outcomes';

/**
 * The confirm card still open and last on screen (no list shown since), as a sentence names it: what a "yes" there
 * would do. Undefined when none waits.
 */
export async function waitingCard(deps: FlowDeps, user: FlowUser): Promise<WaitingCard | undefined> {
  const id = cardLastOnScreen(await deps.memory.load(user.conversationId, user.id));
  const ticket = id ? await deps.tickets.get(id) : undefined;
  if (ticket?.status !== 'open') return undefined;
  const shown = (ticket.shown as MeetingSummary[] | undefined) ?? [];
  const { target } = ticket;
  const count = target.action === 'cancelMany' ? target.meetingIds.length : 1;
  return {
    action: target.action === 'decline' ? 'decline' : 'cancel',
    count,
    ...(count === 1 && shown[0] ? { subject: shown[0].subject } : {}),
    ...(target.action !== 'cancelMany' && target.series ? { series: true as const } : {}),
  };
}
