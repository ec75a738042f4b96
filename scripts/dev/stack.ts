import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../dev/sandbox';
import { startAzurite, type AzuriteProcess } from './azurite';
import { sandboxEnvironment, startBotProcess, type BotProcess } from './bot-process';
import { startPlayground, type PlaygroundProcess } from './playground-process';

export interface DevStack {
  sandbox: RunningSandbox;
  bot: BotProcess;
  /** With storage 'blob': the Azurite the bot keeps its state in. */
  azurite?: AzuriteProcess;
  playground?: PlaygroundProcess;
  /** Stops the bot and starts it again on the same port and storage (what a deployment does). */
  restartBot(): Promise<BotProcess>;
  stop(): Promise<void>;
}

export interface DevStackOptions {
  sandbox?: SandboxOptions;
  botPort?: number;
  /** Omit for no Playground. */
  playgroundPort?: number;
  /** The Playground process's zone: what it sends as the user's localTimezone. */
  playgroundTimeZone?: string;
  /** Let the Playground open the user's browser on its page (never in tests). */
  openBrowser?: boolean;
  compiled?: boolean;
  echo?: boolean;
  env?: Record<string, string>;
  /**
   * 'blob' (default): state in Azurite, the production storage path. 'memory': state dies with
   * the bot process.
   */
  storage?: 'blob' | 'memory';
  /**
   * Azurite's data directory, emptied at start (the sandbox, and so every token and meeting id,
   * is new each run). Default: a temporary directory removed at stop.
   */
  azuriteLocation?: string;
}

/**
 * What `npm start` runs, and what the browser tests run: the sandbox (Graph + identity on loopback
 * HTTPS), the bot pointed at it, and optionally the Agents Playground pointed at the bot.
 */
export async function startDevStack(options: DevStackOptions): Promise<DevStack> {
  const sandbox = await startSandbox(options.sandbox);
  // Same contract as `npm run sandbox`: tools and people can find the running sandbox here.
  writeFileSync(path.join(path.dirname(sandbox.info.caCert), 'ready.json'), `${JSON.stringify(sandbox.info)}\n`);
  const started: Array<{ stop(): Promise<void> }> = [sandbox];
  const stop = async () => {
    for (const part of started.reverse()) await part.stop().catch(() => undefined);
  };
  try {
    let azurite: AzuriteProcess | undefined;
    if ((options.storage ?? 'blob') === 'blob') {
      const location = options.azuriteLocation ?? mkdtempSync(path.join(os.tmpdir(), 'azurite-'));
      if (!options.azuriteLocation) started.push({ stop: async () => rmSync(location, { recursive: true, force: true }) });
      azurite = await startAzurite({ location, fresh: true, echo: options.echo });
      started.push(azurite);
    }
    const env = { ...sandboxEnvironment(sandbox.info), ...azurite?.env, ...options.env };
    let bot = await startBotProcess({ env, port: options.botPort, compiled: options.compiled, echo: options.echo });
    started.push({ stop: () => bot.stop() });
    const playground =
      options.playgroundPort === undefined
        ? undefined
        : await startPlayground({
            botUrl: bot.url,
            port: options.playgroundPort,
            echo: options.echo,
            timeZone: options.playgroundTimeZone,
            openBrowser: options.openBrowser,
          });
    if (playground) started.push(playground);
    const stack: DevStack = {
      sandbox,
      bot,
      azurite,
      playground,
      stop,
      restartBot: async () => {
        await bot.stop();
        bot = await startBotProcess({ env, port: bot.port, compiled: options.compiled, echo: options.echo });
        stack.bot = bot;
        return bot;
      },
    };
    return stack;
  } catch (error) {
    await stop();
    throw error;
  }
}
