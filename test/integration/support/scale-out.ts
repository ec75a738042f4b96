import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ContainerClient } from '@azure/storage-blob';
import { startAzurite, type AzuriteProcess } from '../../../scripts/dev/azurite';
import { sandboxEnvironment, startBotProcess, type BotProcess } from '../../../scripts/dev/bot-process';
import { startSandbox, type ReadyInfo, type RunningSandbox } from '../../../dev/sandbox';
import { SandboxClient } from '../../support/sandbox-client';
import { TeamsChannel } from './teams-channel';

const CONTAINER = 'scale-out-test';

/**
 * Production's shape on one machine: the sandbox, Azurite, and two bot processes sharing it
 * (STORAGE=blob, same key), with one Teams channel that can deliver to either instance.
 */
export class ScaleOut extends SandboxClient {
  private constructor(
    readonly sandbox: RunningSandbox,
    readonly azurite: AzuriteProcess,
    readonly bots: BotProcess[],
    readonly channel: TeamsChannel,
    private readonly env: Record<string, string>,
  ) {
    super();
  }

  static async start(): Promise<ScaleOut> {
    const sandbox = await startSandbox({ stateDir: path.join(os.tmpdir(), 'meeting-cancel-bot-it') });
    const location = mkdtempSync(path.join(os.tmpdir(), 'azurite-it-'));
    const azurite = await startAzurite({ location, fresh: true });
    const env = { ...sandboxEnvironment(sandbox.info), ...azurite.env, BLOB_CONTAINER: CONTAINER, LOG_LEVEL: 'debug' };
    const bots: BotProcess[] = [];
    try {
      for (let i = 0; i < 2; i++) bots.push(await startBotProcess({ env }));
      const channel = new TeamsChannel(bots[0].url);
      await channel.start();
      return new ScaleOut(sandbox, azurite, bots, channel, env);
    } catch (error) {
      for (const bot of bots) await bot.stop();
      await azurite.stop();
      await sandbox.stop();
      throw error;
    }
  }

  get info(): ReadyInfo {
    return this.sandbox.info;
  }

  url(instance: 0 | 1): string {
    return this.bots[instance].url;
  }

  /** Starts instance `i` again (new process, new port) after it stopped or was killed. */
  async restart(instance: 0 | 1): Promise<BotProcess> {
    await this.bots[instance].stop();
    this.bots[instance] = await startBotProcess({ env: this.env });
    return this.bots[instance];
  }

  /** Every blob of the bot's container, as stored: name and raw text. */
  async rawBlobs(): Promise<Array<{ name: string; text: string }>> {
    const container = new ContainerClient(this.azurite.connectionString, CONTAINER);
    const blobs: Array<{ name: string; text: string }> = [];
    for await (const blob of container.listBlobsFlat()) {
      blobs.push({ name: blob.name, text: (await container.getBlobClient(blob.name).downloadToBuffer()).toString('utf8') });
    }
    return blobs;
  }

  async stop(): Promise<void> {
    await this.channel.stop();
    for (const bot of this.bots) await bot.stop();
    await this.azurite.stop();
    rmSync(this.azurite.location, { recursive: true, force: true });
    await this.sandbox.stop();
  }
}
