import { DateTime } from 'luxon';
import {
  actionFor,
  isRecurring,
  movedFrom,
  nobodyElseInvited,
  organizedByUser,
  ownAppointment,
  peopleInvited,
  daysRun,
  runsSeveralDays,
  type Meeting,
  type MeetingCalendar,
} from '../calendar/meeting';
import type { Unreadable } from '../calendar/calendar-service';
import { SignInNeeded } from '../auth/errors';
import { CalendarUnavailableError, MailboxUnavailableError, ThrottledError } from '../calendar/errors';
import type { ListSpan, ListView, NotOnDay } from '../flows/context';
import type { Dropped } from '../flows/outcomes';
import { formatClock, formatDate, formatMoment, formatWhen, formatZone, meetingName, type Catalog, type MessageFrom } from '../i18n';
import { actionSet, card, commentInput, container, execute, heading, line, note, refreshFor, userText, type Element } from './elements';
import { wallClockAt } from '../time/zones';
import { COMMENT_INPUT, Verb } from './verbs';

/** What every card needs to speak to this user: their language and their time zone. */
export interface Audience {
  catalog: Catalog;
  locale: string;
  timeZone: string;
  /** The Teams id ("29:...") of the user the card is for: cards that can go stale refresh for them. */
  viewer?: string;
}

/**
 * A confirm still at work when Teams wants the click's answer: no buttons, so it cannot be pressed
 * twice. It refreshes from its ticket, so if the late result never reaches it (the proactive update
 * failed, or the work ended in a notice), Teams shows the card's true state the next time it is seen.
 */
export function workingCard(a: Audience, ticket?: string): Element {
  return card(
    [note(a.catalog.working, { subtle: true })],
    [],
    ticket ? refreshFor(a.viewer, { verb: Verb.refreshTicket, ticket }) : undefined,
  );
}

export function welcomeCard(a: Audience): Element {
  return card(
    [heading(a.catalog.welcomeTitle), note(a.catalog.welcomeBody)],
    [execute(a.catalog.showMeetings, { verb: Verb.showMeetings, page: 1 }, { primary: true })],
  );
}

/**
 * One page of meetings: organizers get "Cancel", attendees "Decline". The title says what was
 * looked at (the coming days, that day, that range), so an empty day never reads as an empty week.
 */
export function meetingListCard(a: Audience, view: Omit<ListView, 'kind'>): Element {
  const span = spanText(a, view.span);
  // "More" and the refresh carry the window, so page 2 of "next week" is still next week.
  const window = view.window ? { start: view.window.start, end: view.window.end } : {};
  const which = view.calendars ? { calendars: view.calendars.map((c) => c.key) } : {};
  const named = view.calendars?.map((c) => calendarLabel(a.catalog, c)).join(', ');
  const meetingIds = view.meetings.map((m) => m.id);
  const refresh = refreshFor(a.viewer, { verb: Verb.refreshList, meetingIds, page: view.page, hasMore: view.hasMore, ...window, ...which });
  const switches = [
    ...(view.calendars ? [execute(a.catalog.showMine, { verb: Verb.showMeetings, page: 1 })] : []),
    ...(view.others ?? [])
      .slice(0, MAX_SWITCHES)
      .map((c) => execute(a.catalog.showCalendar(calendarLabel(a.catalog, c)), { verb: Verb.showMeetings, page: 1, calendars: [c.key] })),
  ];
  const notes = [
    ...(view.unknownCalendar ? [userText(a.catalog.noSuchCalendar(view.unknownCalendar), { subtle: true })] : []),
    ...unreadableNotes(a, view.unreadable),
  ];
  // Meetings that have begun are not offered; the card says how many, so an empty day never reads as a free one.
  const begun = view.begun ? [note(a.catalog.begunNotListed(view.begun), { subtle: true })] : [];
  if (!view.meetings.length) {
    const empty = view.begun
      ? named
        ? a.catalog.listEmptyAheadIn(named, span)
        : a.catalog.listEmptyAhead(span)
      : named
        ? a.catalog.listEmptyIn(named, span)
        : a.catalog.listEmpty(span);
    return card([note(empty), ...notes, zoneNote(a), ...begun], switches, refresh);
  }
  const rows = view.meetings.map((meeting, index) =>
    container([...describe(a, meeting), ...rowActions(a, meeting)], { separator: index > 0 }),
  );
  const titled = named ? a.catalog.listTitleIn(named, span) : a.catalog.listTitle(span);
  const title = view.page > 1 ? `${titled} · ${a.catalog.pageOf(view.page)}` : titled;
  const more = view.hasMore ? [execute(a.catalog.more, { verb: Verb.showMeetings, page: view.page + 1, ...window, ...which })] : [];
  return card([heading(title), ...notes, zoneNote(a), ...rows, ...begun], [...more, ...switches], refresh);
}

