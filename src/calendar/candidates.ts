import { MIDDLE, rowOf, type MeetingRequest, type UserContext } from '../nlu';
import { MATCHES, calendarHas, matchWord, othersIn, type SaidFor, type WordMatch } from './match';
import { endsAt, isStillOpen, ownAppointment, runsSeveralDays, startsAt, type Meeting, type MeetingCalendar } from './meeting';
import { spelledAlike, wordsOf } from './words';
import { clearChoice } from './clear-choice';
import { ACTIONABLE, WORD } from './scores';
import { luxonZone, wallClockAt } from '../time/zones';
import { DateTime } from 'luxon';

export interface MatchReason {
  kind: 'time' | 'day' | 'title' | 'titleLike' | 'attendee' | 'location' | 'calendar' | 'position';
  /**
   * time: local "15:00"; day: local "2026-03-06"; title: the user's words (as typed) its title has; titleLike: the user's
   * words its title does not have but comes near ("standup" of a "Daily", a kind of meeting of the same name); attendee: the person; location: the place;
   * calendar: whose or which calendar ("Alex Wilber", "Marketing", "Projects"); position: "next" | "last" | "#2".
   */
  detail: string;
  /** calendar only: whose it is ("in Alex Wilber's calendar", "in the Marketing calendar"). */
  owner?: MeetingCalendar['owner'];
}

export interface Candidate {
  meeting: Meeting;
  reasons: MatchReason[];
  score: number;
  /**
   * True when the meeting matches everything the user named (time, and every word that names some
   * meeting in view) and the words that name nothing are fewer than those that match. Only partial
   * matches are returned when no meeting matches everything; the bot should then not go straight to
   * its confirm card.
   */
  complete: boolean;
  /**
   * When a word of the request names a calendar in view: true when it names this meeting's calendar
   * ("Alex's 3pm" in Alex's calendar), false when it names the meeting itself (Alex organizes it, in
   * mine). Two complete candidates read differently are never a clear choice.
   */
  inNamedCalendar?: boolean;
  /**
   * The part of score that only says how few others are in it besides the people named ("with Thomas":
   * the meeting with just him first). It ranks, but never makes one meeting with Thomas clear over another.
   */
  crowd?: number;
  /**
   * In a pick with no verb ("the afternoon one", "the one with Megan"), the part of score that only says the
   * user can act on it: it ranks, but never makes one meeting clear over another. ("Cancel" asks for one of
   * the user's own meetings, so there it does decide.)
   */
  actionable?: number;
  /**
   * The part of score that says its title was said whole ("the client sync" of "Client sync", beside "Client sync
   * prep"): it ranks that one first, but never makes it clear over the other (the user may mean either).
   */
  wholeTitle?: number;
  /** Of a request for several meetings joined by "and" read apart (MeetingRequest.each): the index of the part that named it. */
  part?: number;
}

// An exact start time outweighs any words; each matching word adds up to WORD; a common word that
// happens to match exactly ("kurz" in "Herr Kurz") adds a little.
const TIME = 100;
const LOOSE = 5;
const LATER_DAY = 0.5;
// "the 90 min sync": of the syncs, the one that long.
const LENGTH = WORD / 2;
// "Alex's 3pm" names Alex's calendar before a meeting Alex is in.
const NOT_THE_CALENDAR = 0.9;
const PARTIAL = 0.6;
// "with Priya and Kevin": the meeting with just them before the one where they are two of many.
const FEW = 4;
/** A title said whole: above an equal match whose title has more words, below any difference in what was said (SIMILAR). */
const WHOLE_TITLE = 2;

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

/**
 * `zone` is the user's: an all-day meeting's date starts at their midnight. An all-day meeting is on each
 * of its dates ("the offsite on Friday" for a Thursday-Friday offsite); a timed one on the day it starts.
 */
export function inDay(meeting: Meeting, day: { start: string; end: string }, zone: string): boolean {
  const start = startsAt(meeting, zone);
  if (meeting.isAllDay) return start < Date.parse(day.end) && endsAt(meeting, zone) > Date.parse(day.start);
  return start >= Date.parse(day.start) && start < Date.parse(day.end);
}

/**
 * A meeting of several days that reaches beyond the day (or range) asked: "clear my Saturday" of a Thursday-Saturday
 * offsite. Cancelling it cancels every day of it, so a request for that day alone never cancels it unsaid.
 */
export function reachesBeyond(meeting: Meeting, day: { start: string; end: string }, zone: string): boolean {
  return runsSeveralDays(meeting) && (startsAt(meeting, zone) < Date.parse(day.start) || endsAt(meeting, zone) > Date.parse(day.end));
}

