import type { Meeting, MeetingCalendar, Person } from './meeting';
import { wordSimilarity, wordsOf } from './words';

/** How one typed word matches one meeting: over its subject, its people, its location and the calendar it is in. */
export interface WordMatch {
  /** 0..1; MATCHES and above is a match, NEAR and above a hint. */
  similarity: number;
  field: 'title' | 'attendee' | 'location' | 'calendar';
  /** What matched, for the reasons on the choice card: the subject, the person, the place, the calendar (calendarDisplay). */
  detail: string;
  /** For a calendar: whose it is, so the card can say "in Alex Wilber's calendar" or "in the Marketing calendar". */
  owner?: MeetingCalendar['owner'];
}

/** What a word was said as: part of the title, a person ("with Anna"), or whose or which calendar ("Alex's", "in Marketing"). */
export type SaidFor = 'title' | 'attendee' | 'calendar';

export const MATCHES = 0.8;
/** Close but not enough alone ("architecture" for "Architektur"): it supports a match, never makes one. */
export const NEAR = 0.6;
// A word counts a little less in the field it was not said for: "standup" is a title before it is a
// mail name, "with Lidia" a person before a subject ("Brunch with Lidia").
const OTHER_FIELD = 0.95;
const PLACE = 0.9;
// A title word that happens to name the calendar ("the marketing sync" in the Marketing calendar) supports, weakly.
const CALENDAR_BY_THE_WAY = 0.85;
// Whose meeting ("Adele's meeting", "die Townhall von Klaus"): a person who only attends it comes near, never matches.
const ONLY_ATTENDS = 0.75;

/** The words a calendar is known by, folded: a person's or group's name and mail name, a calendar's own name. */
export function calendarWords(calendar: MeetingCalendar): string[] {
  return [
    ...wordsOf(calendar.ownerName ?? ''),
    ...wordsOf(calendar.ownerEmail?.split('@')[0] ?? ''),
    // A person's or group's default calendar is called "Calendar": that name names nothing.
    ...(calendar.owner !== 'me' && calendar.isDefault ? [] : wordsOf(calendar.name)),
    // "for my boss", "für meinen Chef": the person whose calendar the user acts in (two such people: asked which).
    ...(calendar.owner === 'person' ? BOSS : []),
  ];
}

const BOSS = ['boss', 'chef', 'chefin'];

/** The calendar as people name it: the person or group whose it is, else its own name ("Projects"). */
export function calendarDisplay(calendar: MeetingCalendar): string {
  if (calendar.owner === 'me') return calendar.name;
  return calendar.ownerName || calendar.ownerEmail || calendar.name;
}

interface Title {
  subject: string[];
  /** "daily stand up" typed as "standup": the subject run together, pairwise. */
  runs: string[];
  /** "qbr" for "Quarterly Business Review". */
  initials?: string;
}

interface PersonWords {
  words: string[];
  detail: string;
}

interface Profile {
  title: Title;
  people: PersonWords[];
  /** How many people besides the user. */
  others: number;
  location: string[];
  calendar: string[];
}

// Built once per meeting object: a request compares every typed word with every meeting.
const profiles = new WeakMap<Meeting, Profile>();

// A calendar is read afresh on every turn (new meeting objects) with the same subjects and people:
// their words are remembered by text, bounded as wordsOf's are.
const titles = new Map<string, Title>();
const persons = new Map<string, Map<string, PersonWords>>();
const REMEMBERED = 10_000;

function remembered<T>(memo: Map<string, T>, key: string, make: () => T): T {
  let value = memo.get(key);
  if (value === undefined) {
    value = make();
    if (memo.size >= REMEMBERED) memo.clear();
    memo.set(key, value);
  }
  return value;
}

function titleOf(text: string): Title {
  return remembered(titles, text, () => {
    const subject = wordsOf(text);
    const runs = subject.length > 1 ? [subject.join('')] : [];
    for (let i = 1; i < subject.length; i++) runs.push(subject[i - 1] + subject[i]);
    return { subject, runs, initials: subject.length >= 2 ? subject.map((word) => word[0]).join('') : undefined };
  });
}