/** Other calendars offered on a list, people's first, then groups (a card holds few buttons well; the rest are named by typing). */
const MAX_SWITCHES = 4;

/** A calendar as people say it: "your Projects calendar", "Alex Wilber's calendar", "the Marketing group calendar". */
export function calendarLabel(c: Catalog, calendar: MeetingCalendar): string {
  if (calendar.owner === 'person' && !calendar.isDefault && calendar.name)
    return c.sharedCalendarName(calendar.ownerName || calendar.ownerEmail || '', calendar.name);
  const name = calendar.owner === 'me' ? calendar.name : calendar.ownerName || calendar.ownerEmail || calendar.name;
  return c.calendarName(calendar.owner, name);
}

/** One line per calendar that could not be read, saying why in the user's words. */
export function unreadableNotes(a: Audience, unreadable: Unreadable[] = []): Element[] {
  return unreadable.map(({ calendar, error }) => {
    const label = calendarLabel(a.catalog, calendar);
    const text =
      error instanceof SignInNeeded
        ? error.access === 'groups'
          ? a.catalog.unreadableNeedsAdmin(label)
          : a.catalog.unreadableConsent(label)
        : error instanceof CalendarUnavailableError || error instanceof ThrottledError
          ? a.catalog.unreadableDown(label)
          : error instanceof MailboxUnavailableError
            ? a.catalog.unreadableNoMailbox(label)
            : a.catalog.unreadableClosed(label);
    return userText(text, { subtle: true });
  });
}

/** "in the next 7 days", "on Sat, Dec 5", "from Mon, Dec 7 to Sun, Dec 13". */
export function spanText(a: Audience, span: ListSpan): string {
  if (span.kind === 'upcoming') return a.catalog.spanUpcoming(span.days);
  if (span.kind === 'day') return a.catalog.spanDay(formatDate(span.date, a.locale));
  return a.catalog.spanDays(formatDate(span.first, a.locale), formatDate(span.last, a.locale));
}

/** The message to the attendees (or organizer), its limit stated in `label` and checked on execute. */
export function messageBox(a: Audience, label: string, maxLength: number, value?: string): Element {
  return commentInput(COMMENT_INPUT, label, a.catalog.commentPlaceholder, maxLength, a.catalog.commentLimit(maxLength), value);
}

/** Which clock the times are on ("Times in Pacific Time"): the user's zone, never the server's. */
export function zoneNote(a: Audience): Element {
  return note(a.catalog.timesIn(formatZone(a.timeZone, a.locale)), { subtle: true });
}

/** Several meetings fit the request: one button each, best first, with why each matched. */
export interface Reason {
  kind: Parameters<Catalog['reason']>[0];
  /** As the ranking states it: time "15:00" and day "2026-03-06" are local; position "next" | "last" | "#2". */
  detail: string;
  /** calendar only: whose it is. */
  owner?: 'me' | 'person' | 'group';
}

