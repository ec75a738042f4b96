import { namesAMeeting, type MeetingRequest } from '../nlu';
import { ACTIONABLE, type Candidate } from './candidates';

/**
 * The one meeting a request clearly means, or undefined when the user must choose. Never guesses
 * between different meetings: only a single complete best match is clear, or — "my 3pm standup" —
 * equally good occurrences of one series, of which the user means the next one. "Alex's 3pm" that
 * fits a meeting in Alex's calendar and one Alex organizes in mine is never clear, whatever the scores;
 * nor are equal matches in different calendars.
 */
export function clearChoice(candidates: Candidate[]): Candidate | undefined {
  const [best] = candidates;
  if (!best?.complete) return undefined;
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
  const series = best.meeting.seriesMasterId;
  if (series && tied.every((c) => c.meeting.seriesMasterId === series)) {
    return tied.reduce((a, b) => (Date.parse(b.meeting.start) < Date.parse(a.meeting.start) ? b : a));
  }
  return undefined;
}

/**
 * The meeting whose confirm card the bot shows straight away for this request, if any: a cancel,
 * decline or pick that names a meeting, not a bulk cancel, with one clear choice. What `resolve`
 * prints as "clear".
 */
export function straightToConfirm(request: MeetingRequest, candidates: Candidate[]): Candidate | undefined {
  if (!['cancel', 'decline', 'select'].includes(request.intent) || !namesAMeeting(request)) return undefined;
  // Several meetings ("all my meetings tomorrow", "both", "the last two") are never one confirm card.
  if ((request.intent === 'cancel' || request.intent === 'select') && request.scope === 'all') return undefined;
  return clearChoice(candidates);
}
