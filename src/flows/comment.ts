/**
 * The user's message to the attendees, made safe to send: control characters removed (but line
 * breaks kept), surrounding space trimmed, and its length checked against the limit the card
 * states. Nothing is silently cut: an over-long message is refused so the user can shorten it.
 */
export type CommentCheck = { ok: true; comment: string } | { ok: false; length: number; max: number };

/**
 * Dropped: C0/C1 controls but tab and line breaks (no one types them; mail renders them as junk), the
 * zero-width space, and bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069), which make
 * text display in another order than it is written. Kept, because people type them and text changes
 * without them: ZWNJ/ZWJ (U+200C/D: joined emoji 👩‍⚕️, Persian and Indic spelling), LRM/RLM (U+200E/F:
 * they only place punctuation and numbers in Hebrew or Arabic text, never reorder letters), variation
 * selectors, skin tones and emoji tags.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2066-\u2069]/g;

export function checkComment(raw: unknown, max: number): CommentCheck {
  const text = typeof raw === 'string' ? raw : '';
  const cleaned = text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').trim();
  const length = [...cleaned].length;
  return length > max ? { ok: false, length, max } : { ok: true, comment: cleaned };
}
