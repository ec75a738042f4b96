import { z } from 'zod/v4';

const failNextRule = z
  .object({
    /** A substring of the request path (case-insensitive), or a route pattern exactly as declared ("/me/events/{eventId}/cancel"). */
    path: z.string().min(1),
    method: z.string().toUpperCase().optional(),
    status: z.number().int().min(400).max(599),
    count: z.number().int().min(1).default(1),
  })
  .strict();

const loseResponseRule = z
  .object({
    /** As in failNext: a path substring or a declared route pattern. */
    path: z.string().min(1),
    method: z.string().toUpperCase().optional(),
    count: z.number().int().min(1).default(1),
    /**
     * What the client sees instead of the answer: Graph's gateway giving up (504), the connection dropped, or a 429 with
     * Retry-After although the request ran (Microsoft Q&A 5529013 reports a $batch step answered 429 whose operation ran).
     */
    answer: z.enum(['gateway-timeout', 'connection-reset', 'throttled']).default('gateway-timeout'),
    /** An outage that begins with the lost answer: this many following Graph requests get 503. */
    thenUnavailable: z.number().int().min(0).default(0),
  })
  .strict();

export const faultSettingsSchema = z
  .object({
    /** Probability (0..1) that any one Graph request is answered with this status instead. */
    rates: z
      .object({ '429': z.number().min(0).max(1), '503': z.number().min(0).max(1), '504': z.number().min(0).max(1) })
      .partial()
      .strict()
      .refine((rates) => Object.values(rates).reduce((sum, rate) => sum + (rate ?? 0), 0) <= 1, 'rates must add up to at most 1')
      .optional(),
    /** Added to every Graph request, while it holds its mailbox's concurrency slot. */
    latencyMs: z.number().int().min(0).max(120_000).optional(),
    /** Retry-After (seconds) on injected 429/503/504. */
    retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
    /** Seed of the random draw for `rates`, so a run can be replayed. */
    seed: z.number().int().optional(),
    failNext: z.array(failNextRule).optional(),
    /** The request runs (a cancel is sent, mail goes out) and then its response is lost. */
    loseResponse: z.array(loseResponseRule).optional(),
  })
  .strict();

export type FaultSettings = z.input<typeof faultSettingsSchema>;
export type FailNextRule = z.output<typeof failNextRule>;
export type LoseResponseRule = z.output<typeof loseResponseRule>;
export type ParsedFaultSettings = z.output<typeof faultSettingsSchema>;

/** Validates settings from the admin API or the CLI; throws with the offending field named. */
export function parseFaultSettings(input: unknown): ParsedFaultSettings {
  const parsed = faultSettingsSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid fault settings at "${issue.path.join('.') || '(root)'}": ${issue.message}`);
  }
  return parsed.data;
}

/** CLI spelling: "--fault-rate 429=0.1,503=0.05". */
export function parseRateFlag(value: string): Record<string, number> {
  return Object.fromEntries(
    value.split(',').map((pair) => {
      const [status, rate] = pair.split('=');
      return [status.trim(), Number(rate)];
    }),
  );
}

/** CLI spelling: "--fail-next 'POST /cancel=503x2'" (method optional, count defaults to 1). */
export function parseFailNextFlag(value: string): FailNextRule {
  const match = /^(?:(GET|POST|DELETE|PATCH|PUT)\s+)?(\S+)=(\d{3})(?:x(\d+))?$/i.exec(value.trim());
  if (!match) throw new Error(`Invalid --fail-next "${value}": expected "[METHOD ]path=STATUS[xCOUNT]"`);
  return { method: match[1]?.toUpperCase(), path: match[2], status: Number(match[3]), count: Number(match[4] ?? 1) };
}

/** CLI spelling: "--lose-response 'POST /cancel'", "'POST /cancel=resetx2'" or "'POST /cancel=429'" (answer: 504 by default, reset, or 429). */
export function parseLoseResponseFlag(value: string): LoseResponseRule {
  const match = /^(?:(GET|POST|DELETE|PATCH|PUT)\s+)?([^\s=]+)(?:=(504|reset|429))?(?:x(\d+))?$/i.exec(value.trim());
  if (!match) throw new Error(`Invalid --lose-response "${value}": expected "[METHOD ]path[=504|=reset|=429][xCOUNT]"`);
  return {
    method: match[1]?.toUpperCase(),
    path: match[2],
    answer: match[3]?.toLowerCase() === 'reset' ? 'connection-reset' : match[3] === '429' ? 'throttled' : 'gateway-timeout',
    count: Number(match[4] ?? 1),
    thenUnavailable: 0,
  };
}