function personOf(person: Person): PersonWords {
  const byEmail = remembered(persons, person.name, () => new Map<string, PersonWords>());
  return remembered(byEmail, person.email, () => ({
    words: [...wordsOf(person.name), ...wordsOf(person.email.split('@')[0])],
    detail: person.name || person.email,
  }));
}

function profileOf(meeting: Meeting): Profile {
  const known = profiles.get(meeting);
  if (known) return known;
  const everyone = [meeting.organizer, ...meeting.attendees.filter((a) => a.type !== 'resource')];
  const others = new Set(everyone.map((person) => person.email.toLowerCase())).size - 1;
  const profile: Profile = {
    title: titleOf(meeting.subject),
    people: everyone.map(personOf),
    others: Math.max(1, others),
    location: meeting.location ? wordsOf(meeting.location) : [],
    calendar: meeting.calendar ? calendarWords(meeting.calendar) : [],
  };
  profiles.set(meeting, profile);
  return profile;
}

export function best(word: string, words: string[]): number {
  let found = 0;
  for (const candidate of words) {
    found = Math.max(found, wordSimilarity(word, candidate));
    if (found === 1) break;
  }
  return found;
}

/**
 * The best field of the meeting for one typed (folded) word, or undefined when nothing comes near.
 * A word said for a calendar ("Alex's", "in Marketing") is first the calendar's, then as good the
 * meeting's own fields: "Alex's 3pm" may be in Alex's calendar or organized by Alex in mine.
 */
/** `asOrganizer`: the request acts as an organizer would (cancel, not decline): "Tom's 1:1" among the user's own meetings is the one with Tom. */
export function matchWord(word: string, meeting: Meeting, saidFor: SaidFor = 'title', asOrganizer = true): WordMatch | undefined {
  const profile = profileOf(meeting);
  let found: WordMatch | undefined;
  if (meeting.calendar && profile.calendar.length > 0) {
    const similarity = best(word, profile.calendar) * (saidFor === 'calendar' ? 1 : CALENDAR_BY_THE_WAY);
    if (similarity >= NEAR)
      found = { similarity, field: 'calendar', detail: calendarDisplay(meeting.calendar), owner: meeting.calendar.owner };
    if (found?.similarity === 1) return found;
  }
  let title = best(word, profile.title.subject);
  if (title < 1 && word.length >= 4) title = Math.max(title, best(word, profile.title.runs));
  if (title < 1 && word.length >= 2 && word === profile.title.initials) title = 0.9;
  if (saidFor === 'attendee') title *= OTHER_FIELD;
  if (title >= NEAR && (!found || title > found.similarity)) found = { similarity: title, field: 'title', detail: meeting.subject };
  if (found?.similarity === 1) return found;
  const personWeight = saidFor === 'title' ? OTHER_FIELD : 1;
  for (const [index, person] of profile.people.entries()) {
    const similarity = best(word, person.words);
    if (similarity < NEAR) continue;
    // people[0] is the organizer: "Adele's meeting" is one she organizes, one she only attends at most comes near;
    // in a meeting the user organizes, "Tom's 1:1" is the one with Tom.
    const mine = asOrganizer && meeting.isOrganizer && (meeting.calendar?.owner ?? 'me') === 'me';
    const weighted = similarity * (saidFor === 'calendar' && index > 0 && !mine ? ONLY_ATTENDS : personWeight);
    if (!found || weighted > found.similarity) found = { similarity: weighted, field: 'attendee', detail: person.detail };
  }
  const place = best(word, profile.location);
  if (place >= NEAR && (!found || place * PLACE > found.similarity)) {
    found = { similarity: place * PLACE, field: 'location', detail: meeting.location ?? '' };
  }
  return found;
}

/** Whether a typed (folded) word names the calendar the meeting is in, whichever field it matched best. */
export function calendarHas(word: string, meeting: Meeting): boolean {
  return meeting.calendar !== undefined && best(word, profileOf(meeting).calendar) >= MATCHES;
}

/** How many people besides the user the meeting has (at least 1). */
export function othersIn(meeting: Meeting): number {
  return profileOf(meeting).others;
}
