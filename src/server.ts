import type { AddressInfo } from 'node:net';
import type { Application } from '@microsoft/teams-ai';
import type { Activity } from 'botbuilder';
import restify from 'restify';
import { z } from 'zod';
import { Unauthenticated, type ChannelAdapter } from './auth';
import type { SignInPages } from './bot';
import { log } from './log';

/** The least an activity must carry for the bot to answer anyone; anything less is a bad request. */
const activityShape = z.object({
  type: z.string().min(1),
  channelId: z.string().min(1),
  serviceUrl: z.string().url(),
  conversation: z.object({ id: z.string().min(1) }),
  from: z.object({ id: z.string().min(1) }),
});

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
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024 }));

  server.post('/api/messages', async (req, res) => {
    // Authentication first: a caller without a valid channel token learns nothing, not even why the body is wrong.
    const body = req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : {};
    let authenticated;
    try {
      authenticated = await options.adapter.authenticate(body, req.header('authorization') ?? '');
    } catch (error) {
      if (!(error instanceof Unauthenticated)) throw error;
      log.warn({ event: 'unauthenticated', reason: error.reason }, 'activity rejected: invalid channel token');
      res.json(401, { error: 'Unauthorized' });
      return;
    }
    const shape = activityShape.safeParse(req.body);
    if (!shape.success) {
      const issue = shape.error.issues[0];
      res.json(400, { error: `Malformed activity: ${issue.path.join('.') || 'body'} ${issue.message}` });
      return;
    }
    const activity = withDates(body);
    const invokeResponse = await options.adapter.runTurn(authenticated, activity, async (context) => {
      await options.app.run(context);
    });
    res.status(invokeResponse?.status ?? 200);
    if (invokeResponse?.body !== undefined) res.json(invokeResponse.body);
    else res.end();
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