/**
 * "cancel the vendor call on Wednesday" of a vendor call on Thursday, "den Workshop am Donnerstag" of Friday's: nothing of
 * the day asked is called so, but meetings of other days are: those (every word matched), best first. A time said with
 * it is kept while something fits it ("the 10am vendor call on Wednesday": Thursday's at 10), else set aside too.
 * Empty when the request names no day, no title or person, or several meetings.
 */
export function namedOnOtherDays(request: MeetingRequest, meetings: Meeting[], context: UserContext): Candidate[] {
  const { day, laterDay: _, ...anyDay } = request;
  if (!day || !(request.titleHint || request.attendeeHint) || request.scope === 'all' || request.each) return [];
  const { clock: _clock, hours: _hours, morningToo: _morning, ...byWords } = anyDay;
  // The words name a meeting of the day asked, at another time ("my 3pm standup on Thursday" of Thursday's 9am one): the
  // time is what is off, not the day.
  const thatDay = meetings.filter((meeting) => inDay(meeting, day, context.timeZone));
  if (findCandidates({ ...byWords, day }, thatDay, context).some((c) => c.complete)) return [];
  const elsewhere = meetings.filter((meeting) => !inDay(meeting, day, context.timeZone));
  const named = (asked: MeetingRequest): Candidate[] => findCandidates(asked, elsewhere, context).filter((c) => c.complete);
  const found = named(anyDay);
  if (found.length || (!anyDay.clock && !anyDay.hours)) return found;
  return named(byWords);
}

/**
 * The words of a request that should name a meeting (folded), those said of a person or of a calendar,
 * and the common ones that may.
 */
function wordsToMatch(request: MeetingRequest): {
  content: string[];
  people: Set<string>;
  calendars: Set<string>;
  loose: string[];
  typed: Map<string, string>;
} {
  const people = new Set(wordsOf(request.attendeeHint ?? ''));
  const calendars = new Set(wordsOf(request.calendarHint ?? ''));
  const content = [...new Set([...wordsOf(request.titleHint ?? ''), ...people, ...calendars])];
  const loose = wordsOf(request.looseHint ?? '').filter((word) => (word.length >= 3 || EMOJI.test(word)) && !content.includes(word));
  // Each folded word as the user wrote it ("1on1" was "1:1"): a reason quotes the user, never a word of ours.
  const typed = new Map<string, string>();
  for (const said of [request.titleHint, request.attendeeHint, request.calendarHint])
    for (const token of (said ?? '').split(/\s+/).filter(Boolean))
      for (const word of wordsOf(token)) if (!typed.has(word)) typed.set(word, token);
  return { content, people, calendars, loose, typed };
}

const EMOJI = /^\p{Extended_Pictographic}$/u;

function saidFor(word: string, words: ReturnType<typeof wordsToMatch>): SaidFor {
  return words.calendars.has(word) ? 'calendar' : words.people.has(word) ? 'attendee' : 'title';
}

interface Rated extends Candidate {
  /** Content words this meeting matches. */
  matched: Set<string>;
  /** Content words this meeting comes near (a typo too many, a shared first part of a compound). */
  near: Set<string>;
  /** Matched words that name the calendar it is in, and those that name something else of it. */
  byCalendar: Set<string>;
  byMeeting: Set<string>;
  /** As many words name meetings out of view as name this one ("the early sync" after it started). */
  elsewhereOutweighs?: boolean;
  /** A common word matches it exactly ("die Sitzung" of "Sitzung Verwaltungsrat", "the 🚀 meeting"). */
  looseMatched: boolean;
  /** It matches everything named, but the words that name nothing are as many as those that match. */
  onlyOutweighed?: boolean;
}

/**
 * One meeting in view named by the words, by its whole title or by its time and title, the other words chatter ("hey
 * there, could you maybe cancel the design crit? thanks so much", "chasch du d Teamrunde morn absäge?"): that one is
 * meant, however many words were left over; its confirm card still asks. Named by part of its title only ("the sync
 * with the new vendor about pricing" for "Weekly sync"), the user is still asked.
 */
function soleWellNamed(rated: Rated[]): void {
  const named = rated.filter((c) => c.matched.size > 0);
  if (named.length !== 1 || !named[0].onlyOutweighed) return;
  const [only] = named;
  const byTitle = only.reasons.some((r) => r.kind === 'title');
  const titleWords = wordsOf(only.meeting.subject).filter((word) => word.length > 1 || /\d/.test(word));
  const wholeTitle = byTitle && titleWords.length > 0 && only.byMeeting.size >= titleWords.length;
  const timeAndTitle = byTitle && only.reasons.some((r) => r.kind === 'time');
  if (wholeTitle || timeAndTitle) only.complete = true;
}

