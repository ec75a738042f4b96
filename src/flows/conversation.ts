import {
  calendarsNamed,
  clearChoice,
  pluralAsName,
  coverRepeatedTimes,
  findCandidates,
  isStillOpen,
  withReasonTail,
  namedOnOtherDays,
  nearestMeetings,
  reachesBeyond,
  searchWindow,
  wordsNotFound,
  type Candidate,
  type Meeting,
} from '../calendar';
import { actionFor, oneCopyEach, ownAppointment } from '../calendar/meeting';
import type { Unreadable } from '../calendar/calendar-service';
import {
  corrected,
  describeRequest,
  menuCommand,
  MIDDLE,
  namesAMeeting,
  rowOf,
  understand,
  type MeetingRequest,
  type UserContext,
} from '../nlu';
import { besideDiscussed, cardLastOnScreen } from './beside';
import { onBulkCard } from './bulk-card';
import { narrows, narrowsBulkCard, openBulkCard, type OpenBulkCard } from './narrows';
import { itOnCard } from './it-on-card';
import { typedButton, typedSeries } from './typed-button';
import { yesWithout } from './yes-without';
import { calendarsFor, meetingsIn, readCalendars, readOpen, userCalendars } from './calendars';
import { ConfirmedFirst } from './confirmed-first';
import type { FlowDeps, FlowUser, Replaces, View } from './context';
import { pendingCard } from './pending-card';
import { waitingCard } from './waiting-card';
import { alongWithWaiting } from './also';
import { showMeetings, showMore } from './meetings-list';
import { movedFromDayAsked, readAroundDayAsked } from './moved';
import { namedUnderWay } from './under-way';
import { exceptionsLeavingNothing, leftOutOf } from './left-out';
import { offerBulkCancel, offerCancel, offerDecline, offerFor } from './offer';
import { checkComment } from './comment';
import { replacePending } from './replaced';
import type { MeetingSummary, Outcome } from './outcomes';
import { confirmBulk, confirmCancel, confirmDecline, keep } from './settle';

/** How many candidates a "which one?" card shows. */
const MAX_CHOICES = 5;

/**
 * A typed message, start to finish: understand it in the user's language and zone, find the
 * meetings it points at with one calendarView read, and answer with the next step.
 */
export async function answerText(deps: FlowDeps, user: FlowUser, text: string): Promise<View> {
  const pressed = await typedButton(deps, user, text);
  if (pressed) return pressed;
  const context: UserContext = { locale: user.locale, timeZone: user.timeZone, now: deps.now };
  const request = await ofWhomTheCardIs(deps, user, read(text, context));
  // "yes - and cancel his 3pm too": the card waiting is confirmed first, as by a bare "yes" (its own message, never
  // these words), then the request is answered; the card shows its outcome in place. Nothing confirmed: why, and no more.
  const confirmed =
    request.afterYes && (await pendingCard(deps, user))?.status === 'open' ? await answerPending(deps, user, 'yes') : undefined;
  if (confirmed && confirmed.kind !== 'outcome') return confirmed;
  let view: View;
  try {
    view = await answerRequest(deps, user, text, request, context);
  } catch (error) {
    // The card was confirmed all the same: it must show so, whatever is said of the rest.
    throw confirmed ? new ConfirmedFirst(confirmed, error) : error;
  }
  return confirmed ? alongWith(view, { ticket: confirmed.ticket, outcome: confirmed.outcome }) : view;
}

/**
 * "his 3pm", "her standup" (theirs) with no calendar named: the calendar of the person the card on screen is about (a
 * delegate's boss), as if named ("Alex's 3pm"); the request as it is when that card is in the user's own calendars.
 */
async function ofWhomTheCardIs(deps: FlowDeps, user: FlowUser, request: MeetingRequest): Promise<MeetingRequest> {
  if (request.calendarHint) {
    await rememberPersonNamed(deps, user, request.calendarHint);
    return request;
  }
  if (!request.theirs) return request;
  const memory = await deps.memory.load(user.conversationId, user.id);
  // The person the user named last ("show Bernd's meetings", then "his 3pm"), else the one the card on screen is about.
  const calendars = await userCalendars(deps, user);
  const lastNamed = calendars.find((c) => c.key === memory.personNamed && c.owner === 'person');
  const ticketId = cardLastOnScreen(memory) ?? memory.lastRequest?.ticket;
  const ticket = ticketId && !lastNamed ? await deps.tickets.get(ticketId) : undefined;
  const keys = new Set(((ticket?.shown as MeetingSummary[] | undefined) ?? []).map((m) => m.calendarKey));
  const [key] = keys;
  const calendar = lastNamed ?? (keys.size === 1 && key ? calendars.find((c) => c.key === key) : undefined);
  if (calendar?.owner !== 'person') return request;
  return { ...request, calendarHint: (calendar.ownerName ?? calendar.name).toLowerCase() };
}

