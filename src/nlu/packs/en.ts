import * as chrono from 'chrono-node/en';
import { eng } from 'stopword';
import { withLetterBoundaries, type LanguagePack } from '../pack';
import { MIDDLE } from '../types';
import { englishDayOrdinals } from '../day-ordinals';

const NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const NUMBER_WORD = Object.keys(NUMBERS).join('|');
const HOUR = `(\\d{1,2}|${NUMBER_WORD})`;
const hourOf = (word: string): number => NUMBERS[word] ?? Number(word);
/** The hour before, on a 12-hour dial: "quarter to one" is 12:45. */
const before = (hour: number): number => (hour === 1 ? 12 : hour === 13 ? 12 : hour - 1);
const MINUTES: Record<string, number> = { five: 5, ten: 10, twenty: 20, 'twenty-five': 25, 'twenty five': 25, quarter: 15, half: 30 };

const WEEKDAYS: Record<string, number> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tues: 2,
  tue: 2,
  wednesday: 3,
  weds: 3,
  wed: 3,
  thursday: 4,
  thurs: 4,
  thur: 4,
  thu: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
};
const WEEKDAY = `(?<weekday>${Object.keys(WEEKDAYS).join('|')})`;
const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MONTH = Object.keys(MONTHS).join('|');

/** A clock time once rewrite has run: "2", "2:30", "5pm", "12:00". */
const CLOCK =
  '\\d{1,2}(?::[0-5]\\d)?(?:\\s*(?:am|pm|h)\\b)?(?![\\d:/.]|\\s*(?:st|nd|rd|th|minutes?|mins?|hours?|hrs?|days?|weeks?|people)\\b)';
const NOUN = '(?:meetings?|appointments?|events?|calls?|sessions?)';
/** Words that name a day or a time: a question with one is about a meeting then, not meetings in general. */
/**
 * Day words as chat spells them ("tmrw", "2moro", "tomoz", "tonite", "2nite", "2day"): read as the day, never as a title or a
 * calendar's name. "2day" only where no "a"/"the"/"my" makes it a length ("the 2day offsite").
 */
const CHAT_TOMORROW = 'tmw|tmrw|tmr|tmro|tmrow|tmrrw|2moro|2morro|2morrow|2mrw|2mro|2mrow|2mrrw|tomoz|tomoro|tomorro';
const CHAT_TONIGHT = 'tonite|2nite|2nyt|tonyt|2night';
const CHAT_TODAY = '(?<!\\b(?:a|an|the|my|our|this|that|his|her|their)\\s+)2day(?![\\s-]*long\\b)';
const CHAT_DAY_WORDS = [...CHAT_TOMORROW.split('|'), ...CHAT_TONIGHT.split('|'), '2day'];
const SPECIFIC_TIME = `(?:today|tonight|tomorrow|${CHAT_TOMORROW}|${CHAT_TONIGHT}|${Object.keys(WEEKDAYS).join('|')}|(?:this|next)\\s+week|noon|midnight|\\d{1,2}(?::\\d{2})?\\s*(?:am|pm|h)|at\\s+\\d)`;
/** A person's, group's or calendar's name as typed: one word. */
const NAME = '\\p{L}[\\p{L}\\p{N}&-]*';
/** After a name: the end of the request (or of its clause), or when ("tomorrow", "on friday", "at 3", "next week"). */
const WHEN_OR_END = `\\s*(?:$|[,.;:!?]|(?:(?:on|at|this|next|from|around)\\s+)?${SPECIFIC_TIME}\\b)`;
const NOT_A_MEETING = '(?:week|month|year|mon|tue|wed|thu|fri|sat|sun|weekend|time)';

/**
 * What a "'s" after a name is when a state follows: "is" or "has" ("sam's out", "kenji's off sick", "ana's been pulled into
 * an incident"), never whose meeting ("sam's 1:1", "sarah's leaving do", "the team's away day").
 */
const IS_OR_HAS = `(?:(?:still|also|just|now|already|totally|completely)\\s+)?(?:(?:out|off(?![\\p{L}-])|sick|ill|unwell|away(?!\\s+day)|travell?ing|on\\s+(?:leave|holiday|vacation|pto|a\\s+(?:plane|flight|train))|ooo|not\\s+(?:around|available|well|in|here|coming|feeling|able|going)|stuck|running\\s+late|late|double[\\s-]?booked|in\\s+(?:the\\s+)?hospital|at\\s+(?:the\\s+)?(?:doctor|dentist|hospital|vet)|down\\s+with|come\\s+down|called\\s+in|unavailable|busy)(?![\\p{L}\\p{N}])|(?:got|been|gotta|taking|having|feeling)\\s+)`;

/** "the whole series", "all future occurrences", "from now on". */
const SERIES =
  /\b(?:(?:the\s+)?(?:whole|entire|complete)\s+)?(?:series|recurring\s+(?:meeting|series)|all\s+(?:future\s+)?occurrences|every\s+occurrence)\b|\b(?:whole|entire)\b(?=.*\bseries\b)|\b(?:all\s+)?future\b|\b(?:from\s+now\s+on|going\s+forward|for\s+good|permanently)\b|(?<=\brecurring\b.*)\b(?:the\s+)?(?:whole|entire)\s+thing\b|\b(?:the\s+)?(?:whole\s+|entire\s+)?(?:recurring|repeating)\b(?=.*\b(?:all\s+of\s+them|them\s+all|every\s+(?:single\s+)?one|all\s+(?:the\s+)?(?:occurrences|instances|dates)|thing)\b)/;
/** Words that say the request is for several meetings or a day, not a series: "cancel tomorrow entirely". */
const NOT_ONE = `(?:meetings|appointments|events|calls|all|everything|every|day|week|calendar|schedule|today|tonight|tomorrow|${Object.keys(WEEKDAYS).join('|')})`;

/** "Sun, Dec 6" (en-US), "Sun 6 Dec" (en-GB): the user's locale orders it. */
const SHORT_DATE = { weekday: 'short', month: 'short', day: 'numeric' } as const;