function rate(meeting: Meeting, request: MeetingRequest, zone: string, words: ReturnType<typeof wordsToMatch>): Rated {
  const { content, people, calendars, loose } = words;
  const reasons: MatchReason[] = [];
  const matched = new Set<string>();
  const near = new Set<string>();
  const byCalendar = new Set<string>();
  const byMeeting = new Set<string>();
  const named = new Set<string>();
  let score = 0;
  let clockOk = true;
  // The meeting's local wall clock, read with getUTC*(): a number and the zone's cached offset, no date library per meeting.
  const local = request.clock || request.day ? wallClockAt(startsAt(meeting, zone), zone) : undefined;
  if (request.clock && local) {
    const { hour, minute } = request.clock;
    const at = (h: number): boolean => !meeting.isAllDay && local.getUTCHours() === h && local.getUTCMinutes() === minute;
    clockOk = at(hour);
    // "my 2:30" is 14:30; a meeting at 02:30 fits too, after one at 14:30 ("the deploy at 11": 23:00 after 11:00).
    const inTheMorning = !clockOk && request.morningToo === true && at((hour + 12) % 24);
    if (clockOk || inTheMorning) {
      clockOk = true;
      score += clockOk && !inTheMorning ? TIME : TIME - WORD;
      reasons.push({ kind: 'time', detail: local.toISOString().slice(11, 16) });
    }
  }
  if (request.duration && !meeting.isAllDay && endsAt(meeting, zone) - startsAt(meeting, zone) === request.duration * 60_000)
    score += LENGTH;
  const told = new Set<string>();
  const tell = (match: WordMatch, word: string): void => {
    // A title is said by the user's words that matched it ("sync"), not by the whole title the row already shows.
    // Said as typed; "title matches" only for a word its title has (a typo of one too), else the title only comes near it
    // ("standup" of a "Daily": another name of the kind of meeting).
    if (match.field === 'title') {
      const kind = wordsOf(meeting.subject).some((own) => spelledAlike(word, own)) ? 'title' : 'titleLike';
      const said = words.typed.get(word) ?? word;
      const title = reasons.find((r) => r.kind === kind);
      if (title) {
        if (!title.detail.split(' ').includes(said)) title.detail = `${title.detail} ${said}`;
      } else reasons.push({ kind, detail: said });
      return;
    }
    const key = `${match.field}:${match.detail}`;
    if (told.has(key)) return;
    told.add(key);
    reasons.push(
      match.owner ? { kind: match.field, detail: match.detail, owner: match.owner } : { kind: match.field, detail: match.detail },
    );
  };
  for (const word of content) {
    const match = matchWord(word, meeting, saidFor(word, words), request.intent !== 'decline');
    if (!match) continue;
    const weight = calendars.has(word) && match.field !== 'calendar' ? NOT_THE_CALENDAR : 1;
    if (match.similarity < MATCHES) {
      near.add(word);
      score += (WORD * weight * match.similarity) / 2;
      tell(match, word);
      continue;
    }
    matched.add(word);
    if (match.field === 'attendee' && people.has(word)) named.add(match.detail);
    (calendarHas(word, meeting) ? byCalendar : byMeeting).add(word);
    score += WORD * weight * match.similarity;
    tell(match, word);
  }
  const crowd = named.size > 0 ? (FEW * Math.min(named.size, othersIn(meeting))) / othersIn(meeting) : 0;
  score += crowd;
  // "the client sync" of "Client sync" and "Client sync prep": the title said whole, word for word, before one it is part of.
  const wholeTitle = matched.size > 0 && wholeTitleSaid(meeting, matched) ? WHOLE_TITLE : 0;
  score += wholeTitle;
  let looseMatched = false;
  for (const word of loose) {
    const match = matchWord(word, meeting);
    if (match?.similarity !== undefined && match.similarity >= 0.9) {
      score += LOOSE;
      looseMatched = true;
    }
  }
  if (request.day && local) reasons.push({ kind: 'day', detail: local.toISOString().slice(0, 10) });
  if (request.laterDay && inDay(meeting, request.laterDay, zone)) score -= LATER_DAY;
  // Between equal matches, the one the user can act on comes first: theirs to cancel, others' to decline.
  const actionable = (request.intent === 'decline' ? !meeting.isOrganizer : meeting.isOrganizer) ? ACTIONABLE : 0;
  score += actionable;
  const rated: Rated = { meeting, reasons, score, complete: clockOk, matched, near, byCalendar, byMeeting, crowd, looseMatched };
  if (request.intent === 'select' && actionable) rated.actionable = actionable;
  if (wholeTitle) rated.wholeTitle = wholeTitle;
  return rated;
}

