import type { Meeting } from './meeting';
import { phraseSimilarity, wordsOf } from './words';

export interface HintMatch {
  /** 0..1 */
  quality: number;
  detail: string;
}

// A match needs most of the typed words and at least one of them clearly.
const ENOUGH = 0.6;
const CLEARLY = 0.8;

/** The subject against the title words the user typed, fuzzily, in any order. */
export function matchTitle(hint: string, meeting: Meeting): HintMatch | undefined {
  const { score, best } = phraseSimilarity(wordsOf(hint), wordsOf(meeting.subject));
  return score >= ENOUGH && best >= CLEARLY ? { quality: score, detail: meeting.subject } : undefined;
}

/**
 * A person in the meeting by first name, last name, full name or mail name. The organizer counts
 * (a meeting the user attends "with Anna" is Anna's). A name only in the subject ("Lunch with
 * Anna") counts less.
 */
export function matchAttendee(hint: string, meeting: Meeting): HintMatch | undefined {
  const typed = wordsOf(hint);
  let found: HintMatch | undefined;
  for (const person of [meeting.organizer, ...meeting.attendees]) {
    const names = [...wordsOf(person.name), ...wordsOf(person.email.split('@')[0])];
    const { score, best } = phraseSimilarity(typed, names);
    if (score >= CLEARLY && best >= CLEARLY && (!found || score > found.quality)) {
      found = { quality: score, detail: person.name || person.email };
    }
  }
  if (found) return found;
  const inSubject = phraseSimilarity(typed, wordsOf(meeting.subject));
  return inSubject.score >= CLEARLY ? { quality: inSubject.score * 0.7, detail: meeting.subject } : undefined;
}
