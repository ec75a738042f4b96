import type { Meeting } from './meeting';

export interface TimeWindow {
  /** UTC ISO instants. */
  start: string;
  end: string;
}

/** The user's calendar, as the flows need it. Implemented over Microsoft Graph in ./graph. */
export interface CalendarService {
  /** Meetings overlapping the window, earliest first, occurrences expanded. */
  listMeetings(window: TimeWindow, timeZone: string): Promise<Meeting[]>;
  /** Throws MeetingNotFoundError when it is not on the user's calendar. */
  getMeeting(id: string): Promise<Meeting>;
  /** Organizer only; attendees are told with `comment`. */
  cancelMeeting(id: string, comment: string): Promise<void>;
  /** Attendee only; the organizer is told with `comment`. */
  declineMeeting(id: string, comment: string): Promise<void>;
  /** The mailbox's time zone name (IANA or Windows), when the user has set one. */
  mailboxTimeZone(): Promise<string | undefined>;
}
