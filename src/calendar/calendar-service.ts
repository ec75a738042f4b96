import type { Meeting, MeetingCalendar } from './meeting';

export interface TimeWindow {
  /** UTC ISO instants. */
  start: string;
  end: string;
}

/** A calendar that could not be read this time, and why (a domain error, or SignInNeeded for consent). */
export interface Unreadable {
  calendar: MeetingCalendar;
  error: Error;
}

/** Meetings read from one or more calendars, earliest first; the calendars that could not be read. */
export interface MeetingsRead {
  meetings: Meeting[];
  unreadable: Unreadable[];
}

/** One page of the calendars' views merged, earliest first; `next` continues it (opaque to callers). */
export interface MeetingPage extends MeetingsRead {
  next?: string;
}

/**
 * The user's calendars, as the flows need them. Implemented over Microsoft Graph in ./graph.
 * Reads take the calendars to read (from `calendars()`); without them, the user's default calendar.
 * A calendar that cannot be read is reported in `unreadable`, the others are still read; when
 * every calendar asked for fails the same way, that error is thrown instead.
 */
export interface CalendarService {
  /**
   * The calendars the user may act on: their own (default first, then the others), the default
   * calendars of people who made them a delegate, and their Microsoft 365 groups' calendars.
   */
  calendars(): Promise<MeetingCalendar[]>;
  /** Meetings overlapping the window, earliest first, occurrences expanded. */
  listMeetings(window: TimeWindow, timeZone: string, calendars?: MeetingCalendar[]): Promise<MeetingsRead>;
  /** One page of at most `size` meetings overlapping the window, or the page `next` points at. */
  listPage(window: TimeWindow, timeZone: string, size: number, next?: string, calendars?: MeetingCalendar[]): Promise<MeetingPage>;
  /** Throws MeetingNotFoundError when it is not on the calendar its key names (or that calendar is closed to the user). */
  getMeeting(id: string): Promise<Meeting>;
  /** Several meetings at once, in the order asked: each a Meeting or the error reading it gave. */
  getMeetings(ids: string[]): Promise<Array<Meeting | Error>>;
  /** Cancels several meetings at once, in the order asked: undefined for done, else the error. */
  cancelMeetings(ids: string[], comment: string): Promise<Array<Error | undefined>>;
  /** Organizer only; attendees are told with `comment`. */
  cancelMeeting(id: string, comment: string): Promise<void>;
  /** Attendee only; the organizer is told with `comment`. */
  declineMeeting(id: string, comment: string): Promise<void>;
  /** The mailbox's time zone name (IANA or Windows), when the user has set one. */
  mailboxTimeZone(): Promise<string | undefined>;
}
