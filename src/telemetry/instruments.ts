import { metrics, SpanKind, SpanStatusCode, trace, type Attributes, type Counter, type MeterProvider, type Span } from '@opentelemetry/api';

/** The instrumentation scope of every span and counter the bot makes. */
export const SCOPE = 'meeting-cancel-bot';

/**
 * What happened to a user's request, counted. `uncertain`: Graph did not say whether a cancel or
 * decline happened (a 503/504 after the POST), so the bot had to find out or ask the user to check.
 */
export type Outcome = 'cancel' | 'decline' | 'refusal' | 'throttle' | 'uncertain';

const COUNTER_NAMES: Record<Outcome, { name: string; description: string }> = {
  cancel: { name: 'bot.cancels', description: 'Meetings (or series) cancelled through Graph' },
  decline: { name: 'bot.declines', description: 'Meetings declined through Graph' },
  refusal: { name: 'bot.refusals', description: 'Cancels Graph refused because the user is not the organizer' },
  throttle: { name: 'bot.throttles', description: 'Graph calls that ended throttled (429 after retries)' },
  uncertain: { name: 'bot.uncertain_outcomes', description: 'Cancels or declines whose result Graph did not report' },
};

let counters: { provider: MeterProvider; byOutcome: Record<Outcome, Counter> } | undefined;

/**
 * Counts one outcome. Without telemetry configured the OpenTelemetry API answers with no-op
 * instruments, so calling this costs nothing worth measuring. Attributes carry kinds and names,
 * never a token, a comment, a meeting subject or an id.
 */
export function countOutcome(outcome: Outcome, attributes: Attributes = {}): void {
  const provider = metrics.getMeterProvider();
  if (counters?.provider !== provider) {
    const meter = provider.getMeter(SCOPE);
    const byOutcome = {} as Record<Outcome, Counter>;
    for (const [kind, { name, description }] of Object.entries(COUNTER_NAMES)) {
      byOutcome[kind as Outcome] = meter.createCounter(name, { description });
    }
    counters = { provider, byOutcome };
  }
  counters.byOutcome[outcome].add(1, attributes);
}

/**
 * Runs `work` inside a span named `name` (a child of the turn's span when there is one). A failure
 * marks the span with the error's class name only: error messages can quote user data.
 */
export async function inSpan<T>(
  name: string,
  attributes: Attributes,
  work: (span: Span) => Promise<T>,
  kind: SpanKind = SpanKind.INTERNAL,
): Promise<T> {
  return trace.getTracer(SCOPE).startActiveSpan(name, { attributes, kind }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      span.setAttribute('error.type', error instanceof Error ? error.name : typeof error);
      throw error;
    } finally {
      span.end();
    }
  });
}
