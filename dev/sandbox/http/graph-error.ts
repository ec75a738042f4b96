import type { ServerResponse } from 'node:http';
import { GraphHttpError } from './contract';
import { sendJson } from './respond';

/** Graph's correlation ids for one request: ours, and the client's echoed back (or ours if it sent none). */
export interface RequestIds {
  requestId: string;
  clientRequestId: string;
}

export function correlationHeaders(ids: RequestIds): Record<string, string> {
  return { 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId };
}

/** The one factory for Graph's error envelope: {"error":{"code","message","innerError":{...}}}. */
export function graphErrorEnvelope(error: GraphHttpError, ids: RequestIds, now = new Date()): { error: Record<string, unknown> } {
  return {
    error: {
      code: error.code,
      message: error.message,
      innerError: {
        // Graph's innerError date has no fractional seconds and no zone suffix.
        date: now.toISOString().replace(/\.\d+Z$/, ''),
        'request-id': ids.requestId,
        'client-request-id': ids.clientRequestId,
      },
    },
  };
}

export function sendGraphError(response: ServerResponse, error: GraphHttpError, ids: RequestIds): void {
  sendJson(response, error.status, graphErrorEnvelope(error, ids), { ...error.headers, ...correlationHeaders(ids) });
}

/** Anything a handler throws that is not a GraphHttpError is a sandbox bug: say so as Graph would (500). */
export function asGraphError(thrown: unknown): GraphHttpError {
  if (thrown instanceof GraphHttpError) return thrown;
  return new GraphHttpError(500, 'generalException', 'An unexpected error occurred in the sandbox.');
}
