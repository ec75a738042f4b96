import { midnightOf } from '../time/zones';

/**
 * A meeting as the rest of the bot sees it: plain data, times as UTC instants, except an all-day
 * meeting's, which are calendar dates (a date is not an instant: no zone may shift it).
 * Only the Graph adapter (calendar/graph) knows how Graph spells these fields.
 */
export interface Person {
  name: string;
  email: string;
}

export type AttendeeType = 'required' | 'optional' | 'resource';

export interface Attendee extends Person {
  type: AttendeeType;
  /** Graph's responseStatus.response: none, organizer, accepted, tentativelyAccepted, declined, notResponded. */
  response: string;
}

/**
 * The calendar a meeting lives in, as people name it. Absent: the user's own default calendar.
 * `owner` is whose it is: the user's own (a secondary calendar such as "Projects"), another
 * person's the user manages as their delegate ("Alex Wilber"), or a Microsoft 365 group's ("Marketing").
 */
export interface MeetingCalendar {
  /** The calendar's key (the Graph adapter's, opaque elsewhere): '' for the user's own default calendar. */
  key: string;
  owner: 'me' | 'person' | 'group';
  /** The calendar's name ("Projects", "Calendar"). */
  name: string;
  /** The person's or group's display name; absent for the user's own calendars. */
  ownerName?: string;
  /** The person's address (a delegate acts in their mailbox); absent otherwise. */
  ownerEmail?: string;
  isDefault: boolean;
  /** A person's calendar whose private meetings the user may see and act on (a delegate given private access). */
  seesPrivate?: boolean;
}

/** Graph's event.type, named for people. */
export type MeetingKind = 'single' | 'occurrence' | 'exception' | 'seriesMaster';

export interface Meeting {
  /**
   * The meeting's key. Opaque outside the Graph adapter: it names the calendar the event lives in as
   * well as the event, so reading, cancelling and declining go through that calendar's own path.
   */
  id: string;
  subject: string;
  /** ISO 8601 UTC instant, e.g. "2026-12-01T15:00:00.000Z"; all day: its first date, "2026-12-02". */
  start: string;
  /** ISO 8601 UTC instant; all day: the date after its last day, "2026-12-03" (Graph's end is exclusive). */
  end: string;
  isAllDay: boolean;
  isCancelled: boolean;
  /**
   * This calendar's owner declined it and the copy stayed (Graph's responseStatus.response "declined"): a decline that
   * ran, though the copy did not leave for Deleted Items.
   */
  declined?: true;
  /** True when the signed-in user organizes it: only then can it be cancelled. */
  isOrganizer: boolean;
  organizer: Person;
  attendees: Attendee[];
  kind: MeetingKind;
  /** Set for occurrences and exceptions: the id that cancels the whole series. */
  seriesMasterId?: string;
  /**
   * Set for occurrences and exceptions: where the series' pattern puts it (Graph's originalStart, an
   * ISO UTC instant). An exception that starts elsewhere was moved from there.
   */
  originalStart?: string;
  isOnline: boolean;
  webLink?: string;
  /** Where it takes place, as the organizer typed it ("Room 4.12", "Café Luise"); words there can name the meeting. */
  location?: string;
  /** Where it lives when that is not the user's own default calendar. */
  calendar?: MeetingCalendar;
  /** The same in every calendar's copy of this meeting (the organizer's, an attendee's, a shared calendar's). */
  uid?: string;
}

/** The people a meeting's cancellation reaches: its attendees, rooms and equipment (resources) aside. */
export function peopleInvited(meeting: Pick<Meeting, 'attendees'>): number {
  return meeting.attendees.filter((attendee) => attendee.type !== 'resource').length;
}

/**
 * An appointment nobody else is invited to (a birthday, the dentist, a focus block), in a calendar of people: a
 * cancellation reaches nobody. (A group's calendar may still tell its members, Graph or not.)
 */
export function nobodyElseInvited(meeting: Pick<Meeting, 'attendees' | 'calendar'>): boolean {
  return peopleInvited(meeting) === 0 && meeting.calendar?.owner !== 'group';
}

/** One's own appointment (a birthday, the dentist): organized in its calendar, nobody else invited. No meeting to call off. */
export function ownAppointment(meeting: Pick<Meeting, 'attendees' | 'calendar' | 'isOrganizer'>): boolean {
  return meeting.isOrganizer && nobodyElseInvited(meeting);
}

const DAY_MS = 86_400_000;

/**
 * How many days a meeting runs: an all-day one, the dates it names (a Thursday-Saturday offsite: 3); a timed one of a
 * day or more, the days begun ("Thu 9:00 - Sat 17:00": 3); any other, 1. Graph cancels (or declines) such a meeting
 * whole: no one day of it can be cancelled on its own.
 */
export function daysRun(meeting: Pick<Meeting, 'start' | 'end' | 'isAllDay'>): number {
  const length = Date.parse(meeting.end) - Date.parse(meeting.start);
  if (meeting.isAllDay) return Math.max(1, Math.round(length / DAY_MS));
  return length >= DAY_MS ? Math.ceil(length / DAY_MS) : 1;
}

/** Runs over more than one day (see daysRun). */
export function runsSeveralDays(meeting: Pick<Meeting, 'start' | 'end' | 'isAllDay'>): boolean {
  return daysRun(meeting) > 1;
}

