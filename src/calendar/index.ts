/** The calendar domain: meetings, and finding the ones a request points at. */
export type { Attendee, AttendeeType, Meeting, MeetingCalendar, MeetingKind, Person } from './meeting';
export { daysRun, isRecurring, isStillOpen, runsSeveralDays } from './meeting';
export type { Candidate, MatchReason } from './candidates';
export { findCandidates, namedOnOtherDays, reachesBeyond, withReasonTail, wordsNotFound } from './candidates';
export { coverRepeatedTimes, inWindow, nearestMeetings, readingWindow, searchWindow, upcomingWindow } from './window';
export { resolve } from './resolve';
export { clearChoice, pluralAsName, straightToConfirm } from './clear-choice';
export { calendarsNamed } from './calendar-names';
export { calendarDisplay } from './match';