/** A person's calendar named ("Bernd's 2pm", "show Hana's meetings"): whose a later "his" / "her" is. */
async function rememberPersonNamed(deps: FlowDeps, user: FlowUser, hint: string): Promise<void> {
  const people = calendarsNamed(hint, await userCalendars(deps, user)).filter((c) => c.owner === 'person');
  const keys = new Set(people.map((c) => c.ownerEmail ?? c.key));
  if (keys.size !== 1) return;
  const { personNamed } = await deps.memory.load(user.conversationId, user.id);
  if (personNamed !== people[0].key) await deps.memory.remember(user.conversationId, user.id, { personNamed: people[0].key });
}

/** The view, with a card confirmed in the same turn shown in place (see Replaces). */
function alongWith(view: View, done: Replaces): View {
  if (view.kind === 'welcome' || view.kind === 'signedOut' || view.kind === 'outcome') return view;
  return { ...view, replaces: done };
}

/** A request as understood, answered (see answerText). */
async function answerRequest(deps: FlowDeps, user: FlowUser, text: string, understood: MeetingRequest, asked: UserContext): Promise<View> {
  let context = asked;
  let request = understood;
  // "no, the other one" right after a confirm card the bot went straight to: another meeting it weighed.
  if (request.other) {
    const switched = await otherThanOffered(deps, user, request, context);
    // The card they said no to ends, whether a card or a list follows.
    if (switched) return replacePending(deps, user, switched, true);
  }
  // "no, I meant Thursday": the last request again, that part replaced; the card it led to ends.
  if (request.corrects) {
    const { lastRequest, pendingTicketId, choiceAsked } = await deps.memory.load(user.conversationId, user.id);
    const offered = lastRequest?.ticket !== undefined && lastRequest.ticket === pendingTicketId;
    if (lastRequest && (request.corrects === true || offered)) {
      // The message typed with the first request goes on (a new one typed with the correction wins): the ticket of the
      // card that request led to holds it, sealed; a request that led to a list to pick from left it with those rows.
      const first =
        request.comment !== undefined
          ? undefined
          : lastRequest.ticket
            ? (await deps.tickets.get(lastRequest.ticket))?.comment
            : choiceAsked?.comment;
      const view = await find(deps, user, { ...corrected(lastRequest.request, request), ...(first ? { comment: first } : {}) }, context);
      return offered ? replacePending(deps, user, view, true) : view;
    }
  }
  // "and the one after": next to the meeting the last card was about; with none, "the one after" is the next meeting.
  if (request.beside) {
    const beside = await besideDiscussed(deps, user, request, context);
    // "no, the one after": the card they said no to ends when the next one comes.
    if (beside) return request.instead ? replacePending(deps, user, beside) : beside;
    // No card to be beside: with a list on screen, its rows are what "the one after" picks among (or asks about).
    const { choices = [] } = await deps.memory.load(user.conversationId, user.id);
    if (choices.length) {
      context = { ...context, listShown: true };
      request = read(text, context);
    } else if (request.beside === 'before') return { kind: 'help', notUnderstood: true };
  }
  // A card to cancel several waiting, no list since: its rows are what "both", "only the checkout one", "just the first
  // one", "all but the last one" pick among.
  // Its ticket is read only when the pending card is one (see openBulkCard), and no list came since (a card made from
  // a list's rows, "cancel all but the last", is the last thing on screen).
  const onScreen = cardLastOnScreen(await deps.memory.load(user.conversationId, user.id)) !== undefined;
  const bulk = onScreen && ['select', 'cancel', 'other'].includes(request.intent) ? await openBulkCard(deps, user) : undefined;
  const onCard = await onBulkCard(deps, user, bulk, () => read(text, { ...context, listShown: true }), context);
  if (onCard && 'confirm' in onCard) return answerPending(deps, user, 'yes', onCard.confirm.comment);
  if (onCard) return onCard.view;
  // "the 2nd" is the second row of a list the bot just showed, else the 2nd of the month; "cancel the
  // last two", "cancel both" are rows of that list too.
  let rows: string[] | undefined;
  if (request.dependsOnList) {
    const { choices = [], choicesFrom = 0 } = await deps.memory.load(user.conversationId, user.id);
    const picked = choices.length ? read(text, { ...context, listShown: true }) : undefined;
    // "cancel the 7th" past every row a page holds, with no 7th row shown: the 7th of the month, as with no list.
    const aDate =
      request.day && picked?.ordinal && picked.ordinal > deps.settings.pageSize && picked.ordinal > choicesFrom + choices.length;
    if (picked && !aDate) {
      context = { ...context, listShown: true };
      request = onPageShown(picked, choices.length, choicesFrom);
      if (request.dependsOnList) rows = choices;
    }
  }
  const beyond = await rowBeyondList(deps, user, request);
  if (beyond) return beyond;
  // "the whole series, <message>" (or after a yes) names no meeting: the series button of the card waiting, with that message.
  if (request.series && (request.intent === 'other' || request.intent === 'yes') && !namesAMeeting(request)) {
    const series = await typedSeries(deps, user, request.comment);
    if (series) return series;
  }
  switch (request.intent) {
    case 'help':
      return { kind: 'help' };
    case 'other': {
      // A card waiting is named, and how to answer it ("👍", "ok cool"); "undo", "move it": what this bot does not do.
      const waiting = await waitingCard(deps, user);
      if (waiting)
        return { kind: 'notice', notice: { kind: 'cardWaiting', waiting, ...(request.cannot ? { cannot: request.cannot } : {}) } };
      return request.cannot
        ? { kind: 'notice', notice: { kind: 'cannotDo', cannot: request.cannot } }
        : { kind: 'help', notUnderstood: true };
    }
    case 'signOut':
      await deps.signOut();
      return { kind: 'signedOut' };
    case 'yes':
    case 'no':
      if (request.intent === 'yes' && request.except) {
        const without = await yesWithout(deps, user, request.except, request.comment, context);
        if (without) return without;
      }
      return answerPending(deps, user, request.intent, request.comment);
    case 'list':
      return listFor(deps, user, request);
    case 'select':
      return select(deps, user, request, context);
    case 'cancel':
    case 'decline':
      // "cancel" alone names no meeting: "cancel it" is about the card of one meeting on screen, as its button; with
      // none, the list to pick from, each with its button.
      // A confirm card waiting stays: "cancel my 4pm" may be one more to cancel, and that card names its own meeting.
      if (!namesAMeeting(request)) {
        const it = await itOnCard(deps, user, request, (comment) => answerPending(deps, user, 'yes', comment));
        return it ?? showMeetings(deps, user);
      }
      // "and cancel X too": the card waiting is wanted as well (see alongWithWaiting).
      if (request.also && !rows) return alongWithWaiting(deps, user, await find(deps, user, request, context));
      return request.intent === 'cancel' && !rows
        ? narrowingBulkCard(deps, user, bulk, request, context)
        : find(deps, user, request, context, rows);
  }
}

