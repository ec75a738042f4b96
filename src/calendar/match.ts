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
  const people = [meeting.organizer, ...meeting.attendees.filter((a) => a.type !== 'resource')];
  // "with Anna" points at a meeting with Anna alone before one where she is one of many.
  const others = new Set(people.map((person) => person.email.toLowerCase())).size - 1;
  const crowd = others <= 1 ? 1 : 0.9;
  for (const person of people) {
    const names = [...wordsOf(person.name), ...wordsOf(person.email.split('@')[0])];
    const { score, best } = phraseSimilarity(typed, names);
    if (score >= CLEARLY && best >= CLEARLY && (!found || score * crowd > found.quality)) {
      found = { quality: score * crowd, detail: person.name || person.email };
    }
  }
  if (found) return found;
  const inSubject = phraseSimilarity(typed, wordsOf(meeting.subject));
  return inSubject.score >= CLEARLY ? { quality: inSubject.score * 0.7, detail: meeting.subject } : undefined;
}
