import type { Meeting } from './meeting';
import { wordSimilarity, wordsOf } from './words';

/** How one typed word matches one meeting: over its subject, its people and its location. */
export interface WordMatch {
  /** 0..1; MATCHES and above is a match, NEAR and above a hint. */
  similarity: number;
  field: 'title' | 'attendee' | 'location';
  /** What matched, for the reasons on the choice card: the subject, the person, the place. */
  detail: string;
}

export const MATCHES = 0.8;
/** Close but not enough alone ("architecture" for "Architektur"): it supports a match, never makes one. */
export const NEAR = 0.6;
// A word counts a little less in the field it was not said for: "standup" is a title before it is a
// mail name, "with Lidia" a person before a subject ("Brunch with Lidia").
const OTHER_FIELD = 0.95;
const PLACE = 0.9;

interface Profile {
  subject: string[];
  /** "daily stand up" typed as "standup": the subject run together, pairwise. */
  runs: string[];
  /** "qbr" for "Quarterly Business Review". */
  initials?: string;
  people: Array<{ words: string[]; detail: string }>;
  /** How many people besides the user. */
  others: number;
  location: string[];
}

// Built once per meeting object: a request compares every typed word with every meeting.
const profiles = new WeakMap<Meeting, Profile>();

function profileOf(meeting: Meeting): Profile {
  const known = profiles.get(meeting);
  if (known) return known;
  const subject = wordsOf(meeting.subject);
  const runs = subject.length > 1 ? [subject.join('')] : [];
  for (let i = 1; i < subject.length; i++) runs.push(subject[i - 1] + subject[i]);
  const everyone = [meeting.organizer, ...meeting.attendees.filter((a) => a.type !== 'resource')];
  const others = new Set(everyone.map((person) => person.email.toLowerCase())).size - 1;
  const profile: Profile = {
    subject,
    runs,
    initials: subject.length >= 2 ? subject.map((word) => word[0]).join('') : undefined,
    people: everyone.map((person) => ({
      words: [...wordsOf(person.name), ...wordsOf(person.email.split('@')[0])],
      detail: person.name || person.email,
    })),
    others: Math.max(1, others),
    location: meeting.location ? wordsOf(meeting.location) : [],
  };
  profiles.set(meeting, profile);
  return profile;
}

function best(word: string, words: string[]): number {
  let found = 0;
  for (const candidate of words) {
    found = Math.max(found, wordSimilarity(word, candidate));
    if (found === 1) break;
  }
  return found;
}

/** The best field of the meeting for one typed (folded) word, or undefined when nothing comes near. */
export function matchWord(word: string, meeting: Meeting, saidFor: 'title' | 'attendee' = 'title'): WordMatch | undefined {
  const profile = profileOf(meeting);
  let title = best(word, profile.subject);
  if (title < 1 && word.length >= 4) title = Math.max(title, best(word, profile.runs));
  if (title < 1 && word.length >= 2 && word === profile.initials) title = 0.9;
  if (saidFor === 'attendee') title *= OTHER_FIELD;
  let found: WordMatch | undefined = title >= NEAR ? { similarity: title, field: 'title', detail: meeting.subject } : undefined;
  if (found?.similarity === 1) return found;
  const personWeight = saidFor === 'attendee' ? 1 : OTHER_FIELD;
  for (const person of profile.people) {
    const similarity = best(word, person.words);
    if (similarity < NEAR) continue;
    const weighted = similarity * personWeight;
    if (!found || weighted > found.similarity) found = { similarity: weighted, field: 'attendee', detail: person.detail };
  }
  const place = best(word, profile.location);
  if (place >= NEAR && (!found || place * PLACE > found.similarity)) {
    found = { similarity: place * PLACE, field: 'location', detail: meeting.location ?? '' };
  }
  return found;
}

/** How many people besides the user the meeting has (at least 1). */
export function othersIn(meeting: Meeting): number {
  return profileOf(meeting).others;
}
