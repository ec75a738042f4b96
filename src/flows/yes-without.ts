import { findCandidates, isStillOpen } from '../calendar';
import { actionFor } from '../calendar/meeting';
import { namesAMeeting, type MeetingRequest, type UserContext } from '../nlu';
import { readOpen } from './calendars';
import type { FlowDeps, FlowUser, View } from './context';
import { offerBulkCancel } from './offer';
import { pendingCard } from './pending-card';
import { replacePending } from './replaced';
import { keep } from './settle';

/**
 * "yes, but not the standup", "ja, aber nicht die Retro" on a card to cancel several meetings: nothing is cancelled
 * yet; the card is offered again without the meetings named (read as picked from its rows), with the message typed
 * (else the one the card held), to confirm once more. Every meeting left out: the card is kept. No meeting of the card
 * named, or a card of one meeting: nothing happens, and the user is told (never a cancel of what they may have meant
 * to keep). Words that point at a meeting but name none ("yes, but not that one"): nothing happens, and the user is
 * asked which. Undefined when no card waits.
 */
export async function yesWithout(
  deps: FlowDeps,
  user: FlowUser,
  except: MeetingRequest,
  comment: string | undefined,
  context: UserContext,
): Promise<View | undefined> {
  const ticket = await pendingCard(deps, user);
  if (ticket?.status !== 'open') return undefined;
  // A card of one meeting has nothing to leave out: a yes and a no at once, whatever was named.
  if (ticket.target.action !== 'cancelMany') return { kind: 'notice', notice: { kind: 'keptUnnamed', single: true } };
  // "yes, but not that one": a meeting to keep, not named; a yes to the rest would cancel what may be meant to stay.
  if (!namesAMeeting(except)) return { kind: 'notice', notice: { kind: 'keptUnnamed', single: false } };
  const meetings = (await readOpen(deps, user, ticket.target.meetingIds)).filter(
    (m) => actionFor(m) === 'cancel' && isStillOpen(m, deps.now, user.timeZone),
  );
  const named = new Set(
    findCandidates(except, meetings, { ...context, listShown: true })
      .filter((c) => c.complete)
      .map((c) => c.meeting.id),
  );
  if (!named.size) return { kind: 'notice', notice: { kind: 'keptNotOnCard' } };
  const rest = meetings.filter((m) => !named.has(m.id));
  if (!rest.length) return keep(deps, user, ticket.id);
  return replacePending(deps, user, await offerBulkCancel(deps, user, rest, comment ?? ticket.comment));
}