/**
 * "cancel the checkout design review tomorrow" with a card to cancel several waiting (no list since) that holds it: the
 * new card narrows that one, which ends (its buttons must not cancel the meetings the user just left out). A card of
 * other meetings leaves it as it is: one more to cancel. One search: what it offers takes the card's message when it
 * acts only on the card's meetings and the request typed none (see HeldMessage).
 */
async function narrowingBulkCard(
  deps: FlowDeps,
  user: FlowUser,
  card: OpenBulkCard | undefined,
  request: MeetingRequest,
  context: UserContext,
): Promise<View> {
  if (!card) return find(deps, user, request, context);
  const held = request.comment === undefined && card.comment ? { ids: card.target.meetingIds, comment: card.comment } : undefined;
  const view = await find(deps, user, request, context, undefined, held);
  return narrows(card, view) ? replacePending(deps, user, view) : view;
}

/**
 * The message of the card to cancel several waiting, and its meetings: a card a request goes straight to that acts
 * only on some of them narrows it and carries its message on (unless the request typed one).
 */
interface HeldMessage {
  ids: string[];
  comment: string;
}

/** The message for a card of `meetings`: the request's, else the held one when the card acts only on its meetings. */
function messageFor(request: MeetingRequest, meetings: Meeting[], held?: HeldMessage): string | undefined {
  if (request.comment !== undefined || !held) return request.comment;
  const acted = meetings.filter((m) => actionFor(m) === 'cancel');
  return acted.length && acted.every((m) => held.ids.includes(m.id)) ? held.comment : undefined;
}

/**
 * "the 7th" with rows 6-10 on screen: their second row, counted over the pages shown. An ordinal the page itself has
 * ("the second one") is its row on the page on screen, the card the user looks at.
 */
function onPageShown(request: MeetingRequest, rows: number, before: number): MeetingRequest {
  const { ordinal } = request;
  if (ordinal === undefined || ordinal <= rows || ordinal <= before || ordinal > before + rows) return request;
  return { ...request, ordinal: ordinal - before };
}

/**
 * The request as understood, its day or range covering both instants of a wall time a DST fall-back repeats
 * ("until 2:30am" that night: until the second 2:30), so lists and searches lose no meeting of either hour.
 */
function read(text: string, context: UserContext): MeetingRequest {
  const understood = menuCommand(text, context) ?? understand(text, context);
  // A reason given with the request ("…, sorry I'm sick") is offered as the message: prefilled, sent only on a confirm.
  const request = understood.reason && !understood.comment ? { ...understood, comment: understood.reason } : understood;
  return request.day ? { ...request, day: coverRepeatedTimes(request.day, context.timeZone) } : request;
}

/**
 * "yes" confirms the last confirm card as if its first button were pressed; "yes, tell them we moved it"
 * sends that message with it (the user typed it, so nothing goes out unseen). A bare "yes" sends the
 * message the user typed with the request (the card's box was prefilled with it), else none: a client
 * never sends a box the user did not submit, and the card says which under its box.
 */