/** Every word of the meeting's title (but single letters) is a word the request said. */
function wholeTitleSaid(meeting: Meeting, matched: Set<string>): boolean {
  const titleWords = wordsOf(meeting.subject).filter((word) => word.length > 1 || /\d/.test(word));
  return titleWords.length > 0 && titleWords.every((word) => matched.has(word));
}

function hasAnyMatch(candidate: Candidate): boolean {
  return candidate.reasons.some((reason) => reason.kind !== 'day');
}

function inView(meeting: Meeting, request: MeetingRequest, context: UserContext): boolean {
  const zone = context.timeZone;
  // "my current meeting": started and not ended, in the user's time; an all-day one is no meeting one is in.
  if (request.underway) {
    const now = context.now.getTime();
    return !meeting.isCancelled && !meeting.isAllDay && startsAt(meeting, zone) <= now && endsAt(meeting, zone) > now;
  }
  if (!isOpen(meeting, request, context.now, zone)) return false;
  if (request.hours) {
    const hour = wallClockAt(startsAt(meeting, zone), zone).getUTCHours();
    if (meeting.isAllDay || hour < request.hours.from || hour >= request.hours.to) return false;
  }
  if (!request.day) return true;
  return inDay(meeting, request.day, zone) || (request.laterDay !== undefined && inDay(meeting, request.laterDay, zone));
}

/**
 * Match first: every open meeting in view is scored against the request's words over all its fields.
 * A word that names no meeting in view costs little; a word that names some meeting must be matched
 * by the one chosen.
 */
function rateAllFor(
  request: MeetingRequest,
  meetings: Meeting[],
  context: UserContext,
): { rated: Rated[]; content: string[]; known: Set<string>; hinted: Set<string>; elsewhere: string[] } {
  const words = wordsToMatch(request);
  const { content } = words;
  const open = meetings.filter((meeting) => inView(meeting, request, context));
  const rated = open.map((meeting) => rate(meeting, request, context.timeZone, words));
  const known = new Set<string>();
  const hinted = new Set<string>();
  for (const candidate of rated) {
    for (const word of candidate.matched) known.add(word);
    for (const word of candidate.near) hinted.add(word);
  }
  // Words that come near nothing in view: leftovers ("sick", "thingy"), or a meeting that is past,
  // cancelled or on another day ("the early sync" after it started).
  const unknown = content.filter((word) => !known.has(word) && !hinted.has(word));
  const outOfView = meetings.filter((meeting) => !inView(meeting, request, context));
  const elsewhere = unknown.filter((word) => outOfView.some((meeting) => (matchWord(word, meeting)?.similarity ?? 0) >= MATCHES));
  for (const candidate of rated) {
    const all = [...known].every((word) => candidate.matched.has(word));
    const outweighed = unknown.length > 0 && candidate.matched.size + candidate.near.size <= unknown.length;
    // A meeting named only by near words ("Kundenmeeting" for "Kundentermin") is offered, never clear.
    const named = candidate.matched.size > 0 || content.length === 0 || (request.clock !== undefined && candidate.complete);
    const butForLeftovers = candidate.complete && all && elsewhere.length === 0 && named;
    candidate.complete = butForLeftovers && !outweighed;
    candidate.onlyOutweighed = butForLeftovers && outweighed;
    candidate.elsewhereOutweighs = elsewhere.length > 0 && elsewhere.length >= candidate.matched.size;
  }
  soleWellNamed(rated);
  // A calendar named that nothing in view is in, organized by or called ("the standup in Finance"):
  // what else matches may be offered, never as a clear choice.
  if (calendarNotFound(request, known, hinted).length > 0) for (const candidate of rated) candidate.complete = false;
  // A word naming a calendar in view ("Alex", "Marketing") reads two ways: this meeting is in that calendar, or
  // the word names something of the meeting itself (Alex organizes it, in mine). Said as a calendar
  // ("Alex's"), it reads the second way even with no such calendar in view.
  const namesCalendar = new Set(rated.flatMap((c) => [...c.byCalendar]));
  for (const word of words.calendars) namesCalendar.add(word);
  for (const candidate of rated) {
    if (candidate.byCalendar.size > 0) candidate.inNamedCalendar = true;
    else if ([...candidate.byMeeting].some((word) => namesCalendar.has(word))) candidate.inNamedCalendar = false;
  }
  // "cancel all of Alex's meetings", "show the Marketing calendar", "Alex's next meeting": when the request
  // names a calendar in view, all (or the next) is in it, not among every meeting Alex is in.
  // So too when the calendar was named as one: "the product roadmap in Alex's calendar" is his copy, not mine he organizes.
  if (
    request.calendarHint &&
    (request.scope === 'all' || request.position || request.calendarSaid) &&
    rated.some((c) => c.complete && c.inNamedCalendar)
  ) {
    for (const candidate of rated) if (candidate.inNamedCalendar === false) candidate.complete = false;
  }
  // "Thursday's standup" said on a Thursday: today's if one fits, else next week's.
  if (request.laterDay && request.day) {
    const today = rated.filter((c) => inDay(c.meeting, request.day!, context.timeZone) && c.complete);
    if (today.length > 0)
      return { rated: rated.filter((c) => inDay(c.meeting, request.day!, context.timeZone)), content, known, hinted, elsewhere };
  }
  return { rated, content, known, hinted, elsewhere };
}