export const en: LanguagePack = withLetterBoundaries({
  language: 'en',
  chrono: chrono.casual,
  chronoDayFirst: chrono.GB,
  dayOrdinals: englishDayOrdinals,
  rewrite: (text) =>
    text
      // "second to last" is one position, not the second one.
      .replace(/\b(?:second[\s-]+to[\s-]+last|last\s+but\s+one)\b/g, 'penultimate')
      // "only tomorrow's, not the series", "not the whole thing", "not all of them", "not every day": the series, or every
      // one, said only to be left alone (a bulk word after "not" asks for no bulk).
      .replace(
        /[,;]?\s*\b(?:but\s+|and\s+)?not\s+(?:(?:the\s+|this\s+|that\s+)?(?:whole\s+|entire\s+)?(?:series|recurring\s+(?:meeting|series))|(?:the\s+)?(?:whole|entire)\s+(?:thing|lot)|all(?:\s+of\s+(?:them|those|these|the\s+\S+))?|(?:them|those|these)\s+all|every(?:thing|\s+(?:single\s+)?(?:one|day|week|time|occurrence)))\b/g,
        ' ',
      )
      // A time said roughly is the time: "around 2:30", "at about 6", "4ish", "~5pm".
      .replace(/(?:\bat\s+)?(?:\b(?:around|about|approx(?:imately)?|roughly|circa)\s+|~\s*)(?=\d)/g, 'at ')
      .replace(/\b(\d{1,2}(?::[0-5]\d)?)\s*-?ish\b/g, 'at $1')
      // Chat drops the apostrophe of a contraction ("whats on", "dont cancel"): put back the closed set English has; "wat do
      // i have" is "what" (not "the WAT review").
      .replace(
        /\b(?:(what|that|there|how|where|who)s|(wat|wot)(s?)(?=\s+(?:do|does|did|is|are|have|has|on|about|else)\b))\b/g,
        (_m, word?: string, _typo?: string, s?: string) => (word ? `${word}'s` : `what${s ? "'s" : ''}`),
      )
      .replace(/\b(do|does|did|could|would|should|is|are|was|were|have|has|had)nt\b/g, "$1n't")
      .replace(/\bcant\b/g, "can't")
      .replace(/\bwont\b/g, "won't")
      .replace(/\bim\b/g, "i'm")
      .replace(/\bive\b/g, "i've")
      // Not "were": a word of its own far more often than "we're" without its apostrophe.
      .replace(/\b(you|they)re\b/g, "$1're")
      // Chat shorthand for what a request is about: "mtg", "appt", "next wk", "tmw".
      // "teh retro": the article typed fast.
      .replace(/\b(?:teh|hte)\b/g, 'the')
      // "thursdays go/no-go", "fridays retro": a weekday's possessive typed without its apostrophe (not "on thursdays").
      .replace(
        /(?<!\b(?:on|every|all|most|some|other|the)\s+)\b(mon|tues|wednes|thurs|fri|satur|sun)days(?=\s+(?!(?:and|or|too|as|at|in|on|only|are|were|is)\b)\p{L})/gu,
        '$1day',
      )
      .replace(/\bmtgs\b/g, 'meetings')
      .replace(/\bmtg\b/g, 'meeting')
      .replace(/\bappts?\b/g, 'appointment')
      .replace(/\bwk\b/g, 'week')
      // "tmrw", and a day word's possessive typed without its apostrophe ("todays lunch", "tmrws standup").
      .replace(
        new RegExp(`\\b(?:(${CHAT_TOMORROW})|(${CHAT_TONIGHT})|(${CHAT_TODAY})|(today|tonight|tomorrow))s?\\b`, 'g'),
        (_m, tomorrow?: string, tonight?: string, today?: string, day?: string) =>
          tomorrow ? 'tomorrow' : tonight ? 'tonight' : today ? 'today' : (day ?? ''),
      )
      // "the 2day offsite": a length, as "2-day".
      .replace(/\b(a|an|the|my|our|this|that|his|her|their)\s+2day\b/g, '$1 2-day')
      // "cancel my 5 tmrw", "my 9 with anna": a bare hour after "my", followed by a day, "with" or the end, is a clock time
      // (not a count: "my 2 meetings", "my 3 of them", "my 2 1:1s", "my 3 team syncs", "my 2 next meetings").
      .replace(
        /\b(my|our)\s+(\d{1,2})(?=\s*$|\s*[,.!?]|\s+(?:with|w\/?|on|today|tonight|tomorrow|tmrw|tmr|tmw|2moro|tomoz|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|meeting|call|appointment|appt|mtg)\b)/g,
        '$1 at $2',
      )
      // German day words in an English sentence ("cancel my standup morgen bitte"); not a German greeting ("Morgen!").
      .replace(/(?<=[\p{L}\p{N}]\s+)(?<!guten\s+)morgen\b/gu, 'tomorrow')
      .replace(/\bheute\b/g, 'today')
      // "number one", "option two": the digit, which the ordinals read.
      .replace(new RegExp(`\\b(number|option)\\s+(${NUMBER_WORD})\\b`, 'g'), (_m, word: string, n: string) => `${word} ${NUMBERS[n]}`)
      // "1:1" is a meeting kind, not a clock time; keep chrono away from it.
      .replace(/\b(?:1\s*[:\-/]\s*1|1\s*on\s*1|one[\s-]on[\s-]one)(s?)\b/g, (_m, plural: string) => ` 1on1${plural} `)
      // The spoken dial chrono does not read: "half past four", "quarter to ten", "ten past 3", British "half four".
      .replace(
        new RegExp(`\\b(five|ten|twenty|twenty[\\s-]five|quarter|half)\\s+(past|after|to|til|till|before)\\s+${HOUR}\\b`, 'g'),
        (_m, minutes: string, way: string, h: string) => {
          const m = MINUTES[minutes.replace('-', ' ')] ?? MINUTES[minutes];
          return ['past', 'after'].includes(way) ? `${hourOf(h)}:${String(m).padStart(2, '0')}` : `${before(hourOf(h))}:${60 - m}`;
        },
      )
      .replace(new RegExp(`\\bhalf\\s+${HOUR}\\b`, 'g'), (_m, h: string) => `${hourOf(h)}:30`)
      // "4.45" is a clock time in British typing.
      .replace(/(?<![\d.])([01]?\d|2[0-3])\.([0-5]\d)(?![\d.])/g, '$1:$2')
      .replace(new RegExp(`\\b(at|by|around)\\s+(${NUMBER_WORD})\\b`, 'g'), (_m, at: string, n: string) => `${at} ${NUMBERS[n]}`)
      // "four pm", "ten o'clock"; a time said in words "four thirty", "my 3 fifteen" (not "two thirty-minute calls").
      .replace(
        new RegExp(
          `\\b(${NUMBER_WORD})\\s*(am|pm|o'?clock)\\b|(?<=\\b(?:my|the|at|@|around|by)\\s+)${HOUR}[\\s-]+(fifteen|thirty|forty[\\s-]?five)\\b(?!\\s*-?\\s*(?:min|hour))`,
          'g',
        ),
        (_m, n: string | undefined, suffix: string | undefined, h: string | undefined, minutes: string | undefined) =>
          n && suffix
            ? `${NUMBERS[n]}${suffix.startsWith('o') ? ':00' : suffix}`
            : `${hourOf(h ?? '')}:${{ fifteen: '15', thirty: '30' }[minutes ?? ''] ?? '45'}`,
      )
      .replace(/\b(\d{1,2})\s*o'?clock\b/g, '$1:00')
      // "15h", "15h30" (a 24-hour clock; "2h" is more often a length), and military "1500" after "my", "the", "at".
      .replace(/\b(0?[89]|1\d|2[0-3])h([0-5]\d)?\b/g, (_m, hour: string, minute?: string) => `${hour}:${minute ?? '00'}`)
      .replace(/\b(my|the|at|@)\s+(0[6-9]|1\d)(00|15|30|45)\b(?!\s*(?:hours|hrs|s)\b)/g, '$1 $2:$3')
      .replace(/(\w)'s\b/g, '$1') // possessives: "monday's standup", "tonight's call"
      // "what does my day look like", "the rest of my day": today.
      .replace(/\b(?:the\s+)?(?:rest\s+of\s+)?my\s+day\b/g, 'today')
      // "the day after tomorrow" (chrono reads "tomorrow" and leaves "after"): two days on.
      .replace(/\b(?:the\s+)?day\s+after\s+(?:tomorrow|tmrw|tmr|tomorow|tommorow|tomorrows)\b/g, 'in 2 days')
      .replace(/\bnoon\b/g, '12:00')
      // "the end of the week": its last working day.
      .replace(/\b(?:at\s+)?(?:the\s+)?end\s+of\s+(?:the|this)\s+(?:work\s*)?week\b/g, ' friday ')
      .replace(/\bmidday\b/g, '12:00'),
  chatter: new RegExp(
    [
      '^\\s*(?:good\\s+)?(?:morning|afternoon|evening)\\b\\s*(?:all|team|everyone|everybody|folks|guys|bot|there)?\\s*[!,.:–—-]+',
      '\\bgood\\s+(?:morning|afternoon|evening|day)\\b',
      // A German greeting before an English request: "Morgen! cancel my standup", "Servus, …".
      '^\\s*(?:moin|morgen|servus|hallo|grüß\\s+dich)\\b\\s*[!,.-]+',
      '\\b(?:hi|hello|hey|heya|hiya|yo|howdy|greetings)\\b(?:\\s+there)?',
      '\\b(?:thanks|thank\\s+(?:you|u)|thx|thnx|tnx|ty|cheers|ta|much\\s+appreciated|appreciate\\s+it|many\\s+thanks)\\b(?:\\s+(?:a\\s+lot|so\\s+much|in\\s+advance|mate|again))?',
      '\\b(?:mate|buddy|pal|dude|folks)\\b',
      // Pleasantries and a signature: "Hope you're well.", "hope all is well", "Many thanks, Ravi".
      "\\bhope\\s+(?:you're|you\\s+are|ur|u\\s+r|all\\s+is|all's|everything\\s+is|your\\s+(?:day|week))\\b[^.!?,;]*",
      "(?<=\\b(?:thanks|thank\\s+you|thx|cheers|regards)\\b[\\s,!.]*)\\p{L}[\\p{L}'-]*\\s*[.!]*\\s*$",
      '\\b(?:would|do)\\s+you\\s+mind\\b',
      // German politeness in English text: "bitte cancel the triage", "danke!".
      '\\b(?:bitte|danke(?:\\s+schön)?|merci)\\b',
      '\\bwhen\\s+you\\s+(?:get|have)\\s+a\\s+(?:sec|second|minute|moment|chance)\\b',
      '\\bif\\s+(?:you\\s+)?(?:can|could|possible|poss)\\b',
      '\\b(?:for\\s+me|real\\s+quick|quickly|asap|please|pls|plz|kindly|sorry|urgently|oops|ugh|ok\\s+so|right\\s+so)\\b',
      // An opening before the request: "slight change of plan -", "quick one:", "one more thing", "heads up", "so um".
      '\\b(?:(?:a\\s+)?(?:slight|small|little|quick|minor|last[\\s-]minute|bit\\s+of\\s+a)\\s+)?change\\s+(?:of|in)\\s+plans?\\b',
      '\\b(?:(?:a|one)\\s+)?(?:quick|small|tiny|random)\\s+(?:one|thing|favou?r|request)\\b|\\bone\\s+more\\s+thing\\b|\\bheads[\\s-]up\\b|\\bfyi\\b',
      '^\\s*(?:(?:so|um+|uh+|erm+|hm+|ok|okay|right|well|hey|hi)[\\s,]+)*(?:so|um+|uh+|erm+)\\b',
    ].join('|'),
    'g',
  ),
  // A reason: a cause ("because …"), a clause about oneself (", I'm off sick"), a statement (", half the team is on leave"), or
  // a clause said with an apology after a comma or a dash ("- customer escalation, sorry") that names no day or meeting.
  reason: new RegExp(
    `${
      /(?:[,;.!?:()–—-]+\s*|\s+)(?:because|'?cause|cos|coz)\b.*$|(?:[,;.!?:()–—-]+\s*|\s+)(?:we'll|we\s+will|we\s+can|we\s+could|we\s+should|we'd|we\s+need\s+to|we\s+have\s+to|we're\s+going\s+to|let's|lets|let\s+us|i'll|i\s+will|i\s+can|i'd)\s+(?!(?:clear|square|sort|settle|talk|check|discuss|work)\s+(?:it|this|that)\s+(?:out\s+|over\s+|through\s+)?with\b)[^.!?;]*|(?:[,;.!?:()–—-]+\s*|\s+)(?:since|as)\s+(?:i|i'm|im|i've|we|we're|my|our|the|something|there|it|of|he|she|they)\b.*$|[,;.!?:()–—-]+\s*(?:(?:sorry|unfortunately|sadly|apologies)\s*[,!-]?\s*)?(?:i'm|im|i am|i've|ive|i have|i got|i'll be|i will be|feeling|off sick|sick|ill|unwell|something came up|got|have to|need to|stuck|running late|not\s+(?:feeling|well|available|able|around|in|going\s+to)|won't\s+make\s+it|(?:we(?:'re|'ll|\s+are|\s+will)?\s+|let's\s+|lets\s+)?(?:moving|pushing|rescheduling|postponing|shifting|bumping|delaying)\s+(?:it|this|that|them|to|till|until|into|back|out|over)\b|(?:let's|lets)\s+(?:do|move|push|reschedule|take|handle|discuss)\b|nobody|no\s*one|none\s+of|not\s+enough|too\s+(?:few|many|much|busy)|no\s+(?!(?:wait|i|the|that|this|not|sorry|actually|message|note|comment)\b)[a-z]{3,}|double[\s-]?booked|family|kids?|on leave|on holiday|on vacation|out of office|ooo|travell?ing|away|clash(?:es)?|conflict|we're|we are|we've|they|they're|theyre|it's|that's|he's|she's|hes|shes|nothing)\b[^.!?;]*|(?:[,;]\s*(?=\S)(?!(?:(?:in|at|with|for|on)\s+)?(?:(?:the|this|that)\s+(?:one|ones|meetings?|calls?|other|first|second|third|last|next|earlier|later|same)|this|that|which|who|whom|where|it's\s+the|that's\s+the)\b)|(?:[.!?–—]+|\s-+)\s*(?!(?:(?:the|this|that)\s+(?:one|meeting)|which|who|where)\b))(?!(?:no|nope|nah|wait|actually|oops|i\s+mean|i\s+meant|sorry\s+i\s+meant?|scratch\s+that|make\s+(?:it|that))\b)(?![^.!?;]*\d)(?=[^.!?;,]*\b(?:is|are|isn't|aren't|was|were|wasn't|weren't|has|hasn't|have|haven't|can't|cannot|won't|couldn't|got|gets|did|didn't|doesn't|went|came|fell|broke|left|quit|[a-z]{2,}ed)\b)[^.!?;]*/
        .source
    }|(?:[,;]|\\s[-–—]+)\\s*(?!(?:(?:the|this|that)\\s+(?:one|ones|meetings?|calls?)|no|nope|wait|actually)\\b)(?![^.!?;]*(?:\\d|\\b${SPECIFIC_TIME}\\b))[^.!?;]*\\b(?:sorry|sry|soz|apologies)\\s*[.!]*\\s*$|(?:[,;]|\\s[-–—]+)\\s*(?:(?:a|an|the|my|our|urgent|last[\\s-]minute|client|customer|family|medical|personal|team|prod|production|site|server|network|power|school|doctor'?s?|dentist'?s?|vet'?s?)\\s+){0,3}(?:emergenc(?:y|ies)|escalations?|outages?|incidents?|illness|appointments?|appt|funeral|childcare|flight|surgery|strike)\\b(?![^.!?;]*\\b(?:one|ones|meeting|call)\\b)[^.!?;]*$|(?:[,;.!?:()–—-]+\\s*|\\s+)(?:so\\s+|as\\s+|since\\s+)?[\\p{L}-]+(?:'s|(?<=s)')\\s+${IS_OR_HAS}[^.!?;,]*|\\s+(?!(?:that|which|who|what|it|this|there)\\s)(?:i'm|i\\s+am|(?:(?:my|our|his|her|their)\\s+)?[\\p{L}-]+\\s+(?:is|was))\\s+${IS_OR_HAS}[^.!?;,]*`,
  ),
  reasonLead: /^(?:because|'?cause|cos|coz)\s+(?=\S)/i,
  apology: /^\W*(?:sorry|sry|soz|apologies|my\s+apologies)\W*$/,
  messages: [
    /[,;]?\s*\b(?:and\s+)?(?:(?:pls|plz|please)\s+)?(?:tell|let|inform|remind|ask|warn|notify)\s+(?:them|everyone|everybody|all|people|ppl|folks|him|her|the\s+(?:team|group|attendees|others|guests|participants|invitees|organi[sz]er|host))\b\s*(?:know\s+)?(?:that\s+|to\s+)?[:,-]?\s*/,
    /[,;]?\s*\b(?:and\s+)?(?:with|w\/|including|include|add|adding|plus|attach)\s+(?:the\s+|a\s+|this\s+)?(?:message|note|comment|msg)\s*(?:saying|that\s+says|that|reading|of)?\s*[:,-]?\s*/,
    // "note: …", "message to attendees: …", "note to ana: …".
    /[,;]?\s*\b(?:message|note|comment|msg|reason)\s*(?:(?:to|for)\s+(?:the\s+)?[\p{L}'-]+)?\s*[:=]\s*/u,
    /[,;]?\s*\b(?:and\s+)?(?:saying|say\s+that|write\s+that)\b\s*[:,-]?\s*/,
    /[,;]?\s*\b(?:and\s+)?(?:say|write)\s*[:,]?\s*(?=["“”'‘])/,
    /[,;]?\s*\b(?:and\s+)?(?:just\s+)?(?:say|write)\s*:\s*/,
    /[,;]?\s*\b(?:the\s+)?reason\s+(?:being|is)\b\s*[:,-]?\s*/,
    // "…, tell anna I'm double booked", "… and let Hank know we need to reschedule": a person named, then the message.
    // (Not "ask Tom if ...": that is for Tom alone; "let Anna know" at the end carries no message.)
    /(?:[,;]\s*|\s+(?:and|\+|&)\s+)(?:(?:pls|plz|please)\s+)?(?:tell|let|warn)\s+(?!(?:me|us|you|the|a|an|my|our|your|his|her|their|them|everyone|everybody|people|ppl|folks|all|on|at|in|for|to|about|today|tomorrow|tonight)\b)\p{L}[\p{L}'-]*\b(?:\s*(?:,|and|&)\s*\p{L}[\p{L}'-]*\b(?=(?:\s*(?:,|and|&)\s*\p{L}[\p{L}'-]*)*(?:\s+(?:know|that|we|we'll|we're|i|i'm|i'll|i've|it|it's|they|there|sorry)\b|\s*[:,-])))*\s*(?:know\b\s*)?(?:that\s+)?[:,-]?\s*/u,
  ],
  softWords: new Set([
    ...eng,
    "i'm",
    'im',
    "i'll",
    "we'll",
    "can't",
    'cant',
    "won't",
    'wont',
    'got',
    'gonna',
    'wanna',
    'thing',
    'stuff',
    'guys',
    'ok',
    'okay',
    'hmm',
    'um',
    'uh',
    'lol',
    'call',
    'calls',
    'u',
    'ur',
    'whatever',
    'something',
    'things',
    'whatnot',
  ]),
  // "cancel the retro entirely": the series, when no bulk or day is said ("cancel tomorrow entirely" clears the day).
  series: new RegExp(`${SERIES.source}|\\b(?:completely|entirely|altogether)\\b(?<!\\b${NOT_ONE}\\b.*)(?!.*\\b${NOT_ONE}\\b)`),
  dayWords: [...Object.keys(WEEKDAYS).filter((day) => day.endsWith('day')), 'today', 'tomorrow', 'tonight', 'cancel'],
  weekdays: WEEKDAYS,
  months: MONTHS,
  dayOfMonth: new RegExp(
    `\\b(?:on\\s+)?(?:${WEEKDAY}\\s*,?\\s+)?(?:the\\s+)?(?:(?<monthBefore>${MONTH})\\s+(?:the\\s+)?)?(?<day>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)\\b(?:\\s+(?:of\\s+)?(?<month>${MONTH})\\b)?`,
  ),
  weekRelative: [
    { pattern: new RegExp(`\\b(?:on\\s+)?${WEEKDAY}\\s+(?:of\\s+|in\\s+)?next\\s+week\\b`), weeks: 1 },
    { pattern: new RegExp(`\\bnext\\s+week(?:\\s*,)?\\s+(?:on\\s+)?${WEEKDAY}\\b`), weeks: 1 },
    { pattern: new RegExp(`\\b(?:on\\s+)?${WEEKDAY}\\s+(?:of\\s+|in\\s+)?the\\s+week\\s+after(?:\\s+next)?\\b`), weeks: 2 },
    { pattern: new RegExp(`\\b(?:on\\s+)?${WEEKDAY}\\s+after\\s+next\\b`), weeks: 1, fromComing: true, afterToday: true },
    { pattern: new RegExp(`\\b(?:on\\s+)?${WEEKDAY}\\s+(?:of\\s+|in\\s+)?this\\s+week\\b`), weeks: 0 },
    { pattern: new RegExp(`\\bthis\\s+week(?:\\s*,)?\\s+(?:on\\s+)?${WEEKDAY}\\b`), weeks: 0 },
    { pattern: new RegExp(`\\b(?:a|one)\\s+week\\s+(?:from|on|after)\\s+(?:this\\s+|next\\s+)?${WEEKDAY}\\b`), weeks: 1, fromComing: true },
    { pattern: new RegExp(`\\b${WEEKDAY}\\s+week\\b`), weeks: 1, fromComing: true },
  ],
  yes: /^(?:yes|yeah|yep|yup|ya|y|sure|ok|okay|k|confirm(?:ed)?|do it|go ahead|go for it|correct|right|please do|absolutely|yes please|that one)\s*[.!]*$/,
  more: /^(?:(?:show|see|list|give)\s+(?:me\s+)?)?(?:some\s+|the\s+|any\s+)?(?:more|next\s+page|next\s+(?:five|5)|rest|rest\s+of\s+(?:them|the\s+list)|more\s+(?:meetings|of\s+them)|what\s+else)(?:\s+please)?\s*[.!?]*$/,
  butNot:
    /^(?:but\s+|only\s+)?(?:not|except(?:\s+for)?|apart\s+from|other\s+than|excluding|save\s+for|without|keep|leave(?:\s+out)?|skip)\s+(?<what>\S.*)$/,
  hold: /^(?:wait(?: a (?:sec|second|moment|minute))?|hold on|hang on|one sec(?:ond)?|just a (?:sec|second|moment|minute)|not yet|on second thought)$/,
  additive: /\b(?:too|also|as well)\b/,
  addition: /^(?:and|plus|also|as well as|along with)\b/,
  it: /\b(?:it|that(?:\s+one)?|this(?:\s+one)?)\b(?!\s+(?:meetings|ones|two|three|all)\b)/,
  theirs:
    /\b(?:his|their)\b|(?<!\b(?:with|for|to|from|by|of|about|and|tell|told|ask|let|give|call|meet|meeting|invite|see|thank)\s+)\bher\b(?=\s+\S)/,
  apologyFor:
    /^(?:(?:so|very|really|terribly)\s+)?(?:sorry|sry|soz|apologies|my\s+apologies|(?:i|we)\s+(?:apologi[sz]e|am\s+sorry|'m\s+sorry|are\s+sorry))[\s,]+(?:again\s+)?(?:to|for|about|that|i\s+have\s+to|we\s+have\s+to)\b/,
  ofSelf: /^(?:i|i'm|im|i've|ive|i'll|i'd|we|we're|were|we've|we'll|we'd|my|our|me|us|sorry|unfortunately|sadly|apologies)\b/,
  news: /\b(?:mov(?:e|ed|es|ing)|reschedul\w*|postpon\w*|push(?:ed|es|ing)?|delay\w*|bump(?:ed|ing)?|shift(?:ed|ing)?|(?:off|out)\s+sick|sick|ill|unwell|on\s+(?:leave|holiday|vacation)|out\s+of\s+(?:the\s+)?office|(?:'s|is|are|'re|'m|am)\s+out|ooo|away|travell?ing|clash(?:es)?|conflict|see\s+(?:you|u|ya|y'all)|cu|talk\s+(?:soon|later)|catch\s+up)\b/,
  pointer: /^(?:the|that|this|those|these)\b|'s\b|\bone\b/,
  hesitation: /^(?:(?:actually|well|oh|um+|uh+|hmm+)\s+)+/,
  assent: new Set(
    "yes yeah yep yup sure ok okay k do it this that thats that's them these those the one meeting all go ahead for now then right away asap thanks thank you thx ty cheers fine perfect great cool good correct absolutely please pls just only once occurrence and".split(
      ' ',
    ),
  ),
  no: /^(?:no|nope|nah|n|no thanks|no thank you|never ?mind|don'?t|do not|stop|abort|forget it|keep|keep (?:it|this|this one|that|that one|the meeting|them)|not that one)\s*[.!]*$/,
  withdrawn:
    /\b(?:never\s*mind|nvm|forget (?:it|that|about it)|scratch that|ignore (?:that|this|my last(?: message)?))\b|(?<!\bwhy\s)\b(?:(?:don't|do not|no need to)\s+(?:(?:just|please|even|actually|really|ever|want\s+to|wanna|need\s+to|have\s+to|go\s+and)\s+)?|not\s+(?:to\s+)?)(?:cancel\w*|call\w* off|drop|scrap|delete|remove|kill|decline|clear|nix|ditch|axe|bin|skip)\b/,
  duration:
    /(?<!\b(?:at|from|until|till|by|before|after|around|about|in)\s+)\b(?<amount>\d{1,3}(?:[.,]5)?|one|two|three|four|five|half|an)\s*-?\s*(?<unit>h|hr|hrs|hour|hours|min|mins|minute|minutes|m)\b(?:\s*(?<minutes>\d{1,2})\s*(?:min|mins|m)\b)?/,
  minuteUnit: /^m/,
  inMonth: new RegExp(`\\b(?:in|during|for|all\\s+of)\\s+(?:the\\s+month\\s+of\\s+)?(?<month>${MONTH})\\b(?!\\s*\\d)`),
  settledWith:
    /[,;]?\s*(?:and\s+)?(?:i'll|i\s+will|i'm\s+going\s+to|i'm\s+gonna|will|gonna|let\s+me)?\s*(?:clear|square|sort|settle|talk|check|discuss|work)\s+(?:it|this|that)\s+(?:out\s+|over\s+|through\s+)?with\s+[\p{L}'-]+(?:\s+myself)?/u,
  except:
    /[,;]?\s*\b(?:(?:except|exept|excpt|excep)(?:\s+for)?|but\s+not|(?<=\b(?:all|everything|them)\s+)but|apart\s+from|other\s+than|excluding|save\s+for)\s+(?<what>\S.*)$/,
  notARequest: new RegExp(
    [
      // Someone else will do it: "Omar will cancel the 1:1 himself", "she's going to drop it".
      // Anchored on the verb (cheap to try at every position), the subject looked back at.
      '(?<=\\p{L}\\s+)(?<!\\b(?:i|we|you|u|please|pls|plz|then|and|so|just|can|could|would|that|this|it)\\s+)(?:will|is\\s+going\\s+to|is\\s+gonna|wants\\s+to|plans\\s+to)\\s+(?:cancel|call\\s+off|drop|scrap)\\b',
      '\\b(?:cancel|call\\s+off|drop|scrap)\\b.*\\b(?:himself|herself|themselves)\\b',
      // Advice and hypotheticals: "should I cancel …?", "do I need to cancel …", "what if I cancel …", "why did you cancel …".
      '^[\\s,]*(?:(?:so|hmm+|um+|uh+|ok|okay|well|hey|honestly|quick\\s+question|i\\s+wonder)[\\s,]+)*(?:should|shall|must|ought)\\s+(?:i|we)\\b',
      '\\b(?:do|does|would|will)\\s+(?:i|we)\\s+(?:really\\s+)?(?:need|have)\\s+to\\b(?=.*\\?\\s*$)',
      '\\b(?:would|will|is|was)\\s+it\\s+(?:be\\s+)?(?:bad|ok|okay|fine|rude|wise|better|smart|a\\s+good\\s+idea|a\\s+problem)\\b',
      '\\bwhat\\s+(?:if|happens\\s+(?:if|when))\\b',
      "\\b(?:why|how\\s+come)\\b(?!\\s+(?:not|don't|dont|do\\s+not|won't|can't|cant)\\b)",
      '\\b(?:thoughts|any\\s+advice|what\\s+do\\s+you\\s+(?:think|reckon))\\s*\\?',
    ].join('|'),
    'u',
  ),
  reported: new RegExp(
    [
      // Done, or reported: "I already cancelled it", "Helen cancelled the all hands", "was cancelled by Luis", "did it get cancelled?".
      "\\b(?:i|we|he|she|they|you|someone|somebody|i've|we've|they've|she's|he's|i'd)\\s+(?:have\\s+|has\\s+|had\\s+)?(?:already\\s+|just\\s+|also\\s+)*(?:cancell?ed|called\\s+off|declined|scrapped|dropped)\\b",
      '\\b[\\p{L}]+\\s+(?:has\\s+|had\\s+|already\\s+|just\\s+)*(?:cancell?ed|called\\s+off|declined|scrapped)\\s+(?:the|my|our|his|her|their|it|this|that|a|an)\\b',
      // "was the standup cancelled?", "has the sync been called off?": a question about it.
      '^\\s*(?:was|were|is|are|has|have|had)\\s+(?:the|my|our|it|this|that)\\b.*\\b(?:cancell?ed|called\\s+off|declined)\\b',
      '(?<!\\bto\\s)\\b(?:was|were|been|got|gets|is|are|get)\\s+(?:already\\s+|just\\s+)?(?:cancell?ed|called\\s+off|declined|scrapped)\\b',
    ].join('|'),
    'u',
  ),
  noMessage:
    /[,;:–—-]*\s*\b(?:(?:with\s+)?no\s+(?:message|note|comment|msg|explanation)(?:\s+(?:needed|necessary|required|please|pls|thanks))?|no\s+need\s+for\s+(?:a\s+|any\s+)?(?:message|note|comment|msg)|(?:leave|keep)\s+(?:the\s+)?(?:message|note|comment|box)\s+(?:empty|blank)|skip\s+the\s+(?:message|note|comment)|(?:an\s+)?(?:empty|blank)\s+(?:message|note|comment)|w\/o\s+(?:a\s+|any\s+)?(?:message|note|comment|msg)|without\s+(?:a\s+|any\s+)?(?:message|note|comment|msg|explanation|telling\s+(?:them|anyone|anybody)(?:\s+anything)?)|(?:don't|do\s+not|no\s+need\s+to)\s+(?:tell|say|write|send|add)\s+(?:them\s+|anyone\s+|anybody\s+|everyone\s+)?(?:anything|a\s+(?:message|note)|any\s+(?:message|note))?|quietly|silently)\b/,
  notThis: /[,;]?\s*\b(?:but\s+)?not\s+(?:the\s+)?(?:first|second|third|fourth|fifth|last|middle|1st|2nd|3rd|4th|5th)(?:\s+one)?\b/,
  neighbour:
    /\b(?:(?:right|directly|immediately|just)\s+)?(?<side>after|before|following|ahead\s+of)\s+(?:(?:the|my|our)\s+|(?=lunch\b))(?<anchor>[\p{L}\p{N}'&-]+(?:\s+(?!(?:today|tonight|tomorrow|on|at|this|next|in)\b)[\p{L}\p{N}'&-]+){0,3})/u,
  afterWord: /^(?:after|following)$/,
  lunch: /^(?:lunch|lunch\s+break|lunchbreak)$/,
  counts: [
    { pattern: /\b(?:the\s+)?(?:first|1st)\s+(?<n>two|three|2|3)(?:\s+ones)?\b/, from: 'first' },
    { pattern: /\b(?:the\s+)?(?:last|final)\s+(?<n>two|three|2|3)(?:\s+ones)?\b/, from: 'last' },
    { pattern: /\b(?:the\s+|my\s+)?(?:next|upcoming|coming)\s+(?<n>two|three|2|3)\b/, from: 'next' },
    // "both", "the two 1:1s" (not "the two thirty", a time).
    {
      pattern:
        /\b(?:both(?:\s+of\s+(?:them|those|these))?|the\s+two\s+of\s+them|the\s+two\b(?!\s*(?:o'?clock|am|pm|thirty|fifteen|forty|fourty|of\s+us|[:.]\d)))/,
    },
  ],
  numbers: { two: 2, three: 3, '2': 2, '3': 3 },
  correction: /^(?:no|nope|nah|not that one|actually)\b[\s,.;!-]*/,
  intents: [
    { intent: 'signOut', pattern: /\b(?:sign(?:ing)?[\s-]?out|log(?:ging)?[\s-]?out|log me out|sign me out|disconnect)\b/ },
    {
      intent: 'help',
      // Also a question about meetings in general ("can I cancel a meeting I don't organize?"): "a meeting", not "the standup",
      // and no day or time ("can you cancel a meeting for me tomorrow at 3?" asks for that meeting).
      pattern: new RegExp(
        `\\b(?:help|what can you do|how does (?:this|it) work|how (?:do|can|would|should) (?:i|you|we|one)|how to|commands|instructions)\\b|\\b(?:can|could|may) (?:i|you|we|one)\\b(?!.*\\b${SPECIFIC_TIME}\\b)(?=.*\\b(?:a|an|any)\\s+(?:meeting|appointment|event|call|invite|series)\\b.*\\?\\s*$)|^\\s*\\?+\\s*$`,
      ),
    },
    {
      intent: 'decline',
      pattern:
        /\b(?:decline|reject|turn down|count me out|(?:drop|pull|back|bow) out of|skip(?:ping)?|bail(?:ing)? on|(?:i|i'?ll|i will|i'?m|i am|i have to|i need to|gonna|going to|have to|need to)\s+(?:skip(?:ping)?|miss(?:ing)?|pass on|sit (?:this|it) out|bail on|be (?:missing|skipping|absent from|out of))|sit (?:this|it)(?: one)? out|excuse me from|take me off|remove me from|(?:drop|scratch|cross|strike) me\b|opt(?:ing)? out of|(?:want|wanna|need|have|got)\s+(?:to\s+)?(?:get\s+)?out\s+of|get\s+me\s+out\s+of)\b/,
    },
    {
      intent: 'cancel',
      pattern:
        /\b(?:stop(?:ping)?\b(?=\s+(?:the|my|our|this|that|all|every|\w+'s)\b)|cancel(?:l?ed|l?ing|s)?|cancle|cxl|cxld|canx|cancell?|cacnel|cnacel|canel|cancl|calls? off|call\b(?=.*\boff\b)|drop|scrap|scratch|delete|remove|kill|nuke|clear|axe|ditch|bin|nix|get rid of|pull the plug on|scrub|can the|not happening|(?:get|take)\b(?=.*\boff (?:my|the) (?:calendar|diary|schedule)\b)|off (?:my|the) (?:calendar|diary|schedule))\b/,
    },
    // Saying one will not be there is a decline, unless a cancel is asked for besides ("I won't make the retro, please cancel it").
    {
      intent: 'decline',
      pattern:
        /\b(?:(?:can'?t|cannot|can not|won'?t|will not|wont|unable to|not able to|not gonna|not going to)\s+(?:be able to\s+)?(?:make|attend|go to|join|come to|come|do|be (?:at|there|in)|be joining|be attending|be coming|be going|make it)|not (?:going to|attending|coming to|coming|joining|gonna make)|(?:i'?m|i am|i'?ll be) (?:out|absent) (?:of|for|from))\b/,
    },
    {
      intent: 'list',
      pattern:
        /\b(?:show|list|display|view|check(?![\s-]+in\b)|open|look at|what(?:'s| is| are| do i have)?(?=.*\b(?:meetings?|calendar|schedule|agenda|on|have|planned|booked|got|happening|look like|up|left)\b)|which|agenda|upcoming|anything(?=.*\b(?:on|for|at|in|today|tomorrow|tonight|this|next|scheduled|planned|booked|coming)\b)|am i (?:busy|free|booked|tied up|available|around)|(?:do|have) i (?:got |have )?(?:anything|any meetings|much|stuff|plans)|what have i got|how (?:busy|packed|full|booked) (?:am i|is my|is)|what does my (?=\w+ look like)|where do i need to be|rundown|free (?:time|slots?))\b/,
    },
    // Just the noun ("meetings", "my calendar"): the list, as the help card promises.
    { intent: 'list', pattern: /^\s*(?:my\s+)?(?:meetings|appointments|calendar|schedule)\s*[?.!]*\s*$/ },
    // What the bot cannot do with a meeting ("move my 1:1 to Monday", "reschedule the retro"): never read as a pick of it.
    {
      intent: 'other',
      pattern:
        /\b(?:move|moving|reschedul(?!ed\b)\w*|postpon(?!ed\b)\w*|push\b(?=.*\bback\b)|bring\b(?=.*\bforward\b)|rebook|re-book|book|set up|create|invite|rename|extend|shorten)\b/,
    },
  ],
  ordinals: [
    { pattern: /\b(?:the\s+)?(?:first|1st)(?!\s+thing)(?:\s+one)?\b/, value: 1 },
    { pattern: /\b(?:the\s+)?(?:second|2nd)(?:\s+one)?\b/, value: 2 },
    { pattern: /\b(?:the\s+)?(?:third|3rd)(?:\s+one)?\b/, value: 3 },
    { pattern: /\b(?:the\s+)?(?:fourth|4th)(?:\s+one)?\b/, value: 4 },
    { pattern: /\b(?:the\s+)?(?:fifth|5th)(?:\s+one)?\b/, value: 5 },
    // Rows of a later page, counted over the pages shown ("the 7th" with rows 6-10 on screen).
    { pattern: /\b(?:the\s+)?(?:sixth|6th)(?:\s+one)?\b/, value: 6 },
    { pattern: /\b(?:the\s+)?(?:seventh|7th)(?:\s+one)?\b/, value: 7 },
    { pattern: /\b(?:the\s+)?(?:eighth|8th)(?:\s+one)?\b/, value: 8 },
    { pattern: /\b(?:the\s+)?(?:ninth|9th)(?:\s+one)?\b/, value: 9 },
    { pattern: /\b(?:the\s+)?(?:tenth|10th)(?:\s+one)?\b/, value: 10 },
    { pattern: /\b(?:the\s+)?last\s+(?:one|option)\b|^\s*(?:the\s+)?last\s*$/, value: -1 },
    { pattern: /\b(?:the\s+)?middle\s+(?:one|option)\b|^\s*(?:the\s+)?middle\s*$/, value: MIDDLE },
    { pattern: /(?:\b(?:number|no\.|option)|#)\s*([1-9]|10)\b|^\s*([1-9])\s*[.!]*$/, value: 'digit' },
  ],
  // "current" and "now" are no title words and no clock time here.
  // "for now", "until now": no moment to act (filler). Not "from now on": the series.
  now: /\b(?<filler>(?:for|until|till|by)\s+)?(?:(?:right|just)\s+)?now\b(?!\s+on\b)|\b(?:immediately|straight\s+away)\b/,
  underway:
    /\b(?:current|ongoing|present|in-progress)\s+(?:meeting|call|session|one)\b|\b(?:meeting|call|session|one)\s+(?:that\s+|which\s+)?(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:currently\s+|still\s+)?(?:sitting\s+|stuck\s+)?(?:in|on|at)(?:\s+(?:right\s+)?now)?(?=\s*(?:$|[,.;:!?)]|(?:and|please|pls|thanks|thx)\b))|\b(?:meeting|call|session)\s+(?:that'?s\s+|that\s+is\s+|which\s+is\s+)?(?:going on|happening|running|under\s?way|in progress)(?:\s+(?:right\s+)?now)?\b/,
  positions: [
    // "my second to last meeting today", "the penultimate one".
    { pattern: new RegExp(`\\bpenultimate\\b(?:\\s+(?:${NOUN}|one)\\b)?`), value: 'last', skip: 1 },
    // "my next but one meeting", "the meeting after next", "the one after the next one".
    {
      pattern: new RegExp(
        `\\bnext\\s+but\\s+one\\b(?:\\s+(?:${NOUN}|one)\\b)?|\\b(?:${NOUN}|one)\\s+after\\s+(?:the\\s+)?next(?:\\s+one)?\\b(?!\\s+${NOT_A_MEETING})`,
      ),
      value: 'next',
      skip: 1,
    },
    // "next standup" is a position; "next week" and "next monday" are dates and stay for chrono.
    {
      pattern: new RegExp(`(?<!\\bweek\\s+after\\s+)\\b(?:next|upcoming)\\b(?!\\s+${NOT_A_MEETING})(?:\\s+(?:${NOUN}|one)\\b)?`),
      value: 'next',
    },
    { pattern: new RegExp(`\\b(?:last|final)\\b(?!\\s+${NOT_A_MEETING})(?:\\s+${NOUN}\\b)?`), value: 'last' },
    // Of the meetings being talked about: "the later one", "whichever is earlier"; with a list on screen, "the one after"
    // (with none, it is the meeting after the one just discussed: see follow-up.ts).
    // (ofTwo: with no meeting named to be after, it compares two rows; among more it picks none.)
    { pattern: /\bthe\s+one\s+(?:after|afterwards)\b(?!\s+\S)/, value: 'last', comparative: true, ofTwo: true },
    { pattern: /\bthe\s+one\s+before\b(?!\s+\S)/, value: 'next', comparative: true, ofTwo: true },
    { pattern: /\b(?:the\s+(?:later|latter|latest)|whichever(?:\s+one)?\s+is\s+later)\b(?:\s+one\b)?/, value: 'last', comparative: true },
    {
      pattern: /\b(?:the\s+(?:earlier|former|earliest)|whichever(?:\s+one)?\s+is\s+(?:earlier|sooner|first))\b(?:\s+one\b)?/,
      value: 'next',
      comparative: true,
    },
  ],
  // "the vendor one", "no, the other one": a follow-up about a meeting being talked about.
  reference: /\b(?:the one|that one|this one|the meeting|the ones?|the other(?:\s+one)?)\b|\bone\s*$/,
  // "all my meetings", "all of them", "cancel them all" are bulk; "the all hands" is a title.
  all: new RegExp(
    // "the all day offsite", "an all-day workshop": a kind of meeting, not all of them.
    `\\b(?:(?<!\\b(?:the|an?|my|this|that|our|his|her|their)\\s+)all(?!-day)(?=\\s*$|\\s+(?:of|my|the|these|those|${NOUN}|today|tomorrow|tonight|this|next|on|at|in|for|day|week|morning|afternoon|evening|mon|tue|wed|thu|fri|sat|sun)\\b)|every(?:\\s+single)?|everything|entire|whole|clear)\\b`,
  ),
  // "my meetings friday", "cancel meetings tomorrow", "the appointments on monday": several (not "my meeting").
  someOf:
    /\b(?:(?:just|only)\s+)?(?:one|some|any|a\s+few|few|a\s+couple|either|which|whichever)\s+of\b|\b(?:or|just|only)\s+one\b|\bone\s+or\s+two\b/,
  meetingsPlural: /\b(?:meetings|appointments|appts|events|calls|mtgs)\b/,
  weeks: [
    { pattern: /\b(?:the\s+)?week\s+after\s+next\b/, offset: 2 },
    // chrono reads "this weekend" as its Saturday alone.
    { pattern: /\b(?:next|the following)\s+weekend\b/, offset: 1, weekend: true },
    { pattern: /\b(?:this|the|this coming|my)\s+weekend\b/, offset: 0, weekend: true },
    { pattern: /\b(?:this|my|the rest of the|rest of the|rest of this|rest of my)\s+week\b/, offset: 0, restOfWeek: true },
    { pattern: /\bnext\s+week\b/, offset: 1 },
  ],
  dayParts: [
    { name: 'evening', pattern: /\btonight\b/, from: 17, to: 24, today: true, chronoDay: 'today' },
    // The night runs into the small hours of the next day ("the cutover thursday night" at 00:00).
    { name: 'evening', pattern: /\b(?:at|in the|over)\s+night\b|\bnight\b(?!\s*(?:shift|owl|out|cap))/, from: 17, to: 30 },
    // Late in the working day: from 3pm (the "end of day" sync is rarely after six, but may be).
    {
      name: 'afternoon',
      pattern: /\b(?:end of (?:the )?(?:day|business)|eod|cob|close of (?:play|business)|late afternoon)\b/,
      from: 15,
      to: 24,
    },
    { name: 'morning', pattern: /\bfirst thing(?: in the morning)?\b|\bearly (?:morning|doors)\b/, from: 0, to: 11 },
    { name: 'afternoon', pattern: /\b(?:lunch ?time|over lunch|around lunch)\b/, from: 11, to: 14 },
    // Of several meetings ("all my meetings after lunch"): the afternoon once lunch is over; of one, the meeting after it (see neighbour).
    { name: 'afternoon', pattern: /\bafter lunch\b/, from: 13, to: 17 },
    // "this morning" is today's; "in the morning" said once the morning is over is the next one (see extractWhen).
    { name: 'morning', pattern: /\bthis\s+morning\b/, from: 0, to: 12, today: true },
    { name: 'morning', pattern: /\bin the\s+morning\b|\bmorning\b/, from: 0, to: 12 },
    { name: 'afternoon', pattern: /\bthis\s+afternoon\b/, from: 12, to: 17, today: true },
    { name: 'afternoon', pattern: /\bin the\s+afternoon\b|\bafternoon\b/, from: 12, to: 17 },
    { name: 'evening', pattern: /\bthis\s+evening\b/, from: 17, to: 24, today: true },
    { name: 'evening', pattern: /\bin the\s+evening\b|\bevening\b/, from: 17, to: 24 },
  ],
  clockRanges: [
    new RegExp(`\\b(?:between|from)\\s+(?<from>${CLOCK})\\s*(?:and|to|till|until|-|–)\\s*(?<to>${CLOCK})`),
    // "from 3pm" alone is the meeting's time ("my meeting from 3pm"); "from 3pm on" is a range.
    new RegExp(`\\b(?:after|later than)\\s+(?<from>${CLOCK})(?:\\s+on(?:wards?)?)?`),
    new RegExp(`\\bfrom\\s+(?<from>${CLOCK})\\s+on(?:wards?)?\\b`),
    new RegExp(`\\b(?:before|until|till|earlier than)\\s+(?<to>${CLOCK})`),
  ],
  nextWeekday: /\bnext\s+(?:mon|tue|wed|thu|fri|sat|sun)/,
  untilDay: /\b(?:until|till|til|thru|through|up\s+to)\s+(?:and\s+including\s+)?$/,
  // "with Omar", and as chat writes it, "w Omar", "w/ Omar", "w/Omar" (not "w/o", without).
  attendee:
    /\b(?:with\s+|w\s+|w\/(?!o\b)\s*)((?:[\p{L}'.-]+)(?:\s+(?!(?:at|on|in|for|about|today|tomorrow|tonight|next|this)\b)(?:and\s+|&\s+)?[\p{L}'.-]+){0,3})/u,
  calendars: [
    // "Alex's 3pm", "James' meetings", "on Patti's calendar"; not after "my" or "the" ("my boss's 1:1", "the team's standup").
    {
      early: true,
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}'"])(?<!\\b(?:my|our|your|his|her|their|the|a|an|this|that)\\s+)(?<name>${NAME})(?:'s|(?<=s)')(?=[\\s,.;:!?]|$)(?!\\s+${IS_OR_HAS})(?:\\s+(?<noun>calendar|cal|diary|schedule|agenda)\\b)?`,
        'dg',
      ),
    },
    // "the thing Priya set up", "whatever Tom organised": Priya's, Tom's (the organizer is weighed as for "Alex's").
    {
      early: true,
      pattern: new RegExp(
        `\\b(?!(?:i|you|we|they|he|she|it|who|someone|somebody)\\b)(?<name>${NAME})\\s+(?:set\\s+up|organi[sz]ed|arranged|scheduled|called|sent(?:\\s+out)?)\\b`,
        'dg',
      ),
    },
    // "is Alex free tomorrow", "does Alex have anything on Friday": a look at Alex's calendar.
    { early: true, pattern: new RegExp(`\\bis\\s+(?<name>${NAME}(?:\\s+${NAME})?)\\s+(?:busy|free|booked|available)\\b`, 'dg') },
    { early: true, pattern: new RegExp(`\\bdoes\\s+(?<name>${NAME}(?:\\s+${NAME})?)\\s+have\\b`, 'dg') },
    // "decline the all hands for Alex", "cancel it on behalf of Alex": a delegate acting in Alex's calendar. (Only after a
    // decline verb for "for": "cancel the farewell lunch for Alex" may be a title.)
    // The name ends the request, or a day or time follows it ("decline the 1:1 for grace tomorrow").
    { early: true, pattern: new RegExp(`\\s+on\\s+behalf\\s+of\\s+(?<name>${NAME})(?=${WHEN_OR_END})`, 'dg') },
    {
      early: true,
      pattern: new RegExp(`(?<=\\b(?:decline|reject|turn\\s+down)\\b.*)\\s+for\\s+(?<name>${NAME})(?=${WHEN_OR_END})`, 'dg'),
    },
    // "the calendar of Marketing", "the calendar for Alex", "meetings for Alex".
    { early: true, pattern: new RegExp(`\\b(?<noun>calendar|cal|diary)\\s+(?:of|for)\\s+(?:the\\s+)?(?<name>${NAME})`, 'dg') },
    {
      early: true,
      pattern: new RegExp(`\\b(?:meetings|appointments|events|schedule|agenda)\\s+(?:of|for)\\s+(?:the\\s+)?(?<name>${NAME})`, 'dg'),
    },
    // "the Marketing calendar", "my Projects calendar", "the Marketing team calendar".
    // Not "cal" here: with no possessive it is as often a misspelt "call" ("cancl vendr cal"), and a title word is no calendar.
    { early: true, pattern: new RegExp(`(?<!')\\b(?<name>${NAME})(?:\\s+(?:group|team|shared))?\\s+(?<noun>calendar|diary)\\b`, 'dg') },
    // "show calendar Marketing", "the calendar Projects".
    { early: true, pattern: new RegExp(`\\b(?<noun>calendar)\\s+(?<name>${NAME})`, 'dg') },
    // "the Marketing group".
    { early: true, pattern: new RegExp(`(?<!')\\b(?<name>${NAME})[\\s-]+group(?:'s)?\\b`, 'dg') },
    // "campaign planning in Marketing", "meetings in Projects": at the end of what is left once times and people are cut.
    { pattern: new RegExp(`\\bin\\s+(?:the\\s+)?(?<name>${NAME})[\\s.!?]*$`, 'dg') },
  ],
  mine: 'my',
  notCalendars: new Set([
    ...Object.keys(WEEKDAYS),
    ...Object.keys(MONTHS),
    ...CHAT_DAY_WORDS,
    ...['today', 'tomorrow', 'tonight', 'yesterday', 'week', 'weekend', 'month', 'year', 'day', 'morning', 'afternoon', 'evening'],
    ...['night', 'noon', 'lunch', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'nobody', 'mine', 'yours'],
    // "in person", "in Teams", "the shared calendar": no calendar's name.
    ...['calendar', 'cal', 'diary', 'group', 'shared', 'person', 'private', 'office', 'teams', 'zoom', 'outlook', 'general', 'advance'],
    // "check my calendar", "the calendar entry", "next week": no calendar's name either.
    ...['check', 'see', 'open', 'look', 'pull', 'bring', 'give', 'share', 'whole', 'full', 'entire', 'work', 'personal'],
    ...[
      'entry',
      'entries',
      'event',
      'events',
      'item',
      'items',
      'slot',
      'invite',
      'invitation',
      'block',
      'hold',
      'reminder',
      'next',
      'last',
    ],
  ]),
  capitalsAreNames: true,
  fillers: new Set([
    'i',
    "i'd",
    'want',
    'wanna',
    'would',
    'like',
    'to',
    'please',
    'pls',
    'plz',
    'can',
    'could',
    'you',
    'my',
    'me',
    'the',
    'a',
    'an',
    'meeting',
    'meetings',
    'appointment',
    'appointments',
    'event',
    'events',
    'session',
    // "my plans this weekend": what is on, not a meeting called so.
    'plans',
    'at',
    'on',
    'for',
    'in',
    'of',
    'from',
    'and',
    'that',
    'this',
    'it',
    'one',
    'ones',
    'do',
    'i',
    'have',
    'is',
    'are',
    'hey',
    'hi',
    'bot',
    'kindly',
    'need',
    'just',
    'calendar',
    'today',
    'scheduled',
    'planned',
    'up',
    'coming',
    'all',
    'them',
    'off',
    'then',
    'oh',
    'so',
    'also',
    'what',
    'about',
    'instead',
    'actually',
    "let's",
    'lets',
    'go',
    'ahead',
    // Honorifics: "with Mrs Okafor" is Okafor.
    'mr',
    'mrs',
    'ms',
    'miss',
    'dr',
    'prof',
    // Verbs of the request left behind by the intent ("won't make it to", "count me out of").
    'make',
    'making',
    'able',
    'be',
    'out',
    'there',
    'joining',
    'going',
    'gonna',
    'will',
    'can',
    "can't",
    'cant',
    'won',
    "won't",
    'not',
    'get',
    'got',
    'we',
    'our',
    'us',
    'tell',
    'let',
    'know',
    'occurrence',
    'instance',
    'sessions',
    'invite',
    'invites',
    'booking',
    'slot',
    'thing',
    'whole',
    'entire',
    'series',
    'okay',
    'ok',
    'any',
    'anything',
    'else',
    'busy',
    'free',
    'look',
    'like',
    'got',
    'day',
    'schedule',
    'happening',
    'does',
    // "on Alex's behalf": the possessive names the calendar.
    'behalf',
    // "just this once": one occurrence (never the series), no word of its title.
    'once',
    // "cancel the retro entirely" (the series), "cancel tomorrow completely": how much, no title word.
    'entirely',
    'completely',
    'altogether',
  ]),
  describe: {
    clock: (hour, minute) => {
      const h12 = hour % 12 === 0 ? 12 : hour % 12;
      const suffix = hour < 12 ? 'am' : 'pm';
      return minute === 0 ? `at ${h12}${suffix}` : `at ${h12}:${String(minute).padStart(2, '0')}${suffix}`;
    },
    today: 'today',
    tomorrow: 'tomorrow',
    onDate: (date) => `on ${date.toLocaleString({ weekday: 'long', month: 'short', day: 'numeric' })}`,
    between: (from, to) => `between ${from.toLocaleString(SHORT_DATE)} and ${to.toLocaleString(SHORT_DATE)}`,
    dayPart: (part, dayPhrase, isToday) => (isToday ? `this ${part}` : `${dayPhrase} in the ${part}`),
    hours: (from, to) => {
      const at = (c: { hour: number; minute: number }): string => {
        const h12 = c.hour % 12 === 0 ? 12 : c.hour % 12;
        return `${h12}${c.minute ? `:${String(c.minute).padStart(2, '0')}` : ''}${c.hour < 12 || c.hour === 24 ? 'am' : 'pm'}`;
      };
      if (to.hour >= 24) return `after ${at(from)}`;
      return from.hour === 0 && from.minute === 0 ? `before ${at(to)}` : `between ${at(from)} and ${at(to)}`;
    },
    titled: (title) => `called "${title}"`,
    withPerson: (name) => `with ${name}`,
    inCalendar: (name) => `in ${name}'s calendar`,
    next: 'coming up next',
    underway: 'under way now',
    last: 'that is the last one',
    beside: (side, anchor) => `${side === 'after' ? 'right after' : 'right before'} "${anchor}"`,
  },
});
