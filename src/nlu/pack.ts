import type { Chrono } from 'chrono-node';
import type { DateTime } from 'luxon';
import type { Intent } from './types';

export type DayPartName = 'morning' | 'afternoon' | 'evening';

/** A part of the day in local hours, end exclusive (24 = midnight, 30 = 6am the next day). */
export interface DayPart {
  name: DayPartName;
  pattern: RegExp;
  from: number;
  to: number;
  /** The words also say which day ("tonight", "heute Abend" -> today). */
  today?: boolean;
  /** The word chrono reads in their place for that day: "my 11 tonight" is "my 11 today" to it ("11" alone is no time). */
  chronoDay?: string;
}

/**
 * Everything language-specific. Adding a language is adding one of these in packs/.
 * Patterns run on lower-cased text; each match is removed before the next step so that
 * what is left at the end is the title and attendee words.
 */
export interface LanguagePack {
  language: string;
  chrono: Chrono;
  /** chrono for locales that write the day first ("11/12" is 11 December in en-GB); absent: chrono reads them so already. */
  chronoDayFirst?: Chrono;
  /** Days of the month said as ordinal words, as digits ("on the fourteenth" -> "on the 14th", "am zwölften" -> "am 12."). */
  dayOrdinals?(text: string): string;
  /** Turns spoken clock forms into digits chrono reads ("halb drei" -> "2:30"). */
  rewrite(text: string): string;
  /** Greetings, thanks and politeness ("morning!", "cheers", "vielen Dank"): removed before anything is read. */
  chatter: RegExp;
  /** A reason given after the request (", I'm off sick", "weil ich krank bin"): cut to the end. */
  reason: RegExp;
  /** A word that only introduces a reason ("because I'm out" is "I'm out" to the attendees); none in German ("weil" orders the clause). */
  reasonLead?: RegExp;
  /** An apology ("sorry", "tut mir leid"): chatter to the bot, but at the end of a reason it is said to the attendees too. */
  apology?: RegExp;
  /** Cues that start a message for the attendees ("and tell them", "Nachricht:"); the rest of the text is the message. */
  messages: RegExp[];
  /** Function words of the language (the stopword package's list plus chat): never a reason to say "no meeting". */
  softWords: Set<string>;
  /** "the whole series", "die ganze Serie". */
  series: RegExp;
  /**
   * Words naming a day, spelled right ("tomorrow", "mittwoch"), and the request verbs of six letters or more
   * ("cancel", "absagen"): slips of them are put right (see correctDayWords) before the date parser and intents read them.
   */
  dayWords: string[];
  /** Weekday names by number (1 = Monday), with their short forms. */
  weekdays: Record<string, number>;
  months: Record<string, number>;
  /** A day of the month, with groups day, and optionally weekday and month ("Tuesday the 15th", "am 14."). */
  dayOfMonth: RegExp;
  /**
   * A weekday in a week other than the coming one, group weekday: "Thursday next week" is in the calendar
   * week `weeks` ahead; with fromComing, `weeks` after the coming one ("a week from Monday"), and with afterToday
   * the coming one is not today ("Monday after next" said on a Monday is in two weeks, in any locale's week).
   */
  weekRelative: Array<{ pattern: RegExp; weeks: number; fromComing?: boolean; afterToday?: boolean }>;
  /** Whole-utterance answers to a pending question. */
  yes: RegExp;
  /** Whole-utterance asks for the next page of the list shown ("more", "next page", "weitere"). */
  more: RegExp;
  /** A yes held back in the same breath: "yes, wait", "hold on", "ja, Moment", "doch nicht". */
  hold: RegExp;
  /**
   * After a yes, the meetings of the card it leaves out: "but not the standup", "but keep the interview", "apart from
   * the 1:1", "aber nicht die Retro", "außer dem Jour fixe"; group `what`. Run on the yes's first clause, lower-cased.
   */
  butNot: RegExp;
  /** "too", "as well", "auch" anywhere: more meetings than the one on the card, unless the words speak of the user. */
  additive: RegExp;
  /** Words that start an addition: "and …", "plus …", "und …", "sowie …". */
  addition: RegExp;
  /** A third person's possessive, not an object pronoun: "his 3pm", "her standup", "seinen Termin", "ihr Standup". */
  theirs: RegExp;
  /** Words that start a message of the user's own: "I …", "we're …", "sorry", "ich …", "leider". */
  ofSelf: RegExp;
  /**
   * An apology for what is being done, at the start of the words after a yes ("sorry to cancel at such short notice",
   * "tut mir leid, dass ich so kurzfristig absage"): said to the attendees, however it names the cancelling.
   */
  apologyFor: RegExp;
  /**
   * News of the meeting for its attendees, after a yes: it moves ("pushed to Thursday", "verlegen wir auf Montag") or
   * someone cannot come ("out sick tomorrow"): a message that may name days and times, never a pick of another meeting.
   */
  news: RegExp;
  /** A day or time said of a meeting rather than as news ("the 3pm", "friday's", "den am Freitag"): words after a yes. */
  pointer: RegExp;
  /** Words before a no that do not change it: "actually no", "ähm nein". */
  hesitation: RegExp;
  /** Words that add nothing to a yes ("yes, do it now", "ja, passt so, danke"): lower case. */
  assent: Set<string>;
  no: RegExp;
  /**
   * A request taken back or negated anywhere in the text ("cancel that, never mind", "don't cancel the
   * standup", "das Daily nicht absagen"): a no, never a request.
   */
  withdrawn: RegExp;
  /**
   * A length said of the meeting ("the 2h workshop", "90 min sync", "den 2 Std. Workshop"): group `amount` (a number,
   * "1,5" or "1.5") and `unit` (matched by minuteUnit when minutes, else hours), and an optional `minutes` more ("1h 30").
   * Never a start time: cut before times are read.
   */
  duration: RegExp;
  minuteUnit: RegExp;
  /**
   * The user will sort it out with someone themself ("I'll clear it with Anna", "kläre das mit Anna"): says nothing
   * about the meeting; "clear" here is no cancel.
   */
  settledWith: RegExp;
  /**
   * "except the 1:1", "but not the standup", "außer dem Jour fixe", "bis auf …", "nur nicht am Freitag": the words
   * after it name meetings to leave out of a bulk request; they run to the end of the text.
   */
  except: RegExp;
  /**
   * Words about a cancellation that ask for none: advice ("should I cancel …?", "soll ich … absagen?") or a
   * hypothetical ("what if I cancel …"). Read on the request part only (a message may say anything).
   */
  notARequest: RegExp;
  /**
   * A cancellation reported or done ("Megan said she cancelled the sync", "hab ich schon abgesagt"): no request,
   * unless one is made besides ("cancel the retro, I already declined the review").
   */
  reported: RegExp;
  /** "no message", "don't tell them anything", "ohne Nachricht": the user wants none; cut before cues are read. */
  noMessage: RegExp;
  /** A negated pick that only sets off the real one ("the second one, not the first"): dropped. */
  notThis: RegExp;
  /**
   * A meeting named by its neighbour: "the one right after the standup", "den Termin vor der Teamrunde".
   * Groups: side ("after" words or "before" words, see afterWord), anchor (the neighbour's words).
   */
  neighbour: RegExp;
  afterWord: RegExp;
  /** Anchor words that mean the lunch break ("lunch", "Mittagspause") when no meeting is called so. */
  lunch: RegExp;
  /**
   * How many meetings are meant, in time or list order: "both", "the first two", "the last two", "the next two
   * standups"; group n holds the number (absent: 2), from where they start.
   */
  counts: Array<{ pattern: RegExp; from?: 'first' | 'last' | 'next' }>;
  numbers: Record<string, number>;
  /** A leading "no," before a correction ("no, the one tomorrow"). */
  correction: RegExp;
  /** Checked in order; the first match wins. */
  intents: Array<{ intent: Intent; pattern: RegExp }>;
  /** value: the ordinal (see MeetingRequest.ordinal), or 'digit' for "number 2" / "#2" / a bare "2", read from group 1 or 2. */
  ordinals: Array<{ pattern: RegExp; value: number | 'digit' }>;
  /** "my current meeting", "the meeting I'm in", "das laufende Meeting": the one under way now (MeetingRequest.underway). */
  underway: RegExp;
  /** "now", "right now", "jetzt", "sofort": when to act, never a clock time; with nothing else named, the meeting under way. */
  now: RegExp;
  /** comparative: said of the meetings being talked about ("the later one", "den früheren"), not of a day. */
  /** A whole month ("in January", "im Jänner"): group `month`, a key of months. */
  inMonth: RegExp;
  /** ofTwo: said with no meeting to be next to ("the one after" of a list), it compares two rows, not more.
   * skip: how many to pass over from that end ("mein übernächster Termin", "the meeting after next": 1). */
  positions: Array<{ pattern: RegExp; value: 'next' | 'last'; comparative?: boolean; ofTwo?: boolean; skip?: number }>;
  /** "the one", "die von morgen": marks a follow-up reference without a verb. */
  reference: RegExp;
  all: RegExp;
  /** A week `offset` weeks on (restOfWeek: from today), or its weekend (Saturday and Sunday; what is left of it when said on one). */
  weeks: Array<{ pattern: RegExp; offset: number; restOfWeek?: boolean; weekend?: boolean }>;
  dayParts: DayPart[];
  /**
   * Clock ranges, read after rewrite: "between 2 and 4", "from 2 to 5", "after 5", "before noon", "zwischen 14 und 16
   * Uhr", "nach 16 Uhr", "vor 12". Groups from and/or to hold a clock as digits ("2", "14:30", "5pm", "16 uhr").
   */
  clockRanges: RegExp[];
  /** Says a weekday means the following week ("next Monday"). Otherwise the coming one, today included. */
  nextWeekday: RegExp;
  /** Said right before a day, makes it the last day of a range from today: "until tuesday", "bis Dienstag". Ends in $. */
  untilDay?: RegExp;
  attendee: RegExp;
  /** A capital inside a sentence marks a name ("the Will meeting"): English, not German (every noun has one). */
  capitalsAreNames: boolean;
  /** Words that are neither title nor name. */
  fillers: Set<string>;
  /**
   * Whose or which calendar: "Alex's", "the Marketing calendar", "im Kalender von Alex". Group `name`
   * holds the name (its leading words that may name a calendar are taken, the rest left); group `noun`,
   * when the pattern has one, that the word "calendar" was said. `early` patterns run on the text as
   * typed (before rewrite, which drops possessives); the others once times and people are cut ("in
   * Marketing" at the end of what is left). Global (flags dg): each takes its first match that names something.
   */
  calendars: Array<{ pattern: RegExp; early?: boolean }>;
  /** What an early calendar phrase is replaced by, so the rest still reads ("show Alex's week" → "show my week"): "my", "mein". */
  mine: string;
  /** Words no calendar is named by, besides softWords and fillers: times ("Monday's"), "shared", "in person". */
  notCalendars: Set<string>;
  describe: {
    clock(hour: number, minute: number): string;
    today: string;
    tomorrow: string;
    /** Dates come set to the user's locale when it is of this language ("Sunday 6 Dec" in en-GB): format with toLocaleString. */
    onDate(date: DateTime): string;
    between(from: DateTime, to: DateTime): string;
    /** dayPhrase is the output of today / tomorrow / onDate. */
    dayPart(part: DayPartName, dayPhrase: string, isToday: boolean): string;
    /** Local clock times of a range asked for ("from 2pm to 4pm", "von 14 bis 16 Uhr"); to 24:00 is "after"/"nach". */
    hours(from: { hour: number; minute: number }, to: { hour: number; minute: number }): string;
    titled(title: string): string;
    withPerson(name: string): string;
    /** "in Alex's calendar": the calendarHint, capitalized. */
    inCalendar(name: string): string;
    next: string;
    last: string;
    /** Of a meeting under way now: "under way now", "das gerade läuft". */
    underway: string;
    /** "right after "standup"", "direkt nach „Standup“": the neighbour asked about. */
    beside(side: 'after' | 'before', anchor: string): string;
  };
}

