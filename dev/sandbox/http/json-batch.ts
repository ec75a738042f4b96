import { GraphHttpError, type GraphResponse } from './contract';

/** json-batching.md: "JSON batch requests are currently limited to 20 individual requests." */
export const MAX_BATCH_REQUESTS = 20;

export interface BatchStep {
  id: string;
  method: string;
  /** Relative to the version root: "/me/events/{id}" or "me/events/{id}". */
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

export interface BatchAnswer {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** Message inferred: Graph documents the 400 for a malformed batch, not its wording. */
const invalid = (message: string) => new GraphHttpError(400, 'BadRequest', message);

/** The `requests` of a batch body, checked as Graph checks them: a malformed batch is a 400 for the whole batch. */
export function readBatch(body: unknown): BatchStep[] {
  const requests = (body as { requests?: unknown } | undefined)?.requests;
  if (!Array.isArray(requests)) throw invalid('Invalid batch payload format.');
  if (requests.length > MAX_BATCH_REQUESTS) {
    throw invalid(`Number of batch request steps exceeds the maximum value of ${MAX_BATCH_REQUESTS}.`);
  }
  const seen = new Set<string>();
  return requests.map((raw: unknown) => {
    const step = raw as Partial<BatchStep>;
    if (!step || typeof step.id !== 'string' || !step.id || typeof step.method !== 'string' || typeof step.url !== 'string') {
      throw invalid('Invalid batch payload format.');
    }
    // "id ... Not case-sensitive. Must be unique in the batch, otherwise, the batch request fails with a 400."
    const id = step.id.toLowerCase();
    if (seen.has(id)) throw invalid(`Batch request ids must be unique; '${step.id}' is used more than once.`);
    seen.add(id);
    // "headers ... required when the body is specified ... a Content-Type header must be included."
    if (step.body !== undefined && !Object.keys(step.headers ?? {}).some((name) => name.toLowerCase() === 'content-type')) {
      throw invalid(`Batch request '${step.id}' has a body but no Content-Type header.`);
    }
    const dependsOn = step.dependsOn ?? [];
    if (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== 'string')) throw invalid('Invalid batch payload format.');
    // Only earlier steps may be depended on, so a batch can never wait on itself.
    if (dependsOn.some((d: string) => !seen.has(d.toLowerCase()) || d.toLowerCase() === id)) {
      throw invalid(`Batch request '${step.id}' depends on a request that does not come before it.`);
    }
    return { ...step, method: step.method.toUpperCase(), dependsOn } as BatchStep;
  });
}

/**
 * Runs every step at once (what Graph does), except that a step waits for the steps it dependsOn
 * and fails with 424 when one of them failed. Answers come in the order steps finish: Graph
 * promises no order, clients correlate by id.
 */
export async function runBatch(steps: BatchStep[], run: (step: BatchStep) => Promise<GraphResponse>): Promise<BatchAnswer[]> {
  const answers: BatchAnswer[] = [];
  const done = new Map<string, Promise<number>>();
  const byId = new Map(steps.map((step) => [step.id.toLowerCase(), step]));
  const start = (step: BatchStep): Promise<number> => {
    const key = step.id.toLowerCase();
    let running = done.get(key);
    if (!running) {
      running = (async () => {
        const statuses = await Promise.all(
          (step.dependsOn ?? []).map((id) => {
            const dependency = byId.get(id.toLowerCase());
            return dependency ? start(dependency) : Promise.resolve(424);
          }),
        );
        const result: GraphResponse = statuses.some((status) => status >= 400) ? failedDependency() : await run(step);
        answers.push({
          id: step.id,
          status: result.status,
          headers: result.headers ?? {},
          ...(result.body === undefined ? {} : { body: result.body }),
        });
        return result.status;
      })();
      done.set(key, running);
    }
    return running;
  };
  await Promise.all(steps.map(start));
  return answers;
}

function failedDependency(): GraphResponse {
  return {
    status: 424,
    headers: { 'Content-Type': 'application/json' },
    body: { error: { code: 'FailedDependency', message: 'Failed dependency.' } },
  };
}
