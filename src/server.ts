import type { AddressInfo } from 'node:net';
import type { Application, TeamsAdapter } from '@microsoft/teams-ai';
import restify from 'restify';
import { z } from 'zod';

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

/** The bot's HTTP host: POST /api/messages for the channel, GET /healthz for probes. */
export async function startServer(options: { port: number; host: string; adapter: TeamsAdapter; app: Application }): Promise<RunningServer> {
  const server = restify.createServer({ name: 'meeting-cancel-bot' });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024 }));

  server.post('/api/messages', async (req, res) => {
    const shape = activityShape.safeParse(req.body);
    if (!shape.success) {
      const issue = shape.error.issues[0];
      res.json(400, { error: `Malformed activity: ${issue.path.join('.') || 'body'} ${issue.message}` });
      return;
    }
    await options.adapter.process(req, res, async (context) => {
      await options.app.run(context);
    });
  });
  server.get('/healthz', async (_req, res) => {
    res.json(200, { status: 'ok' });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE'
        ? new Error(`Port ${options.port} is already in use. Stop what runs there, or set PORT to another port (env/.env.<APP_ENV> or the environment).`)
        : error);
    });
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
