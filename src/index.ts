import './unused-recognizers';
import path from 'node:path';
import { ConfigError, loadConfig, readEnvFiles } from './config';
import { retentionOf, startBot } from './compose';
import { errorFields, log } from './log';
import { missingNodeFlags } from './node-flags';
import { openStorage } from './storage';

/**
 * The last line of defence: an error nothing else caught is logged and the bot keeps serving
 * everyone else. Each one is a bug (the tests fail on any \`uncaught\` log line); the request
 * that caused it has already been answered or has timed out.
 */
function keepServingOnStrayErrors(): void {
  process.on('uncaughtException', (error) =>
    log.error({ event: 'uncaught', kind: 'exception', ...errorFields(error) }, 'uncaught exception'),
  );
  process.on('unhandledRejection', (reason) =>
    log.error({ event: 'uncaught', kind: 'rejection', ...errorFields(reason) }, 'unhandled promise rejection'),
  );
}

/** Process entry: config -> storage -> bot -> server; stops cleanly on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', __dirname.includes(`${path.sep}dist${path.sep}`) ? '..' : '');
  const config = loadConfig(readEnvFiles(root, process.env));
  const state = await openStorage(config, retentionOf(config));
  const server = await startBot(config, state.storage);
  keepServingOnStrayErrors();
  log.info(
    { event: 'started', port: server.port, mode: config.mode },
    `bot listening on http://${config.host}:${server.port}/api/messages`,
  );
  const missing = missingNodeFlags();
  if (missing.length > 0) {
    log.warn(
      { event: 'node-flags-missing', missing },
      `started without ${missing.join(' ')} (see src/node-flags.ts): it runs, but slower or larger`,
    );
  }
  if (config.mode === 'playground') {
    log.warn(
      { event: 'playground-mode' },
      'No BOT_ID configured: Playground mode. Inbound activities are not authenticated; use only on this machine.',
    );
  }
  const stop = async () => {
    state.close();
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`Configuration error: ${error.message}\n`);
  } else {
    process.stderr.write(`The bot could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