/**
 * As rateAllFor; a list question ignores words that name nothing ("what's happening Wednesday"), but
 * never the calendar it names ("show the Finance calendar" is no list of mine).
 */
function rateAll(request: MeetingRequest, meetings: Meeting[], context: UserContext): ReturnType<typeof rateAllFor> {
  const rated = rateAllFor(request, meetings, context);
  if (request.intent !== 'list') return rated;
  const calendarWords = new Set(wordsOf(request.calendarHint ?? ''));
  const others = rated.content.filter((word) => !calendarWords.has(word));
  if (others.length === 0 || others.some((word) => rated.known.has(word))) return rated;
  return rateAllFor({ ...request, titleHint: undefined, attendeeHint: undefined }, meetings, context);
}

/** The calendarHint's words when none of them comes near any meeting in view: no calendar, person or meeting of that name. */
function calendarNotFound(request: MeetingRequest, known: Set<string>, hinted: Set<string>): string[] {
  const words = wordsOf(request.calendarHint ?? '');
  return words.some((word) => known.has(word) || hinted.has(word)) ? [] : words;
}

/**
 * The words of the request that name no meeting in view, when none of them does, or when the calendar
 * named is none in view ("cancel the standup in Finance"): the bot then says which words it did not
 * find. Empty when the words matched, or no word was given.
 */
export function wordsNotFound(request: MeetingRequest, meetings: Meeting[], context: UserContext): string[] {
  if (NOTHING_TO_FIND.has(request.intent)) return [];
  const rated = rateAll(request, meetings, context);
  if (rated.known.size === 0) return rated.content;
  const title = titleWordsNotFound(request, rated.content, rated.known, rated.hinted);
  return title.length ? title : calendarNotFound(request, rated.known, rated.hinted);
}

/**
 * The words naming the meeting itself (not the calendar named), when there are some and none of them
 * comes near any meeting in view; all the words when nothing at all does. Empty otherwise.
 */
function titleWordsNotFound(request: MeetingRequest, content: string[], known: Set<string>, hinted: Set<string>): string[] {
  if (known.size === 0 && hinted.size === 0) return content;
  const calendars = new Set(wordsOf(request.calendarHint ?? ''));
  const title = content.filter((word) => !calendars.has(word));
  return title.length > 0 && title.every((word) => !known.has(word) && !hinted.has(word)) ? title : [];
}

/**
 * The meetings the request points at, best first, each with why it matched; [] when none.
 * Works on a whole calendarView read or on the short list the bot showed: ordinals pick by
 * position in the given order ("the second one"), other words filter it ("no, the one tomorrow").
 */
export function findCandidates(request: MeetingRequest, meetings: Meeting[], context: UserContext): Candidate[] {
  const candidates = rankCandidates(request, meetings, context);
  if (request.each) return eachApart(request.each, request, meetings, context, candidates) ?? candidates;
  if (!request.except && !request.exceptEach) return candidates;
  // "everything tomorrow except the 1:1": what the exception names among them, as if picked from a list of them, is left out.
  const named = (except: MeetingRequest): Meeting[] =>
    rankCandidates(
      except,
      candidates.map((c) => c.meeting),
      { ...context, listShown: true },
    )
      .filter((c) => c.complete)
      .map((c) => c.meeting);
  const whole = request.except ? named(request.except) : [];
  // "… except the workshop and the legal sync", "außer dem Kundentermin und dem Abendessen": each of them, when each names
  // a meeting, unless the words read whole are the title of one with an "and" in it ("lunch and learn").
  const each = request.exceptEach?.map(named) ?? [];
  const titled = whole.some((m) => wordsOf(m.subject).some((word) => CONJUNCTIONS.has(word)));
  const apart = each.length > 0 && !titled && (whole.length === 0 || each.every((found) => found.length > 0));
  const left = new Set(apart ? each.flat() : whole);
  return candidates.filter((c) => !left.has(c.meeting));
}

