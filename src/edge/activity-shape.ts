import { z } from 'zod/v4';

/** A body nested deeper than this is no activity (Teams' deepest, an Adaptive Card, is far less). */
export const MAX_DEPTH = 64;

/** A lone UTF-16 surrogate: valid in JSON, but no client sends one, and encodeURIComponent throws on it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/;

/** A bounded string (lone surrogates are refused anywhere in the body, by flawIn). */
const wellFormed = (max: number) => z.string().max(max);

/** An id the bot uses in storage keys and URLs: printable, bounded, well formed. */
const id = wellFormed(1024)
  .pipe(z.string().min(1))
  .refine((s) => !CONTROL.test(s), 'has control characters');
const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');
const instant = z.string().datetime({ offset: true });
const account = z.object({ id, name: wellFormed(512).optional(), aadObjectId: guid.optional() }).passthrough();
const httpUrl = z
  .string()
  .max(2048)
  .url()
  .refine((s) => /^https?:\/\//i.test(s), 'must be http(s)');

/**
 * What the bot reads from an activity, typed. Anything else the channel sends passes through
 * untouched; a field the bot reads with the wrong type is a 400 here, never an exception later
 * (a number as `locale`, an object as an id, a lone surrogate in a storage key).
 */
const activityShape = z
  .object({
    type: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[A-Za-z]+$/, 'must be an activity type'),
    id: id.optional(),
    channelId: id,
    serviceUrl: httpUrl,
    conversation: z
      .object({ id, conversationType: z.string().max(64).optional(), isGroup: z.boolean().optional(), tenantId: guid.optional() })
      .passthrough(),
    from: account,
    // Teams AI keys turn state on it, and botbuilder strips mentions of it: required, as Teams always sends it.
    recipient: account,
    locale: z
      .string()
      .max(35)
      .regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag')
      .optional(),
    localTimezone: wellFormed(64).optional(),
    timestamp: instant.optional(),
    localTimestamp: instant.optional(),
    expiration: instant.optional(),
    text: wellFormed(100_000).optional(),
    textFormat: z.string().max(32).optional(),
    replyToId: id.optional(),
    name: wellFormed(256).optional(),
    membersAdded: z.array(account).max(1000).optional(),
    membersRemoved: z.array(account).max(1000).optional(),
    attachments: z.array(z.object({}).passthrough()).max(100).optional(),
    entities: z.array(z.object({}).passthrough()).max(100).optional(),
    channelData: z.object({}).passthrough().optional(),
  })
  .passthrough()
  // Teams AI's card routes read value[verb] of any message without text: null would throw there. (Checked on the
  // whole activity: a `value` key in the shape would add one, undefined, to every activity without it.)
  .refine((activity) => activity.value !== null, { path: ['value'], message: 'must not be null' });

export type ActivityCheck = { ok: true; activity: Record<string, unknown> } | { ok: false; reason: string };

/** Checks a parsed body against what the bot reads; the reason names the first bad field. Never throws. */
export function checkActivity(body: unknown): ActivityCheck {
  try {
    const flaw = flawIn(body);
    if (flaw) return { ok: false, reason: `Malformed activity: ${flaw}` };
    const parsed = activityShape.safeParse(body);
    if (parsed.success) return { ok: true, activity: parsed.data };
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `Malformed activity: ${issue.path.join('.') || 'body'} ${issue.message}`.slice(0, 200) };
  } catch {
    return { ok: false, reason: 'Malformed activity' };
  }
}

/**
 * What no client sends, anywhere in the body: nesting deeper than MAX_DEPTH, or a lone surrogate in
 * any string or key (card data too: a meeting id with one would throw in encodeURIComponent deep in
 * a turn). Iterative, so a hostile nesting cannot overflow the stack here.
 */
function flawIn(root: unknown): string | undefined {
  const stack: Array<[unknown, number, string]> = [[root, 0, 'body']];
  while (stack.length) {
    const [node, depth, path] = stack.pop()!;
    if (typeof node === 'string' && LONE_SURROGATE.test(node)) return `${path} has a lone surrogate`;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= MAX_DEPTH) return `nested deeper than ${MAX_DEPTH} levels`;
    for (const [key, child] of Object.entries(node)) {
      if (LONE_SURROGATE.test(key)) return `a key in ${path} has a lone surrogate`;
      stack.push([child, depth + 1, depth === 0 ? key : `${path}.${key}`]);
    }
  }
  return undefined;
}
