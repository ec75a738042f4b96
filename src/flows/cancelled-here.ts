import type { TicketTarget } from '../state';
import type { FlowDeps, FlowUser } from './context';

/** How many cancelled meetings a chat remembers: enough for the cards still on screen. */
const REMEMBERED = 20;

/** Records meetings this chat just cancelled, so an older card for one of them says so (not "no longer found"). */
export async function rememberCancelled(deps: FlowDeps, user: FlowUser, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const { cancelledHere = [] } = await deps.memory.load(user.conversationId, user.id);
  const kept = [...cancelledHere.filter((id) => !ids.includes(id)), ...ids].slice(-REMEMBERED);
  await deps.memory.remember(user.conversationId, user.id, { cancelledHere: kept });
}

/** Whether this chat cancelled one of these meetings (an occurrence, or its series). */
export async function cancelledHere(deps: FlowDeps, user: FlowUser, ids: Array<string | undefined>): Promise<boolean> {
  const { cancelledHere: cancelled = [] } = await deps.memory.load(user.conversationId, user.id);
  return ids.some((id) => id !== undefined && cancelled.includes(id));
}

/** The meetings a ticket acts on: for a cancel, its series too (a series cancelled here takes its occurrences along). */
export function idsOf(target: TicketTarget): Array<string | undefined> {
  return target.action === 'cancelMany'
    ? target.meetingIds
    : [target.meetingId, 'seriesMasterId' in target ? target.seriesMasterId : undefined];
}