const CONJUNCTIONS = new Set(['and', 'und', 'or', 'oder', 'sowie', 'n']);

/**
 * "cancel the interview on wednesday - budget freeze", "…, kenji's sick", "den Kundentermin morgen absagen, Grippewelle im
 * Team": the request with its last clause read as the reason (its words out of the hints) when a word of it names nothing
 * in view (of the day asked) and the request without them names a meeting; else as said ("cancel the sync, vendor"
 * of a "Vendor sync": words about which meeting). Costs a ranking only for a request with such a clause.
 */
export function withReasonTail(request: MeetingRequest, meetings: Meeting[], context: UserContext): MeetingRequest {
  const tail = request.reasonTail;
  if (!tail) return request;
  const { reasonTail: _, ...said } = request;
  // Words that all name or come near meetings in view ("…, sondern das Daily", "…, vendor") are about which meeting; a
  // word naming none is said of something else ("kenji's sick" of the call Kenji is in: "sick").
  const { known, hinted } = rateAll(said, meetings, context);
  const seen = (word: string): boolean => known.has(word) || hinted.has(word);
  if (tail.words.every((word) => wordsOf(word).some(seen))) return said;
  const apart = withoutWords({ ...said, reason: tail.text }, [...tail.words, ...(tail.loose ?? [])]);
  // "… und den Workshop heute absagen, mir geht's ned gut": out of the last meeting asked for too.
  const last = said.each?.length ? said.each.length - 1 : -1;
  if (said.each && last >= 0)
    apart.each = [...said.each.slice(0, last), withoutWords(said.each[last], [...tail.words, ...(tail.loose ?? [])])];
  const names = apart.titleHint || apart.attendeeHint || apart.calendarHint || apart.day || apart.clock || apart.hours;
  return names && findCandidates(apart, meetings, context).some((c) => c.complete) ? apart : said;
}

/** The request with each of `words` taken out of its hints once, from the end (where a last clause's words are). */
function withoutWords(request: MeetingRequest, words: string[]): MeetingRequest {
  const left = [...words];
  const without = (hint: string | undefined): string | undefined => {
    if (!hint) return hint;
    const words = hint.split(' ');
    for (let i = words.length - 1; i >= 0; i--) {
      const at = left.indexOf(words[i]);
      if (at >= 0) {
        left.splice(at, 1);
        words.splice(i, 1);
      }
    }
    return words.length ? words.join(' ') : undefined;
  };
  const apart: MeetingRequest = { ...request };
  for (const key of ['looseHint', 'titleHint', 'attendeeHint', 'calendarHint'] as const) {
    const hint = without(request[key]);
    if (hint) apart[key] = hint;
    else delete apart[key];
  }
  return apart;
}

/**
 * "cancel the standup and the budget check-in tomorrow", "das Team Standup morgen und übermorgen": the meetings of each
 * part, each marked with its part, when no meeting the words read whole fit (`whole`) is named by two parts ("lunch and
 * learn", "the 1:1 with Ana and Luis" are one) and every part names one meeting clearly (or, said as several, "both interviews", all it names).
 * A part may leave out what another says: with no title it takes the nearest part's ("… and übermorgen", "… and the one
 * with Petra"), with no day the nearest part's day ("the dentist on monday and the retro"); each is tried, then the part
 * as said. Undefined when any part names none clearly: the request is then read whole, as before.
 */
