import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { serveAdmin } from './admin/admin-api';
import { FaultInjector, type FaultSettings } from './faults';
import { GraphHttpError, type CreateCalendarWorld } from './http/contract';
import { GraphEndpoint } from './http/graph-endpoint';
import { correlationHeaders, sendGraphError, type RequestIds } from './http/graph-error';
import { listenOnLoopback } from './http/loopback-listener';
import { sendJson } from './http/respond';
import { createCalendarWorld } from './graph';
import { createIdentity } from './identity';
import { SANDBOX_TENANT_ID, DEFAULT_USER_UPN, type Seed } from './seed';
import { MailboxConcurrency } from './throttling/mailbox-concurrency';
import { loadOrCreateCertificates } from './tls/certificates';
import { UsageStats } from './usage-stats';

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** A seed JSON file; default: the built-in seed laid out around `now`. */
  seedFile?: string;
  /** A seed built in code (e.g. withBusyWeek); wins over seedFile. */
  seed?: Seed;
  /** The calendar world's "now" (tokens always use the real clock). */
  now?: Date;
  tokenLifetimeSeconds?: number;
  faults?: FaultSettings;
  /** Where the CA and server certificate live; default `.sandbox/` under the repo root. */
  stateDir?: string;
  /** Builds the calendar world; default: the Graph half's createCalendarWorld. Tests may pass a fake. */
  createWorld?: CreateCalendarWorld;
  /** One line per request (method, path without query, status). Never given tokens or bodies. */
  log?: (line: string) => void;
}

/** What a running sandbox tells its clients (the CLI prints it as one JSON line). */
export interface ReadyInfo {
  graph: string;
  authority: string;
  tenantId: string;
  caCert: string;
  admin: string;
  clientId: string;
  clientSecret: string;
  appIdUri: string;
  defaultUser: string;
}

export interface RunningSandbox {
  info: ReadyInfo;
  stop(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const certificates = loadOrCreateCertificates(options.stateDir ?? defaultStateDir());
  const createWorld = options.createWorld ?? createCalendarWorld;
  const world = createWorld({ seedFile: options.seedFile, seed: options.seed, now: options.now ?? new Date() });
  const stats = new UsageStats();
  const startupFaults = options.faults ?? {};
  const faults = new FaultInjector(startupFaults);
  let dispatch: (request: IncomingMessage, response: ServerResponse) => Promise<void> = async () => undefined;
  const listener = await listenOnLoopback(
    { cert: certificates.serverCertPem, key: certificates.serverKeyPem },
    options.port ?? 0,
    (request, response) => {
      dispatch(request, response).catch((error: unknown) => {
        options.log?.(`sandbox error: ${(error as Error).stack ?? String(error)}`);
        if (!response.headersSent) sendJson(response, 500, { error: { code: 'generalException', message: 'Sandbox internal error.' } });
        else response.destroy();
      });
    },
  );
  const origin = `https://localhost:${listener.port}`;
  const identity = await createIdentity({
    origin,
    tenantId: SANDBOX_TENANT_ID,
    directory: world.directory,
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
    stats,
  });
  const graph = new GraphEndpoint({
    world,
    checkToken: (token) => identity.checkGraphToken(token),
    authorizationUri: `${identity.authority}/oauth2/v2.0/authorize`,
    faults,
    concurrency: new MailboxConcurrency(),
    stats,
    origin,
  });
  const admin = { world, identity, faults, startupFaults, stats };

  dispatch = async (request, response) => {
    const url = new URL(request.url ?? '/', origin);
    const ids = requestIds(request);
    for (const [name, value] of Object.entries(correlationHeaders(ids))) response.setHeader(name, value);
    if (options.log) {
      const started = Date.now();
      response.on('finish', () => options.log?.(`${request.method} ${url.pathname} ${response.statusCode} ${Date.now() - started}ms`));
    }
    const version = /^\/(v1\.0|beta)(\/.*)?$/i.exec(url.pathname);
    const identityPath = identity.owns(url.pathname);
    if (version) {
      await graph.serve(request, response, url, version[1].toLowerCase() as 'v1.0' | 'beta', version[2] ?? '/', ids);
    } else if (/^\/_sandbox(\/|$)/i.test(url.pathname)) {
      await serveAdmin(admin, request, response, url.pathname.slice('/_sandbox'.length) || '/');
    } else if (identityPath !== undefined) {
      await identity.serve(request, response, identityPath);
    } else {
      const segment = url.pathname.split('/')[1] ?? '';
      sendGraphError(response, new GraphHttpError(400, 'BadRequest', `Invalid version: ${segment}`), ids);
    }
  };

  const directory = world.directory;
  const info: ReadyInfo = {
    graph: `${origin}/v1.0`,
    authority: identity.authority,
    tenantId: SANDBOX_TENANT_ID,
    caCert: certificates.caCertPath,
    admin: `${origin}/_sandbox`,
    clientId: identity.app.clientId,
    clientSecret: identity.app.clientSecret,
    appIdUri: identity.app.appIdUri,
    defaultUser: (directory.findUser(DEFAULT_USER_UPN) ?? directory.users()[0])?.userPrincipalName ?? DEFAULT_USER_UPN,
  };
  return { info, stop: () => listener.close() };
}

function requestIds(request: IncomingMessage): RequestIds {
  const requestId = randomUUID();
  const sent = request.headers['client-request-id'];
  const clientRequestId = (Array.isArray(sent) ? sent[0] : sent) || requestId;
  return { requestId, clientRequestId };
}

/** `.sandbox/` beside the nearest package.json above this file (the repo root, from src/ or dist/). */
function defaultStateDir(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return path.join(dir, '.sandbox');
}