export function chooseCard(
  a: Audience,
  candidates: Array<{ meeting: Meeting; reasons: Reason[] }>,
  intro?: string,
  unreadable?: Unreadable[],
): Element {
  const rows = candidates.map(({ meeting, reasons: given }, index) => {
    const reasons = [...given, ...apart(meeting, given, candidates)];
    return container(
      [
        ...describe(a, meeting),
        ...(reasons.length ? [userText(reasons.map((r) => reasonText(a, r)).join(' · '), { subtle: true, italic: true })] : []),
        actionSet([execute(a.catalog.thisOne, { verb: offerVerb(meeting), meetingId: meeting.id })]),
      ],
      { separator: index > 0 },
    );
  });
  // Why each row is offered goes with the refresh, so the card shown again still says it (nothing else knows the request).
  const reasons = candidates.some((c) => c.reasons.length)
    ? { reasons: candidates.map((c) => c.reasons.map(({ kind, detail, owner }) => ({ kind, detail, ...(owner ? { owner } : {}) }))) }
    : {};
  const refresh = refreshFor(a.viewer, { verb: Verb.refreshChoice, meetingIds: candidates.map((c) => c.meeting.id), ...reasons });
  // One row is no choice between meetings: it fits only part of what was said (its why-line says which), so it is asked
  // about, not offered as a list of one.
  const title = intro ?? (candidates.length === 1 ? a.catalog.chooseOnlyOneTitle : a.catalog.chooseTitle);
  const onlyPart = !intro && candidates.length === 1 ? [note(a.catalog.chooseOnlyOneNote, { subtle: true })] : [];
  return card([heading(title), ...onlyPart, ...unreadableNotes(a, unreadable), zoneNote(a), ...rows], [], refresh);
}

/** People a choice row names at most, to tell it from a row of the same title. */
const MOST_NAMED = 2;

/**
 * For a row whose title another row shares ("1:1" and "1:1"), who else is in it, unless a reason names
 * someone already: the people invited when the user's side organizes it, else its organizer.
 */
function apart(meeting: Meeting, reasons: Reason[], candidates: Array<{ meeting: Meeting }>): Reason[] {
  if (reasons.some((r) => r.kind === 'attendee')) return [];
  if (!candidates.some((c) => c.meeting !== meeting && c.meeting.subject === meeting.subject)) return [];
  const people = meeting.isOrganizer
    ? meeting.attendees.filter((p) => p.type !== 'resource').map((p) => p.name || p.email)
    : [meeting.organizer.name || meeting.organizer.email];
  const named = people.filter(Boolean);
  if (!named.length) return [];
  const more = named.length > MOST_NAMED ? ` +${named.length - MOST_NAMED}` : '';
  return [{ kind: 'attendee', detail: named.slice(0, MOST_NAMED).join(', ') + more }];
}

/** Nothing still to come matched: what was understood, then the nearest meetings to pick from. `others`: the request named another person's calendar. */
export function noMatchCard(
  a: Audience,
  understood: string,
  nearest: Meeting[],
  unreadable?: Unreadable[],
  others = false,
  /** `nearest` are meetings so called on other days than the one asked. */
  elsewhere = false,
): Element {
  const rows = nearest.map((meeting, index) => container([...describe(a, meeting), ...rowActions(a, meeting)], { separator: index > 0 }));
  return card([
    userText(a.catalog.noMatch(understood, others), { bold: true }),
    ...unreadableNotes(a, unreadable),
    ...(nearest.length
      ? [note(elsewhere ? a.catalog.onOtherDays(nearest.length) : a.catalog.nearest, { subtle: !elsewhere }), zoneNote(a), ...rows]
      : []),
  ]);
}

/** A confirm card offered again because its meeting changed: said first, so the user reads what it is now. */
function changedNote(a: Audience, changed?: boolean): Element[] {
  return changed ? [note(a.catalog.changedMeanwhile, { color: 'Warning' })] : [];
}

/**
 * The meetings of a bulk card it no longer acts on, each as the card named it, and why: under `heading` (a card offered
 * again: no longer on it; an outcome: not cancelled from it).
 */
export function droppedNote(a: Audience, dropped: Dropped[] = [], heading = a.catalog.droppedSince): Element[] {
  if (!dropped.length) return [];
  return [
    container([
      note(heading, { subtle: true }),
      ...dropped.map(({ meeting, why }) =>
        line(
          { text: meetingName(a.catalog, meeting.subject), bold: true },
          { text: ` · ${formatWhen(meeting, a.timeZone, a.locale, a.catalog)} · ${a.catalog.droppedWhy(why)}`, subtle: true },
        ),
      ),
    ]),
  ];
}

/**
 * A card offered in place of an earlier one (its meeting changed, or a decline is a cancel) carries the message given in
 * that card's box; else the request's. (A card refreshed after its meeting changed still holds its request's message.)
 */
function messageFrom(fromEarlierCard?: boolean): MessageFrom {
  return fromEarlierCard ? 'earlierCard' : 'request';
}

