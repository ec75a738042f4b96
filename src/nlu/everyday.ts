import type { LanguagePack } from './pack';

/** Emoji (with their skin tones, joiners and presentation selectors): mood in a chat reply, never words. */
const EMOJI_RUN = /(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\u{FE0F}|\u{200D}|\u{20E3})+/gu;

/** A letter said again and again for emphasis ("yesss", "jaaa", "okk"): once. */
function unstretched(word: string): string {
  return word.replace(/(\p{L})\1+/gu, '$1');
}

function saidAs(word: string, pack: LanguagePack): boolean {
  return pack.yes.test(word) || pack.yes.test(unstretched(word));
}

/**
 * How a chat reply with no request in it answers a card: "yes 👍", "yess", "ok 👍", "jaaa danke 🙏" say yes (the yes
 * words once the emoji are set aside and a stretched letter is read once); an emoji alone ("👍") says no word, so
 * nothing a destructive card may take as its yes ('emojiOnly'). Undefined for anything else: read as usual.
 */
export function everydayReply(text: string, pack: LanguagePack): 'yes' | 'no' | 'emojiOnly' | undefined {
  const withoutEmoji = text.replace(EMOJI_RUN, ' ');
  const words = withoutEmoji
    .toLowerCase()
    .replace(/[.!,]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (!words.length) return withoutEmoji.length !== text.length ? 'emojiOnly' : undefined;
  // Only where something was set aside or read once: the rest is the usual reading's.
  const changed = withoutEmoji.length !== text.length || words.some((w) => unstretched(w) !== w);
  if (!changed) return undefined;
  const [first, ...rest] = words;
  if (saidAs(first, pack) && rest.every((w) => pack.assent.has(w) || pack.assent.has(unstretched(w)) || saidAs(w, pack))) return 'yes';
  // "nooo", "no 🙅": a no, as "no" is.
  const said = words.map(unstretched).join(' ');
  return pack.no.test(words.join(' ')) || pack.no.test(said) ? 'no' : undefined;
}

/** What this bot does not do, asked for in so many words (a request with no cancel or decline in it). */
const CANNOT: Record<string, Array<[RegExp, 'undo' | 'move']>> = {
  en: [
    [/\b(?:undo|un-?cancel\w*|revert|roll\s*(?:it\s+|that\s+)?back|restore|reinstate|bring\s+(?:it|that|them|\w+)\s+back)\b/, 'undo'],
    // Asked for, not told ("the client moved it" is news): the verb first, after a "please" or "can you".
    [
      /^(?:(?:please|pls|plz|can you|could you|would you|can u|could u|i (?:want|need) to|let's|lets|ok|so)\s+)*(?:move|reschedule|postpone|push|shift|bump|rebook|change the time of)\b/,
      'move',
    ],
  ],
  de: [
    [/(?:rückgängig|rueckgaengig|wiederherstell\w*|\bstell\w*\b.*\bwieder\s+her\b|zurücknehm\w*|zuruecknehm\w*|\bundo\b)/, 'undo'],
    // "verschiebe", "kannst du … verlegen"; not "wurde verschoben" (news).
    [/\b(?:verschieb(?:e|en|st)?|verleg(?:e|en|st)?|umplanen|umlegen|neu\s+planen)\b/, 'move'],
  ],
};

/**
 * "undo", "mach das rückgängig": a cancel cannot be taken back; "move my 1:1 to friday", "verschiebe das Daily auf 10
 * Uhr": this bot cancels, it does not move. Undefined when the words ask for neither.
 */
export function cannotDo(text: string, pack: LanguagePack): 'undo' | 'move' | undefined {
  const lower = text.toLowerCase();
  return (CANNOT[pack.language] ?? []).find(([pattern]) => pattern.test(lower))?.[1];
}
