import { randomInt } from 'node:crypto';
import { GraphHttpError } from '../http/contract';
import { seededRandom } from './seeded-random';
import { parseFaultSettings, type FaultSettings, type LoseResponseRule, type ParsedFaultSettings } from './fault-settings';

/** Error codes for injected statuses (inferred: Graph documents the statuses, not always these codes). */
const INJECTED: Record<number, { code: string; message: string }> = {
  400: { code: 'BadRequest', message: 'The request is malformed or incorrect.' },
  401: { code: 'InvalidAuthenticationToken', message: 'Access token has expired or is not yet valid.' },
  403: { code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.' },
  404: { code: 'ErrorItemNotFound', message: 'The specified object was not found in the store.' },
  409: {
    code: 'ErrorIrresolvableConflict',
    message:
      'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.',
  },
  /** errors.md: "A precondition provided in the request (such as an if-match header) doesn't match the resource's current state." */
  412: { code: 'PreconditionFailed', message: "A precondition provided in the request doesn't match the resource's current state." },
  429: { code: 'TooManyRequests', message: 'Too many requests. Retry after the time given in the Retry-After header.' },
  500: { code: 'generalException', message: 'An unspecified error has occurred.' },
  503: { code: 'serviceNotAvailable', message: 'The service is temporarily unavailable. Try the request again after a delay.' },
  504: { code: 'GatewayTimeout', message: 'The gateway did not receive a timely response from the service.' },
};
const RETRYABLE = new Set([429, 503, 504]);

export interface FaultTarget {
  method: string;
  path: string;
  /** The matched route's pattern as declared. */
  pattern: string;
}

/** Injects the configured failures and latency into Graph requests; deterministic for a given seed. */
export class FaultInjector {
  private settings: ParsedFaultSettings = {};
  private random: () => number = Math.random;

  constructor(initial: FaultSettings = {}) {
    this.configure(initial);
  }

  /** Replaces all settings (and restarts the random sequence from the seed). */
  configure(input: FaultSettings): void {
    this.settings = parseFaultSettings(input);
    this.random = seededRandom(this.settings.seed ?? randomInt(2 ** 31));
  }

  /** The settings now in force, with what is left of each fail-next rule. */
  current(): ParsedFaultSettings {
    return structuredClone(this.settings);
  }

  get latencyMs(): number {
    return this.settings.latencyMs ?? 0;
  }

  /** The failure this request must get, if any. Consumes a fail-next count or one random draw. */
  failureFor(target: FaultTarget): GraphHttpError | undefined {
    const rule = this.settings.failNext?.find((candidate) => candidate.count > 0 && matches(candidate, target));
    if (rule) {
      rule.count -= 1;
      return this.injected(rule.status);
    }
    const rates = this.settings.rates;
    if (!rates) return undefined;
    const draw = this.random();
    let threshold = 0;
    for (const status of [429, 503, 504] as const) {
      threshold += rates[status] ?? 0;
      if (draw < threshold) return this.injected(status);
    }
    return undefined;
  }

  /**
   * Whether this request's response is to be lost after it ran (consumes one count). Graph's own
   * 504 means its gateway stopped waiting while the mailbox may still have done the work.
   */
  lostResponseFor(target: FaultTarget): LoseResponseRule['answer'] | undefined {
    const rule = this.settings.loseResponse?.find((candidate) => candidate.count > 0 && matches(candidate, target));
    if (!rule) return undefined;
    rule.count -= 1;
    if (rule.thenUnavailable > 0) {
      this.settings.failNext = [{ path: '/', status: 503, count: rule.thenUnavailable }, ...(this.settings.failNext ?? [])];
    }
    return rule.answer;
  }

  /** What a lost response turns into: Graph's gateway timeout (504), or a 429 although the request ran. */
  lostAnswer(answer: 'gateway-timeout' | 'throttled'): GraphHttpError {
    return this.injected(answer === 'throttled' ? 429 : 504);
  }

  private injected(status: number): GraphHttpError {
    const known = INJECTED[status] ?? { code: 'generalException', message: `Injected failure ${status}.` };
    const headers: Record<string, string> = RETRYABLE.has(status) ? { 'Retry-After': String(this.settings.retryAfterSeconds ?? 1) } : {};
    return new GraphHttpError(status, known.code, known.message, headers);
  }
}

function matches(rule: { method?: string; path: string }, target: FaultTarget): boolean {
  if (rule.method && rule.method !== target.method.toUpperCase()) return false;
  const wanted = rule.path.toLowerCase();
  return target.pattern.toLowerCase() === wanted || target.path.toLowerCase().includes(wanted);
}
