import type { MeetingRequest } from './types';

/**
 * Words typed after the bot answered that are about what was just said: a correction of the last request
 * ("no, I meant Thursday", "nein, ich meinte Omar's") and the meeting beside the one just discussed ("and the one
 * after", "der davor"). Per language, read on the lower-case text; kept apart from the packs' request reading.
 */
interface FollowUpWords {
  /** Where a correction starts; what follows it is the corrected part ("I meant X", "actually X"). */
  correction: RegExp;
  /** "ich hab Donnerstag gemeint": the corrected part before the cue (group x). */
  correctionBefore?: RegExp;
  after: RegExp;
  before: RegExp;
}

const EN_ONE = String.raw`(?:the\s+)?(?:one|meeting|event)`;
const WORDS: Record<string, FollowUpWords> = {
  en: {
    // Not "what do you mean": the cue is the user's own "I meant", or "actually" as the first word of a turn or clause.
    correction:
      /(?:^|[,;.!?]\s*|\s)(?:(?:no|nope|nah|oops|sorry|wait|err?m?|uh)[\s,.;!-]+)*(?:i\s+(?:meant|mean)\b|meant\b|(?:^|(?<=[,;.!?]\s*))(?:actually|(?:no|nope|nah)[\s,.!-]+wait|wait[\s,.!-]+(?:no|nope)|(?:no|nope)[\s,.!-]+sorry|sorry[\s,.!-]+no|oops|whoops|or\s+rather)\b)[\s,:-]*/,
    after: new RegExp(
      String.raw`^(?:(?:and|ok|okay|then|so|now)\s+)*(?:(?:what|how)\s+about\s+)?(?:(?:please\s+)?(?:cancel|decline)\s+)?(?:the\s+)?(?:(?:next|following)(?:\s+(?:one|meeting))?|${EN_ONE}\s+after(?:\s+(?:that|this|it))?|after\s+that)(?:\s+(?:then|too|as well|please))?$`,
    ),
    before: new RegExp(
      String.raw`^(?:(?:and|ok|okay|then|so|now)\s+)*(?:(?:what|how)\s+about\s+)?(?:(?:please\s+)?(?:cancel|decline)\s+)?(?:the\s+)?(?:(?:previous|preceding)(?:\s+(?:one|meeting))?|${EN_ONE}\s+before(?:\s+(?:that|this|it))?|before\s+that)(?:\s+(?:then|too|as well|please))?$`,
    ),
  },
  de: {
    // "meine" alone is "my" ("sag meine Besprechung ab"): only with "ich"; "meinte" is never "my".
    correction:
      /(?:^|[,;.!?]\s*|\s)(?:(?:nein|nee|ne|nö|nei|sorry|oh|äh|ups|hoppla)[\s,.;!-]+)*(?:(?:ich\s+)?meinte\b|ich\s+mein(?:e)?\b|(?:^|(?<=[,;.!?]\s*))(?:eigentlich|(?:nein|nee|ne|nö)[\s,.!-]+(?:warte|moment|halt|sorry)|(?:warte|moment|halt|sorry|äh|ups)[\s,.!-]+(?:nein|nee|nö)|ups|hoppla|oder\s+(?:besser|lieber|vielmehr)|doch\s+lieber)\b)[\s,:-]*/,
    correctionBefore: /^(?:(?:nein|nee|ne|nö|nei|sorry)[\s,.;!-]+)*(?:ich\s+)?(?:hab|habe|ha)\s+(?<x>.+?)\s+g(?:e)?meint[\s.!]*$/,
    after:
      /^(?:und\s+)?(?:was ist mit\s+)?(?:(?:der|die|das|den|dä|de)\s+)?(?:nächste[nrs]?(?:\s+(?:termin|meeting|besprechung))?|(?:termin|meeting|besprechung)\s+danach|danach)(?:\s+(?:auch|bitte|dann))?$/,
    before:
      /^(?:und\s+)?(?:was ist mit\s+)?(?:(?:der|die|das|den|dä|de)\s+)?(?:vorherige[nrs]?(?:\s+(?:termin|meeting|besprechung))?|(?:termin|meeting|besprechung)\s+davor|davor)(?:\s+(?:auch|bitte|dann))?$/,
  },
};

