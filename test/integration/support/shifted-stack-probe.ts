/**
 * Run by shifted-clock.spec under scripts/dev/shift-clock.cjs: starts the dev stack (the sandbox in
 * this process, the bot and Azurite as their own processes) and a worker thread, has Alex list his
 * meetings, and prints, as JSON, the time each part of the stack says it is, and the list's title.
 */
import { BlobServiceClient } from '@azure/storage-blob';
import { Worker } from 'node:worker_threads';
import { startDevStack } from '../../../scripts/dev/stack';
import { cardText } from './cards';
import { ALEX } from './stack';
import { TeamsChannel } from './teams-channel';

async function main(): Promise<void> {
  const stack = await startDevStack({ storage: 'blob' });
  const channel = new TeamsChannel(stack.bot.url);
  try {
    await channel.start();
    const alex = channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    const list = cardText((await alex.say('show my meetings')).card().content);
    // pino's `time`: when the bot process wrote its last line.
    const botTimes = stack.bot.logs.flatMap((line) => {
      try {
        return [Number(JSON.parse(line).time)];
      } catch {
        return [];
      }
    });
    const report = {
      mocha: Date.now(),
      bot: Math.max(...botTimes),
      azurite: await azuriteNow(stack.azurite!.connectionString),
      worker: await workerNow(),
      list: list.split('\n')[0],
    };
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    await channel.stop();
    await stack.stop();
  }
}

/**
 * Azurite's own clock: the Last-Modified it gives a container it creates. (Not its Date header: Node's
 * HTTP server writes that from the clock of its internals, which no preload moves.)
 */
async function azuriteNow(connectionString: string): Promise<number> {
  const created = await BlobServiceClient.fromConnectionString(connectionString).getContainerClient('shift-clock-probe').create();
  return created.lastModified!.getTime();
}

function workerNow(): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker("require('node:worker_threads').parentPort.postMessage(Date.now())", { eval: true });
    worker.once('message', resolve).once('error', reject);
  });
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
