/**
 * The user's message to the attendees, made safe to send: control characters removed (but line
 * breaks kept), surrounding space trimmed, and its length checked against the limit the card
 * states. Nothing is silently cut: an over-long message is refused so the user can shorten it.
 */
export type CommentCheck = { ok: true; comment: string } | { ok: false; length: number; max: number };

export function checkComment(raw: unknown, max: number): CommentCheck {
  const text = typeof raw === 'string' ? raw : '';
  const cleaned = text
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .trim();
  const length = [...cleaned].length;
  return length > max ? { ok: false, length, max } : { ok: true, comment: cleaned };
}