function eachApart(
  parts: MeetingRequest[],
  request: MeetingRequest,
  meetings: Meeting[],
  context: UserContext,
  whole: Candidate[],
): Candidate[] | undefined {
  // One meeting named by the words of two parts is what they name together ("lunch and learn", "Ana and Luis").
  const wordsOfPart = parts.map((p) => wordsOf(`${p.titleHint ?? ''} ${p.attendeeHint ?? ''} ${p.calendarHint ?? ''}`));
  const namedByParts = (meeting: Meeting): number =>
    wordsOfPart.filter((words) => words.some((word) => (matchWord(word, meeting)?.similarity ?? 0) >= MATCHES)).length;
  if (parts.length < 2 || whole.some((c) => c.complete && namedByParts(c.meeting) > 1)) return undefined;
  const nearest = <T>(index: number, of: (part: MeetingRequest) => T | undefined): T | undefined => {
    for (let distance = 1; distance < parts.length; distance++) {
      const said = of(parts[index - distance] ?? {}) ?? of(parts[index + distance] ?? {});
      if (said !== undefined) return said;
    }
    return undefined;
  };
  const found: Candidate[] = [];
  for (const [index, part] of parts.entries()) {
    const titleHint = part.titleHint ? undefined : nearest(index, (p) => p.titleHint);
    const day = part.day ? undefined : nearest(index, (p) => p.day);
    const tries = [
      { ...part, ...(titleHint ? { titleHint } : {}), ...(day ? { day } : {}) },
      ...(titleHint ? [{ ...part, titleHint }] : []),
      ...(day ? [{ ...part, day }] : []),
      ...(titleHint || day ? [part] : []),
    ];
    let named: Candidate[] = [];
    for (const tried of tries) {
      const ranked = rankCandidates({ ...tried, intent: request.intent }, meetings, context);
      const clear = tried.scope === 'all' ? undefined : clearChoice(ranked);
      named = tried.scope === 'all' ? ranked.filter((c) => c.complete) : clear ? [clear] : [];
      if (named.length > 0) break;
    }
    if (named.length === 0) return undefined;
    for (const candidate of named) if (!found.some((c) => c.meeting === candidate.meeting)) found.push({ ...candidate, part: index });
  }
  return new Set(found.map((c) => c.part)).size > 1 ? found : undefined;
}

function rankCandidates(request: MeetingRequest, meetings: Meeting[], context: UserContext): Candidate[] {
  if (NOTHING_TO_FIND.has(request.intent)) return [];
  if (request.neighbour) return besideNeighbour(request, request.neighbour, meetings, context);
  const { rated, content, known, hinted } = rateAll(request, meetings, context);
  // The request named something, and nothing in view is called so: no meeting. A time said with it
  // ("the 5pm drinks") still offers what is at that time, never as a clear choice. A calendar named
  // with it ("Bernd's doctor appointment") is no match of every meeting in that calendar.
  if (titleWordsNotFound(request, content, known, hinted).length > 0 && !request.clock) return [];
  // A common word that names one of them exactly ranks it first, as words do.
  const asked = Boolean(request.clock || content.length > 0 || rated.some((c) => c.looseMatched));

  let chosen: Candidate[] = rated.filter((candidate) => candidate.complete);
  // Bulk acts only on full matches; a single pick may fall back to the partial ones, ranked. When as
  // many words name meetings out of view, only those that match most of the words, or the time.
  const mostWords = (c: Rated): boolean => c.matched.size > 0 && c.matched.size + c.near.size >= PARTIAL * content.length;
  if (chosen.length === 0 && asked && request.scope === 'one') {
    chosen = rated.filter((c) => hasAnyMatch(c) && (!c.elsewhereOutweighs || mostWords(c) || c.reasons.some((r) => r.kind === 'time')));
  }
  chosen = chosen.map(({ meeting, reasons, score, complete, inNamedCalendar, crowd, actionable, wholeTitle }) => ({
    meeting,
    reasons,
    score,
    complete,
    ...(inNamedCalendar === undefined ? {} : { inNamedCalendar }),
    ...(crowd ? { crowd } : {}),
    ...(actionable ? { actionable } : {}),
    ...(wholeTitle ? { wholeTitle } : {}),
  }));

  // "the first two", "the last two": those rows, in list order.
  if (request.count !== undefined && request.ordinal !== undefined) {
    const row = rowOf(request.ordinal, chosen.length);
    if (row === undefined || row + request.count > chosen.length) return [];
    return chosen.slice(row, row + request.count);
  }
  if (request.ordinal !== undefined) {
    const row = rowOf(request.ordinal, chosen.length);
    if (row === undefined) return [];
    const picked = chosen[row];
    // "the middle one" is shown as the row it picked.
    const said = request.ordinal === MIDDLE ? row + 1 : request.ordinal;
    return [{ ...picked, reasons: [...picked.reasons, { kind: 'position', detail: `#${said}` }] }];
  }

  const byStart = (a: Candidate, b: Candidate): number => startsAt(a.meeting, context.timeZone) - startsAt(b.meeting, context.timeZone);
  if (request.position) {
    const ordered = inTimeOrder(request.position, request.position === 'next' ? withOthersFirst(chosen, asked) : chosen, context.timeZone);
    // "the next two standups".
    if (request.count !== undefined) return request.position === 'next' ? ordered.slice(0, request.count) : ordered.slice(-request.count);
    // "the one after" of more than two rows, next to no meeting named: the rows are to choose from.
    if (request.ofTwo && ordered.length > 2) return ordered;
    const skip = request.skip ?? 0;
    const picked = request.position === 'next' ? ordered[skip] : ordered[ordered.length - 1 - skip];
    if (!picked) return [];
    // "mein übernächster Termin" is not the next one: no position is said of it.
    if (skip > 0) return [picked];
    return [{ ...picked, reasons: [...picked.reasons, { kind: 'position', detail: request.position }] }];
  }
  // A list ("show Alex's meetings") and a request naming nothing ("my meetings tomorrow") stay in time order.
  const ranked = [...chosen].sort((a, b) => (asked && request.intent !== 'list' ? b.score - a.score : 0) || byStart(a, b));
  // "the whole retro series": one row per series, its next occurrence.
  if (request.series) {
    const seen = new Set<string>();
    return ranked.filter((c) => {
      const series = c.meeting.seriesMasterId;
      if (!series) return true;
      if (seen.has(series)) return false;
      seen.add(series);
      return true;
    });
  }
  return ranked;
}