const wordsFor = (language: string): FollowUpWords => WORDS[language] ?? WORDS.en;

const spoken = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\s.!?,;:–—]+/g, ' ')
    .trim();

/**
 * "and the one after", "the next one", "und der danach" (after); "the one before", "der davor" (before); else undefined.
 * Said after a no ("no, the one after", "nein, das danach"), the card it answers was not meant: `instead`.
 */
export function besideSaid(text: string, language: string): { side: 'after' | 'before'; instead: boolean } | undefined {
  const whole = spoken(text);
  const said = whole.replace(NO_FIRST, '');
  const instead = said !== whole;
  const words = wordsFor(language);
  if (words.after.test(said)) return { side: 'after', instead };
  if (words.before.test(said)) return { side: 'before', instead };
  return undefined;
}

/** A no the words start with, in either language ("no", "nope", "nein", "nee", "nö"). */
const NO_FIRST = /^(?:no|nope|nah|not that one|nein|nee|nö|nicht die|nicht den|nicht das)\s+/;

/**
 * A correction in the text: what was asked before it (empty when the turn is only the correction) and the corrected
 * part. Found on the original text (the lower-case copy keeps its positions for the scripts the packs read).
 */
export function correctionIn(text: string, language: string): { asked: string; fix: string } | undefined {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return undefined;
  const words = wordsFor(language);
  const before = words.correctionBefore?.exec(lower);
  if (before?.groups?.x)
    return { asked: '', fix: text.slice(before.index + before[0].indexOf(before.groups.x)).slice(0, before.groups.x.length) };
  const found = words.correction.exec(lower);
  if (!found) return undefined;
  const fix = text.slice(found.index + found[0].length).trim();
  if (!fix) return undefined;
  return { asked: text.slice(0, found.index).trim(), fix };
}

/** Whether a request names a part a correction can replace: the day, the time, the title, a person or calendar. */
export function namesAPart(request: MeetingRequest): boolean {
  return [request.day, request.clock, request.hours, request.titleHint, request.attendeeHint, request.calendarHint].some(
    (x) => x !== undefined,
  );
}

/**
 * The last request with the corrected parts replaced: a day its day, a time its time, words of the meeting its
 * title (a time said for the wrong meeting goes with it), a person or calendar theirs. What the correction does not
 * name stays as asked ("cancel Hannah's project review tomorrow" + "I meant Omar's": Omar's project review tomorrow).
 */
export function corrected(last: MeetingRequest, fix: MeetingRequest): MeetingRequest {
  const next: MeetingRequest = { ...last, language: fix.language };
  delete next.corrects;
  delete next.beside;
  if (fix.intent === 'cancel' || fix.intent === 'decline') next.intent = fix.intent;
  if (fix.day) {
    next.day = fix.day;
    if (fix.laterDay) next.laterDay = fix.laterDay;
    else delete next.laterDay;
  }
  if (fix.titleHint) {
    next.titleHint = fix.titleHint;
    if (fix.looseHint) next.looseHint = fix.looseHint;
    else delete next.looseHint;
    if (!fix.clock && !fix.hours) {
      delete next.clock;
      delete next.hours;
    }
  }
  if (fix.clock) {
    next.clock = fix.clock;
    delete next.hours;
  } else if (fix.hours) {
    next.hours = fix.hours;
    delete next.clock;
  }
  if (fix.calendarHint) {
    next.calendarHint = fix.calendarHint;
    // "the review with Megan" corrected to "Adele's": the person said is replaced, as calendar or as attendee.
    if (!fix.attendeeHint) delete next.attendeeHint;
  }
  if (fix.attendeeHint) next.attendeeHint = fix.attendeeHint;
  if (fix.comment) next.comment = fix.comment;
  // A part replaced is no pick from a list any more.
  delete next.dependsOnList;
  delete next.ordinal;
  return next;
}
