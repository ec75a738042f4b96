/**
 * The baseline for `npm run bench`: a bare botbuilder echo bot (CloudAdapter behind restify, as
 * botbuilder's samples run it, unauthenticated like the Playground mode). Prints {"port"} when listening.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';

// No app id: botbuilder skips authentication, as the bot does in Playground mode.
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, async (context) => {
    await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ event: 'started', port: (server.address() as { port: number }).port })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
