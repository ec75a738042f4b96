import type { LanguagePack } from './pack';
import { reasonIn } from './reason';

/**
 * A reason typed with no comma or dash before it, as chat writes it: "cancel all my stuff tmrw im sick", "cancel code
 * review tmrw sam is out", "sag alles morgen ab bin krank". Read only where a request plainly ends (after the day or time
 * it names, or German's verb at the end: "… ab", "… absagen") and the words after it start a clause of their own (about
 * oneself, or someone who is out). Per language, on the lower-case text; kept apart from the packs, as follow-up.ts is.
 */
interface UnmarkedReasonWords {
  /** Where a request may end: the end of a match (global). */
  end: RegExp;
  /** How a reason clause starts, read on the words after such an end. */
  starts: RegExp;
  /**
   * A clause that says which meeting, not why: "the meeting (that) i have with megan", "i'll be leading tomorrow", "sam is
   * having with megan", "den ich mit Megan habe". Its verb is one of having, hosting, leading a meeting, with no object of
   * its own after it (then it is a reason: "i'm hosting the offsite", "i have a dentist appointment", "i have to leave").
   */
  describes: RegExp;
}

const EN_DAYS =
  'today|tonight|tomorrow|tmw|tmrw|tmr|tmro|tmrow|2moro|2morro|2morrow|2mrw|tomoz|tomoro|tonite|2nite|2day|monday|mon|tuesday|tues|tue|wednesday|weds|wed|thursday|thurs|thu|friday|fri|saturday|sat|sunday|sun|morning|afternoon|evening|night|week|weekend|now';
const DE_DAYS =
  'heute|heut|morgen|morgn|übermorgen|uebermorgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|früh|vormittag|nachmittag|abend|woche|wochenende|jetzt|sofort';
const DE_VERB = 'ab|absagen|abzusagen|streichen|canceln|stornieren|ablehnen|löschen|entfernen';