async function answerPending(deps: FlowDeps, user: FlowUser, answer: 'yes' | 'no', comment?: string): Promise<View> {
  const memory = await deps.memory.load(user.conversationId, user.id);
  const { pendingTicketId, choices = [] } = memory;
  // A list or a "which one?" shown since the card is the latest question: a yes or no picks nothing there, and the card
  // itself says a typed "yes" works while it is the latest (it still works with its buttons).
  if (pendingTicketId && cardLastOnScreen(memory) !== pendingTicketId)
    return { kind: 'notice', notice: { kind: 'nothingPending', listOpen: true } };
  const ticket = pendingTicketId ? await deps.tickets.get(pendingTicketId) : undefined;
  if (ticket?.status === 'done') {
    // The card ended in an organizer refusal: "yes" must not decline on its own, the card's button does.
    const outcome = ticket.outcome as Outcome | undefined;
    if (answer === 'yes' && outcome?.kind === 'notOrganizer') {
      return { kind: 'notice', notice: { kind: 'refusalWaiting', subject: outcome.meeting.subject, organizer: outcome.meeting.organizer } };
    }
  }
  // The card shown last is done; one shown before it (a bulk card whose row was declined) may still be open: not "nothing".
  if (ticket?.status === 'done') return { kind: 'notice', notice: { kind: 'lastCardDone' } };
  if (!ticket) return { kind: 'notice', notice: { kind: 'nothingPending', ...(choices.length ? { listOpen: true as const } : {}) } };
  if (answer === 'no') return keep(deps, user, ticket.id);
  // No message typed: the one the card holds; "yes, without a message" (an empty one): none.
  comment ??= ticket.comment ?? '';
  // Checked here too, to ask for a shorter one the way it came: typed, not in the card's box.
  const checked = checkComment(comment, deps.settings.commentMaxLength);
  if (!checked.ok) return { kind: 'notice', notice: { kind: 'commentTooLong', length: checked.length, max: checked.max, typed: true } };
  if (ticket.target.action === 'decline')
    return confirmDecline(deps, user, ticket.id, comment, ticket.target.series ? 'series' : 'occurrence');
  if (ticket.target.action === 'cancelMany') return confirmBulk(deps, user, ticket.id, comment);
  // The scope the request named and the card offered first ("the whole series"), else this occurrence.
  return confirmCancel(deps, user, ticket.id, ticket.target.series ? 'series' : 'occurrence', comment);
}

/**
 * "the second one", "die erste": a pick from the last list; "the later one", "both", "the vendor one" (read
 * against the list, see dependsOnList): a search among its rows; anything richer is a new search.
 */
async function select(deps: FlowDeps, user: FlowUser, request: MeetingRequest, context: UserContext): Promise<View> {
  const { choices = [], pendingTicketId, rowsAfter, choiceAsked } = await deps.memory.load(user.conversationId, user.id);
  if (request.ordinal !== undefined && request.count === undefined && !choices.length && pendingTicketId && namesOnlyARow(request)) {
    // The last thing on screen is a confirm card of one meeting, not a list: "the second one" picks nothing there,
    // and guessing a meeting (the second to come) could offer one the user never saw. Asked again, with examples.
    if ((await deps.tickets.get(pendingTicketId))?.status === 'open') return { kind: 'help', notUnderstood: true };
  }
  if (request.ordinal !== undefined && request.count === undefined && choices.length) {
    const row = rowOf(request.ordinal, choices.length);
    const id = row === undefined ? undefined : choices[row];
    // Same as pressing that row's button: organizers cancel, attendees decline. A confirm card waiting for
    // another pick ends: the user picked again.
    // (Not a card that was waiting when the list came: a typed request's card may be one more meeting to cancel.)
    if (id) {
      // The series and the message the rows' request asked for go on (a message typed with the pick wins).
      const offered = await offerFor(deps, user, id, request.comment ?? choiceAsked?.comment, choiceAsked?.series);
      // A meeting of the card to cancel several waiting: that card is narrowed, not added to, and ends.
      const added = pendingTicketId !== undefined && pendingTicketId === rowsAfter && !(await narrowsBulkCard(deps, user, offered));
      return added ? offered : replacePending(deps, user, offered);
    }
  }
  return find(deps, user, { ...request, intent: 'cancel' }, context, context.listShown ? choices : undefined);
}

/**
 * "the third one", "cancel the 2nd", "die dritte" with a shorter list on screen: no row of it, and no meeting
 * to search for either (a search for "the third" names nothing), so the answer says what is true.
 */
