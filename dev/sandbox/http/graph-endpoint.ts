import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultInjector } from '../faults';
import type { TokenCheck, TokenFailure } from '../identity';
import type { MailboxConcurrency } from '../throttling/mailbox-concurrency';
import type { UsageStats } from '../usage-stats';
import { GraphHttpError, type CalendarWorld, type Caller, type GraphRequest, type GraphResponse, type GraphRoute } from './contract';
import { asGraphError, correlationHeaders, graphErrorEnvelope, sendGraphError, type RequestIds } from './graph-error';
import { readBatch, runBatch, type BatchStep } from './json-batch';
import { readBody, sendEmpty, sendJson } from './respond';
import { RouteTable } from './route-table';

export interface GraphEndpointDeps {
  world: CalendarWorld;
  checkToken(token: string | undefined): Promise<TokenCheck>;
  /** Where a client gets a token: the WWW-Authenticate header of a 401 names it. */
  authorizationUri: string;
  faults: FaultInjector;
  concurrency: MailboxConcurrency;
  stats: UsageStats;
  /** "https://localhost:N", for GraphRequest.baseUrl. */
  origin: string;
}

/** Graph's messages for a rejected token (observed on graph.microsoft.com). */
const TOKEN_MESSAGES: Record<TokenFailure, string> = {
  empty: 'Access token is empty.',
  malformed: 'CompactToken parsing failed with error code: 80049217',
  signature: 'Signature is invalid.',
  issuer: 'Access token validation failure. Invalid issuer.',
  audience: 'Access token validation failure. Invalid audience.',
  expired: 'Access token has expired or is not yet valid.',
};
const ACCESS_DENIED = 'Access is denied. Check credentials and try again.';

/**
 * Serves the world's routes under /v1.0 and /beta. Order, as Graph applies it: route, token, scope,
 * body, the route's own access check; then the sandbox's mailbox concurrency, injected latency and faults; then the handler.
 */
export class GraphEndpoint {
  private readonly routes: RouteTable;

  constructor(private readonly deps: GraphEndpointDeps) {
    this.routes = new RouteTable(deps.world.routes);
  }

  async serve(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    version: 'v1.0' | 'beta',
    path: string,
    ids: RequestIds,
  ): Promise<void> {
    const finished = this.deps.stats.graphRequest();
    try {
      const method = (request.method ?? 'GET').toUpperCase();
      const body = await readBody(request);
      const call: GraphCall = { method, path, query: url.searchParams, headers: request.headers, body, version };
      const { result, lost } = isBatchPath(path) ? { result: await this.batch(call), lost: undefined } : await this.execute(call);
      if (lost === 'connection-reset') {
        response.socket?.destroy();
        return;
      }
      if (lost) throw this.deps.faults.lostAnswer(lost);
      const headers = { ...result.headers, ...correlationHeaders(ids) };
      if (result.body === undefined) sendEmpty(response, result.status, headers);
      else sendJson(response, result.status, result.body, headers);
    } catch (thrown) {
      sendGraphError(response, asGraphError(thrown), ids);
    } finally {
      finished();
    }
  }

