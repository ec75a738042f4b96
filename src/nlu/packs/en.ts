import * as chrono from 'chrono-node';
import { withLetterBoundaries, type LanguagePack } from '../pack';

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

const NOUN = '(?:meetings?|appointments?|events?|calls?|sessions?)';
const NOT_A_MEETING = '(?:week|month|year|mon|tue|wed|thu|fri|sat|sun|weekend|time)';

export const en: LanguagePack = withLetterBoundaries({
  language: 'en',
  chrono: chrono.casual,
  rewrite: (text) =>
    text
      // "1:1" is a meeting kind, not a clock time; keep chrono away from it.
      .replace(/\b(?:1\s*[:\-/]\s*1|1\s*on\s*1|one[\s-]on[\s-]one)\b/g, ' 1on1 ')
      .replace(new RegExp(`\\b(at|by|around)\\s+(${NUMBER_WORD})\\b`, 'g'), (_m, at: string, n: string) => `${at} ${NUMBERS[n]}`)
      .replace(
        new RegExp(`\\b(${NUMBER_WORD})\\s*(am|pm|o'?clock)\\b`, 'g'),
        (_m, n: string, suffix: string) => `${NUMBERS[n]}${suffix.startsWith('o') ? ':00' : suffix}`,
      )
      .replace(/\b(\d{1,2})\s*o'?clock\b/g, '$1:00')
      .replace(/(\w)'s\b/g, '$1') // possessives: "monday's standup", "tonight's call"
      .replace(/\bnoon\b/g, '12:00')
      .replace(/\bmidday\b/g, '12:00'),
  yes: /^(?:yes|yeah|yep|yup|ya|y|sure|ok|okay|k|confirm(?:ed)?|do it|go ahead|go for it|correct|right|please do|absolutely|yes please|that one)\s*[.!]*$/,
  no: /^(?:no|nope|nah|n|no thanks|no thank you|never ?mind|don'?t|do not|stop|abort|forget it|keep it|not that one)\s*[.!]*$/,
  correction: /^(?:no|nope|nah|not that one|actually)\b[\s,.;!-]*/,
  intents: [
    { intent: 'signOut', pattern: /\b(?:sign(?:ing)?[\s-]?out|log(?:ging)?[\s-]?out|log me out|sign me out|disconnect)\b/ },
    { intent: 'help', pattern: /\b(?:help|what can you do|how does (?:this|it) work|how do i|commands|instructions)\b|^\s*\?+\s*$/ },
    {
      intent: 'decline',
      pattern:
        /\b(?:decline|reject|turn down|can'?t (?:make|attend|go to)|cannot (?:make|attend)|won'?t (?:make|attend)|not (?:going|attending))\b/,
    },
    {
      intent: 'cancel',
      pattern:
        /\b(?:cancel(?:l?ed|l?ing)?|cancle|cancell?|cacnel|cnacel|calls? off|call\b(?=.*\boff\b)|drop|scrap|scratch|delete|remove|kill|nuke|clear)\b/,
    },
    {
      intent: 'list',
      pattern:
        /\b(?:show|list|display|view|what(?:'s| is| are| do i have)?(?=.*\b(?:meetings?|calendar|schedule|agenda|on|have|planned|booked)\b)|which|agenda|upcoming)\b/,
    },
    // Just the noun ("meetings", "my calendar"): the list, as the help card promises.
    { intent: 'list', pattern: /^\s*(?:my\s+)?(?:meetings|appointments|calendar|schedule)\s*[?.!]*\s*$/ },
  ],
  ordinals: [
    { pattern: /\b(?:the\s+)?(?:first|1st)(?:\s+one)?\b/, value: 1 },
    { pattern: /\b(?:the\s+)?(?:second|2nd)(?:\s+one)?\b/, value: 2 },
    { pattern: /\b(?:the\s+)?(?:third|3rd)(?:\s+one)?\b/, value: 3 },
    { pattern: /\b(?:the\s+)?(?:fourth|4th)(?:\s+one)?\b/, value: 4 },
    { pattern: /\b(?:the\s+)?(?:fifth|5th)(?:\s+one)?\b/, value: 5 },
    { pattern: /\b(?:the\s+)?last\s+(?:one|option)\b|^\s*(?:the\s+)?last\s*$/, value: -1 },
    { pattern: /(?:\b(?:number|no\.|option)|#)\s*([1-9])\b|^\s*([1-9])\s*[.!]*$/, value: 0 },
  ],
  positions: [
    // "next standup" is a position; "next week" and "next monday" are dates and stay for chrono.
    { pattern: new RegExp(`\\b(?:next|upcoming)\\b(?!\\s+${NOT_A_MEETING})(?:\\s+(?:${NOUN}|one)\\b)?`), value: 'next' },
    { pattern: new RegExp(`\\b(?:last|final)\\b(?!\\s+${NOT_A_MEETING})(?:\\s+${NOUN}\\b)?`), value: 'last' },
  ],
  reference: /\b(?:the one|that one|this one|the meeting|the ones?)\b/,
  // "all my meetings", "all of them", "cancel them all" are bulk; "the all hands" is a title.
  all: new RegExp(
    `\\b(?:all(?=\\s*$|\\s+(?:of|my|the|these|those|${NOUN}|today|tomorrow|tonight|this|next|on|at|in|for|day|week|morning|afternoon|evening|mon|tue|wed|thu|fri|sat|sun)\\b)|every|everything|entire|whole|clear)\\b`,
  ),
  weeks: [
    { pattern: /\b(?:this|the rest of the|rest of the|rest of this)\s+week\b/, offset: 0, restOfWeek: true },
    { pattern: /\bnext\s+week\b/, offset: 1 },
  ],
  dayParts: [
    { name: 'evening', pattern: /\btonight\b/, from: 17, to: 24, today: true },
    { name: 'morning', pattern: /\b(?:this|in the)\s+morning\b|\bmorning\b/, from: 0, to: 12 },
    { name: 'afternoon', pattern: /\b(?:this|in the)\s+afternoon\b|\bafternoon\b/, from: 12, to: 17 },
    { name: 'evening', pattern: /\b(?:this|in the)\s+evening\b|\bevening\b/, from: 17, to: 24 },
  ],
  nextWeekday: /\bnext\s+(?:mon|tue|wed|thu|fri|sat|sun)/,
  attendee: /\bwith\s+((?:[\p{L}'.-]+)(?:\s+(?!(?:at|on|in|for|and|about|today|tomorrow|tonight|next|this)\b)[\p{L}'.-]+)?)/u,
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
  ]),
  describe: {
    clock: (hour, minute) => {
      const h12 = hour % 12 === 0 ? 12 : hour % 12;
      const suffix = hour < 12 ? 'am' : 'pm';
      return minute === 0 ? `at ${h12}${suffix}` : `at ${h12}:${String(minute).padStart(2, '0')}${suffix}`;
    },
    today: 'today',
    tomorrow: 'tomorrow',
    onDate: (date) => `on ${date.setLocale('en-US').toFormat('cccc, LLL d')}`,
    between: (from, to) => `between ${from.setLocale('en-US').toFormat('ccc, LLL d')} and ${to.setLocale('en-US').toFormat('ccc, LLL d')}`,
    dayPart: (part, dayPhrase, isToday) => (isToday ? `this ${part}` : `${dayPhrase} in the ${part}`),
    titled: (title) => `called "${title}"`,
    withPerson: (name) => `with ${name}`,
    next: 'coming up next',
    last: 'that is the last one',
  },
});