/** A meeting under way: said plainly under its time, so nobody cancels it thinking it is still to come. */
function underWayNote(a: Audience, meeting: Meeting, underWay?: boolean): Element[] {
  if (!underWay) return [];
  // An all-day meeting began at the user's midnight: no time to name.
  const began = meeting.isAllDay ? undefined : wallClockAt(Date.parse(meeting.start), a.timeZone);
  const at = began && formatClock(began.getUTCHours(), began.getUTCMinutes(), a.locale);
  return [note(a.catalog.underWayNow(at), { color: 'Warning' })];
}

/** "The vendor call on Wednesday" of one on Thursday: none that day, said first; this one is on another day. */
function notOnDayNote(a: Audience, notOnDay?: NotOnDay): Element[] {
  if (!notOnDay) return [];
  return [userText(`${a.catalog.noMatch(notOnDay.understood, notOnDay.others)} ${a.catalog.onOtherDays(1)}`, { bold: true })];
}

/**
 * A meeting of several days (a Thursday-Saturday offsite): said plainly that one day of it cannot be cancelled (or
 * declined) on its own, and that this card acts on every day of it ("the offsite on Friday only" asked for less).
 */
function severalDaysNote(a: Audience, meeting: Meeting, action: 'cancel' | 'decline'): Element[] {
  if (!runsSeveralDays(meeting)) return [];
  const when = formatWhen(meeting, a.timeZone, a.locale, a.catalog);
  return [note(a.catalog.runsSeveralDays(daysRun(meeting), when, action), { color: 'Warning' })];
}

/** Cancel confirmation with the message to the attendees; for an occurrence, this one or the series. */
export function confirmCancelCard(
  a: Audience,
  meeting: Meeting,
  ticket: string,
  commentMaxLength: number,
  comment?: string,
  changed?: boolean,
  underWay?: boolean,
  /** The request named the whole series: offered first, and what a typed "yes" does. */
  series?: boolean,
  /** The user asked to decline it, and organizes it: said first, so nobody takes this card for a decline. */
  declineAsked?: boolean,
  /** Offered in place of an earlier card: its message came from that card's box. */
  fromEarlierCard?: boolean,
  /** Nothing of the day asked is called so; this meeting so called is on another day. */
  notOnDay?: NotOnDay,
): Element {
  const ofSeries = isRecurring(meeting) && Boolean(meeting.seriesMasterId);
  // An appointment nobody else is invited to (in a calendar of people, not a group's, whose members
  // Graph may still tell): a message would reach nobody, so none is asked for.
  const nobodyToTell = nobodyElseInvited(meeting);
  const body: Element[] = [
    heading(a.catalog.confirmTitle),
    ...notOnDayNote(a, notOnDay),
    ...changedNote(a, changed),
    ...(declineAsked ? [note(a.catalog.organizesNotDecline(organizingOwner(meeting)), { color: 'Warning' })] : []),
    ...describe(a, meeting),
    ...severalDaysNote(a, meeting, 'cancel'),
    ...underWayNote(a, meeting, underWay),
    zoneNote(a),
    note(a.catalog.attendees(peopleInvited(meeting)), { subtle: true }),
    ...(nobodyToTell ? [note(a.catalog.nobodyToNotify, { subtle: true })] : []),
    ...whoseNote(a, meeting),
  ];
  if (!meeting.isOrganizer)
    body.push(userText(a.catalog.notOrganizerNote(meeting.organizer.name || meeting.organizer.email), { subtle: true }));
  if (isRecurring(meeting)) body.push(note(a.catalog.seriesNote));
  if (!nobodyToTell) {
    body.push(
      messageBox(a, a.catalog.commentLabel(commentMaxLength), commentMaxLength, comment),
      note(
        (comment ? a.catalog.yesCancelsWithYourMessage : a.catalog.yesCancelsWithoutMessage)(
          1,
          ofSeries ? (series ? 'series' : 'occurrence') : undefined,
          messageFrom(fromEarlierCard),
        ),
        { subtle: true },
      ),
    );
  }
  const occurrence = execute(a.catalog.onlyThisOne, { verb: Verb.confirmCancel, ticket, scope: 'occurrence' }, { destructive: true });
  const whole = execute(a.catalog.wholeSeries, { verb: Verb.confirmCancel, ticket, scope: 'series' }, { destructive: true });
  // The scope the request named comes first.
  const confirm = ofSeries
    ? series
      ? [whole, occurrence]
      : [occurrence, whole]
    : [execute(a.catalog.cancelMeeting, { verb: Verb.confirmCancel, ticket, scope: 'occurrence' }, { destructive: true })];
  return card(
    body,
    [...confirm, execute(a.catalog.keepIt, { verb: Verb.keep, ticket })],
    refreshFor(a.viewer, { verb: Verb.refreshTicket, ticket }),
  );
}