/**
 * "My next meeting" naming nothing: a meeting with others. One's own appointments nobody else is invited to (an all-day
 * "OOO" block, the dentist) are no meeting to call off, as a sweep of a day leaves them out; they are the next one only
 * when named ("my next focus block"), or when nothing else is to come.
 */
function withOthersFirst(chosen: Candidate[], named: boolean): Candidate[] {
  if (named) return chosen;
  const meetings = chosen.filter((c) => !ownAppointment(c.meeting));
  return meetings.length ? meetings : chosen;
}

/**
 * In time order for "next" / "last": by local day, and within a day the timed meetings as the next (last) before an
 * all-day one (which "starts" at midnight but is no meeting one goes to at a time).
 */
function inTimeOrder(position: 'next' | 'last', candidates: Candidate[], zone: string): Candidate[] {
  const allDayRank = (m: Meeting): number => (m.isAllDay === (position === 'next') ? 1 : 0);
  return candidates
    .map((c) => ({ c, day: localStart(c.meeting, zone).day, at: startsAt(c.meeting, zone) }))
    .sort((a, b) => a.day.localeCompare(b.day) || allDayRank(a.c.meeting) - allDayRank(b.c.meeting) || a.at - b.at)
    .map(({ c }) => c);
}

/** The local day ("2026-03-26") and minute of the day a meeting starts, in the user's zone. */
function localStart(meeting: Meeting, zone: string): { day: string; minute: number } {
  const local = wallClockAt(startsAt(meeting, zone), zone);
  return { day: local.toISOString().slice(0, 10), minute: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

const LUNCH = { from: 12 * 60, to: 13 * 60 };

/**
 * "the one right after the standup", "das Meeting nach der Mittagspause": the meetings that start next after
 * (or last before) the first meeting the anchor names, on its day; equals at that time are all offered, so
 * none is clear. The lunch break, when no meeting is called so, is 12:00–13:00 of the day asked (else today).
 */
function besideNeighbour(
  request: MeetingRequest,
  neighbour: NonNullable<MeetingRequest['neighbour']>,
  meetings: Meeting[],
  context: UserContext,
): Candidate[] {
  const zone = context.timeZone;
  const { neighbour: _, ...rest } = request;
  const anchors = findCandidates(
    { ...rest, intent: 'select', scope: 'one', titleHint: neighbour.anchor, position: 'next' },
    meetings,
    context,
  );
  const anchor = anchors.find((c) => c.complete)?.meeting;
  let day: string;
  let from: number;
  if (anchor) {
    ({ day, minute: from } = localStart(anchor, zone));
    if (neighbour.side === 'after') from += 1;
  } else if (neighbour.lunch) {
    day = DateTime.fromISO(request.day?.start ?? context.now.toISOString(), { zone: luxonZone(zone) }).toISODate()!;
    from = neighbour.side === 'after' ? LUNCH.to : LUNCH.from;
  } else {
    return [];
  }
  const sameDay = meetings
    .filter((m) => m !== anchor && !m.isAllDay && isOpen(m, request, context.now, zone))
    .map((meeting) => ({ meeting, at: localStart(meeting, zone) }))
    .filter(({ at }) => at.day === day && (neighbour.side === 'after' ? at.minute >= from : at.minute < from));
  if (sameDay.length === 0) return [];
  const minutes = sameDay.map(({ at }) => at.minute);
  const closest = neighbour.side === 'after' ? Math.min(...minutes) : Math.max(...minutes);
  return sameDay
    .filter(({ at }) => at.minute === closest)
    .map(({ meeting }) => ({ meeting, reasons: [{ kind: 'position', detail: neighbour.side }], score: TIME, complete: true }));
}