/** Where an occurrence was moved from (its place in the series), when it was moved; else undefined. */
export function movedFrom(meeting: Pick<Meeting, 'kind' | 'start' | 'isAllDay' | 'originalStart'>): string | undefined {
  const { kind, originalStart, isAllDay, start } = meeting;
  if (kind !== 'exception' || !originalStart || isAllDay) return undefined;
  return Date.parse(originalStart) === Date.parse(start) ? undefined : originalStart;
}

/** True for occurrences and exceptions of a recurring series. */
export function isRecurring(meeting: Meeting): boolean {
  return meeting.kind === 'occurrence' || meeting.kind === 'exception';
}

/**
 * What the user can do about a meeting: organizers cancel, attendees decline. The one place for this
 * rule. A group calendar's meeting someone else organizes allows neither: Graph declines only in
 * user calendars (graph-facts: group calendars).
 */
export function actionFor(meeting: Pick<Meeting, 'isOrganizer' | 'calendar'>): 'cancel' | 'decline' | 'none' {
  if (meeting.isOrganizer) return 'cancel';
  return meeting.calendar?.owner === 'group' ? 'none' : 'decline';
}

/** A meeting the user organizes themselves, in a calendar of their own (not a boss's or a sharer's organizer copy). */
export function organizedByUser(meeting: Pick<Meeting, 'isOrganizer' | 'calendar'>): boolean {
  return meeting.isOrganizer && (!meeting.calendar || meeting.calendar.owner === 'me');
}

/**
 * One copy of each meeting read from several calendars (a shared calendar's and the user's own
 * invitation, a calendar the user manages as delegate and their own copy): the one the user can
 * act on as `wanted` (cancel: the organizer's; decline: an invitation, "decline the 1:1" of a
 * delegate whose one boss organizes it and the other attends), else the first read. Copies are told
 * by their uid (Graph's iCalUId) and start; a calendar's own meetings are never merged with each other.
 * Asked to decline in calendars the request named (`named`, keys: "decline the vendor sync for megan"
 * of a delegate invited too), their copies are kept besides: which invitation is meant is the user's
 * choice, never merged away.
 */
export function oneCopyEach(meetings: Meeting[], wanted: 'cancel' | 'decline' = 'cancel', named: readonly string[] = []): Meeting[] {
  const calendarOf = (meeting: Meeting) => meeting.calendar?.key ?? '';
  const copyOf = (meeting: Meeting) => `${meeting.uid}|${meeting.start}`;
  const first = new Map<string, string>();
  const actionable = new Map<string, string>();
  for (const meeting of meetings) {
    if (!meeting.uid) continue;
    const copy = copyOf(meeting);
    if (!first.has(copy)) first.set(copy, calendarOf(meeting));
    if (!actionable.has(copy) && actionFor(meeting) === wanted) actionable.set(copy, calendarOf(meeting));
  }
  return meetings.filter((meeting) => {
    if (!meeting.uid) return true;
    if (wanted === 'decline' && actionFor(meeting) === 'decline' && named.includes(calendarOf(meeting))) return true;
    const copy = copyOf(meeting);
    return (actionable.get(copy) ?? first.get(copy)) === calendarOf(meeting);
  });
}

/**
 * When a meeting's start (or end) falls, in epoch ms. An instant is the same everywhere; an
 * all-day meeting's date begins at midnight of the user's own zone. Plain numbers (the zone's
 * offsets are cached in time/zones): ranking and the open checks ask this of every meeting.
 */
export function startsAt(meeting: Pick<Meeting, 'start' | 'isAllDay'>, zone: string): number {
  return meeting.isAllDay ? midnightOf(meeting.start, zone) : Date.parse(meeting.start);
}

export function endsAt(meeting: Pick<Meeting, 'end' | 'isAllDay'>, zone: string): number {
  return meeting.isAllDay ? midnightOf(meeting.end, zone) : Date.parse(meeting.end);
}

/**
 * Whether a meeting is still to come: not cancelled, and not started. A series master's own times are
 * its first occurrence's, so a series counts as open. What lists and searches offer (a request names
 * a meeting to come before one under way). `zone` is the user's: an all-day meeting starts at their midnight.
 */
export function isStillOpen(meeting: Meeting, now: Date, zone: string): boolean {
  if (meeting.isCancelled) return false;
  return meeting.kind === 'seriesMaster' || startsAt(meeting, zone) > now.getTime();
}

/**
 * Whether a meeting can still be cancelled or declined: not cancelled, and not ended. Outlook lets an
 * organizer cancel a meeting in progress, and Graph's cancel documents no limit on when (event-cancel);
 * the confirm card says it is under way (isUnderWay). The one rule for offering and confirming.
 */
export function canStillAct(meeting: Meeting, now: Date, zone: string): boolean {
  if (meeting.isCancelled) return false;
  return meeting.kind === 'seriesMaster' || endsAt(meeting, zone) > now.getTime();
}

/** Begun and not ended (a series as a whole never is: its occurrences are). */
export function isUnderWay(meeting: Meeting, now: Date, zone: string): boolean {
  return meeting.kind !== 'seriesMaster' && startsAt(meeting, zone) <= now.getTime() && endsAt(meeting, zone) > now.getTime();
}
