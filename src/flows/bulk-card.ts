import { findCandidates, isStillOpen, type Meeting } from '../calendar';
import { actionFor } from '../calendar/meeting';
import { namesAMeeting, rowOf, type MeetingRequest, type UserContext } from '../nlu';
import { readOpen } from './calendars';
import type { FlowDeps, FlowUser, View } from './context';
import { offerBulkCancel, offerFor } from './offer';
import { cardLastOnScreen } from './beside';
import type { OpenBulkCard } from './narrows';
import { replacePending } from './replaced';
import { yesWithout } from './yes-without';

/**
 * What typed words do to the card to cancel several meetings waiting for an answer, when it is the last thing on
 * screen to pick from (no list shown since): its rows are what they pick among, as "yes, but keep X" reads them.
 * - All of its rows ("both", "all of them", "cancel both" on a card of two): `confirm`, as "yes" (the caller confirms).
 * - Some of them ("only the checkout one", "just the first one", "all but the last one", "cancel the checkout review
 *   tomorrow"): those offered on a card of their own, with the message the request gave, else the card's; the bulk
 *   card ends (replaced), so its buttons cannot cancel the meetings the user just chose to keep.
 * Undefined when no such card waits, or the words pick none of its rows (another meeting, maybe one more to cancel:
 * read as usual, and the card stays).
 * `ticket`: the open bulk card's (see openBulkCard); `asRows`: the words read as about rows on screen (listShown), read
 * only when such a card waits.
 */
export async function onBulkCard(
  deps: FlowDeps,
  user: FlowUser,
  ticket: OpenBulkCard | undefined,
  asRows: () => MeetingRequest,
  context: UserContext,
): Promise<{ view: View } | { confirm: MeetingRequest } | undefined> {
  if (!ticket || cardLastOnScreen(await deps.memory.load(user.conversationId, user.id)) !== ticket.id) return undefined;
  const request = asRows();
  const { intent } = request;
  if (intent !== 'select' && intent !== 'cancel' && intent !== 'other') return undefined;
  // Words that point at no meeting ("thanks", "hmm") pick no row.
  if (!namesAMeeting(request) || request.series || request.other || request.beside || request.corrects) return undefined;
  // A bulk request of its own ("cancel all my meetings friday"): its own card, with what it leaves out and why. Not one
  // about rows on screen ("cancel them all except the first": see dependsOnList).
  if (intent === 'cancel' && request.scope === 'all' && request.count === undefined && !request.dependsOnList) return undefined;
  // A cancel that names a meeting by its words ("cancel the standup"), not by its place on the card: read as usual (the
  // nearest standup may be another day's than the card's); the caller ends this card if what it finds is one of its rows.
  // So too one naming a day ("cancel my meeting tomorrow"): a request of its own, however many of the card's rows are that day's.
  const byWords = namesBeyondRows(request) || request.day !== undefined;
  if (intent === 'cancel' && request.ordinal === undefined && request.count === undefined && byWords) return undefined;
  const comment = request.comment ?? ticket.comment;
  // "all but the last one", "cancel them all except the first", "alle außer dem letzten": the card again without them,
  // as "yes, but keep …" does.
  if (request.except && request.scope === 'all' && (intent !== 'cancel' || request.dependsOnList) && !namesBeyondRows(request)) {
    const without = await yesWithout(deps, user, request.except, comment, { ...context, listShown: true });
    return without && { view: without };
  }
  // As the card has them now (confirmBulk acts on no others).
  const rows = (await readOpen(deps, user, ticket.target.meetingIds)).filter(
    (m) => actionFor(m) === 'cancel' && isStillOpen(m, deps.now, user.timeZone),
  );
  const picked = pick(request, rows, context);
  // None of its rows; or several where one was asked for ("the design review" of two): which one is asked as usual.
  if (!picked.length || (picked.length > 1 && request.scope === 'one' && request.count === undefined)) return undefined;
  if (picked.length === rows.length) {
    // "both", "all of them", "cancel both": the card's own question answered. A request that names them anew is a
    // new card to confirm (nothing is cancelled without one).
    const answers = request.scope === 'all' && !namesBeyondRows(request) && (intent !== 'cancel' || request.count !== undefined);
    if (answers) return { confirm: request };
  }
  const offered =
    picked.length === 1 ? await offerFor(deps, user, picked[0].id, comment) : await offerBulkCancel(deps, user, picked, comment);
  return { view: await replacePending(deps, user, offered) };
}

/** The rows the words pick: by their place on the card ("the first one", "the last two"), else as a search among them. */
function pick(request: MeetingRequest, rows: Meeting[], context: UserContext): Meeting[] {
  if (request.ordinal !== undefined && !namesBeyondRows(request)) {
    const row = rowOf(request.ordinal, rows.length);
    if (row === undefined) return [];
    // From that row on: "the first two" (ordinal 1), "the last two" (ordinal -2).
    return rows.slice(row, row + (request.count ?? 1));
  }
  const found = findCandidates({ ...request, intent: 'cancel' }, rows, { ...context, listShown: true }).filter((c) => c.complete);
  // "both" of a card of three: as many as said, else none (never more than they said).
  if (request.count !== undefined && found.length !== request.count) return [];
  return found.map((c) => c.meeting);
}

/** Words that name meetings by more than their place among rows: a title, person, calendar, time or day. */
function namesBeyondRows(request: MeetingRequest): boolean {
  return [request.titleHint, request.attendeeHint, request.calendarHint, request.clock, request.hours, request.neighbour].some(
    (x) => x !== undefined,
  );
}
