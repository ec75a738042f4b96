import { editDistance } from '../nlu/spelling';

/**
 * Words as people type them against words as calendars spell them: case, umlauts, accents,
 * "1:1" vs "1-1" vs "one on one", typos and partial words.
 */
export function foldText(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      // "stand-up", "Sprint-Planung": one word, as often typed run together ("standups", "Sprintplanung").
      .replace(/(\p{L})-(?=\p{L})/gu, '$1')
      .replace(/\b(?:1\s*[:\-/]\s*1|1\s*(?:on|zu)\s*1|one[\s-]on[\s-]one)\b/g, ' 1on1 ')
  );
}

// Subjects and names repeat on every request over the same calendar; folding them is the costly part.
const known = new Map<string, string[]>();
const KNOWN_LIMIT = 10_000;

export function wordsOf(text: string): string[] {
  const cached = known.get(text);
  if (cached) return cached;
  // An emoji is a word of its own ("Q4 review 🚀", "the 🚀 meeting").
  const words = foldText(text)
    .split(/[^\p{L}\p{N}\p{Extended_Pictographic}]+|(\p{Extended_Pictographic})/u)
    .filter(Boolean);
  if (known.size >= KNOWN_LIMIT) known.clear();
  known.set(text, words);
  return words;
}

function sameLetters(a: string, b: string): boolean {
  return [...a].sort().join('') === [...b].sort().join('');
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

// What a meeting is called in general, run onto its name: "Budgetmeeting", "Kundentermin", "vendorcall".
const GENERIC_TAIL = /(?:meetings?|termine?|calls?|besprechung(?:en)?|sitzung(?:en)?|sessions?|treffen)$/;

/**
 * Kinds of meeting by their English and German names, folded. Teams name meetings in either language
 * ("Daily Scrum", "Lieferanten-Sync") and users type in theirs ("cancel Monday's standup", "das
 * Vorstellungsgespräch absagen"): a word of the same kind is the same word. Only names of what a
 * meeting is, never people or topics, so a kind never joins two different meetings by accident.
 */
const KINDS: string[][] = [
  ['standup', 'daily', 'scrum'],
  ['1on1', 'einzelgespraech', 'einzelgespraeche'],
  ['interview', 'interviews', 'vorstellungsgespraech', 'bewerbungsgespraech', 'bewerbergespraech'],
  ['lunch', 'mittagessen'],
  ['dinner', 'abendessen'],
  ['breakfast', 'fruehstueck'],
  ['vendor', 'vendors', 'supplier', 'suppliers', 'lieferant', 'lieferanten'],
  ['customer', 'client', 'kunde', 'kunden'],
  ['retro', 'retrospective', 'retrospektive'],
  ['planning', 'planung'],
  ['handover', 'uebergabe'],
  ['training', 'schulung'],
  ['doctor', 'arzt', 'arzttermin'],
  ['dentist', 'zahnarzt', 'zahnarzttermin'],
  ['kickoff', 'auftakt'],
  ['farewell', 'leaving', 'abschied'],
  ['quarterly', 'quartal', 'quartals'],
  // Who is in it, as titles abbreviate it: "Sync (ext)", "Jour fixe intern".
  ['external', 'ext', 'extern', 'externe', 'externes', 'externen', 'externer'],
  ['internal', 'int', 'intern', 'interne', 'internes', 'internen', 'interner'],
];
const KIND_OF = new Map<string, number>(KINDS.flatMap((words, kind) => words.map((word): [string, number] => [word, kind])));

const kinds = new Map<string, number | undefined>();

/** The kind a folded word names: the word itself, or the first part of a compound ("lieferantensync"). */
function kindOf(word: string): number | undefined {
  if (kinds.has(word)) return kinds.get(word);
  let kind = KIND_OF.get(word);
  for (let end = word.length - 3; kind === undefined && end >= 5; end--) kind = KIND_OF.get(word.slice(0, end));
  if (kinds.size >= KNOWN_LIMIT) kinds.clear();
  kinds.set(word, kind);
  return kind;
}

const SWISS_JOINT = /\p{L}{3}igs\p{L}{3}/u;
const SWISS_JOINTS = /(?<=\p{L}{3})igs(?=\p{L}{3})/gu;

/** How well a typed word matches a calendar word, 0..1; 0.8 and above is a match, 0.6 a hint. */
export function wordSimilarity(typed: string, word: string): number {
  const plain = similarity(typed, word);
  if (plain >= 0.8) return plain;
  // "standup" for "Daily Scrum", "vendor" for "Lieferanten-Sync": another name of the same kind of meeting.
  const kind = kindOf(typed);
  if (kind !== undefined && kind === kindOf(word)) return 1;
  // "budgetmeeting" for "Budgetplanung": the name without the generic tail.
  const stem = typed.replace(GENERIC_TAIL, '');
  if (stem !== typed && stem.length >= 4) return Math.max(plain, similarity(stem, word) * 0.9);
  // Swiss German writes an "e" as "ä": "Weihnachtsässe" for "Weihnachtsessen", "Bsprächig" for "Besprechung".
  if (typed.includes('ae') && !word.includes('ae')) return Math.max(plain, similarity(typed.replace(/ae/g, 'e'), word) * 0.95);
  // Its "-ig" for "-ung" (see similarity) also before the joining "s" of a compound: "Störigsanalyse" for "Störungsanalyse".
  if (SWISS_JOINT.test(typed) && word.includes('ungs'))
    return Math.max(plain, similarity(typed.replace(SWISS_JOINTS, 'ungs'), word) * 0.95);
  return plain;
}

/** Whether a typed word is a calendar word as spelled (a typo, a plural, a start of it), not only of the same kind. */
export function spelledAlike(typed: string, word: string): boolean {
  return similarity(typed, word) >= 0.8;
}

function similarity(typed: string, word: string): number {
  if (typed === word) return 1;
  if (typed.length >= 3 && word.startsWith(typed)) return 0.9;
  // Plurals and German genitive/plural endings: standups, 1on1s, Lenas, Termine.
  if (word.length >= 3 && typed.startsWith(word) && typed.length - word.length <= 2) return 0.85;
  if (typed.length >= 4 && word.includes(typed)) return 0.8; // part of a compound: planung in sprintplanung
  // A compound typed for its first part: "steuerberatertermin" for "Steuerberater", "teamrundentermin" for "Teamrunde".
  if (word.length >= 5 && (typed.startsWith(word) || typed.startsWith(word.slice(0, -1)))) return 0.8;
  // Swiss German writes "-ung" as "-ig" ("Sitzig", "Q1-Planig"), often with "gsch…" for "gesch…" ("Gschäftsleitig").
  if (typed.length >= 5 && typed.endsWith('ig') && word.endsWith('ung')) {
    const stem = typed.slice(0, -2);
    if (stem === word.slice(0, -3)) return 0.85;
    if (stem.length >= 6 && similarity(stem, word.slice(0, -3)) >= 0.8) return 0.8;
  }
  // Two letters swapped across a third ("dayli" for "daily", "stnaudp"): the same letters, the same start, two edits.
  if (typed.length >= 5 && typed.length === word.length && typed.slice(0, 2) === word.slice(0, 2) && sameLetters(typed, word)) {
    if (editDistance(typed, word, 2) <= 2) return 0.8;
  }
  if (typed.length >= 4) {
    const limit = typed.length >= 7 ? 2 : 1;
    const distance = editDistance(typed, word, limit);
    if (distance <= limit) return distance === 1 ? 0.8 : 0.7;
  }
  // Compounds with the same first part ("Kundengespräch", "Kundentermin"): a hint, never a match alone.
  const shared = sharedPrefix(typed, word);
  if (shared >= 5 && shared * 2 >= Math.min(typed.length, word.length)) return 0.6;
  return 0;
}