// JavaScript's \b only knows ASCII letters, so "\bübermorgen" never matches. Packs write \b and
// get a letter-aware boundary instead.
const BOUNDARY = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';

export function words(pattern: RegExp): RegExp {
  const flags = pattern.flags.includes('u') ? pattern.flags : `${pattern.flags}u`;
  return new RegExp(pattern.source.replace(/\\b/g, BOUNDARY), flags);
}

/** The pack with every matching pattern made letter-aware (see words()). */
export function withLetterBoundaries(pack: LanguagePack): LanguagePack {
  const each = <T extends { pattern: RegExp }>(list: T[]): T[] => list.map((item) => ({ ...item, pattern: words(item.pattern) }));
  return {
    ...pack,
    chatter: words(pack.chatter),
    reason: words(pack.reason),
    messages: pack.messages.map(words),
    series: words(pack.series),
    dayOfMonth: words(pack.dayOfMonth),
    weekRelative: each(pack.weekRelative),
    yes: words(pack.yes),
    more: words(pack.more),
    hold: words(pack.hold),
    butNot: words(pack.butNot),
    additive: words(pack.additive),
    addition: words(pack.addition),
    theirs: words(pack.theirs),
    ofSelf: words(pack.ofSelf),
    apologyFor: words(pack.apologyFor),
    news: words(pack.news),
    pointer: words(pack.pointer),
    hesitation: words(pack.hesitation),
    no: words(pack.no),
    withdrawn: words(pack.withdrawn),
    duration: words(pack.duration),
    inMonth: words(pack.inMonth),
    settledWith: words(pack.settledWith),
    except: words(pack.except),
    notARequest: words(pack.notARequest),
    reported: words(pack.reported),
    noMessage: words(pack.noMessage),
    notThis: words(pack.notThis),
    neighbour: words(pack.neighbour),
    afterWord: words(pack.afterWord),
    lunch: words(pack.lunch),
    counts: each(pack.counts),
    correction: words(pack.correction),
    intents: each(pack.intents),
    ordinals: each(pack.ordinals),
    positions: each(pack.positions),
    underway: words(pack.underway),
    reference: words(pack.reference),
    all: words(pack.all),
    weeks: each(pack.weeks),
    dayParts: each(pack.dayParts),
    clockRanges: pack.clockRanges.map(words),
    nextWeekday: words(pack.nextWeekday),
    attendee: words(pack.attendee),
    calendars: each(pack.calendars),
  };
}
