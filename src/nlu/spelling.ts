/** Typing slips: how far apart two words are, and day words put right before the date parser reads them. */

// Three rows of the edit-distance table (two back, one back, this one), reused: a request compares a
// typed word with every word of every meeting in view, and arrays per comparison were most of its cost.
let twoBack = new Int32Array(32);
let oneBack = new Int32Array(32);
let current = new Int32Array(32);

/** Edit distance with transpositions (optimal string alignment), stopping early past limit. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  if (current.length < width) {
    twoBack = new Int32Array(width * 2);
    oneBack = new Int32Array(width * 2);
    current = new Int32Array(width * 2);
  }
  for (let j = 0; j < width; j++) oneBack[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = Infinity;
    for (let j = 1; j < width; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(oneBack[j] + 1, current[j - 1] + 1, oneBack[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, twoBack[j - 2] + 1);
      current[j] = value;
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    [twoBack, oneBack, current] = [oneBack, current, twoBack];
  }
  return oneBack[b.length];
}

/**
 * Words that name a day ("tommorow", "wedneday", "Mittwich") put right: a word of six letters or more that
 * is one slip (two from eight letters) from exactly one of the pack's day words, and no word of the pack
 * itself. The date parser only knows the words spelled right.
 */
export function correctDayWords(text: string, dayWords: readonly string[], known: ReadonlySet<string>): string {
  return text.replace(/\p{L}{6,}/gu, (word) => {
    if (known.has(word) || dayWords.includes(word)) return word;
    const limit = word.length >= 8 ? 2 : 1;
    // "fridays", "morgens": a longer word, not a slip.
    const near = dayWords.filter((day) => !word.startsWith(day) && editDistance(word, day, limit) <= limit);
    return near.length === 1 ? near[0] : word;
  });
}
