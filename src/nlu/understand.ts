import { DateTime } from 'luxon';
import { luxonZone } from '../time/zones';
import { packForText } from './text-language';
import type { LanguagePack } from './pack';
import type { Intent, MeetingRequest, UserContext } from './types';
import { correctDayWords } from './spelling';
import { besideSaid, corrected, correctionIn, namesAPart } from './follow-up';
import { cut, extractDate, extractMonth, extractWhen } from './when';
import { lastClause, reasonIn } from './reason';
import { unmarkedReason, whichMeetingClause } from './unmarked-reason';
import { dayAfter, dayAfterIn } from './day-after';
import { cannotDo, everydayReply } from './everyday';

const TOKEN_SPLIT = /[^\p{L}\p{N}'\p{Extended_Pictographic}]+|(\p{Extended_Pictographic})/u;
const EMOJI = /^\p{Extended_Pictographic}$/u;
const QUOTES = /^["'“”„‘’«»]+|["'“”„‘’«»]+$/g;

function ordinalIn(text: string, pack: LanguagePack): { text: string; ordinal?: number } {
  for (const { pattern, value } of pack.ordinals) {
    const found = cut(text, pattern);
    if (!found.match) continue;
    const ordinal = value === 'digit' ? Number(found.match[1] ?? found.match[2]) : value;
    return { text: found.text, ordinal };
  }
  return { text };
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** `names`: common words typed as names ("the Will meeting"), kept (see typedNames). */
function meaningfulWords(text: string, pack: LanguagePack, names = NO_NAMES): string[] {
  // "go/no-go", "design/ux": the parts of a name written with slashes are its words, whatever else they are ("go").
  const slashed = new Set<string>();
  if (text.includes('/'))
    for (const [name] of text.matchAll(SLASHED)) for (const part of name.split('/')) slashed.add(part.replace(/-/g, ''));
  return (
    text
      // "stand-ups" is one word, as the calendar side reads it; "Sommer-Meeting" is "Sommer" and the noun.
      .replace(/(\p{L}+)-(?=(\p{L}+))/gu, (_m, head: string, tail: string) =>
        pack.fillers.has(tail) && !slashed.has(`${head}${tail}`) ? `${head} ` : head,
      )
      .split(TOKEN_SPLIT)
      .map((word: string | undefined) => (word ?? '').replace(/^'+|'+$/g, ''))
      .filter((word) => word && (!pack.fillers.has(word) || names.has(word) || slashed.has(word)))
  );
}

// Words that join a yes to what it says of the message: "yes, but no message", "ja, aber ohne Nachricht", "ok just no note".
const JOINING = /(?<![\p{L}\p{N}])(?:but|and|just|only|then|aber|und|nur|einfach|dann|doch)(?![\p{L}\p{N}])/gu;

// Modal verbs that are also first names ("Will", "May"): right after "with" or "mit", a name.
const MODAL_AS_NAME = /^(?:will|may|can)$/;

// "go no go", "go-no go", "go / no-go": the one name "Go/No-Go" however it is spaced (its words alone are "go" and "no").
const GO_NO_GO = /(?<![\p{L}\p{N}])go\s*[\s/-]\s*no\s*[\s-]?\s*go(?![\p{L}\p{N}])/gu;

// Words of two letters or more joined by slashes, each maybe hyphenated: "go/no-go", "design/ux" (not "w/priya").
const SLASHED = /(?<![\p{L}\p{N}])\p{L}{2,}(?:-\p{L}+)*(?:\/\p{L}{2,}(?:-\p{L}+)*)+(?![\p{L}\p{N}])/gu;

/**
 * Words typed with a capital inside an English sentence ("cancel the Will meeting", "my 1:1 with May"): names,
 * though they are also common words. Not at the start of a sentence or after a comma ("thanks, Could you …"),
 * not in text typed all in capitals, and not in German, which capitalizes every noun.
 */
function typedNames(text: string, pack: LanguagePack): ReadonlySet<string> {
  if (!pack.capitalsAreNames || text === text.toUpperCase()) return NO_NAMES;
  const names = new Set<string>();
  for (const match of text.matchAll(/(?<=[\p{L}\p{N}]\s+)\p{Lu}\p{Ll}+(?![\p{L}\p{N}])/gu)) names.add(match[0].toLowerCase());
  return names;
}

// A day, as a window: 24 hours, 25 on a day a DST change repeats an hour.
const ONE_DAY = 25 * 3_600_000;

// A plural owned by the user ("my standups", "meine Standups", "the retros"), as the last thing named.
const PLURAL_OWNED = /\b(?:my|our|the|all|meine|unsere|die|alle)\s+(?:[\p{L}\p{N}'-]+\s+)?[\p{L}\p{N}'-]+s\s*$/u;
const NOT_PLURAL = /(?:ss|us|is|ics|ds|news|ops|ys)$/;

function isPlural(word: string | undefined): boolean {
  if (!word) return false;
  return word === '1on1s' || (word.length >= 5 && word.endsWith('s') && !NOT_PLURAL.test(word));
}

// Plural nouns of meetings ("the onboarding sessions", "die Onboarding-Termine"): dropped as fillers, but a title before
// them is then said of several meetings.
const PLURAL_NOUN = '(?:meetings|sessions|calls|appointments|events|termine|besprechungen|sitzungen)';
// A time's possessive ("next week's standups", "tomorrow's syncs"): it owns the plural as "my" or "the" would.
const TIME_OWNED =
  /\b(?:today|tomorrow|tonight|week|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|s')\s+(?:[\p{L}\p{N}'-]+\s+)?[\p{L}\p{N}'-]+s\b/u;
const escaped = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The plural that makes a request for several meetings ("my standups", "the retros", "next week's standups", "die
 * Dailys", "the onboarding sessions": then the noun), or undefined. German writes English loans' plural with -ys.
 */
function pluralIn(rest: string, lowered: string, titleWords: string[], language: string): string | undefined {
  const last = titleWords[titleWords.length - 1];
  if (last === undefined) return undefined;
  const word = escaped(last);
  const noun = new RegExp(`(?<![\\p{L}\\p{N}])${word}[\\s-]+(${PLURAL_NOUN})(?![\\p{L}\\p{N}])`, 'u').exec(rest);
  if (noun) return noun[1];
  const plural = isPlural(last) || (language === 'de' && /^\p{L}{3,}ys$/u.test(last));
  if (!plural) return undefined;
  const owned = new RegExp(`\\b(?:my|our|the|all|meine|unsere|die|alle)\\s+(?:[\\p{L}\\p{N}'-]+\\s+)?${word}(?![\\p{L}\\p{N}])`, 'u');
  return PLURAL_OWNED.test(rest) || owned.test(rest) || TIME_OWNED.test(lowered) ? last : undefined;
}

/**
 * Whether a word may name a calendar: not a function word, filler, time, request verb ("show calendar") or the like.
 * A word the date parser reads is a time however it is spelled ("tmrw's standup", "tues's retro").
 */
function mayNameCalendar(word: string, pack: LanguagePack): boolean {
  return (
    /\p{L}/u.test(word) &&
    !pack.softWords.has(word) &&
    !pack.fillers.has(word) &&
    !pack.notCalendars.has(word) &&
    !pack.intents.some(({ pattern }) => pattern.test(` ${word} `)) &&
    pack.chrono.parse(word).length === 0
  );
}

/**
 * The calendars named in the text by the pack's early or late patterns: the text without them, the
 * names, and whether the word "calendar" was said. A pattern's name is taken as far as its words may
 * name a calendar ("von Klaus ab" takes "Klaus"); one with none is left alone ("my calendar").
 */
function calendarsIn(input: string, pack: LanguagePack, early: boolean): { text: string; names: string[]; noun: boolean } {
  let text = input;
  const names: string[] = [];
  let noun = false;
  for (const calendar of pack.calendars) {
    if (Boolean(calendar.early) !== early) continue;
    const { pattern } = calendar;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const span = match.indices?.groups?.name;
      if (!span) continue;
      const kept: string[] = [];
      let end = span[0];
      for (const word of text.slice(span[0], span[1]).matchAll(/\S+/g)) {
        if (!mayNameCalendar(word[0], pack)) break;
        kept.push(word[0]);
        end = span[0] + word.index + word[0].length;
      }
      if (kept.length === 0) continue;
      const whole = end === span[1];
      const cutTo = whole ? match.index + match[0].length : end;
      text = `${text.slice(0, match.index)} ${early ? `${pack.mine} ` : ''}${text.slice(cutTo)}`;
      names.push(kept.join(' '));
      const said = match.indices?.groups?.noun;
      if (said && said[1] <= cutTo) noun = true;
      break;
    }
  }
  return { text, names, noun };
}

function todayIn(context: UserContext): { start: string; end: string } {
  const today = DateTime.fromJSDate(context.now, { zone: luxonZone(context.timeZone) }).startOf('day');
  return { start: today.toUTC().toISO()!, end: today.plus({ days: 1 }).toUTC().toISO()! };
}

/**
 * A message for the attendees, as typed: everything after the first cue ("and tell them", "Nachricht:").
 * Found on the original text, so the message keeps its case; what is before the cue is the request.
 */
export function splitMessage(text: string, pack: LanguagePack): { request: string; message?: string } {
  const lower = text.toLowerCase();
  // toLowerCase keeps positions for the scripts the packs read; if not, no message is taken.
  if (lower.length !== text.length) return { request: text };
  let first: RegExpExecArray | undefined;
  for (const cue of pack.messages) {
    const match = cue.exec(lower);
    if (match && (!first || match.index < first.index)) first = match;
  }
  if (!first) return { request: text };
  const message = text
    .slice(first.index + first[0].length)
    .trim()
    .replace(QUOTES, '')
    .trim();
  if (!message) return { request: text };
  return { request: text.slice(0, first.index), message };
}

/**
 * "yes, tell them we moved it" / "ok, candidate withdrew" / "ja, leider krank": a yes that carries a message
 * for the attendees (the confirm card asks for exactly this: "yes, " and the message); "ok, cancel it",
 * "ja, passt so" a yes and nothing more. 'no yes' when the words after the yes take it back or point at other
 * meetings: `instead`, the words after the yes, are read as a request of their own, never sent to this meeting's
 * attendees, and never a bare yes (which would drop them). Undefined when the text does not start with a yes.
 */
function yesFollowedBy(
  text: string,
  pack: LanguagePack,
  context: UserContext,
): { comment?: string; except?: MeetingRequest; series?: true } | { instead: string; adds?: true } | undefined {
  // "yes, but no message", "ja aber ohne Nachricht", "ok cancel it without a note": a yes that sends none, whatever joins them.
  const quiet = pack.noMessage.exec(` ${text.toLowerCase()}`);
  if (quiet) {
    const left = ` ${text.toLowerCase()}`
      .replace(quiet[0], ' ')
      .replace(/[\s,.;:!?–—-]+/gu, ' ')
      .replace(JOINING, ' ');
    if (saysYes(left, pack) || yesThenConfirms(left, pack)) return { comment: '' };
  }
  // "yes but keep the dinner", no comma: a yes without meetings of the card only (never a message that starts "but").
  const bare = /^([^,.;:!?–—-]+?)\s+((?:but|aber)\s.*)$/isu.exec(text);
  const butKeep = bare && saysYes(bare[1], pack) ? leftOutAfterYes(bare[2].split(/(?<=[,.;:!?–—]|\s-)\s+/u), pack, context) : undefined;
  if (butKeep) return butKeep;
  // The yes, then punctuation or a dash after a space ("yes - out sick"): not a hyphen inside words ("ok-ok").
  const head = /^([^,.;:!?–—-]+?)\s*(?:[,.;:!?–—]+|\s-+)\s*(\S.*)$/su.exec(text);
  if (!head) return yesThenConfirms(text, pack) ? {} : addedWithoutComma(text, pack, context);
  // "yes cancel it, thanks", "ja sag ab, ich bin krank"; not "bitte absagen: Workshop Prozesse", a request ("bitte" is a yes too).
  const ownWords = (words: string): boolean => confirmsOnly(words, pack) || pack.ofSelf.test(words.toLowerCase());
  if (!saysYes(head[1], pack) && !(yesThenConfirms(head[1], pack) && ownWords(head[2]))) return addedWithoutComma(text, pack, context);
  const rest = head[2];
  const clauses = rest.split(/(?<=[,.;:!?–—]|\s-)\s+/u);
  // Taken back or held after all ("yes, don't cancel it", "yes, wait", "ja, nein doch nicht").
  if (takesBack(rest, clauses, pack)) return { instead: rest };
  // "yes, without a message", "ja, ohne Nachricht": a yes that sends none, not even the one the card holds.
  const noMessage = pack.noMessage.exec(` ${rest.toLowerCase()}`);
  if (noMessage && confirmsOnly(` ${rest.toLowerCase()}`.replace(noMessage[0], ' '), pack)) return { comment: '' };
  const without = leftOutAfterYes(clauses, pack, context);
  if (without) return without;
  // "yes, the whole series - we're moving to async": the scope the yes answers with, and the message after it.
  const series = cut(spokenOf(clauses[0]), pack.series);
  if (series.match && confirmsOnly(series.text, pack)) {
    const said = clauses.slice(1).join(' ').trim().replace(QUOTES, '').trim();
    return { series: true, ...(said && !confirmsOnly(said, pack) ? { comment: said } : {}) };
  }
  const { message } = splitMessage(` ${rest}`, pack);
  if (message) return { comment: message };
  // Leading clauses that only say yes again ("please cancel it, the client moved the deadline") are no message.
  const first = clauses.findIndex((clause) => !confirmsOnly(clause, pack));
  if (first < 0) return {};
  const said = clauses.slice(first).join(' ');
  if (!aboutOtherMeetings(said, pack, context)) return { comment: said.trim().replace(QUOTES, '').trim() };
  // "and cancel my 4pm too", "und das Weekly auch": more than the card, so the card is a yes too (afterYes).
  const lower = ` ${said.toLowerCase()} `;
  return pack.addition.test(lower.trimStart()) || pack.additive.test(lower) ? { instead: rest, adds: true } : { instead: rest };
}

/**
 * "yes and decline the 1:1 too", "ja und sag das Weekly auch ab": a yes with no comma, then "and" and a request about
 * other meetings, with a verb: that request, added to the yes. Nothing else is read after a yes with no comma (never a
 * message).
 */
function addedWithoutComma(text: string, pack: LanguagePack, context: UserContext): { instead: string; adds: true } | undefined {
  const found = /^(\S+)\s+(\S.*)$/su.exec(text);
  if (!found || !saysYes(found[1], pack) || !pack.addition.test(found[2].toLowerCase())) return undefined;
  // With a verb only: "ok and after that" stays the meeting beside the one discussed.
  const asked = read(found[2], context, false);
  return asksFor(asked.intent) && namesAMeeting(asked) && aboutOtherMeetings(found[2], pack, context)
    ? { instead: found[2], adds: true }
    : undefined;
}

/**
 * "yes, but not the standup", "yes, but keep the interview, sorry all", "ja, aber nicht die Retro": a yes to the card
 * without the meetings its first clause names (as picked from the card's rows); the clauses after it are the message.
 * Undefined when that clause names no meeting ("yes, but tell them sorry" is a message).
 */
function leftOutAfterYes(
  clauses: string[],
  pack: LanguagePack,
  context: UserContext,
): { except: MeetingRequest; comment?: string } | undefined {
  const first = clauses[0]
    .toLowerCase()
    .replace(/[\s,.;:!?–—-]+$/u, '')
    .trim();
  // "yes, without a message" is about the message; "yes, keep it short" about nothing of the card's.
  if (pack.noMessage.test(` ${first}`)) return undefined;
  const what = pack.butNot.exec(first)?.groups?.what;
  // A pronoun and more words is about the message ("keep it short", "lass es kurz"); German "das" is also the article
  // ("nicht das Budget-Review").
  if (!what || /^(?:it|them|es|ihn|sie)\s+\S/u.test(what)) return undefined;
  const except = read(what, { ...context, listShown: true }, false);
  if (asksFor(except.intent)) return undefined;
  // Words that point at a meeting without naming one ("but not that one", "aber nicht den", "but keep it"): a meeting
  // left out that cannot be told, never a yes with them as the message. An exception that names nothing: held.
  if (!namesAMeeting(except) || except.intent === 'yes' || except.intent === 'no')
    return { except: { intent: 'select', scope: 'one', language: pack.language } };
  const said = clauses.slice(1).join(' ').trim().replace(QUOTES, '').trim();
  return { except: { ...except, intent: 'select' }, ...(said && !confirmsOnly(said, pack) ? { comment: said } : {}) };
}

/**
 * Whether words after a yes ask about other meetings rather than tell the attendees something: a cancel of a
 * meeting they name ("and cancel my 4pm too", "cancel the whole series"); an addition ("and the vendor sync", "und
 * das Standup", "the vendor sync as well"); or nothing but where meetings are ("the next one", "both", "und morgen
 * auch"). A message may name meetings and times, and says something of its own ("we'll catch up tomorrow", "I'm
 * out sick too", "the client moved the deadline to 3pm"). Read once, without looking for a yes.
 */
function aboutOtherMeetings(said: string, pack: LanguagePack, context: UserContext): boolean {
  // "sorry to cancel at such short notice": the apology names the cancelling of this card's meeting, not another.
  if (pack.apologyFor.test(said.trimStart().toLowerCase())) return false;
  // Read as if a list were on screen, so "both" and "the second one" point too.
  const asked = read(said, { ...context, listShown: true }, false);
  if (asksFor(asked.intent) && (namesAMeeting(asked) || asked.series)) return true;
  const lower = ` ${said.toLowerCase()} `;
  const start = lower.trimStart();
  if (pack.ofSelf.test(start)) return false;
  if (pack.addition.test(start)) return true;
  const additive = pack.additive.test(lower);
  // News of this meeting names days and times as news: "pushed to Thursday", "out sick tomorrow", "bin morgen krank".
  if (pack.news.test(lower) && !additive) return false;
  const points = pointsAtMeetings(asked) || asked.scope === 'all';
  if (!points) return Boolean(asked.titleHint) && additive;
  // A day or time alone says when, as news ("Friday then", "nächste Woche dann"), unless said of a meeting ("the 3pm").
  if (onlyWhen(asked) && !additive && !pack.pointer.test(start)) return false;
  // A few words naming a meeting and where it is ("the 3pm standup") point at it; a sentence says something.
  const named = asked.titleHint?.split(' ').length ?? 0;
  return named === 0 || additive || (named <= 2 && said.trim().split(/\s+/).length <= 4);
}

/** Whether nothing but a day or time points at a meeting: no title, person, calendar, row, position or series. */
function onlyWhen(request: MeetingRequest): boolean {
  const { day, clock, hours, titleHint, dependsOnList, scope } = request;
  const when = { ...request, day: undefined, clock: undefined, hours: undefined };
  return (day ?? clock ?? hours) !== undefined && !titleHint && !dependsOnList && scope === 'one' && !pointsAtMeetings(when);
}

/** A yes taken back in the same breath: a negated or withdrawn request, a clause that is only a hold or a no. */
function takesBack(rest: string, clauses: string[], pack: LanguagePack): boolean {
  if (pack.withdrawn.test(` ${rest.toLowerCase()} `)) return true;
  return clauses.some((clause) => {
    const spoken = spokenOf(clause).trim().replace(pack.hesitation, '').trim();
    return pack.no.test(spoken) || pack.hold.test(spoken);
  });
}

/** What, besides title words, points at meetings: a time, a day, a position, a person, a calendar, a count, the series. */
function pointsAtMeetings(request: MeetingRequest): boolean {
  const { day, clock, hours, position, ordinal, count, neighbour, calendarHint, attendeeHint, series, underway, other } = request;
  return (
    [day, clock, hours, position, ordinal, count, neighbour, calendarHint, attendeeHint].some((x) => x !== undefined) ||
    Boolean(series || underway || other)
  );
}

const asksFor = (intent: Intent): boolean => intent === 'cancel' || intent === 'decline';

function spokenOf(clause: string): string {
  return ` ${clause
    .toLowerCase()
    .replace(/[\s.!?,;:–—-]+/g, ' ')
    .trim()} `;
}

/** A yes, alone or with words that add nothing to it ("ya thx", "ja danke"); not a request ("bitte absagen: …"). */
function saysYes(words: string, pack: LanguagePack): boolean {
  const said = words.toLowerCase().trim();
  if (pack.yes.test(said)) return true;
  const [first, ...rest] = said.split(/\s+/);
  return rest.length > 0 && pack.yes.test(first) && rest.every((word) => pack.assent.has(word));
}

/** A yes and, with no comma, words that only say it again: "yes please cancel", "ok cancel", "ja bitte absagen". */
function yesThenConfirms(words: string, pack: LanguagePack): boolean {
  const tokens = words.trim().split(/\s+/);
  for (let i = 1; i < Math.min(tokens.length, 3); i++) {
    const yes = tokens.slice(0, i).join(' ');
    // A "please" alone ("bitte absagen") asks to cancel: a request, not the answer to a card.
    const politeOnly = !` ${yes.toLowerCase()} `.replace(pack.chatter, ' ').trim();
    if (!politeOnly && saysYes(yes, pack) && confirmsOnly(tokens.slice(i).join(' '), pack)) return true;
  }
  return false;
}

/** A clause that adds nothing to a yes: "go ahead", "passt so", "thanks", "please cancel it", "bitte absagen". */
function confirmsOnly(clause: string, pack: LanguagePack): boolean {
  const spoken = spokenOf(clause);
  if (!spoken.trim() || pack.yes.test(spoken.trim())) return true;
  const verb = pack.intents.find(({ intent, pattern }) => asksFor(intent) && pattern.test(spoken));
  const left = verb ? spoken.replace(verb.pattern, ' ') : spoken;
  return left.split(TOKEN_SPLIT).every((word) => !word || pack.assent.has(word));
}

/** Whether the request points at meetings at all; "cancel" alone names none (the bot shows the list). */
export function namesAMeeting(request: MeetingRequest): boolean {
  return (
    request.scope === 'all' ||
    [
      request.day,
      request.clock,
      request.titleHint,
      request.attendeeHint,
      request.calendarHint,
      request.position,
      request.ordinal,
      request.neighbour,
      request.hours,
      request.underway,
    ].some((x) => x !== undefined)
  );
}

/** Chat markup that is no part of what was said: Teams mentions ("<at>Bot</at>") and tags. */
function withoutMarkup(text: string): string {
  // A tag ends before the next "<": an unclosed "<at" or "<a" scans to the next "<", not to the end of the text for each one.
  return text.replace(/<at\b[^<>]*>[^<]*<\/at>/gi, ' ').replace(/<\/?[a-z][^<>]*>/gi, ' ');
}

/** "no message", "ohne Nachricht": said so that no message is taken; the rest is read as if it were not there. */
function withoutNoMessage(text: string, pack: LanguagePack): string {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return text;
  const found = pack.noMessage.exec(lower);
  return found ? `${text.slice(0, found.index)} ${text.slice(found.index + found[0].length)}` : text;
}

/** Whether a cancel or decline is asked for once what is reported is taken out ("cancel the retro, I already declined the review"). */
function asksBesides(text: string, pack: LanguagePack): boolean {
  let left = text;
  for (let found = pack.reported.exec(left); found && found[0].length > 0; found = pack.reported.exec(left)) {
    left = `${left.slice(0, found.index)} ${left.slice(found.index + found[0].length)}`;
  }
  return pack.intents.some(({ intent, pattern }) => (intent === 'cancel' || intent === 'decline') && pattern.test(` ${left} `));
}

/**
 * "the one right after the standup", "den Termin vor der Teamrunde": the neighbour named, and the text without it.
 * `several`: the request is for several meetings or a list, for which "after lunch" is the afternoon, not one meeting.
 */
function neighbourIn(text: string, pack: LanguagePack, several: boolean): { text: string; neighbour?: MeetingRequest['neighbour'] } {
  const found = cut(text, pack.neighbour);
  const groups = found.match?.groups;
  if (!groups?.side || !groups.anchor) return { text };
  const said = meaningfulWords(groups.anchor, pack);
  const strict = said.filter((word) => !pack.softWords.has(word));
  // "den nach der Sitzung": a common word may be all that names the anchor (it must then name a meeting).
  const anchorWords = strict.length > 0 ? strict : said.filter((word) => word.length >= 5);
  const anchor = anchorWords.join(' ');
  const side = pack.afterWord.test(groups.side.trim()) ? 'after' : 'before';
  if (pack.lunch.test(anchor)) return several ? { text } : { text: found.text, neighbour: { side, anchor, lunch: true } };
  // "after the 3pm", "before the weekend": a time, not a meeting.
  if (anchorWords.length === 0 || pack.chrono.parse(groups.anchor).length > 0 || anchorWords.every((word) => pack.notCalendars.has(word)))
    return { text };
  return { text: found.text, neighbour: { side, anchor } };
}

// "two-hour", "half-hour", "einstündig", "anderthalbstündig".
const WORD_AMOUNTS: Record<string, number> = {
  one: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  half: 0.5,
  ein: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  halb: 0.5,
  anderthalb: 1.5,
  eineinhalb: 1.5,
};

/** "the 2h workshop", "90 min sync", "den 2 Std. Workshop": the length in minutes, and the text without it. */
function durationIn(text: string, pack: LanguagePack): { text: string; minutes?: number } {
  const found = cut(text, pack.duration);
  const groups = found.match?.groups;
  if (!groups?.amount || !groups.unit) return { text };
  // "the 9h30 call": a clock time.
  const { match } = found;
  if (/^\d/.test(text.slice(match!.index + match![0].length))) return { text };
  const amount = WORD_AMOUNTS[groups.amount] ?? Number(groups.amount.replace(',', '.'));
  const inMinutes = pack.minuteUnit.test(groups.unit);
  // "16h" is a clock time in some German and French writing; no meeting said to be 16 hours long.
  if (!inMinutes && amount > 12) return { text };
  const minutes = Math.round(inMinutes ? amount : amount * 60 + Number(groups.minutes ?? 0));
  return minutes > 0 ? { text: found.text, minutes } : { text };
}

/** "… except the 1:1", "… außer dem Jour fixe": the words after it, when what is before asks for several meetings. */
function exceptIn(text: string, pack: LanguagePack): { text: string; what?: string } {
  const found = pack.except.exec(text);
  if (!found?.groups?.what) return { text };
  let before = text.slice(0, found.index);
  if (!pack.all.test(before) && !SEVERAL.test(before)) return { text };
  let what = ` ${found.groups.what} `;
  // "alle Termine heute außer dem Jour fixe absagen": the verb at the end belongs to the request.
  let verbFound = false;
  for (const { pattern } of pack.intents) {
    const verb = cut(what, pattern);
    if (!verb.match) continue;
    what = verb.text;
    before = `${before} ${verb.match[0]}`;
    verbFound = true;
    break;
  }
  // "sag alle außer dem letzten ab", "nimm alle außer dem Daily raus": the particle of the verb before them, at the end.
  const particle = verbFound ? undefined : PARTICLE_AT_END.exec(what);
  if (particle && particle.index > 0 && /[\p{L}\p{N}]/u.test(what.slice(0, particle.index))) {
    before = `${before} ${particle[1]}`;
    what = `${what.slice(0, particle.index)} `;
  }
  return { text: ` ${before} `, what };
}

/** A separable verb's particle ending a sentence ("sag … ab", "nimm … raus"): it belongs to the verb, not to an exception. */
const PARTICLE_AT_END = /\s(ab|raus)\s*$/u;

/** Rows left out by their place among them ("but the last", "außer der ersten", "except the first two"), nothing else named. */
function byPlaceOnly(except: MeetingRequest): boolean {
  return (
    (except.ordinal !== undefined || except.position !== undefined) &&
    [except.day, except.clock, except.hours, except.titleHint, except.attendeeHint, except.calendarHint].every((x) => x === undefined)
  );
}

// Between exceptions: "the workshop and the legal sync", "dem Daily, der Retro und dem Jour fixe".
const EXCEPTIONS_APART = /\s*,\s*|\s+(?:and|&|und|sowie|or|oder)\s+/;

// Between meetings asked for together: "the standup and the budget check-in", "das Daily und die Retro", "x & y", "x + y".
const JOINED = /\s+(?:and|und|&|\+|as well as|sowie)\s+(?:also\s+|auch\s+|then\s+|dann\s+)?/iu;

/**
 * "cancel the standup and the budget check-in tomorrow": each meeting joined by "and" read on its own, with the request's
 * intent; undefined unless there are two or more and each names a meeting. Read only for a cancel or decline of one
 * meeting whose words have an "and" in them (the calendar side decides whether they are one meeting's name).
 */
function eachJoined(asked: string, intent: Intent, pack: LanguagePack, context: UserContext): MeetingRequest[] | undefined {
  const parts = asked.split(JOINED).filter((part) => /[\p{L}\p{N}]/u.test(part));
  if (parts.length < 2 || parts.length > 4) return undefined;
  const each: MeetingRequest[] = [];
  for (const part of parts) {
    // "… tomorrow and the day after", "… morgen und den Tag danach": the day after the one the part before said.
    const after = each.length > 0 ? dayAfterIn(part, pack.language) : undefined;
    const before = each[each.length - 1]?.day;
    const said: MeetingRequest = { ...read(after && before ? after.text : part, context, false, pack), intent };
    if (after && before) {
      said.day = dayAfter(before, after.days, context);
      delete said.laterDay;
    }
    // "monday and tuesday" said on a Tuesday: the Tuesday after that Monday, not today.
    if (before && said.day && said.laterDay && said.day.start < before.start) {
      said.day = said.laterDay;
      delete said.laterDay;
    }
    each.push(said);
  }
  return each.every(namesAMeeting) ? each.map(({ comment: _c, reason: _r, ...part }) => part) : undefined;
}

// Words of a last clause that point at a meeting, not at why ("…, the vendor one", "…, den von morgen").
const POINTER = /\b(?:one|ones|meeting|meetings|call|calls|termin|termine|meeting|einen|einer|den|dem)\b/u;

/**
 * The last clause after a comma or a dash (reason.ts lastClause) as a possible reason: only words that may name a
 * meeting or give a reason, no verb of a request, no day, time, row, position or pointer ("the vendor one").
 */
function reasonTailOf(asked: string, pack: LanguagePack, context: UserContext): MeetingRequest['reasonTail'] {
  if (!asked.includes(',') && !/\s[-–—]\s/u.test(asked)) return undefined;
  const text = lastClause(asked, pack);
  if (!text || POINTER.test(text.toLowerCase())) return undefined;
  // A signature is chatter in its place only ("Many thanks, Ravi").
  const plain = ` ${asked.toLowerCase()} `.replace(pack.chatter, ' ').replace(/[\s.!?]+$/u, '');
  if (!plain.endsWith(text.toLowerCase())) return undefined;
  const said = read(text, context, false, pack);
  if (said.intent !== 'select' && said.intent !== 'other') return undefined;
  const { day, clock, hours, position, ordinal, count, neighbour, series, underway, other, duration, except } = said;
  if ([day, clock, hours, position, ordinal, count, neighbour, series, underway, other, duration, except].some((x) => x !== undefined))
    return undefined;
  const words = [said.titleHint, said.attendeeHint, said.calendarHint].flatMap((hint) => hint?.split(' ') ?? []);
  const loose = said.looseHint?.split(' ') ?? [];
  return words.length > 0 ? { text, words, ...(loose.length ? { loose } : {}) } : undefined;
}

// "all standups this week", "meine Termine morgen": several meetings, which an exception may be taken from.
// "the meetings monday except …", "die Termine am Freitag außer …": a plural after "the"/"die" is several too.
const SEVERAL = /\b(?:all|my|the|these|those|alle|meine|die|diese)\s+(?:[\p{L}\p{N}'-]+\s+)?[\p{L}\p{N}'-]+(?:s|e|en)\b/u;

/** "both", "the first two", "die nächsten beiden": how many, and from where. */
function countIn(text: string, pack: LanguagePack): { text: string; count?: number; from?: 'first' | 'last' | 'next' } {
  for (const { pattern, from } of pack.counts) {
    const found = cut(text, pattern);
    if (!found.match) continue;
    const said = found.match.groups?.n;
    return { text: found.text, count: said ? (pack.numbers[said] ?? 2) : 2, from };
  }
  return { text };
}

/**
 * Words about what was just said: "and the one after" (beside), "no, I meant Thursday" (a correction: of the last
 * request, which the conversation knows, or of the request before it in the same message, corrected here: the
 * corrected part wins). Undefined for anything else, and for "I meant the second one", which names no part to replace.
 */
function followUpOf(typed: string, pack: LanguagePack, context: UserContext): MeetingRequest | undefined {
  const { language } = pack;
  // With a list on screen, "the one after" is about its rows (read as any pick from it), not beside a meeting discussed.
  const said = context.listShown ? undefined : besideSaid(typed, language);
  if (said) {
    const { side: beside, instead } = said;
    const plain = read(typed, context, false);
    const intent = asksFor(plain.intent) ? plain.intent : 'select';
    // With nothing discussed yet, "the one after" is the next meeting; "the one before" names none.
    return {
      intent,
      scope: 'one',
      language,
      beside,
      ...(instead ? { instead: true as const } : {}),
      ...(beside === 'after' ? { position: 'next' as const } : {}),
    };
  }
  const correction = correctionIn(typed, language);
  if (!correction) return undefined;
  const fix = read(correction.fix, context, false);
  if (!namesAPart(fix) || asksFor(fix.intent)) return correction.asked ? undefined : fix;
  const asked = correction.asked ? read(correction.asked, context, false) : undefined;
  if (asked && asksFor(asked.intent)) return corrected(asked, fix);
  return { ...fix, corrects: true };
}

// Where an opening may end and the request begin: "Morning! …", "quick one: …", "Planänderung - …", "Hi. …".
// Not the full stop of a date ("am 14. April").
const OPENING_END = /(?:(?<!\d)[:!?.]+|\s[-–—]+)\s+/gu;

/**
 * The request without an opening said before it ("Morning! Slight change of plans - can you cancel the vendor sync", "bad
 * news team: cancel the offsite", "kleine Planänderung: sag den Jour fixe ab"): words before a colon, a dash, or a sentence's
 * end, with no verb of a request, no day, time, person, calendar or row, when what follows asks to cancel or decline and
 * names its meeting by words of its own (else the opening may be its name: "Vendor sync - cancel the one tomorrow").
 */
function withoutOpening(text: string, pack: LanguagePack, context: UserContext): { text: string; reason?: string } {
  const asks = (part: string): boolean =>
    pack.intents.some(({ intent, pattern }) => (intent === 'cancel' || intent === 'decline') && pattern.test(` ${part.toLowerCase()} `));
  for (const boundary of text.matchAll(OPENING_END)) {
    const lead = text.slice(0, boundary.index);
    if (asks(lead)) return { text };
    const after = text.slice(boundary.index + boundary[0].length);
    if (!asks(after)) continue;
    // Read with its mark: "Morning all -" is a greeting, "Morning all" may be the morning.
    const opening = read(`${lead}${boundary[0].trim()}`, context, false, pack);
    if (opening.intent !== 'other' || pointsAtMeetings(opening) || opening.scope !== 'one') return { text };
    const request = read(after, context, false, pack);
    if (!request.titleHint && request.scope !== 'all') return { text };
    // An opening that gives the reason ("I'm sick!", "kid is sick:", "bin krank -") is the reason still.
    const said = reasonIn(`, ${lead}`, pack);
    const own = said.reason && !/[\p{L}\p{N}]/u.test(said.request.toLowerCase().replace(pack.chatter, ' ')) ? said.reason : undefined;
    const rest = withoutOpening(after, pack, context);
    return { text: rest.text, ...((own ?? rest.reason) ? { reason: own ?? rest.reason } : {}) };
  }
  return { text };
}

/** The user's words as a request. Deterministic, offline; never throws on odd input. */
export function understand(text: string, context: UserContext): MeetingRequest {
  const typed = withoutMarkup(text).replace(/\s+/g, ' ').trim();
  const pack = packForText(typed, context.locale);
  // "yes 👍", "yess", "nooo": a yes or no in everyday chat; "👍" alone, no word at all.
  const reply = everydayReply(typed, pack);
  if (reply === 'yes' || reply === 'no') return { intent: reply, scope: 'one', language: pack.language };
  if (reply === 'emojiOnly') return { intent: 'other', scope: 'one', language: pack.language };
  const request = read(text, context, true);
  // "undo", "move my 1:1 to friday": no cancel or decline asked for, but something this bot does not do.
  // "uncancel it", "undo the cancel": a cancel word, but asking for its undoing.
  const cannot = request.intent === 'other' || /\b(?:un-?cancel\w*|undo)\b/i.test(typed) ? cannotDo(typed, pack) : undefined;
  if (cannot) return { intent: 'other', scope: 'one', language: request.language, cannot };
  // "and cancel his board prep too", "und sag auch die Retro ab": besides what was asked before.
  // In the request's own words, not its reason or message ("…, I'm sick too", "- the panel is too busy", "ich bin auch krank").
  const lower = [request.reason, request.comment].reduce<string>(
    (said, aside) => (aside ? said.replace(aside.toLowerCase(), ' ') : said),
    typed.toLowerCase(),
  );
  if (
    (request.intent === 'cancel' || request.intent === 'decline') &&
    !request.afterYes &&
    (pack.addition.test(lower) || pack.additive.test(lower))
  )
    return { ...request, also: true };
  if (request.intent !== 'select') return request;
  // "ja nächste Woche dann", "sure tomorrow": a yes and a day with no verb and no comma: neither a yes nor a request.
  const yes = yesWordLeading(text, context);
  const left = yes !== undefined && request.titleHint === yes ? { ...request, titleHint: undefined } : request;
  return yes !== undefined && onlyWhen(left) ? { intent: 'other', scope: 'one', language: request.language } : request;
}

/** The yes word the text starts with ("ok", "ja", "sure"), if it does. */
function yesWordLeading(text: string, context: UserContext): string | undefined {
  const first = /^\s*([\p{L}']+)/u.exec(text.toLowerCase())?.[1];
  return first !== undefined && packForText(text, context.locale).yes.test(first) ? first : undefined;
}

/**
 * `withYes`: whether a leading "yes," may carry a message (false for the words after one: read once, not again).
 * `inPack`: the language of the whole text, for a part of it ("is eh nix zu besprechen" is no English on its own).
 */
function read(text: string, context: UserContext, withYes: boolean, inPack?: LanguagePack): MeetingRequest {
  const typed = withoutMarkup(text).replace(/\s+/g, ' ').trim();
  // Read by the words the user typed: a mention's tags ("<at>") are no English.
  const pack = inPack ?? packForText(typed, context.locale);
  const language = pack.language;

  const yes = withYes ? yesFollowedBy(typed, pack, context) : undefined;
  // A yes whose words were turned down is no bare yes: that would drop them ("yes, and the vendor sync"). Nor is it
  // a request when its words name no meeting by themselves ("ja, und morgen auch" with nothing open): never guessed.
  if (yes && 'instead' in yes) {
    const request = read(yes.instead, context, false);
    if (request.intent === 'yes' || (!asksFor(request.intent) && onlyWhen(request))) return { intent: 'other', scope: 'one', language };
    // "yes. and henrik's 3pm as well": a meeting named plainly with no verb is added too; not rows of a list ("and both").
    const plainly = request.intent === 'select' && !request.dependsOnList && request.ordinal === undefined && !request.position;
    return yes.adds && (asksFor(request.intent) || plainly) && namesAMeeting(request) ? { ...request, afterYes: true } : request;
  }
  if (yes) return { intent: 'yes', scope: 'one', language, ...yes };

  const followUp = withYes ? followUpOf(typed, pack, context) : undefined;
  if (followUp) return followUp;

  const { request: unmarked, message } = splitMessage(withoutNoMessage(typed, pack), pack);
  const marked = reasonIn(unmarked, pack);
  // A reason with no comma that starts before the one reasonIn found holds it ("… friday my kid is sick", not "kid is sick").
  const early = unmarkedReason(unmarked, pack);
  const longer =
    early.reason !== undefined && (!marked.reason || (early.reason.length > marked.reason.length && early.reason.endsWith(marked.reason)));
  const found = longer ? early : marked;
  // Unless it says which meeting ("… tomorrow i have with megan"): then it is the request's.
  const which = whichMeetingClause(unmarked, found, pack);
  const { request: withOpening, reason: reasonAfter } = which !== undefined ? { request: which } : found;
  const { text: asked, reason: reasonBefore } = withoutOpening(withOpening, pack, context);
  const reason = reasonAfter ?? reasonBefore;
  const typedName = typedNames(asked, pack);
  // Possessives first: the rewrite drops them ("monday's standup"). Chatter is no name ("calendar thx").
  const lowered = ` ${asked
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(GO_NO_GO, 'go/no-go')} `.replace(pack.chatter, ' ');
  // "my current meeting", "mein aktuelles Meeting": before "aktuelles" is read as a name, "I'm" as a reason, "now" as a time.
  const underway = cut(lowered, pack.underway);
  // "cancel my 3pm now": when to act, not 3pm's time; chrono would read "now" as the clock, and in a DST repeated hour as two.
  const now = cut(underway.text, pack.now);
  const named = calendarsIn(now.text, pack, true);
  let rest = ` ${pack.rewrite(correctDayWords(pack.dayOrdinals?.(named.text) ?? named.text, pack.dayWords, pack.softWords))} `.replace(
    pack.chatter,
    ' ',
  );
  rest = cut(rest, pack.settledWith).text;
  rest = ` ${rest.replace(/\s+/g, ' ').trim()} `;
  const excepted = exceptIn(rest, pack);
  rest = excepted.text;

  const answer = rest
    .replace(/[,;:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const withComment = (request: MeetingRequest): MeetingRequest =>
    message ? { ...request, comment: message } : reason ? { ...request, reason } : request;
  if (pack.yes.test(answer)) return withComment({ intent: 'yes', scope: 'one', language });
  if (pack.more.test(answer)) return { intent: 'list', scope: 'all', more: true, language };
  // A withdrawal is read with the punctuation typed: "ich schaffe es nicht, bitte absagen" asks to cancel.
  if (pack.no.test(answer) || pack.withdrawn.test(rest)) return { intent: 'no', scope: 'one', language };
  // "should I cancel the sync?", "Megan said she cancelled it": about a cancellation, asking for none.
  if (pack.notARequest.test(rest) || (pack.reported.test(rest) && !asksBesides(rest, pack)))
    return { intent: 'other', scope: 'one', language };

  const correction = cut(rest.trimStart(), pack.correction);
  rest = ` ${correction.text.replace(pack.notThis, ' ')} `;
  const seriesFound = cut(rest, pack.series);
  const series = seriesFound.match !== undefined;
  rest = seriesFound.text;
  // "the standup series from now on": each way of saying it is cut, so no "now" is left for the dates.
  for (let more = series ? cut(rest, pack.series) : undefined; more?.match; more = cut(rest, pack.series)) rest = more.text;
  // An exception taken from several ("the meetings monday except the retro") asks for all of them but it.
  const bulk = !series && (pack.all.test(rest) || excepted.what !== undefined);
  const meetingsPlural = pack.meetingsPlural.test(rest);

  let intent: Intent | undefined;
  for (const candidate of pack.intents) {
    const found = cut(rest, candidate.pattern);
    if (!found.match) continue;
    intent = candidate.intent;
    rest = found.text;
    break;
  }

  const length = durationIn(rest, pack);
  rest = length.text;
  const near = neighbourIn(rest, pack, bulk || intent === 'list');
  rest = near.text;
  // "… tomorrow and the day after": a day the parts read (eachJoined), no title words and no date of the whole.
  const joinedDayAfter = JOINED.test(asked) ? dayAfterIn(rest, language) : undefined;
  if (joinedDayAfter) rest = joinedDayAfter.text;
  const said = extractDate(rest, pack, context);
  rest = said.text;
  const counted = countIn(rest, pack);
  rest = counted.text;
  const ordinalFound: { text: string; ordinal?: number } = counted.from ? { text: rest } : ordinalIn(rest, pack);
  rest = ordinalFound.text;
  let position: MeetingRequest['position'] = counted.from === 'next' ? 'next' : undefined;
  let comparative = false;
  let ofTwo = false;
  let skip: number | undefined;
  for (const candidate of position ? [] : pack.positions) {
    const found = cut(rest, candidate.pattern);
    if (!found.match) continue;
    position = candidate.value;
    comparative = candidate.comparative === true;
    ofTwo = candidate.ofTwo === true;
    skip = candidate.skip;
    rest = found.text;
    break;
  }

  const wholeMonth = said.date ? { text: rest } : extractMonth(rest, pack, context);
  rest = wholeMonth.text;
  const when = extractWhen(rest, pack, context, said.date);
  rest = when.rest;
  if (wholeMonth.day && !when.day) when.day = wholeMonth.day;

  let attendeeHint: string | undefined;
  const attendee = cut(rest, pack.attendee);
  if (attendee.match) {
    // "with will", "w will": a modal verb cannot follow "with", so there it is a name, however it is typed.
    const first = /^[\p{L}']+/u.exec(attendee.match[1])?.[0];
    const asNames = first && MODAL_AS_NAME.test(first) ? new Set([...typedName, first]) : typedName;
    const names = meaningfulWords(attendee.match[1], pack, asNames).filter((word) => !pack.softWords.has(word) || word.length > 3);
    if (names.length > 0) {
      attendeeHint = names.join(' ');
      rest = attendee.text;
    }
  }
  const placed = calendarsIn(rest, pack, false);
  rest = placed.text;
  const calendarNames = [...named.names, ...placed.names];
  const reference = cut(rest, pack.reference);
  rest = reference.text;
  rest = rest.replace(pack.all, ' ');

  const words = meaningfulWords(rest, pack, typedName);
  // An emoji names a meeting only when one has it ("the 🚀 meeting"); otherwise it is mood ("🙏").
  const soft = (word: string): boolean => (pack.softWords.has(word) && !typedName.has(word)) || EMOJI.test(word);
  const titleWords = words.filter((word) => !soft(word));
  const looseWords = words.filter(soft);
  // "my standups this week", "all my 1:1s": a plural of what the meeting is called is every one of them.
  // Not with a clock time: "the 5pm drinks" is one meeting.
  const pluralSaid = pluralIn(rest, lowered, titleWords, language);
  const plural = !when.clock && !series && pluralSaid !== undefined;
  const titleHint = titleWords.length > 0 ? titleWords.map((word) => (word.startsWith('1on1') ? '1:1' : word)).join(' ') : undefined;

  // "the later one", "both", "the first two", "the other one" are about rows on screen: with none, they name nothing.
  const otherOne = reference.match !== undefined && /\b(?:other|ander\w*)\b/.test(reference.match[0]);
  // "both interviews", "die beiden Interviews" with no list on screen: the two meetings so called, not rows of a list.
  const countOfNamed = counted.count !== undefined && !counted.from && titleWords.length > 0 && isPlural(words[words.length - 1]);
  const ofAList = comparative || (counted.count !== undefined && counted.from !== 'next' && !countOfNamed) || otherOne;
  const listless = ofAList && !context.listShown;
  if (listless && comparative) position = undefined;
  const count = listless ? undefined : counted.count;
  const ordinal = listless
    ? ordinalFound.ordinal
    : counted.from === 'first'
      ? 1
      : counted.from === 'last' && counted.count
        ? -counted.count
        : ordinalFound.ordinal;
  const refersToMeeting =
    underway.match !== undefined ||
    ordinal !== undefined ||
    count !== undefined ||
    near.neighbour !== undefined ||
    position !== undefined ||
    (reference.match !== undefined && !listless) ||
    when.day !== undefined ||
    when.clock !== undefined ||
    when.hours !== undefined ||
    attendeeHint !== undefined ||
    calendarNames.length > 0;
  // "anything on Thursday?", "tomorrow?": a question naming only a time is a question about the calendar.
  const asksAboutTime = /\?\s*$/.test(typed) && !titleHint && !attendeeHint && (when.day !== undefined || when.clock !== undefined);
  // "Alex's calendar tomorrow", "meetings in Marketing this week": a calendar named with no verb, and no
  // meeting in it, is a look at it.
  const looksAtCalendar =
    named.noun ||
    placed.noun ||
    (calendarNames.length > 0 && !when.clock && !titleHint && !attendeeHint && ordinalFound.ordinal === undefined && !position);
  // With a list on screen, a meeting named alone is a pick from it ("the vendor one", "den Kundentermin").
  const picked = refersToMeeting || (context.listShown === true && titleHint !== undefined);
  const finalIntent: Intent = intent ?? (asksAboutTime || looksAtCalendar ? 'list' : picked ? 'select' : 'other');
  // Words with no verb that are about the rows of a list ("the later one", "both", "the vendor one") when one is on screen.
  const aboutAList =
    ofAList ||
    (!intent &&
      (reference.match !== undefined || (titleHint !== undefined && !when.day && !when.clock && !attendeeHint && !near.neighbour)));

  let day = when.day;
  // "my last meeting" with no day means today's last one; "the later one" is of the meetings talked about.
  if (position === 'last' && !day && !comparative && !near.neighbour) day = todayIn(context);
  const several = (count ?? 1) > 1;
  // "cancel my meetings tomorrow", "sag meine Termine morgen ab": a day's meetings said as several, with nothing naming
  // one of them, are that day's meetings, as "all my meetings tomorrow" (never a pick of one, whatever the day holds). A
  // range ("my meetings next week") stays a list to pick from, page by page. "One of my meetings" is one of them.
  const ofTheDay =
    meetingsPlural &&
    !pack.someOf.test(rest) &&
    (finalIntent === 'cancel' || finalIntent === 'decline') &&
    when.day !== undefined &&
    Date.parse(when.day.end) - Date.parse(when.day.start) <= ONE_DAY &&
    !titleHint &&
    !attendeeHint &&
    !when.clock &&
    !position &&
    !near.neighbour &&
    ordinal === undefined &&
    count === undefined;
  const scope =
    bulk || plural || several || ofTheDay || (finalIntent === 'list' && ordinal === undefined && position === undefined) ? 'all' : 'one';
  // A bulk cancel with nothing narrowing it stays within today: never the whole week by accident.
  if (
    scope === 'all' &&
    !several &&
    (finalIntent === 'cancel' || finalIntent === 'decline' || finalIntent === 'select') &&
    !day &&
    !when.clock &&
    !titleHint &&
    !attendeeHint
  )
    day = todayIn(context);

  const request: MeetingRequest = { intent: finalIntent, scope, language };
  if (position) request.position = position;
  if (position && ofTwo) request.ofTwo = true;
  if (position && skip) request.skip = skip;
  if (underway.match) request.underway = true;
  if (ordinal !== undefined) request.ordinal = ordinal;
  if (count !== undefined) request.count = count;
  if (near.neighbour) request.neighbour = near.neighbour;
  if (day) request.day = day;
  if (when.laterDay && day === when.day) request.laterDay = when.laterDay;
  if (when.clock) request.clock = when.clock;
  if (when.clock && when.morningToo) request.morningToo = true;
  if (when.hours) request.hours = when.hours;
  if (titleHint) request.titleHint = titleHint;
  if (attendeeHint) request.attendeeHint = attendeeHint;
  if (calendarNames.length > 0) request.calendarHint = calendarNames.join(' ');
  if (calendarNames.length > 0 && (named.noun || placed.noun)) request.calendarSaid = true;
  if (looseWords.length > 0) request.looseHint = looseWords.join(' ');
  if (series) request.series = true;
  // Not when said to be every one: "all standups", "alle Dailys".
  if (plural && !bulk && !several && !/\b(?:all|alle|every|each|jede[nrsm]?)\s/.test(rest)) request.pluralWord = pluralSaid;
  // "cancel the second one", "number 7": a row and nothing else is a pick from the list on screen, with one.
  const rowOnly = ordinal !== undefined && !day && !when.clock && !when.hours && !titleHint && !attendeeHint && !calendarNames.length;
  if (said.dependsOnList || aboutAList || rowOnly) request.dependsOnList = true;
  if (otherOne) request.other = true;
  if (calendarNames.length === 0 && pack.theirs.test(lowered)) request.theirs = true;
  if (pack.it.test(lowered)) request.it = true;
  if (length.minutes) request.duration = length.minutes;
  if (excepted.what && scope === 'all') {
    // Read as a pick from the meetings asked for: "the 1:1", "friday's", "dem Jour fixe".
    const left = read(excepted.what, { ...context, listShown: true }, false);
    if (namesAMeeting(left)) request.except = left;
    // "except the workshop and the legal sync", "außer dem Daily und der Retro": each one, should the whole name none.
    const parts = excepted.what.split(EXCEPTIONS_APART).filter((part) => part.trim());
    const each = parts.length > 1 ? parts.map((part) => read(part, { ...context, listShown: true }, false)) : [];
    if (each.length > 0 && each.every(namesAMeeting)) request.exceptEach = each;
    const unnamed = !namesAMeeting(left) ? [excepted.what] : each.length ? parts.filter((_part, i) => !namesAMeeting(each[i])) : [];
    if (unnamed.length) request.exceptUnnamed = unnamed.map((part) => part.replace(/\s+/g, ' ').trim());
    // "cancel all but the last", "cancel them all except the first", "alle außer der ersten absagen": naming nothing of
    // their own and leaving rows out by their place, they are about the rows on screen (a list, a card for several);
    // read with those shown, they have no day of their own. With none shown, they stay today's, as any bulk naming nothing.
    const leftOut = request.exceptEach ?? (request.except ? [request.except] : []);
    const ownWords = [when.day, when.clock, when.hours, titleHint, attendeeHint].some((x) => x !== undefined) || calendarNames.length > 0;
    if (leftOut.length && leftOut.every(byPlaceOnly) && !ownWords && !several) {
      request.dependsOnList = true;
      if (context.listShown) delete request.day;
    }
  }
  // "the standups tomorrow and friday": a plural read over each day said, as one title is.
  const pluralOnly = plural && !bulk && !several;
  if (asksFor(finalIntent) && (scope === 'one' || pluralOnly) && !excepted.what && !series && !near.neighbour && JOINED.test(asked)) {
    const each = eachJoined(asked, finalIntent, pack, context);
    if (each) request.each = each;
  }
  // "… - budget freeze", "…, kenji's sick": a last clause that may be a reason, for the calendar side to tell.
  if (asksFor(finalIntent) && !message && !reason) {
    const tail = reasonTailOf(asked, pack, context);
    if (tail) request.reasonTail = tail;
  }
  // "no, Omar's", "nein, Donnerstag": a leading no and a part named, no verb and nothing about rows.
  if (correction.match && !intent && !otherOne && !ofAList && ordinal === undefined && !position && !near.neighbour && namesAPart(request))
    request.corrects = 'ifOffered';
  // "cancel my meeting now" names no meeting but the one going on.
  if (
    now.match &&
    !now.match.groups?.filler &&
    scope === 'one' &&
    asksFor(request.intent) &&
    !request.titleHint &&
    !request.looseHint &&
    !pointsAtMeetings(request)
  )
    request.underway = true;
  return withComment(request);
}