async function rowBeyondList(deps: FlowDeps, user: FlowUser, request: MeetingRequest): Promise<View | undefined> {
  if (!['select', 'cancel', 'decline'].includes(request.intent)) return undefined;
  if (request.ordinal === undefined || request.ordinal === MIDDLE || request.count !== undefined || !namesOnlyARow(request))
    return undefined;
  const { choices = [] } = await deps.memory.load(user.conversationId, user.id);
  if (!choices.length || rowOf(request.ordinal, choices.length) !== undefined) return undefined;
  return { kind: 'notice', notice: { kind: 'noSuchRow', rows: choices.length } };
}

/** "the second one", "die zweite": an ordinal and nothing else that names a meeting (no day, time, words or calendar). */
function namesOnlyARow(request: MeetingRequest): boolean {
  return [request.day, request.clock, request.titleHint, request.looseHint, request.attendeeHint, request.calendarHint].every(
    (x) => x === undefined,
  );
}

/** Anything beyond a day that narrows the request to one meeting. */
function asksForOne(request: MeetingRequest): boolean {
  return [request.clock, request.titleHint, request.looseHint, request.attendeeHint, request.position, request.ordinal].some(
    (x) => x !== undefined,
  );
}

/** "show my meetings", "show Alex's meetings", "show the Marketing calendar": the list of the calendars named, else the user's own. */
async function listFor(deps: FlowDeps, user: FlowUser, request: MeetingRequest): Promise<View> {
  if (request.more) return showMore(deps, user);
  if (!request.calendarHint) return showMeetings(deps, user, 1, request.day);
  const calendars = await userCalendars(deps, user);
  const { named } = calendarsFor(request, calendars);
  // "meetings in London", "show Megan's meetings" with no such calendar: the user's own list, saying so.
  if (!named.length) {
    const own = await showMeetings(deps, user, 1, request.day);
    return own.kind === 'list' ? { ...own, unknownCalendar: request.calendarHint } : own;
  }
  return showMeetings(deps, user, 1, request.day, named);
}

/**
 * `rows`: the ids of the list on screen, when the request picks among them ("both", "the later one"). A confirm card
 * a request goes straight to, not picked from that list, holds one meeting (or one bulk): "the second one" picks no
 * row of the list shown before it. "More" still goes on with that list, the last one on screen (or says it was all).
 */
async function find(
  deps: FlowDeps,
  user: FlowUser,
  request: MeetingRequest,
  context: UserContext,
  rows?: string[],
  held?: HeldMessage,
): Promise<View> {
  const view = await search(deps, user, request, context, rows, held);
  if (!rows && (view.kind === 'confirmCancel' || view.kind === 'confirmDecline' || view.kind === 'confirmBulk')) {
    await deps.memory.remember(user.conversationId, user.id, { choices: undefined, choiceAsked: undefined });
  }
  // Rows to pick from (several fit, the nearest, the day's list): a pick or a correction goes on with what was asked.
  if (!rows && (view.kind === 'choose' || view.kind === 'noMatch' || view.kind === 'list')) {
    await deps.memory.remember(user.conversationId, user.id, { choiceAsked: askedOf(request) });
  }
  if (!rows) await rememberRequest(deps, user, request, view);
  return view;
}

