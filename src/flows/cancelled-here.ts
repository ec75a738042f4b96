import type { Ticket, TicketTarget } from '../state';
import type { FlowDeps, FlowUser } from './context';
import type { MeetingSummary, Outcome } from './outcomes';

/** How many of the user's latest cards are looked through: the ones still on screen. */
const LOOKED_AT = 20;

/**
 * Whether another card of this chat cancelled the meeting `target` is about, and when. Asked only when Graph no longer
 * finds the meeting: it reads the tickets the user's latest cards completed (what a confirm writes anyway), so a
 * confirm costs no storage write for it.
 */
export async function cancelledHere(
  deps: FlowDeps,
  user: FlowUser,
  ticketId: string,
  target: TicketTarget,
): Promise<{ at?: string; subject?: string } | undefined> {
  if (target.action !== 'cancel') return undefined;
  const ids = (await deps.tickets.latest(user.id)).filter((id) => id !== ticketId).slice(-LOOKED_AT);
  const tickets = await Promise.all(ids.map((id) => deps.tickets.get(id).catch(() => undefined)));
  for (const ticket of tickets.reverse()) {
    if (!ticket || ticket.status !== 'done' || ticket.conversationId !== user.conversationId) continue;
    const at = cancelledBy(ticket, target);
    if (at) return at;
  }
  return undefined;
}

/**
 * When `ticket` cancelled the meeting of `target` (an occurrence, or its series): `{}` when it did but says not when.
 * `subject`: the meeting's, as that card showed it (what a list row's click, which knows only an id, names).
 */
function cancelledBy(ticket: Ticket, target: TicketTarget & { action: 'cancel' }): { at?: string; subject?: string } | undefined {
  const outcome = ticket.outcome as Outcome | undefined;
  const done = ticket.target;
  const when = (at: string | undefined) => (at ? { at } : {});
  if (outcome?.kind === 'cancelled' && done.action === 'cancel') {
    const series = outcome.scope === 'series' && done.seriesMasterId !== undefined;
    const same = series ? done.seriesMasterId === (target.seriesMasterId ?? target.meetingId) : done.meetingId === target.meetingId;
    // The whole series: the row's occurrence may be named otherwise, so no name is given for it.
    return same ? { ...when(outcome.at), ...(series ? {} : { subject: outcome.meeting.subject }) } : undefined;
  }
  if (outcome?.kind === 'cancelledMany' && done.action === 'cancelMany') {
    // A bulk outcome names its meetings as shown, in the ticket's order: the one at this meeting's place must be among the cancelled.
    const index = done.meetingIds.indexOf(target.meetingId);
    const shown = (ticket.shown as MeetingSummary[] | undefined)?.[index];
    const cancelled = shown && outcome.cancelled.some((m) => m.subject === shown.subject && m.start === shown.start);
    return index >= 0 && cancelled ? { ...when(outcome.at), subject: shown.subject } : undefined;
  }
  return undefined;
}