  /** json-batching.md: up to 20 requests; each one runs (and is throttled) on its own. */
  private async batch(call: GraphCall): Promise<GraphResponse> {
    if (call.method !== 'POST') {
      throw new GraphHttpError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.', {
        Allow: 'POST',
      });
    }
    this.deps.stats.graphRoute('POST', '/$batch');
    // The batch itself needs a valid token: a bad one is a 401 for the whole batch.
    await this.authorize(call.headers, undefined);
    const requests = readBatch(parseJson(call.body));
    return { status: 200, body: { responses: await runBatch(requests, (step) => this.step(call, step)) } };
  }

  /** One request of a batch, as if sent alone with the batch's token, answered in the batch's shape. */
  private async step(batch: GraphCall, step: BatchStep): Promise<GraphResponse> {
    const url = new URL(step.url.replace(/^\/?/, '/'), 'https://graph.invalid');
    const call: GraphCall = {
      method: step.method,
      path: url.pathname,
      query: url.searchParams,
      headers: { ...lowerCased(step.headers), authorization: batch.headers.authorization },
      body: step.body === undefined ? '' : JSON.stringify(step.body),
      version: batch.version,
    };
    try {
      const { result: answered, lost } = await this.execute(call);
      // Inside a batch a lost answer shows as that request's gateway timeout (or its 429), the connection being the batch's.
      const result = lost ? errorStep(this.deps.faults.lostAnswer(lost === 'throttled' ? 'throttled' : 'gateway-timeout')) : answered;
      return result.body === undefined
        ? { status: result.status, headers: result.headers ?? {} }
        : { ...result, headers: { ...result.headers, 'Content-Type': 'application/json' } };
    } catch (thrown) {
      return errorStep(asGraphError(thrown));
    }
  }

  /** Route, token, scope, body; then the mailbox's concurrency, injected latency and faults; then the handler. */
  private async execute(call: GraphCall): Promise<{ result: GraphResponse; lost?: ReturnType<FaultInjector['lostResponseFor']> }> {
    let leaveMailbox = (): void => undefined;
    try {
      const route = this.route(call.method, call.path);
      const { caller, appId } = await this.authorize(call.headers, route);
      const graphRequest: GraphRequest = {
        method: call.method,
        path: call.path,
        version: call.version,
        params: {},
        query: call.query,
        headers: call.headers,
        body: parseJson(call.body),
        caller,
        baseUrl: `${this.deps.origin}/${call.version}`,
      };
      // The world's own permission checks (whose calendar: own, another user's, a group's) come with the scope check.
      route.route.authorize?.({ ...graphRequest, params: route.params });
      const mailbox = this.deps.world.mailboxOf(graphRequest);
      if (mailbox) leaveMailbox = this.deps.concurrency.enter(appId, mailbox);
      if (this.deps.faults.latencyMs > 0) await sleep(this.deps.faults.latencyMs);
      const injected = this.deps.faults.failureFor({ method: call.method, path: call.path, pattern: route.route.pattern });
      if (injected) throw injected;
      const result = await route.route.handle({ ...graphRequest, params: route.params });
      // Robust's lost-response fault: the work is done, the answer never arrives.
      const lost = this.deps.faults.lostResponseFor({ method: call.method, path: call.path, pattern: route.route.pattern });
      return { result, lost };
    } finally {
      leaveMailbox();
    }
  }

  private route(method: string, path: string): { route: GraphRoute; params: Record<string, string> } {
    const match = this.routes.match(method, path);
    if (match.kind === 'not-found') {
      throw new GraphHttpError(400, 'BadRequest', `Resource not found for the segment '${match.segment}'.`);
    }
    if (match.kind === 'wrong-method') {
      throw new GraphHttpError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.', {
        Allow: match.allowed.join(', '),
      });
    }
    this.deps.stats.graphRoute(method, match.route.pattern);
    return match;
  }

  private async authorize(
    headers: IncomingHttpHeaders,
    route: { route: GraphRoute } | undefined,
  ): Promise<{ caller: Caller; appId: string }> {
    const header = headers.authorization ?? '';
    const bearer = /^Bearer\s+(.*)$/i.exec(header)?.[1]?.trim();
    const checked = await this.deps.checkToken(bearer || undefined);
    if (!checked.ok) {
      throw new GraphHttpError(401, 'InvalidAuthenticationToken', TOKEN_MESSAGES[checked.failure], {
        'WWW-Authenticate': `Bearer realm="", authorization_uri="${this.deps.authorizationUri}", client_id="00000003-0000-0000-c000-000000000000"`,
      });
    }
    const { claims } = checked;
    // App-only tokens carry no delegated scopes; the sandbox grants no application permissions.
    if (!claims.scp || !claims.oid || !claims.upn) throw new GraphHttpError(403, 'ErrorAccessDenied', ACCESS_DENIED);
    const scopes = claims.scp.split(' ').filter(Boolean);
    if (route?.route.scope && !satisfies(scopes, route.route.scope)) throw new GraphHttpError(403, 'ErrorAccessDenied', ACCESS_DENIED);
    return { caller: { userId: claims.oid, upn: claims.upn, tenantId: claims.tid, scopes }, appId: claims.azp ?? 'unknown-app' };
  }
}

/** ReadWrite satisfies Read (Calendars, MailboxSettings, User). */
function satisfies(granted: string[], required: string): boolean {
  const lower = granted.map((scope) => scope.toLowerCase());
  const wanted = required.toLowerCase();
  return lower.includes(wanted) || (wanted.endsWith('.read') && lower.includes(`${wanted}write`));
}

/** A request to serve, alone or as one step of a batch. */
interface GraphCall {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
  version: 'v1.0' | 'beta';
}

function isBatchPath(path: string): boolean {
  return path.replace(/\/+$/, '').toLowerCase() === '/$batch';
}

function lowerCased(headers: Record<string, string> | undefined): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
}

function errorStep(error: GraphHttpError): GraphResponse {
  return {
    status: error.status,
    headers: { ...error.headers, 'Content-Type': 'application/json' },
    body: graphErrorEnvelope(error, ids()),
  };
}

/** A batch step's own correlation ids (Graph gives each its own request-id). */
function ids(): RequestIds {
  const requestId = randomUUID();
  return { requestId, clientRequestId: requestId };
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new GraphHttpError(
      400,
      'BadRequest',
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    );
  }
}