async function search(
  deps: FlowDeps,
  user: FlowUser,
  request: MeetingRequest,
  context: UserContext,
  rows?: string[],
  held?: HeldMessage,
): Promise<View> {
  const window = searchWindow(request, context, deps.settings.horizonDays);
  const calendars = await userCalendars(deps, user);
  const choice = calendarsFor(request, calendars);
  // Among the list on screen, its rows as they are now, in its order ("the last two" are its last two
  // rows), whatever window or calendars the list showed; else what the request's window holds.
  // Of a meeting in several calendars the user acts in, the copy they can do what they asked to.
  const wanted = request.intent === 'decline' ? 'decline' : 'cancel';
  // "Cancel all my meetings tomorrow": one the user organizes in a group's calendar (the Ops Team's review) is theirs
  // too. The groups' calendars are read in the same batch; of their meetings only those the user can cancel count.
  const groups =
    !rows && request.intent === 'cancel' && request.scope === 'all' && request.day && !request.calendarHint
      ? calendars.filter((c) => c.owner === 'group' && !choice.read.some((r) => r.key === c.key))
      : [];
  let { meetings, unreadable } = rows
    ? { meetings: await readOpen(deps, user, rows), unreadable: [] }
    : await readCalendars(deps, user, window, groups.length ? { ...choice, read: [...choice.read, ...groups] } : choice, wanted);
  if (groups.length) {
    const inGroups = new Set(groups.map((g) => g.key));
    meetings = meetings.filter((m) => !inGroups.has(m.calendar?.key ?? '') || actionFor(m) === 'cancel');
    unreadable = unreadable.filter((u) => !inGroups.has(u.calendar.key));
  }
  // "… - budget freeze", "…, kenji's sick": a last clause that names nothing in view is the reason, the card's message.
  const told = withReasonTail(request, meetings, context);
  if (told !== request) request = told.reason && !told.comment ? { ...told, comment: told.reason } : told;
  let candidates = findCandidates(request, meetings, context);
  // Nothing of the user's own fits "cancel campaign planning": the calendars they act on for others may hold it.
  // Only their invitation to a meeting they cannot cancel: its organizer's calendars they act in may hold the
  // copy they can (a shared calendar), and only those are read (no others, whose consent they were not asked for).
  const invitedBy = new Set(candidates.filter((c) => c.complete).map((c) => c.meeting.organizer.email.toLowerCase()));
  const fits = (found: Candidate[]) => found.some((c) => c.complete && (request.intent !== 'cancel' || actionFor(c.meeting) === 'cancel'));
  // "cancel the board prep" of the user's own "Board prep logistics" (part of its title), as the delegate of bosses
  // whose calendars hold a "Board prep": those, the title said whole, are weighed too (the user then picks). Only the
  // people's calendars are read for it (one more read, for a delegate who said part of a title).
  const partly = !rows && fits(candidates) && request.titleHint !== undefined && !candidates.some((c) => c.complete && c.wholeTitle);
  const others = calendars.filter(
    (c) =>
      !choice.read.some((r) => r.key === c.key) &&
      (partly ? c.owner === 'person' : !invitedBy.size || invitedBy.has(c.ownerEmail?.toLowerCase() ?? '')),
  );
  const wholeElsewhere = (found: Candidate[]) =>
    found.some((c) => c.complete && c.wholeTitle && !candidates.some((own) => own.meeting.id === c.meeting.id));
  if (!rows && (!fits(candidates) || partly) && others.length && (request.titleHint || request.attendeeHint)) {
    const more = await meetingsIn(deps, user, window, others, wanted).catch(() => undefined);
    if (more?.meetings.length) {
      const all = oneCopyEach(
        [...meetings, ...more.meetings],
        wanted,
        choice.named.map((c) => c.key),
      );
      const wider = findCandidates(request, all, context);
      const better = partly ? wholeElsewhere(wider) : fits(wider) || (!candidates.some((c) => c.complete) && wider.some((c) => c.complete));
      if (better) {
        meetings = all;
        candidates = wider;
        unreadable = [...unreadable, ...more.unreadable];
      }
    }
  }
  // "the friday drinks" of a meeting called "Team drinks" is that meeting, not every one.
  request = pluralAsName(request, candidates);
  // "both", "the last two": as many meetings as said, else the user picks (never more than they said).
  if (
    request.intent === 'cancel' &&
    request.scope === 'all' &&
    candidates.length &&
    (request.count === undefined || candidates.length === request.count)
  ) {
    // "Cancel everything tomorrow, I'm sick": one's own appointments (a birthday, the dentist) are no meeting to call
    // off; a sweep of a day leaves them out and says so. A request that names them ("all my focus blocks", "the first
    // two" of a list) cancels them, and when they are all the day holds, they are what the request meant.
    const sweep =
      !rows &&
      !request.titleHint &&
      !request.attendeeHint &&
      !request.looseHint &&
      request.ordinal === undefined &&
      request.count === undefined;
    // "Clear my Saturday" of a Thursday-Saturday offsite: cancelling it cancels all three days, so a sweep of a day (or
    // range) leaves a meeting reaching beyond it out, and says so, whether or not it is all the day holds.
    const day = request.day;
    const severalDays = sweep && day ? candidates.map((c) => c.meeting).filter((m) => reachesBeyond(m, day, context.timeZone)) : [];
    const within = candidates.map((c) => c.meeting).filter((m) => !severalDays.includes(m));
    const apart = sweep ? within.filter(ownAppointment) : [];
    const personal = apart.length < within.length ? apart : [];
    const offered = within.filter((m) => !personal.includes(m));
    return offerBulkCancel(
      deps,
      user,
      offered,
      messageFor(
        request,
        offered.filter((m) => isStillOpen(m, deps.now, user.timeZone)),
        held,
      ),
      [...leftOutOf(request, meetings, context, choice.named), ...personal, ...severalDays],
      exceptionsLeavingNothing(request, meetings, candidates, context),
    );
  }
  if (!candidates.length) {
    // "Tomorrow's standup" moved to another day is still the one meant: offered where it is now, saying so.
    const around = rows ? undefined : await readAroundDayAsked(deps, user, request, choice);
    const moved = around && movedFromDayAsked(request, around, context);
    if (moved)
      return request.intent === 'decline'
        ? offerDecline(deps, user, moved, request.comment, request.series)
        : offerCancel(deps, user, moved, messageFor(request, [moved], held), request.series);
    // Nothing to come fits, but what it names is under way ("cancel the budget call" ten minutes into it): that one,
    // its card saying it is under way; several, to pick from.
    const begun = namedUnderWay(request, meetings, context);
    if (begun.length === 1) return offerOne(deps, user, request, begun[0], held);
    if (begun.length > 1) {
      const shown = begun.slice(0, MAX_CHOICES);
      await rememberRows(
        deps,
        user,
        shown.map((m) => m.id),
      );
      return { kind: 'choose', candidates: shown.map((meeting) => ({ meeting, reasons: [], score: 0, complete: true })), unreadable };
    }
    // Say which words named nothing, rather than the whole request as a title.
    const notFound = wordsNotFound(request, meetings, context);
    const told = notFound.length ? { ...request, titleHint: notFound.join(' '), attendeeHint: undefined } : request;
    // "Omar's project review": not "of yours" when the calendar named is not one of the user's own (or none known).
    const others = request.calendarHint !== undefined && !(choice.named.length && choice.named.every((c) => c.owner === 'me'));
    const understood = describeRequest(told, context);
    const elsewhere = around && (await onOtherDays(deps, user, request, context, around, { understood, others, unreadable }));
    if (elsewhere) return elsewhere;
    const nearest = nearestMeetings(request, meetings, context);
    await rememberRows(
      deps,
      user,
      nearest.map((m) => m.id),
    );
    return { kind: 'noMatch', understood, nearest, unreadable, ...(others ? { others } : {}) };
  }
  // "the budget review on Friday" when Friday has only a Design review (a part of the words) and Thursday a Budget
  // review: the one every word names, on its day, before a guess among that day's partial matches.
  if (!rows && !candidates.some((c) => c.complete) && request.day && (request.titleHint || request.attendeeHint)) {
    const around = await readAroundDayAsked(deps, user, request, choice);
    const others = request.calendarHint !== undefined && !(choice.named.length && choice.named.every((c) => c.owner === 'me'));
    const understood = describeRequest(request, context);
    const elsewhere = around && (await onOtherDays(deps, user, request, context, around, { understood, others, unreadable }));
    if (elsewhere) return elsewhere;
  }
  // "cancel my meetings next week": a day or range and nothing else named, with more meetings than
  // a choice card holds, is that day's or range's list to pick from, every page of it.
  if (request.day && !asksForOne(request) && candidates.length > MAX_CHOICES) {
    return showMeetings(deps, user, 1, request.day, choice.named.length ? choice.named : undefined);
  }
  const clear = clearChoice(candidates);
  if (clear) {
    const { meeting } = clear;
    const offered = await offerOne(deps, user, request, meeting, held);
    // What "no, the other one" then means: the other meetings weighed, best first.
    if (offered.kind === 'confirmCancel' || offered.kind === 'confirmDecline') {
      const ids = weighedBesides(request, candidates, meetings, context, meeting).map((m) => m.id);
      await deps.memory.remember(user.conversationId, user.id, {
        alternatives: { ticket: offered.ticket, ids: ids.slice(0, MAX_CHOICES) },
      });
    }
    return offered;
  }
  const shown = candidates.slice(0, MAX_CHOICES);
  await rememberRows(
    deps,
    user,
    shown.map((c) => c.meeting.id),
  );
  return { kind: 'choose', candidates: shown, unreadable };
}

