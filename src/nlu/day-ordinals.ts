/**
 * Days of the month said as ordinal words ("on the fourteenth", "am zwölften", Swiss "am zwölfte", "am vierzähte"):
 * written as the digits the date grammar reads ("on the 14th", "am 12."). Only where the words say it is a date (after
 * "on", "am", "zum", before a month), never a bare "the second", which may be a row of a list.
 */

const EN_UNITS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
};
const EN_ORDINALS: Record<string, number> = {
  ...EN_UNITS,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};
for (const [unit, n] of Object.entries(EN_UNITS)) {
  EN_ORDINALS[`twenty ${unit}`] = 20 + n;
  EN_ORDINALS[`twenty-${unit}`] = 20 + n;
}
EN_ORDINALS['thirty first'] = 31;
EN_ORDINALS['thirty-first'] = 31;

const EN_WORD = Object.keys(EN_ORDINALS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const EN_MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const suffix = (n: number): string =>
  n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
const enDigits = (word: string): string => {
  const n = EN_ORDINALS[word.replace(/\s+/g, ' ')];
  return `${n}${suffix(n)}`;
};
// "on the fourteenth", "on the twenty-first", "the 14th of December", "December fourteenth"; a bare "the twelfth" from the
// eleventh on (lists have no such rows; "the second" may be one).
const EN_NOT_A_DAY =
  '(?!\\s+(?:one|ones|option|row|item|entry|page|meeting|meetings|call|time|thing|half|week|day|floor|of\\s+(?:them|those|these)))';
const EN_AFTER_ON = new RegExp(`\\b(on\\s+(?:the\\s+)?)(${EN_WORD})\\b${EN_NOT_A_DAY}`, 'g');
const EN_BEFORE_MONTH = new RegExp(`\\b(?:the\\s+)?(${EN_WORD})(\\s+of\\s+(?:${EN_MONTH})\\b)`, 'g');
const EN_AFTER_MONTH = new RegExp(`\\b((?:${EN_MONTH})\\s+(?:the\\s+)?)(${EN_WORD})\\b`, 'g');
const EN_LATE = new RegExp(
  `\\b(the\\s+)(${Object.keys(EN_ORDINALS)
    .filter((word) => EN_ORDINALS[word] >= 11)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b${EN_NOT_A_DAY}`,
  'g',
);

export function englishDayOrdinals(text: string): string {
  return text
    .replace(EN_AFTER_ON, (_m, on: string, word: string) => `${on}${enDigits(word)}`)
    .replace(EN_BEFORE_MONTH, (_m, word: string, month: string) => `the ${enDigits(word)}${month}`)
    .replace(EN_AFTER_MONTH, (_m, month: string, word: string) => `${month}${enDigits(word)}`)
    .replace(EN_LATE, (_m, the: string, word: string) => `${the}${enDigits(word)}`);
}

// German stems, with Swiss ones ("zwölfte", "vierzähte", "zwänzigschte"): 1-19 take "-te", 20-31 "-ste" (Swiss "-schte").
const DE_UNITS: Array<[string, number]> = [
  ['ers', 1],
  ['zwei', 2],
  ['drit', 3],
  ['vier', 4],
  ['fünf|fuenf|füf', 5],
  ['sechs|sächs', 6],
  ['sieb|sieben|sibe', 7],
  ['ach', 8],
  ['neun|nün', 9],
];
const TEEN = '(?:zehn|zeh|zäh)';
const DE_LOW: Array<[string, number]> = [
  ...DE_UNITS,
  [TEEN, 10],
  ['elf|euf', 11],
  ['zwölf|zwoelf', 12],
  [`(?:drei|dri)${TEEN}`, 13],
  [`vier${TEEN}`, 14],
  [`(?:fünf|fuenf|füf)${TEEN}`, 15],
  [`(?:sech|säch)${TEEN}`, 16],
  [`(?:sieb|sibe)${TEEN}`, 17],
  [`acht${TEEN}`, 18],
  [`(?:neun|nün)${TEEN}`, 19],
];
const TWENTY = '(?:zwanzig|zwänzig|zwänzg)';
const THIRTY = '(?:dreißig|dreissig|drissig|drissg)';
const AND = '(?:und|e)';
const DE_HIGH: Array<[string, number]> = [
  [TWENTY, 20],
  [THIRTY, 30],
  [`(?:ein|eis|ei)${AND}${THIRTY}`, 31],
  ...DE_UNITS.map(([stem, n]): [string, number] => [
    `(?:${stem.replace('ers', 'ein|eis|ei').replace('drit', 'drei|drü').replace('ach', 'acht')})${AND}${TWENTY}`,
    20 + n,
  ]),
];
const DE_ENDING = '(?:e[nmrs]?|i)';
const DE_FORMS: Array<[RegExp, number]> = [
  ...DE_LOW.map(([stem, n]): [RegExp, number] => [new RegExp(`^(?:${stem})t${DE_ENDING}$`, 'u'), n]),
  ...DE_HIGH.map(([stem, n]): [RegExp, number] => [new RegExp(`^(?:${stem})i?s(?:ch)?t${DE_ENDING}$`, 'u'), n]),
];
const DE_WORD = `(?:${[...DE_LOW, ...DE_HIGH].map(([stem]) => `(?:${stem})`).join('|')})i?s?(?:ch)?t${DE_ENDING}`;
const DE_MONTH =
  'januar|jänner|jaenner|jan|februar|feber|feb|märz|maerz|april|apr|mai|juni|juli|august|aug|september|sept|sep|oktober|okt|november|nov|dezember|dez';
// "am zwölften", "zum ersten", "bis zum dritten", "vom zweiten", "Montag, den vierten", and "zwölfter Dezember".
const DE_AFTER_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:am|zum|vom|ab\\s+dem|an\\s+dem|bis\\s+zum|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?\\s+(?:den|dem))\\s+)(${DE_WORD})(?![\\p{L}\\p{N}])(?!\\s+(?:mal|termin|meeting|eintrag|seite|option|tag|hälfte|woche)\\b)`,
  'gu',
);
const DE_BEFORE_MONTH = new RegExp(`(?<![\\p{L}\\p{N}])(${DE_WORD})(\\s+(?:${DE_MONTH})(?![\\p{L}\\p{N}]))`, 'gu');

const deDigits = (word: string): string | undefined => DE_FORMS.find(([form]) => form.test(word))?.[1]?.toString();

export function germanDayOrdinals(text: string): string {
  return text
    .replace(DE_AFTER_WORD, (whole, before: string, word: string) => {
      const n = deDigits(word);
      return n ? `${before}${n}.` : whole;
    })
    .replace(DE_BEFORE_MONTH, (whole, word: string, month: string) => {
      const n = deDigits(word);
      return n ? `${n}.${month}` : whole;
    });
}
