import type { MeetingRequest } from '../nlu';
import { cardLastOnScreen } from './beside';
import type { FlowDeps, FlowUser, View } from './context';
import { offerDecline, offerFor } from './offer';
import { pendingCard } from './pending-card';
import { replacePending } from './replaced';
import { typedSeries } from './typed-button';

/**
 * "cancel it", "cancel that one", "sag ihn ab": a cancel or decline that names no meeting, typed while the
 * confirm card of one meeting is the last thing on screen, is about that card. Its own action is its button, pressed as
 * "yes" presses it (`press`: with the message typed, else the one the card holds; "the whole series" on a series card).
 * The other action is answered as that meeting asked for by name is: a decline of one's own meeting is its cancel card
 * saying why, a cancel of one only attended its decline card; that card takes the old one's place. Undefined when no
 * such card is on screen (a list shown since, a card for several, one already answered): the words are read as usual.
 */
export async function itOnCard(
  deps: FlowDeps,
  user: FlowUser,
  request: MeetingRequest,
  press: (comment?: string) => Promise<View>,
): Promise<View | undefined> {
  // Only a meeting referred to as one ("it", "that one") or the series: "cancel", "cancel both", "cancel my meetings" are not.
  if (!request.it && !request.series) return undefined;
  const ticket = await pendingCard(deps, user);
  if (ticket?.status !== 'open' || ticket.target.action === 'cancelMany') return undefined;
  if (cardLastOnScreen(await deps.memory.load(user.conversationId, user.id)) !== ticket.id) return undefined;
  const { target } = ticket;
  if (target.action === request.intent) {
    const series = request.series && target.action === 'cancel' ? await typedSeries(deps, user, request.comment) : undefined;
    return series ?? press(request.comment);
  }
  const comment = request.comment ?? ticket.comment;
  const again =
    request.intent === 'decline'
      ? await offerDecline(deps, user, target.meetingId, comment)
      : await offerFor(deps, user, target.meetingId, comment, request.series);
  return replacePending(deps, user, again);
}
