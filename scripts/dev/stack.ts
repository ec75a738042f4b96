import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../src/sandbox';
import { sandboxEnvironment, startBotProcess, type BotProcess } from './bot-process';
import { startPlayground, type PlaygroundProcess } from './playground-process';

export interface DevStack {
  sandbox: RunningSandbox;
  bot: BotProcess;
  playground?: PlaygroundProcess;
  stop(): Promise<void>;
}

export interface DevStackOptions {
  sandbox?: SandboxOptions;
  botPort?: number;
  /** Omit for no Playground. */
  playgroundPort?: number;
  /** The Playground process's zone: what it sends as the user's localTimezone. */
  playgroundTimeZone?: string;
  compiled?: boolean;
  echo?: boolean;
  env?: Record<string, string>;
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
    const bot = await startBotProcess({ env: { ...sandboxEnvironment(sandbox.info), ...options.env }, port: options.botPort, compiled: options.compiled, echo: options.echo });
    started.push(bot);
    const playground = options.playgroundPort === undefined
      ? undefined
      : await startPlayground({ botUrl: bot.url, port: options.playgroundPort, echo: options.echo, timeZone: options.playgroundTimeZone });
    if (playground) started.push(playground);
    return { sandbox, bot, playground, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
