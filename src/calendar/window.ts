import { DateTime } from 'luxon';
import type { MeetingRequest, UserContext } from '../nlu';
import { luxonZone, midnightOf, wallClockAt } from '../time/zones';
import { calendarsNamed } from './calendar-names';
import type { TimeWindow } from './calendar-service';
import { isOpen } from './candidates';
import { endsAt, startsAt, type Meeting } from './meeting';

/**
 * The one calendarView window a request needs: the day (or part, or range) asked for, else the
 * upcoming days. UTC ISO instants.
 */
export function searchWindow(request: MeetingRequest, context: UserContext, horizonDays = 7): { start: string; end: string } {
  // "das 1:1 mit Ali am Freitag und das mit Petra am Montag": every part's day, and the upcoming days for a part with none.
  if (request.each?.some((part) => part.day)) {
    const days = request.each.map((part) => part.day ?? upcomingWindow(context.now, context.timeZone, horizonDays));
    return {
      start: new Date(Math.min(...days.map((d) => Date.parse(d.start)))).toISOString(),
      end: new Date(Math.max(...days.map((d) => Date.parse(d.end)))).toISOString(),
    };
  }
  return request.day ? { ...request.day } : upcomingWindow(context.now, context.timeZone, horizonDays);
}

/** "The next 7 days": from now to the end of the user's seventh local day after today (lists and searches alike). */
export function upcomingWindow(now: Date, timeZone: string, horizonDays: number): { start: string; end: string } {
  const today = wallClockAt(now.getTime(), timeZone);
  // The midnight ending the last day (a midnight a DST change skips moves forward, as luxon moves it).
  const lastDayEnds = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + horizonDays + 1));
  const end = new Date(midnightOf(lastDayEnds.toISOString(), timeZone)).toISOString();
  // From now (an instant, not a wall time); to the end of its last day, a midnight a fall-back may repeat (Havana): the second.
  return { start: now.toISOString(), end: coverRepeatedTimes({ start: end, end }, timeZone).end };
}

/**
 * A window of the user's whose start or end is a wall time that happens twice (a DST fall-back repeats an hour:
 * Berlin 2027-10-31 02:00-03:00, Havana's midnight of 2027-11-07), widened to cover both: it starts at the earlier
 * of the two instants and ends at the later, so no meeting of either hour is lost. Any other window is returned as is.
 * Whichever instant the words were read as (the NLU, like time/zones, takes the earlier), the window covers both.
 */
export function coverRepeatedTimes(window: TimeWindow, zone: string): TimeWindow {
  const start = instantsOf(Date.parse(window.start), zone);
  const end = instantsOf(Date.parse(window.end), zone);
  const earliest = Math.min(...start);
  const latest = Math.max(...end);
  if (earliest === Date.parse(window.start) && latest === Date.parse(window.end)) return window;
  return { start: new Date(earliest).toISOString(), end: new Date(latest).toISOString() };
}

/** Every instant whose wall clock in `zone` reads as `instant`'s does: one, or two in a repeated hour. */
function instantsOf(instant: number, zone: string): number[] {
  const wall = wallClockAt(instant, zone).getTime();
  // Its own offset and those a day either side: a DST change near this instant lies between them (all one on most days).
  const offsets = new Set([instant - DAY, instant, instant + DAY].map((t) => wallClockAt(t, zone).getTime() - t));
  const instants = [...offsets].map((offset) => wall - offset).filter((t) => wallClockAt(t, zone).getTime() === wall);
  return instants.length ? instants : [instant];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// The zones furthest east and west (UTC+14, UTC-12), and a margin past them.
const EAST = 14 * HOUR;
const WEST = 12 * HOUR;
const MARGIN = HOUR;

/**
 * The calendarView window to read for a window of the user's (a day, a range, the next 7 days).
 * Graph places an all-day event by the midnights of the zone it was made in (graph-facts), up to 26
 * hours from the user's: a date made at -10 begins, as an instant, when the same date read at +14
 * has ended. So the read reaches back to where the window's first date ends first on earth (+14)
 * and on to where its last date begins last (-12); inWindow then decides what is on the window's days.
 * For most zones and days this is the window itself.
 */
export function readingWindow(window: TimeWindow, zone: string): TimeWindow {
  const start = Date.parse(window.start);
  const end = Date.parse(window.end);
  const firstDate = dateOf(wallClockAt(start, zone));
  const lastDate = dateOf(wallClockAt(end - 1, zone));
  return {
    start: new Date(Math.min(start, firstDate + DAY - EAST - MARGIN)).toISOString(),
    end: new Date(Math.max(end, lastDate + WEST + MARGIN)).toISOString(),
  };
}

/** A wall clock's date (read with getUTC*()) as the epoch ms of that date's UTC midnight. */
function dateOf(wall: Date): number {
  return Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate());
}

/**
 * Whether a meeting is in a window of the user's, the one place that says so for lists and searches:
 * an all-day meeting on each date it names, as the user's calendar shows it (its dates from the user's
 * midnights); a timed one when it overlaps the window, as Graph has it.
 */
export function inWindow(meeting: Meeting, window: TimeWindow, zone: string): boolean {
  return startsAt(meeting, zone) < Date.parse(window.end) && endsAt(meeting, zone) > Date.parse(window.start);
}

/** The instant the user pointed at, if any: the clock time on the day asked for (or its next occurrence). */
function target(request: MeetingRequest, context: UserContext): number {
  const zone = luxonZone(context.timeZone);
  const now = DateTime.fromJSDate(context.now, { zone });
  const day = request.day ? DateTime.fromISO(request.day.start, { zone }) : now;
  if (!request.clock) return Math.max(day.toMillis(), now.toMillis());
  let at = day.set({ hour: request.clock.hour, minute: request.clock.minute, second: 0, millisecond: 0 });
  if (!request.day && at < now) at = at.plus({ days: 1 });
  return at.toMillis();
}

/**
 * Open meetings closest to what was asked, for "none matched; here are the nearest"; from the calendar
 * the request names when any is in view ("Alex's 3pm": the nearest in Alex's calendar).
 */
export function nearestMeetings(request: MeetingRequest, meetings: Meeting[], context: UserContext, count = 3): Meeting[] {
  const aim = target(request, context);
  const open = meetings.filter((meeting) => isOpen(meeting, { ...request, intent: 'cancel' }, context.now, context.timeZone));
  const inNamed = open.filter((meeting) => meeting.calendar && calendarsNamed(request.calendarHint, [meeting.calendar]).length > 0);
  return (inNamed.length > 0 ? inNamed : open)
    .map((meeting) => ({ meeting, distance: Math.abs(startsAt(meeting, context.timeZone) - aim) }))
    .sort((a, b) => a.distance - b.distance || startsAt(a.meeting, context.timeZone) - startsAt(b.meeting, context.timeZone))
    .slice(0, count)
    .map((entry) => entry.meeting);
}