export function confirmDeclineCard(
  a: Audience,
  meeting: Meeting,
  ticket: string,
  commentMaxLength: number,
  comment?: string,
  changed?: boolean,
  underWay?: boolean,
  /** Offered in place of an earlier card: its message came from that card's box. */
  fromEarlierCard?: boolean,
  /** Nothing of the day asked is called so; this meeting so called is on another day. */
  notOnDay?: NotOnDay,
  /** The request named the whole series: the card says so, offers it first, and a typed "yes" declines it. */
  series?: boolean,
): Element {
  // An occurrence says which its decline is: only this one, or (asked for) the whole series, each a button of its own.
  const ofSeries = isRecurring(meeting) && Boolean(meeting.seriesMasterId);
  const scope = ofSeries ? (series ? 'series' : 'occurrence') : undefined;
  const occurrence = execute(a.catalog.onlyThisOne, { verb: Verb.confirmDecline, ticket, scope: 'occurrence' }, { destructive: true });
  const whole = execute(a.catalog.wholeSeries, { verb: Verb.confirmDecline, ticket, scope: 'series' }, { destructive: true });
  const confirm =
    scope === 'series'
      ? [whole, occurrence]
      : [execute(a.catalog.decline, { verb: Verb.confirmDecline, ticket, scope: 'occurrence' }, { destructive: true })];
  return card(
    [
      heading(scope === 'series' ? a.catalog.confirmDeclineSeriesTitle : a.catalog.confirmDeclineTitle),
      ...notOnDayNote(a, notOnDay),
      ...changedNote(a, changed),
      ...describe(a, meeting),
      ...severalDaysNote(a, meeting, 'decline'),
      ...underWayNote(a, meeting, underWay),
      zoneNote(a),
      ...whoseNote(a, meeting, false, 'decline'),
      ...(scope ? [note(a.catalog.declineScopeNote(scope))] : []),
      messageBox(a, a.catalog.declineCommentLabel(commentMaxLength), commentMaxLength, comment),
      note(
        comment ? a.catalog.yesDeclinesWithYourMessage(messageFrom(fromEarlierCard), scope) : a.catalog.yesDeclinesWithoutMessage(scope),
        {
          subtle: true,
        },
      ),
    ],
    [...confirm, execute(a.catalog.keepIt, { verb: Verb.keep, ticket })],
    refreshFor(a.viewer, { verb: Verb.refreshTicket, ticket }),
  );
}

/**
 * "Cancel all my meetings tomorrow": one message, one confirmation. Meetings the user only attends
 * are listed apart, each with its own "Decline" (its own confirm card and message).
 */