const WORDS: Record<string, UnmarkedReasonWords> = {
  en: {
    describes: new RegExp(
      String.raw`^(?:(?:that|which)\s+)?(?:i|we|you|they|he|she|\p{L}[\p{L}-]*)(?:'m|'re|'ll|'ve|'d|\s+(?:am|are|is|was|were|will|have|has|had|would|should))?(?:\s+be(?:en)?)?\s+(?:have|having|has|had|host|hosting|hosts|hosted|lead|leading|leads|led|run|running|runs|chair|chairing|present|presenting|organi[sz]e|organi[sz]ing|organi[sz]ed|set\s+up|booked|scheduled|planned|attend|attending|join|joining)(?=\s*$|\s+(?:with|w/?|together|for|on|at|in|tomorrow|tmrw|tmr|today|tonight|later|again|this\s+(?:week|morning|afternoon|evening)|next\s+week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|\d)\b)`,
      'u',
    ),
    end: new RegExp(`(?<![\\p{L}\\p{N}])(?:${EN_DAYS}|\\d{1,2}(?::[0-5]\\d)?\\s*(?:am|pm)|\\d{1,2}:[0-5]\\d)(?![\\p{L}\\p{N}])`, 'gu'),
    starts:
      // Not a clause about which meetings ("everything tomorrow i'm invited to", "… i have", "… i'm in").
      /^(?:(?:(?:i|we|they|he|she)(?:'m|'re|'ve|'ll\s+be|\s+am|\s+are|\s+have|\s+got|\s+can't|\s+cannot|\s+won't|\s+need|\s+must|\s+will\s+be)|im|ive)(?=\s+\S)(?!\s+(?:in|on|at|to|for|invited|attending|hosting|organi[sz]ing|running|part|got|have|been)\b)|it's|sick|ill|unwell|(?:off|out|home)\s+sick|(?:not\s+)?feeling|family|kids?|something\s+came\s+up|have\s+to|need\s+to|stuck|running\s+late|double[\s-]?booked|(?:sorry|unfortunately|sadly)\s+(?:i|we)|(?:(?:my|our)\s+)?\p{L}[\p{L}-]*(?:'s|\s+(?:is|are|has|was|can't|cannot|won't|isn't))\s+(?:out|off|sick|ill|away|unwell|travell?ing|on\s+(?:leave|holiday|vacation)|ooo|not\s+(?:well|around|available|in|coming)|stuck|late|busy|double[\s-]?booked))(?![\p{L}\p{N}])/u,
  },
  de: {
    describes: new RegExp(
      String.raw`^(?:(?:den|das|die|welche[nrs]?)\s+(?:ich|wir|du|er|sie|\p{L}[\p{L}-]*)\b|(?:ich|wir)\s+(?:mit|zusammen)\b)`,
      'u',
    ),
    end: new RegExp(`(?<![\\p{L}\\p{N}])(?:${DE_DAYS}|${DE_VERB}|\\d{1,2}(?::[0-5]\\d)?\\s*uhr)(?![\\p{L}\\p{N}])`, 'gu'),
    starts:
      /^(?:(?:ich\s+)?(?:bin|hab|habe|muss|fühle\s+mich|fuehle\s+mich)(?=\s+\S)|mir\s+(?:geht|ist)|wir\s+(?:sind|haben|müssen|muessen|holen|verschieben)|leider|krank\w*|(?:sorry|tut\s+mir\s+leid)\s+(?:ich|wir|bin)|(?:(?:mein|meine|unser|unsere)\s+)?\p{L}[\p{L}-]*\s+(?:ist|hat|sind|fällt|faellt|fehlt)\s+(?:krank\w*|weg|nicht|im\s+urlaub|verhindert|unterwegs|raus|aus|erkältet|erkaeltet))(?![\p{L}\p{N}])/u,
  },
};

/**
 * The request and a reason typed after it with no mark before it, when reasonIn found none: the first place the request
 * may end that words starting a reason follow, and that reasonIn reads as a reason once a comma is put there (the same
 * words make a reason with or without the comma). As reasonIn otherwise: the text unchanged.
 */
export function unmarkedReason(said: string, pack: LanguagePack): { request: string; reason?: string } {
  const words = WORDS[pack.language];
  const lower = said.toLowerCase().replace(/[’‘`´]/g, "'");
  if (!words || lower.length !== said.length) return { request: said };
  for (const end of lower.matchAll(words.end)) {
    const at = end.index + end[0].length;
    // Said after a request to cancel or decline, not after a question ("sag mir, was ich am Freitag hab").
    const asked = ` ${lower.slice(0, at)} `;
    if (!pack.intents.some(({ intent, pattern }) => (intent === 'cancel' || intent === 'decline') && pattern.test(asked))) continue;
    const after = lower.slice(at);
    // Only words after a space: a comma or dash there was reasonIn's to read.
    if (!/^\s+\S/u.test(after) || !words.starts.test(after.trimStart())) continue;
    const found = reasonIn(`${said.slice(0, at)}, ${said.slice(at).trimStart()}`, pack);
    if (found.reason && found.request.trim() === said.slice(0, at).trim()) return found;
  }
  return { request: said };
}

/**
 * A reason found that is a clause saying which meeting ("cancel the meeting tomorrow i have with megan", "the interview
 * i'm having with lynne tomorrow"), typed with no mark before it, is part of the request: the request without its
 * subject and verb ("cancel the meeting tomorrow with megan"). Undefined when the reason is one.
 */
export function whichMeetingClause(said: string, found: { reason?: string }, pack: LanguagePack): string | undefined {
  const words = WORDS[pack.language];
  if (!words || !found.reason) return undefined;
  const at = said.lastIndexOf(found.reason);
  if (at < 0 || /[,;.!?:()\u2013\u2014-]\s*$/u.test(said.slice(0, at))) return undefined;
  const clause = words.describes.exec(found.reason.toLowerCase().replace(/[’‘`´]/g, "'"));
  return clause ? `${said.slice(0, at)}${found.reason.slice(clause[0].length)}${said.slice(at + found.reason.length)}` : undefined;
}
