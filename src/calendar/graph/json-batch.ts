import { GraphError, type Client, type GraphRequest, type RetryHandlerOptions } from '@microsoft/microsoft-graph-client';

/**
 * How long one Graph call (with its retries) may take before it is given up: above three 10 s
 * Retry-After waits, below the 60 s claim lease, so a write cannot still be in flight when another
 * turn takes over its card. A write given up is an unknown outcome, settled by a re-read.
 */
export const GRAPH_DEADLINE_MS = 45_000;

/** The request, aborted if it has not answered within `ms` (its retries included). */
export function withDeadline(request: GraphRequest, ms = GRAPH_DEADLINE_MS): GraphRequest {
  return request.option('signal', AbortSignal.timeout(ms));
}

/** json-batching.md: at most 20 requests in one batch. */
const BATCH_LIMIT = 20;
/**
 * Outlook runs at most 4 requests at once per app and mailbox and throttles the rest (429), also
 * inside a batch: so a batch runs as 4 lanes, each step waiting for the one 4 places before it.
 */
export const LANES = 4;
/** Throttled or failed-dependency steps are sent again, at most this many rounds in all. */
const ROUNDS = 3;

export interface BatchRequest {
  method: 'GET' | 'POST';
  /** Relative to the version root: "/me/events/{id}". */
  url: string;
  body?: object;
}

export interface BatchResult {
  status: number;
  body?: unknown;
  headers: Record<string, string>;
  /** A round answered this step 429: a write may have run then (see OutcomeUnknownError), whatever came after. */
  throttled?: boolean;
}

/**
 * Sends `requests` through Graph's JSON batching, 20 per batch, and answers in the order asked.
 * A step throttled inside the batch (429) or stopped by its lane (424) goes into the next round,
 * after Retry-After when that is short enough to wait for in a chat turn.
 */
export async function sendInBatches(
  client: Client,
  requests: BatchRequest[],
  retry: RetryHandlerOptions,
  longestWaitSeconds: number,
  deadlineMs = GRAPH_DEADLINE_MS,
): Promise<BatchResult[]> {
  const results: BatchResult[] = new Array(requests.length);
  let pending = requests.map((_, index) => index);
  for (let round = 1; pending.length && round <= ROUNDS; round++) {
    let waitSeconds = 0;
    const again: number[] = [];
    for (let at = 0; at < pending.length; at += BATCH_LIMIT) {
      const chunk = pending.slice(at, at + BATCH_LIMIT);
      const steps = chunk.map((index, position) => ({
        id: String(index),
        method: requests[index].method,
        url: requests[index].url,
        ...(requests[index].body ? { body: requests[index].body, headers: { 'Content-Type': 'application/json' } } : {}),
        ...(position >= LANES ? { dependsOn: [String(chunk[position - LANES])] } : {}),
      }));
      const answer = await withDeadline(client.api('/$batch').middlewareOptions([retry]), deadlineMs).post({ requests: steps });
      for (const response of (answer?.responses ?? []) as Array<{
        id: string;
        status: number;
        body?: unknown;
        headers?: Record<string, string>;
      }>) {
        const index = Number(response.id);
        const throttled = response.status === 429 || results[index]?.throttled;
        const result: BatchResult = {
          status: response.status,
          body: response.body,
          headers: response.headers ?? {},
          ...(throttled ? { throttled } : {}),
        };
        results[index] = result;
        if (response.status === 424 || response.status === 429) again.push(index);
        if (response.status === 429) waitSeconds = Math.max(waitSeconds, retryAfterOf(result) ?? 1);
      }
    }
    pending = again.sort((a, b) => a - b);
    if (!pending.length || round === ROUNDS) break;
    if (waitSeconds > longestWaitSeconds) break;
    if (waitSeconds > 0) await new Promise((resolve) => setTimeout(resolve, waitSeconds * 1000));
  }
  for (let index = 0; index < results.length; index++) {
    // A step Graph never answered counts as unavailable: its outcome is unknown.
    results[index] ??= { status: 503, headers: {} };
  }
  return results;
}

/** A failed step as the GraphError a single request would have thrown, for the one error mapping. */
export function stepError(result: BatchResult): GraphError {
  const envelope = (result.body as { error?: { code?: string; message?: string } } | undefined)?.error;
  const error = new GraphError(result.status, envelope?.message ?? `HTTP ${result.status}`);
  error.code = envelope?.code ?? null;
  error.headers = new Headers(result.headers);
  error.body = result.body === undefined ? null : JSON.stringify(result.body);
  return error;
}

function retryAfterOf(result: BatchResult): number | undefined {
  const header = Object.entries(result.headers).find(([name]) => name.toLowerCase() === 'retry-after')?.[1];
  const seconds = header === undefined ? NaN : Number(header);
  return Number.isFinite(seconds) ? seconds : undefined;
}