export function bulkCancelCard(
  a: Audience,
  view: {
    cancellable: Meeting[];
    notYours: Meeting[];
    ticket: string;
    commentMaxLength: number;
    comment?: string;
    changed?: boolean;
    fromEarlierCard?: boolean;
    dropped?: Dropped[];
    leftOut?: Meeting[];
    exceptNotFound?: string[];
  },
): Element {
  // Meetings of several days reaching beyond the day asked ("clear my Saturday" of a Thursday-Saturday offsite).
  const severalDays = (view.leftOut ?? []).filter(runsSeveralDays);
  const onlySeveralDays = !view.cancellable.length && !view.notYours.length && severalDays.length > 0;
  const body: Element[] = [
    heading(onlySeveralDays ? a.catalog.bulkNothingForTheDay : a.catalog.bulkTitle(view.cancellable.length)),
    // The exception as understood holds the user's words: literal, never markdown.
    ...(view.exceptNotFound?.length && view.cancellable.length
      ? [userText(a.catalog.exceptMatchedNothing(view.exceptNotFound), { bold: true })]
      : []),
    ...changedNote(a, view.changed),
    ...droppedNote(a, view.dropped),
    zoneNote(a),
    // Whose meetings these are, as the single card says ("the attendees get the cancellation from Omar"): once per calendar.
    ...[...new Map(view.cancellable.map((m) => [m.calendar?.key, m])).values()].flatMap((m) =>
      whoseNote(a, m, view.cancellable.filter((other) => other.calendar?.key === m.calendar?.key).length > 1),
    ),
    ...view.cancellable.flatMap((m) => describe(a, m)),
  ];
  if (view.notYours.length) {
    body.push(
      container(
        [note(a.catalog.bulkNotYours, { subtle: true }), ...view.notYours.map((m) => container([...describe(a, m), ...rowActions(a, m)]))],
        { separator: true },
      ),
    );
  }
  // What the request named that this card does not cancel, and why: one line, never counted in "Cancel all N".
  // Subjects and names are the user's text: a literal run, never markdown.
  // One's own appointments (a birthday, the dentist): the user's, but no meeting to call off.
  const leftOut = (view.leftOut ?? []).filter((m) => !runsSeveralDays(m));
  if (severalDays.length) {
    const named = severalDays.map((m) =>
      a.catalog.leftOutSeveralDays(meetingName(a.catalog, m.subject), formatWhen(m, a.timeZone, a.locale, a.catalog)),
    );
    body.push(userText(a.catalog.bulkLeftOutSeveralDays(named), { subtle: !onlySeveralDays }));
  }
  const personal = leftOut.filter(ownAppointment);
  const othersLeftOut = leftOut.filter((m) => !ownAppointment(m) && !organizedByUser(m));
  if (othersLeftOut.length) {
    const named = othersLeftOut.map((m) =>
      a.catalog.leftOutMeeting(meetingName(a.catalog, m.subject), m.organizer.name || m.organizer.email),
    );
    body.push(userText(a.catalog.bulkLeftOut(named), { subtle: true }));
  }
  // Meetings the user organizes with the person in them: theirs to cancel, but not what "all of Alex's meetings" said.
  const ownLeftOut = leftOut.filter((m) => !ownAppointment(m) && organizedByUser(m));
  if (ownLeftOut.length)
    body.push(userText(a.catalog.bulkLeftOutYours(ownLeftOut.map((m) => meetingName(a.catalog, m.subject))), { subtle: true }));
  if (personal.length)
    body.push(userText(a.catalog.bulkLeftOutPersonal(personal.map((m) => meetingName(a.catalog, m.subject))), { subtle: true }));
  // Only others' meetings: nothing to confirm here, each row declines on its own.
  if (!view.cancellable.length)
    return card(body, [], refreshFor(a.viewer, { verb: Verb.refreshDeclines, meetingIds: view.notYours.map((m) => m.id) }));
  const others = view.notYours.length ? { others: view.notYours.map((m) => m.id) } : {};
  const leftOutIds = view.leftOut?.length ? { leftOut: view.leftOut.map((m) => m.id) } : {};
  const refresh = refreshFor(a.viewer, { verb: Verb.refreshTicket, ticket: view.ticket, ...others, ...leftOutIds });
  body.push(
    messageBox(a, a.catalog.commentLabel(view.commentMaxLength), view.commentMaxLength, view.comment),
    note(
      (view.comment ? a.catalog.yesCancelsWithYourMessage : a.catalog.yesCancelsWithoutMessage)(
        view.cancellable.length,
        undefined,
        messageFrom(view.fromEarlierCard),
      ),
      { subtle: true },
    ),
  );
  return card(
    body,
    [
      execute(a.catalog.cancelAll(view.cancellable.length), { verb: Verb.confirmBulk, ticket: view.ticket }, { destructive: true }),
      execute(a.catalog.keepIt, { verb: Verb.keep, ticket: view.ticket }),
    ],
    refresh,
  );
}