/**
 * "The vendor call on Wednesday" of one on Thursday (nothing of the day asked is called so; `around`: the meetings of
 * the days around it): that one offered on its day, its card saying none is on the day asked; several so called, the
 * list of them saying so. Undefined when no other day has one.
 */
async function onOtherDays(
  deps: FlowDeps,
  user: FlowUser,
  request: MeetingRequest,
  context: UserContext,
  around: Meeting[],
  said: { understood: string; others: boolean; unreadable?: Unreadable[] },
): Promise<View | undefined> {
  const found = namedOnOtherDays(request, around, context);
  if (!found.length) return undefined;
  const others = said.others ? { others: true } : {};
  const clear = clearChoice(found);
  if (clear) {
    const offered = await offerOne(deps, user, request, clear.meeting);
    const notOnDay = { understood: said.understood, ...others };
    return offered.kind === 'confirmCancel' || offered.kind === 'confirmDecline' ? { ...offered, notOnDay } : offered;
  }
  const nearest = found.slice(0, MAX_CHOICES).map((c) => c.meeting);
  await rememberRows(
    deps,
    user,
    nearest.map((m) => m.id),
  );
  return { kind: 'noMatch', understood: said.understood, nearest, unreadable: said.unreadable, elsewhere: true, ...others };
}

/**
 * The confirm card of the one meeting a request names. A meeting the user only attends cannot be cancelled by them
 * (Graph refuses): asked to cancel it, they get the decline card straight away, as its row in a list offers.
 */
function offerOne(deps: FlowDeps, user: FlowUser, request: MeetingRequest, meeting: Meeting, held?: HeldMessage): Promise<View> {
  return request.intent === 'decline' || actionFor(meeting) === 'decline'
    ? offerDecline(deps, user, meeting, request.comment, request.series)
    : offerCancel(deps, user, meeting, messageFor(request, [meeting], held), request.series);
}

/**
 * The meetings besides `chosen` the request could mean, best first: the other full matches, else
 * those its words name when its time is set aside ("the design review at 9" offered the 9:00 one; the
 * other is the 2:00 design review). Only what the request's read returned; none when it names no words.
 */
