import type { Meeting } from './meeting';

export interface TimeWindow {
  /** UTC ISO instants. */
  start: string;
  end: string;
}

/** One page of a calendar view, earliest first; `next` continues it (Graph's nextLink, opaque to callers). */
export interface MeetingPage {
  meetings: Meeting[];
  next?: string;
}

/** The user's calendar, as the flows need it. Implemented over Microsoft Graph in ./graph. */
export interface CalendarService {
  /** Meetings overlapping the window, earliest first, occurrences expanded. */
  listMeetings(window: TimeWindow, timeZone: string): Promise<Meeting[]>;
  /** One page of at most `size` meetings overlapping the window, or the page `next` points at. */
  listPage(window: TimeWindow, timeZone: string, size: number, next?: string): Promise<MeetingPage>;
  /** Throws MeetingNotFoundError when it is not on the user's calendar. */
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