/** Subject, then when and who organizes, and the calendar when it is not the user's default, each as literal text. */
export function describe(a: Audience, meeting: Meeting): Element[] {
  const facts = [formatWhen(meeting, a.timeZone, a.locale, a.catalog)];
  if (isRecurring(meeting)) facts.push(a.catalog.recurring);
  // An occurrence moved on its own: where the series had it, so "tomorrow's standup" is recognised at its new time.
  const moved = movedFrom(meeting);
  if (moved) facts.push(a.catalog.movedFrom(formatMoment(moved, a.timeZone, a.locale)));
  facts.push(organizerText(a, meeting));
  const calendar =
    meeting.calendar && (meeting.calendar.name || meeting.calendar.ownerName) ? [calendarLabel(a.catalog, meeting.calendar)] : [];
  return [
    userText(meetingName(a.catalog, meeting.subject), { bold: true }),
    line({ text: [...facts, ...calendar].join(' · '), subtle: true }),
  ];
}

/** The person whose calendar the meeting is in, when that is not the user's own and they organize it (a delegate's view). */
function organizingOwner(meeting: Meeting): string | undefined {
  const { calendar } = meeting;
  if (calendar?.owner !== 'person') return undefined;
  return calendar.ownerName || calendar.ownerEmail || meeting.organizer.name || meeting.organizer.email;
}

/**
 * In a delegate's view, "you organize" would be false: Graph's isOrganizer is the calendar owner's.
 * So a person's calendar says who organizes by name.
 */
function organizerText(a: Audience, meeting: Meeting): string {
  const byName = a.catalog.organizedBy(meeting.organizer.name || meeting.organizer.email);
  return meeting.isOrganizer && meeting.calendar?.owner !== 'person' ? a.catalog.youOrganize : byName;
}

/** Whose meeting the user acts on, when it is not their own: a delegate's owner, a calendar shared with them, or a group. */
function whoseNote(a: Audience, meeting: Meeting, many = false, action: 'cancel' | 'decline' = 'cancel'): Element[] {
  const calendar = meeting.calendar;
  // A custom calendar of theirs shared with the user: the user edits it through the share, as no delegate.
  if (calendar?.owner === 'person' && !calendar.isDefault && calendar.name)
    return [userText(a.catalog.sharedNote(calendarLabel(a.catalog, calendar), many), { subtle: true })];
  if (calendar?.owner === 'person') {
    const owner = calendar.ownerName || calendar.ownerEmail || '';
    // Declined, it is the organizer who hears, from the owner; nobody gets a cancellation.
    return [userText(action === 'decline' ? a.catalog.delegateDeclineNote(owner) : a.catalog.delegateNote(owner, many), { subtle: true })];
  }
  if (calendar?.owner === 'group' && calendar.name) return [userText(a.catalog.groupNote(calendar.name, many), { subtle: true })];
  return [];
}

/** A match reason in the user's language: times and dates in their locale's format. */
export function reasonText(a: Audience, reason: Reason): string {
  const c = a.catalog;
  if (reason.kind === 'time') {
    const [hour, minute] = reason.detail.split(':').map(Number);
    return c.reason('time', formatClock(hour, minute, a.locale));
  }
  if (reason.kind === 'day') {
    return c.reason(
      'day',
      DateTime.fromISO(reason.detail, { zone: 'UTC' })
        .setLocale(a.locale)
        .toLocaleString({ weekday: 'long', month: 'short', day: 'numeric' }),
    );
  }
  if (reason.kind === 'position') {
    const which = reason.detail === 'next' || reason.detail === 'last' ? reason.detail : Number(reason.detail.replace('#', ''));
    return c.position(which);
  }
  return c.reason(reason.kind, reason.detail, reason.owner);
}

/** A row's button: Cancel or Decline; none for a meeting the user can do neither with (a group's, organized by someone else). */
function rowActions(a: Audience, meeting: Meeting): Element[] {
  const action = actionFor(meeting);
  if (action === 'none') return [];
  return [
    actionSet([execute(action === 'cancel' ? a.catalog.cancel : a.catalog.decline, { verb: offerVerb(meeting), meetingId: meeting.id })]),
  ];
}

/** A meeting the user can neither cancel nor decline still opens the cancel card: it says who can, and Graph has the last word. */
function offerVerb(meeting: Meeting): typeof Verb.offerCancel | typeof Verb.offerDecline {
  return actionFor(meeting) === 'decline' ? Verb.offerDecline : Verb.offerCancel;
}
