/**
 * Words as people type them against words as calendars spell them: case, umlauts, accents,
 * "1:1" vs "1-1" vs "one on one", typos and partial words.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\b(?:1\s*[:\-/]\s*1|1\s*(?:on|zu)\s*1|one[\s-]on[\s-]one)\b/g, ' 1on1 ');
}

// Subjects and names repeat on every request over the same calendar; folding them is the costly part.
const known = new Map<string, string[]>();
const KNOWN_LIMIT = 10_000;

export function wordsOf(text: string): string[] {
  const cached = known.get(text);
  if (cached) return cached;
  const words = foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (known.size >= KNOWN_LIMIT) known.clear();
  known.set(text, words);
  return words;
}

/** Edit distance with transpositions (optimal string alignment), stopping early past limit. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowBest = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2][j - 2] + 1);
      rows[i][j] = value;
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
  }
  return rows[a.length][b.length];
}

/** How well a typed word matches a calendar word, 0..1. */
export function wordSimilarity(typed: string, word: string): number {
  if (typed === word) return 1;
  if (typed.length >= 3 && word.startsWith(typed)) return 0.9;
  if (word.length >= 4 && typed.startsWith(word) && typed.length - word.length <= 2) return 0.85; // plurals: standups
  if (typed.length >= 4 && word.includes(typed)) return 0.8; // part of a compound: planung in sprintplanung
  if (typed.length >= 4) {
    const limit = typed.length >= 7 ? 2 : 1;
    const distance = editDistance(typed, word, limit);
    if (distance <= limit) return distance === 1 ? 0.8 : 0.7;
  }
  return 0;
}

/** Best match of each typed word among words (and their run-together form, "stand up" = "standup"). */
export function phraseSimilarity(typed: string[], words: string[]): { score: number; best: number } {
  if (typed.length === 0 || words.length === 0) return { score: 0, best: 0 };
  // Run-together forms: the whole subject and each neighbouring pair ("daily stand up" -> "standup").
  const joined = [words.join('')];
  for (let i = 1; i < words.length; i++) joined.push(words[i - 1] + words[i]);
  let total = 0;
  let best = 0;
  for (const word of typed) {
    let wordBest = 0;
    for (const candidate of words) wordBest = Math.max(wordBest, wordSimilarity(word, candidate));
    if (word.length >= 4 && wordBest < 1) for (const run of joined) wordBest = Math.max(wordBest, wordSimilarity(word, run));
    total += wordBest;
    best = Math.max(best, wordBest);
  }
  return { score: total / typed.length, best };
}