function weighedBesides(
  request: MeetingRequest,
  candidates: Candidate[],
  meetings: Meeting[],
  context: UserContext,
  chosen: Meeting,
): Meeting[] {
  const besides = (found: Candidate[]) => found.map((c) => c.meeting).filter((m) => m.id !== chosen.id);
  const others = besides(candidates);
  if (others.length || !(request.titleHint || request.attendeeHint)) return others;
  const byWords: MeetingRequest = { ...request, clock: undefined, hours: undefined, position: undefined };
  return besides(findCandidates(byWords, meetings, context).filter((c) => c.complete));
}

/**
 * "No, the other one" while the last card is a confirm card the bot went straight to: the one other
 * meeting it weighed gets its own confirm card (nothing is cancelled without it); several are a list
 * to pick from. Undefined when the last card was not such a card: the words are read as usual.
 */
async function otherThanOffered(deps: FlowDeps, user: FlowUser, request: MeetingRequest, context: UserContext): Promise<View | undefined> {
  const { alternatives, pendingTicketId } = await deps.memory.load(user.conversationId, user.id);
  if (!alternatives || alternatives.ticket !== pendingTicketId) return undefined;
  // The message of the card said no to goes on (one typed with "no, the other one" wins).
  const pending = await deps.tickets.get(pendingTicketId);
  const comment = request.comment ?? pending?.comment;
  let others = await readOpen(deps, user, alternatives.ids);
  // "No, the other design review", "the other one at 2": of those, the ones the words fit; none fitting
  // ("no, the other standup"), a search for what the words name.
  if ([request.titleHint, request.attendeeHint, request.clock, request.day].some((hint) => hint !== undefined)) {
    others = findCandidates({ ...request, intent: 'cancel' }, others, context).map((c) => c.meeting);
    if (!others.length)
      return find(deps, user, { ...request, intent: 'cancel', other: undefined, dependsOnList: undefined, comment }, context);
  }
  if (others.length === 1) {
    const offered = await offerFor(deps, user, others[0].id, comment);
    // Said again, "the other one" goes back to the meeting first offered.
    const first = pending?.target;
    if ((offered.kind === 'confirmCancel' || offered.kind === 'confirmDecline') && first && 'meetingId' in first) {
      await deps.memory.remember(user.conversationId, user.id, { alternatives: { ticket: offered.ticket, ids: [first.meetingId] } });
    }
    return offered;
  }
  if (!others.length) return { kind: 'help', notUnderstood: true };
  await rememberRows(
    deps,
    user,
    others.map((m) => m.id),
    askedOf({ comment }),
  );
  return { kind: 'choose', candidates: others.map((meeting) => ({ meeting, reasons: [], score: 0, complete: true })) };
}

/** What a request asked besides which meeting: the whole series, the message for the attendees; undefined when neither. */
function askedOf(request: Pick<MeetingRequest, 'series' | 'comment'>): { series?: boolean; comment?: string } | undefined {
  const asked = { ...(request.series ? { series: true } : {}), ...(request.comment ? { comment: request.comment } : {}) };
  return Object.keys(asked).length ? asked : undefined;
}

/**
 * The rows of a card to pick from (what "the second one" picks). The list shown before it and the meetings weighed
 * for "the other one" are no longer the last answer: "more" then starts a list of its own.
 */
async function rememberRows(deps: FlowDeps, user: FlowUser, ids: string[], asked?: { series?: boolean; comment?: string }): Promise<void> {
  const { pendingTicketId } = await deps.memory.load(user.conversationId, user.id);
  await deps.memory.remember(user.conversationId, user.id, {
    choices: ids,
    choiceAsked: asked,
    choicesFrom: undefined,
    rowsAfter: pendingTicketId,
    alternatives: undefined,
    listing: undefined,
    listEnded: undefined,
  });
}

/** What a later "no, I meant …" corrects: the request as understood, without its message, and the confirm card it led to. */
async function rememberRequest(deps: FlowDeps, user: FlowUser, request: MeetingRequest, view: View): Promise<void> {
  const { intent, scope, language, day, laterDay, hours, clock, position, titleHint, looseHint, attendeeHint, calendarHint, series } =
    request;
  if (intent !== 'cancel' && intent !== 'decline' && intent !== 'select') return;
  const asked = {
    intent,
    scope,
    language,
    day,
    laterDay,
    hours,
    clock,
    position,
    titleHint,
    looseHint,
    attendeeHint,
    calendarHint,
    series,
  };
  const ticket = view.kind === 'confirmCancel' || view.kind === 'confirmDecline' || view.kind === 'confirmBulk' ? view.ticket : undefined;
  await deps.memory.remember(user.conversationId, user.id, {
    lastRequest: { request: JSON.parse(JSON.stringify(asked)) as typeof asked, ...(ticket ? { ticket } : {}) },
  });
}
