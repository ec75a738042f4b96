import { calendarsNamed, inWindow, readingWindow } from '../calendar';
import { SignInNeeded } from '../auth/errors';
import type { MeetingsRead, TimeWindow } from '../calendar/calendar-service';
import { CalendarError, MeetingNotFoundError } from '../calendar/errors';
import { canStillAct, oneCopyEach, type Meeting, type MeetingCalendar } from '../calendar/meeting';
import type { MeetingRequest } from '../nlu';
import type { FlowDeps, FlowUser } from './context';

/** The user's own default calendar, when nothing better is known. */
const OWN_DEFAULT: MeetingCalendar = { key: '', owner: 'me', name: '', isDefault: true };

/**
 * The calendars the user may act on: their own, people's they are a delegate for, their groups'.
 * Read from Graph at most every 15 minutes per user (KnownCalendars); if that read fails, their
 * own default calendar (not remembered, so the next turn tries again).
 */
export async function userCalendars(deps: FlowDeps, user: FlowUser): Promise<MeetingCalendar[]> {
  const known = deps.knownCalendars.get(user, deps.now);
  if (known) return known;
  let list: MeetingCalendar[];
  try {
    list = await deps.calendar.calendars();
  } catch (error) {
    // Graph could not list them this time: the user's own default calendar still works. Anything else
    // (sign-in, consent, the bot's storage) is the turn's to answer.
    if (!(error instanceof CalendarError)) throw error;
    return [OWN_DEFAULT];
  }
  deps.knownCalendars.remember(user, list, deps.now);
  return list;
}

/** Which calendars a request reads, and which it names ("Alex's", "the Marketing calendar"). */
export interface CalendarChoice {
  read: MeetingCalendar[];
  named: MeetingCalendar[];
}

/**
 * A request naming calendars reads them; one that picks a meeting reads the user's own as well
 * ("Alex's 3pm" may be a meeting Alex organizes in my calendar). Otherwise the user's own calendars.
 */
export function calendarsFor(request: Pick<MeetingRequest, 'intent' | 'calendarHint'>, calendars: MeetingCalendar[]): CalendarChoice {
  const own = calendars.filter((c) => c.owner === 'me');
  const named = calendarsNamed(request.calendarHint, calendars);
  if (!named.length) return { read: own, named };
  if (request.intent === 'list') return { read: named, named };
  return { read: [...own, ...named.filter((c) => c.owner !== 'me')], named };
}

/**
 * Reads the calendars; when every calendar the user named failed for want of consent, that is
 * what the user must hear first (they asked for that calendar), so it is thrown.
 */
export async function readCalendars(
  deps: FlowDeps,
  user: FlowUser,
  window: TimeWindow,
  choice: CalendarChoice,
  /** Of a meeting in several of them, the copy to keep: the one the user can do this to (oneCopyEach). */
  wanted: 'cancel' | 'decline' = 'cancel',
): Promise<MeetingsRead> {
  const read = await meetingsIn(deps, user, window, choice.read, wanted);
  const consent = read.unreadable.find((u) => u.error instanceof SignInNeeded && choice.named.some((c) => c.key === u.calendar.key));
  const namedFailed = choice.named.length > 0 && choice.named.every((c) => read.unreadable.some((u) => u.calendar.key === c.key));
  // Named for the user's words ("To act on Alex Wilber's calendar ..."): the token source knows the access, not whose calendar.
  if (consent && namedFailed) throw (consent.error as SignInNeeded).forCalendar(consent.calendar.ownerName ?? consent.calendar.name);
  return read;
}

/**
 * The meetings of a window of the user's days in these calendars: read a little wider where an
 * all-day date made far away needs it (readingWindow), then kept by the user's dates (inWindow),
 * one copy of a meeting that is in several of them.
 */
export async function meetingsIn(
  deps: FlowDeps,
  user: FlowUser,
  window: TimeWindow,
  calendars: MeetingCalendar[],
  wanted: 'cancel' | 'decline' = 'cancel',
): Promise<MeetingsRead> {
  const read = await deps.calendar.listMeetings(readingWindow(window, user.timeZone), user.timeZone, calendars);
  return {
    ...read,
    meetings: oneCopyEach(
      read.meetings.filter((meeting) => inWindow(meeting, window, user.timeZone)),
      wanted,
    ),
  };
}

/** A meeting read by its key knows its calendar's place only: its names come from the user's calendars. */
export function withCalendarNames(meeting: Meeting, calendars: MeetingCalendar[]): Meeting {
  if (!meeting.calendar) return meeting;
  const known = calendars.find((c) => c.key === meeting.calendar!.key);
  return known ? { ...meeting, calendar: known } : meeting;
}

/** Meetings read by key, with their calendars' names (the user's calendars are read only if one is not the default). */
export async function namingCalendars(deps: FlowDeps, user: FlowUser, meetings: Meeting[]): Promise<Meeting[]> {
  if (!meetings.some((m) => m.calendar)) return meetings;
  const calendars = await userCalendars(deps, user);
  return meetings.map((m) => withCalendarNames(m, calendars));
}

/** The calendars behind a card's keys, or undefined when one is not (or no longer) the user's. */
export async function calendarsOfKeys(deps: FlowDeps, user: FlowUser, keys: string[]): Promise<MeetingCalendar[] | undefined> {
  const all = await userCalendars(deps, user);
  const found = keys.map((key) => all.find((c) => c.key === key));
  return found.every(Boolean) ? (found as MeetingCalendar[]) : undefined;
}

/** The meetings of `ids` still on the user's calendar and still to act on (under way included: see canStillAct), in the same order. */
export async function readOpen(deps: FlowDeps, user: FlowUser, ids: string[]): Promise<Meeting[]> {
  if (!ids.length) return [];
  const read = await deps.calendar.getMeetings(ids);
  // Not found: gone. Any other failure (throttled, down) is the refresh's failure: the card stays as it is.
  const failed = read.find((m): m is Error => m instanceof Error && !(m instanceof MeetingNotFoundError));
  if (failed) throw failed;
  const open = read.filter((m): m is Meeting => !(m instanceof Error) && canStillAct(m, deps.now, user.timeZone));
  return namingCalendars(deps, user, open);
}
