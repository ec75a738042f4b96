import { DateTime } from 'luxon';
import type { MeetingRequest, UserContext } from '../nlu';
import { matchAttendee, matchTitle } from './match';
import { endsAt, isStillOpen, startsAt, type Meeting } from './meeting';

export interface MatchReason {
  kind: 'time' | 'day' | 'title' | 'attendee' | 'position';
  /** time: local "15:00"; day: local "2026-03-06"; title: the subject; attendee: the person; position: "next" | "last" | "#2". */
  detail: string;
}

export interface Candidate {
  meeting: Meeting;
  reasons: MatchReason[];
  score: number;
  /**
   * True when the meeting matches everything the user named (time, title, person). Only partial
   * matches are returned when no meeting matches everything; the bot should then not go straight
   * to its confirm card.
   */
  complete: boolean;
}

// Exact start time beats title, title beats attendee.
const TIME = 100;
const TITLE = 40;
const TITLE_QUALITY = 20;
const ATTENDEE = 30;
const ACTIONABLE = 1;

const NOTHING_TO_FIND = new Set<MeetingRequest['intent']>(['help', 'signOut', 'yes', 'no', 'other']);

/**
 * Whether a meeting can still be acted on. Cancelled ones never; for cancel, decline and picks a
 * meeting that has started counts as past (cancelling it would mail people already in it); a list
 * still shows the one in progress.
 */
export function isOpen(meeting: Meeting, request: MeetingRequest, now: Date, zone: string): boolean {
  if (request.intent !== 'list') return isStillOpen(meeting, now, zone);
  return !meeting.isCancelled && endsAt(meeting, zone) > now.getTime();
}

export function inDay(meeting: Meeting, day: { start: string; end: string }, zone: string): boolean {
  const start = startsAt(meeting, zone);
  return start >= Date.parse(day.start) && start < Date.parse(day.end);
}

function rate(meeting: Meeting, request: MeetingRequest, zone: string): Candidate {
  const reasons: MatchReason[] = [];
  let score = 0;
  let matched = 0;
  let asked = 0;
  // luxon is the costly step here: only build the local time when the request needs it.
  const local = request.clock || request.day ? DateTime.fromISO(meeting.start, { zone }) : undefined;
  if (request.clock && local) {
    asked++;
    if (!meeting.isAllDay && local.hour === request.clock.hour && local.minute === request.clock.minute) {
      matched++;
      score += TIME;
      reasons.push({ kind: 'time', detail: local.toFormat('HH:mm') });
    }
  }
  if (request.titleHint) {
    asked++;
    const title = matchTitle(request.titleHint, meeting);
    if (title) {
      matched++;
      score += TITLE + TITLE_QUALITY * title.quality;
      reasons.push({ kind: 'title', detail: title.detail });
    }
  }
  if (request.attendeeHint) {
    asked++;
    const person = matchAttendee(request.attendeeHint, meeting);
    if (person) {
      matched++;
      score += ATTENDEE * person.quality;
      reasons.push({ kind: 'attendee', detail: person.detail });
    }
  }
  if (request.day && local) reasons.push({ kind: 'day', detail: local.toISODate()! });
  // Between equal matches, the one the user can act on comes first: theirs to cancel, others' to decline.
  if (request.intent === 'decline' ? !meeting.isOrganizer : meeting.isOrganizer) score += ACTIONABLE;
  // With nothing asked ("my meetings tomorrow") every meeting in the window is complete.
  return { meeting, reasons, score, complete: matched === asked };
}

function hasAnyMatch(candidate: Candidate): boolean {
  return candidate.reasons.some((reason) => reason.kind !== 'day');
}

/**
 * The meetings the request points at, best first, each with why it matched; [] when none.
 * Works on a whole calendarView read or on the short list the bot showed: ordinals pick by
 * position in the given order ("the second one"), other words filter it ("no, the one tomorrow").
 */
export function findCandidates(request: MeetingRequest, meetings: Meeting[], context: UserContext): Candidate[] {
  if (NOTHING_TO_FIND.has(request.intent)) return [];
  const zone = context.timeZone;
  const open = meetings.filter(
    (meeting) => isOpen(meeting, request, context.now, zone) && (!request.day || inDay(meeting, request.day, zone)),
  );
  const rated = open.map((meeting) => rate(meeting, request, zone));
  const asked = Boolean(request.clock || request.titleHint || request.attendeeHint);

  let chosen = rated.filter((candidate) => candidate.complete);
  // Bulk acts only on full matches; a single pick may fall back to the partial ones, ranked.
  if (chosen.length === 0 && asked && request.scope === 'one') chosen = rated.filter(hasAnyMatch);

  if (request.ordinal !== undefined) {
    const index = request.ordinal < 0 ? chosen.length + request.ordinal : request.ordinal - 1;
    const picked = chosen[index];
    if (!picked) return [];
    return [{ ...picked, reasons: [...picked.reasons, { kind: 'position', detail: `#${request.ordinal}` }] }];
  }

  const byStart = (a: Candidate, b: Candidate): number => startsAt(a.meeting, zone) - startsAt(b.meeting, zone);
  if (request.position) {
    const ordered = [...chosen].sort(byStart);
    const picked = request.position === 'next' ? ordered[0] : ordered[ordered.length - 1];
    if (!picked) return [];
    return [{ ...picked, reasons: [...picked.reasons, { kind: 'position', detail: request.position }] }];
  }
  // With nothing named ("my meetings tomorrow") the list stays in time order.
  return [...chosen].sort((a, b) => (asked ? b.score - a.score : 0) || byStart(a, b));
}
