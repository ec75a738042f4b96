import { namesAMeeting, type MeetingRequest } from '../nlu';
import type { Candidate } from './candidates';
import { ACTIONABLE, SIMILAR } from './scores';
import { foldText, wordsOf } from './words';

/**
 * The one meeting a request clearly means, or undefined when the user must choose. Never guesses
 * between different meetings: only a single complete best match is clear, or — "my 3pm standup" —
 * equally good occurrences of one series, of which the user means the next one (also of one meeting
 * at a time said with no day, on several days by the same name). "Alex's 3pm" that
 * fits a meeting in Alex's calendar and one Alex organizes in mine is never clear, whatever the scores;
 * nor are equal matches in different calendars.
 */
export function clearChoice(candidates: Candidate[]): Candidate | undefined {
  const [best] = candidates;
  if (!best?.complete) return undefined;
  // Meetings asked for together ("the standup and the retro") are never one of them.
  if (best.part !== undefined && candidates.some((c) => c.part !== best.part)) return undefined;
  const readings = new Set(candidates.filter((c) => c.complete && c.inNamedCalendar !== undefined).map((c) => c.inNamedCalendar));
  if (readings.size > 1) return undefined;
  // "the product roadmap" in my calendar and, as Alex's delegate, in his: as good a match but for who
  // can act on it is no reason to act in either calendar.
  const elsewhere = candidates.filter(
    (c) =>
      c !== best &&
      c.complete &&
      best.score - c.score <= ACTIONABLE &&
      (c.meeting.calendar?.key ?? '') !== (best.meeting.calendar?.key ?? ''),
  );
  if (elsewhere.length > 0) return undefined;
  // Equal but for how crowded they are ("the meeting with Thomas" when he is in three), or for which one
  // the user can act on (two at 3pm, one of them another's): ranked, never chosen between.
  const uncrowded = (c: Candidate): number => c.score - (c.crowd ?? 0) - (c.actionable ?? 0);
  const tied = candidates.filter((c) => c.complete && Math.abs(uncrowded(c) - uncrowded(best)) < 1e-9);
  if (tied.length === 1) return best;
  const soonest = tied.reduce((a, b) => (Date.parse(b.meeting.start) < Date.parse(a.meeting.start) ? b : a));
  const series = best.meeting.seriesMasterId;
  if (series && tied.every((c) => c.meeting.seriesMasterId === series)) return soonest;
  // "my 4pm", "the 11am sync" with no day, of one meeting held at that time on several days but not as a series in
  // Graph (the same subject each time): the next one, as of a series. Different meetings at that time stay a choice.
  const subject = foldText(soonest.meeting.subject);
  const apart = (c: Candidate): boolean => c === soonest || Date.parse(c.meeting.start) - Date.parse(soonest.meeting.start) >= DAY_APART;
  if (tied.every((c) => byTimeOnAnyDay(c) && apart(c) && foldText(c.meeting.subject) === subject)) return soonest;
  return undefined;
}

// Meetings at the same wall time on different days start at least this far apart, whatever the zone's clock changes do.
const DAY_APART = 20 * 3_600_000;

const byTimeOnAnyDay = (c: Candidate): boolean => c.reasons.some((r) => r.kind === 'time') && !c.reasons.some((r) => r.kind === 'day');

/**
 * The meeting whose confirm card the bot shows straight away for this request, if any: a cancel,
 * decline or pick that names a meeting, not a bulk cancel, with one clear choice. What `resolve`
 * prints as "clear".
 */
export function straightToConfirm(request: MeetingRequest, candidates: Candidate[]): Candidate | undefined {
  if (!['cancel', 'decline', 'select'].includes(request.intent) || !namesAMeeting(request)) return undefined;
  // Several meetings ("all my meetings tomorrow", "both", "the last two") are never one confirm card.
  if ((request.intent === 'cancel' || request.intent === 'select') && request.scope === 'all') return undefined;
  const choice = clearChoice(candidates);
  // "I won't make the standup" of a meeting the user organizes: no one to decline to; the user chooses what to do.
  if (choice && request.intent === 'decline' && choice.meeting.isOrganizer) return undefined;
  // "das Sommer-Meeting": a word in one meeting's title and the name of a person in another, about as good a match.
  if (choice && !request.attendeeHint && candidates.some((c) => c !== choice && readTheOtherWay(choice, c, request))) return undefined;
  return choice;
}

const byTitleOnly = (c: Candidate): boolean => c.reasons.some((r) => r.kind === 'title') && !c.reasons.some((r) => r.kind === 'attendee');
const byPersonOnly = (c: Candidate): boolean => c.reasons.some((r) => r.kind === 'attendee') && !c.reasons.some((r) => r.kind === 'title');

/**
 * Whether `other`, a complete match almost as good as `choice`, matched by a title word where `choice` matched by a
 * person, or the reverse. A title that has the word itself ("1:1 Sam / Tom") names the person too: no other reading.
 */
function readTheOtherWay(choice: Candidate, other: Candidate, request: MeetingRequest): boolean {
  if (!other.complete || choice.score - other.score >= SIMILAR) return false;
  const [byTitle, byPerson] = byTitleOnly(other) && byPersonOnly(choice) ? [other, choice] : [choice, other];
  if (!byTitleOnly(byTitle) || !byPersonOnly(byPerson)) return false;
  const said = wordsOf(`${request.titleHint ?? ''} ${request.calendarHint ?? ''}`);
  const titled = new Set(wordsOf(byTitle.meeting.subject));
  return !said.some((word) => titled.has(word));
}

/**
 * "cancel the friday evening drinks" of a meeting called "Team drinks": a plural that is a word of the name of every
 * meeting found names that meeting (or asks which, as a name does), not every one of them ("my standups" of meetings
 * called "Standup" stays several). The request to act on: as said, or read for one meeting.
 */
export function pluralAsName(request: MeetingRequest, candidates: Candidate[]): MeetingRequest {
  // "cancel the standup and the budget check-in tomorrow", read apart: a cancel of all of them, one card (a bulk).
  if (request.each && request.intent === 'cancel' && new Set(candidates.map((c) => c.part)).size > 1) return { ...request, scope: 'all' };
  const word = request.pluralWord;
  if (!word || request.scope !== 'all') return request;
  const found = candidates.filter((c) => c.complete);
  const folded = foldText(word);
  if (found.length === 0 || !found.every((c) => wordsOf(c.meeting.subject).includes(folded))) return request;
  return { ...request, scope: 'one', pluralWord: undefined };
}
