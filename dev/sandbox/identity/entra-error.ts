import { randomUUID } from 'node:crypto';

/** An error the token endpoint answers with, shaped like Entra ID's (AADSTS codes). */
export class EntraError extends Error {
  constructor(
    readonly error:
      'invalid_request' | 'invalid_client' | 'unauthorized_client' | 'invalid_grant' | 'invalid_scope' | 'unsupported_grant_type',
    readonly aadsts: number,
    message: string,
    readonly suberror?: string,
  ) {
    super(message);
    this.name = 'EntraError';
  }

  /** Entra answers invalid_client with 401, everything else here with 400. */
  get status(): number {
    return this.error === 'invalid_client' ? 401 : 400;
  }
}

/** The one place Entra's error JSON is built. The correlation id echoes the client's client-request-id. */
export function entraErrorBody(failure: EntraError, errorHost: string, correlationId: string = randomUUID()): Record<string, unknown> {
  const traceId = randomUUID();
  const timestamp = new Date()
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, 'Z');
  const code = `AADSTS${failure.aadsts}`;
  return {
    error: failure.error,
    error_description: `${code}: ${failure.message} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
    error_codes: [failure.aadsts],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: `${errorHost}/error?code=${failure.aadsts}`,
    ...(failure.suberror ? { suberror: failure.suberror } : {}),
  };
}

export function missingParameter(name: string): EntraError {
  return new EntraError('invalid_request', 900144, `The request body must contain the following parameter: '${name}'.`);
}
