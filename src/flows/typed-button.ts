import { catalogFor } from '../i18n';
import type { FlowDeps, FlowUser, View } from './context';
import { cardLastOnScreen } from './beside';
import { pendingCard } from './pending-card';
import { confirmBulk, confirmCancel, confirmDecline, keep } from './settle';

type Press = 'cancel' | 'occurrence' | 'series' | 'decline' | 'keep';

/** The confirm cards' button labels, in every language the bot speaks (the user may type either): what each does. */
const LABELS: ReadonlyMap<string, Press> = new Map(
  ['en', 'de'].flatMap((language) => {
    const c = catalogFor(language);
    return [
      [c.cancelMeeting, 'cancel'],
      [c.onlyThisOne, 'occurrence'],
      [c.wholeSeries, 'series'],
      [c.decline, 'decline'],
      [c.keepIt, 'keep'],
    ].map(([label, press]) => [spoken(label), press as Press] as const);
  }),
);

/** How many meetings a bulk card offers at most to be named by its button ("Cancel all 12"): more are said as "yes". */
const MOST_NAMED = 50;

/** A bulk card's button labels ("Cancel both", "Cancel all 6", "Alle 6 absagen"): how many meetings each names. */
const BULK_LABELS: ReadonlyMap<string, number> = new Map(
  ['en', 'de'].flatMap((language) => {
    const c = catalogFor(language);
    // One meeting's ("Cancel it", "Absagen") is also a request of its own: left to the usual reading.
    return Array.from({ length: MOST_NAMED - 1 }, (_, i) => [spoken(c.cancelAll(i + 2)), i + 2] as const);
  }),
);

function spoken(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s.!?,;:–—"'„“”]+/g, ' ')
    .trim();
}

/**
 * A button of the confirm card waiting for an answer, typed as its label ("Cancel meeting", "Nur diese", "Die ganze
 * Serie", "Ablehnen", "Behalten", "Cancel all 6"): what pressing it with the box as shown does, as "yes" does: with the message the
 * card holds from the request (its box was prefilled with it, and its hint says a typed answer sends it), else none.
 * Undefined when the words are no such label, or no card of that kind waits: they are then read as usual.
 */
export async function typedButton(deps: FlowDeps, user: FlowUser, text: string): Promise<View | undefined> {
  const said = spoken(text);
  const press = LABELS.get(said) ?? (BULK_LABELS.has(said) ? 'cancel' : undefined);
  if (!press) return undefined;
  const ticket = await pendingCard(deps, user);
  if (ticket?.status !== 'open') return undefined;
  // Only the card last on screen: after a list shown since, "cancel both" is about its rows.
  if (cardLastOnScreen(await deps.memory.load(user.conversationId, user.id)) !== ticket.id) return undefined;
  const { action } = ticket.target;
  const comment = ticket.comment ?? '';
  // "Cancel all 6" is the button of a card of 6 only: another count names no button on screen.
  const count = BULK_LABELS.get(said);
  if (count !== undefined)
    return action === 'cancelMany' && ticket.target.meetingIds.length === count ? confirmBulk(deps, user, ticket.id, comment) : undefined;
  if (press === 'keep') return keep(deps, user, ticket.id);
  // "Decline" is the button of a decline card that did not offer the series; one that did has "The whole series" and
  // "Only this one" instead (typed "Decline" there names no button: read as usual).
  if (press === 'decline')
    return action === 'decline' && !ticket.target.series ? confirmDecline(deps, user, ticket.id, comment, 'occurrence') : undefined;
  if (action === 'decline') {
    if (!ticket.target.series || (press !== 'series' && press !== 'occurrence')) return undefined;
    return confirmDecline(deps, user, ticket.id, comment, press);
  }
  if (action === 'cancelMany') return press === 'cancel' ? confirmBulk(deps, user, ticket.id, comment) : undefined;
  if (action !== 'cancel') return undefined;
  // "The whole series" on a card of one meeting is no button of it.
  if (press === 'series') return ticket.target.seriesMasterId ? confirmCancel(deps, user, ticket.id, 'series', comment) : undefined;
  return confirmCancel(deps, user, ticket.id, 'occurrence', comment);
}

/**
 * "the whole series, role has been filled", "yes, the whole series: sorry all", "ja, die ganze Serie - Stelle besetzt":
 * the series button of the confirm card waiting, with the words after it as the message (none typed: the message the
 * card holds from the request, as a "yes" sends it). Undefined when no card of a recurring meeting waits.
 */
export async function typedSeries(deps: FlowDeps, user: FlowUser, comment: string | undefined): Promise<View | undefined> {
  const ticket = await pendingCard(deps, user);
  if (ticket?.status !== 'open' || ticket.target.action === 'cancelMany' || !ticket.target.seriesMasterId) return undefined;
  const message = comment ?? ticket.comment ?? '';
  return ticket.target.action === 'decline'
    ? confirmDecline(deps, user, ticket.id, message, 'series')
    : confirmCancel(deps, user, ticket.id, 'series', message);
}
