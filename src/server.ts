import type { AddressInfo } from 'node:net';
import type { Application } from '@microsoft/teams-ai/lib/Application';
import type { Activity } from 'botbuilder';
import restify from 'restify';
import { Unauthenticated, type ChannelAdapter } from './auth';
import type { SignInPages } from './bot';
import { BodyRefused, boundHeaderTime, checkActivity, readJsonBody } from './edge';
import { errorFields, log } from './log';

/** The largest activity accepted, counted after decoding (Teams' own limit for a bot message is ~80 KB). */
const BODY_LIMIT_BYTES = 256 * 1024;
/** How long a body may take to arrive (Teams posts an activity at once; a trickle is a stranger holding a connection). */
const BODY_TIMEOUT_MS = 10_000;
/** How long a request's headers may take to arrive, for the same reason. */
const HEADERS_TIMEOUT_MS = 10_000;

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

export interface ServerOptions {
  port: number;
  host: string;
  adapter: ChannelAdapter;
  app: Application;
  /** Teams mode: the SSO consent popup pages. */
  pages?: SignInPages;
}

/**
 * The bot's HTTP host: POST /api/messages for the channel (authenticated before any handler
 * runs), GET /healthz for probes, and in Teams mode the consent popup pages.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const server = restify.createServer({ name: 'meeting-cancel-bot' });
  // No restify body parser: ours bounds what is inflated and cannot crash on a corrupt stream.
  boundHeaderTime(server.server, HEADERS_TIMEOUT_MS);

  server.post('/api/messages', async (req, res) => {
    try {
      await answerActivity(options, req, res);
    } catch (error) {
      // A bug, not a bad request: logged (name and frames only, never data) and answered 500.
      log.error({ event: 'request-failed', ...errorFields(error) }, 'request failed');
      if (!res.headersSent) res.json(500, { error: 'Internal error' });
    }
  });
  server.get('/healthz', async (_req, res) => {
    res.json(200, { status: 'ok' });
  });
  for (const [route, html] of Object.entries(options.pages ?? {})) {
    server.get(route, async (_req, res) => {
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      });
      res.end(html);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${options.port} is already in use. Stop what runs there, or set PORT to another port (env/.env.<APP_ENV> or the environment).`,
            )
          : error,
      );
    });
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Body first (bounded, decoded safely), then authentication, then the schema: a caller without a
 * valid channel token learns nothing, not even why the activity is wrong.
 */
async function answerActivity(options: ServerOptions, req: restify.Request, res: restify.Response): Promise<void> {
  const authorization = req.header('authorization') ?? '';
  if (options.adapter.refusesOnSight(authorization)) {
    // No token at all: refused before its body is read (a stranger's 256 KB of JSON cost a parse).
    log.warn({ event: 'unauthenticated', reason: 'no bearer token' }, 'activity rejected: invalid channel token');
    refuse(req, res, 401, 'Unauthorized');
    return;
  }
  let body: unknown;
  try {
    body = await readJsonBody(req, BODY_LIMIT_BYTES, BODY_TIMEOUT_MS);
  } catch (error) {
    if (!(error instanceof BodyRefused)) throw error;
    log.warn({ event: 'body-refused', status: error.status }, 'request body refused');
    refuse(req, res, error.status, error.reason);
    return;
  }
  const object = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  let authenticated;
  try {
    authenticated = await options.adapter.authenticate(object, authorization);
  } catch (error) {
    if (!(error instanceof Unauthenticated)) throw error;
    log.warn({ event: 'unauthenticated', reason: error.reason }, 'activity rejected: invalid channel token');
    res.json(401, { error: 'Unauthorized' });
    return;
  }
  const checked = checkActivity(body);
  if (!checked.ok) {
    log.warn({ event: 'activity-refused', reason: checked.reason }, 'malformed activity');
    res.json(400, { error: checked.reason });
    return;
  }
  const activity = withDates(checked.activity);
  const invokeResponse = await options.adapter.runTurn(authenticated, activity, async (context) => {
    await options.app.run(context);
  });
  if (activity.type === 'invoke' && invokeResponse?.status === 501) {
    // botbuilder's answer when no handler set an invoke response: an invoke this bot does not take.
    res.json(400, { error: 'Unsupported invoke' });
    return;
  }
  res.status(invokeResponse?.status ?? 200);
  if (invokeResponse?.body !== undefined) res.json(invokeResponse.body);
  else res.end();
}

/** Answers `status` without reading what the caller may still be sending: the connection ends with the answer. */
function refuse(req: restify.Request, res: restify.Response, status: number, reason: string): void {
  res.once('finish', () => req.socket.destroy());
  res.json(status, { error: reason }, { Connection: 'close' });
}

/** As botbuilder's CloudAdapter does: the wire's ISO strings become Dates, the raw text is kept. */
function withDates(body: Record<string, unknown>): Activity {
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ]) {
    if (typeof body[field] === 'string') {
      body[raw] = body[field];
      body[field] = new Date(body[field] as string);
    }
  }
  return body as unknown as Activity;
}
