import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type ReadyInfo, type RunningSandbox, type SandboxOptions } from '../../dev/sandbox';
import { toIanaZone } from '../../src/time/zones';
import { startAzurite, type AzuriteProcess } from './azurite';
import { sandboxEnvironment, startBotProcess, type BotProcess } from './bot-process';
import { playgroundConfigFor } from './playground-config';
import { startPlayground, type PlaygroundProcess } from './playground-process';

export interface DevStack {
  sandbox: RunningSandbox;
  bot: BotProcess;
  /** With storage 'blob': the Azurite the bot keeps its state in. */
  azurite?: AzuriteProcess;
  playground?: PlaygroundProcess;
  /** The Playground's user (UPN): the sandbox's default user unless `playgroundUser` named another. */
  playgroundUser?: string;
  /** Stops the bot and starts it again on the same port and storage (what a deployment does). */
  restartBot(): Promise<BotProcess>;
  stop(): Promise<void>;
}

export interface DevStackOptions {
  sandbox?: SandboxOptions;
  botPort?: number;
  /** Omit for no Playground. */
  playgroundPort?: number;
  /**
   * The Playground process's zone: what it sends as the user's localTimezone. Default: the sandbox
   * user's mailbox zone, so the machine's own zone (often UTC on a server) never moves their meetings.
   */
  playgroundTimeZone?: string;
  /**
   * Who the Playground's user is: a sandbox user's alias ("PattiF"), UPN or object id. Default: the
   * sandbox's default user (Alex). The Playground then runs in that user's mailbox zone.
   */
  playgroundUser?: string;
  /** Let the Playground open the user's browser on its page (never in tests). */
  openBrowser?: boolean;
  /** Told each part as it starts ("the sandbox", "Azurite", ...): `npm start` shows what it waits for. */
  starting?: (part: string) => void;
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
  const starting = options.starting ?? (() => undefined);
  starting('the sandbox (Graph + identity)');
  const sandbox = await startSandbox(options.sandbox);
  // Same contract as `npm run sandbox`: tools and people can find the running sandbox here, while it runs.
  const ready = path.join(path.dirname(sandbox.info.caCert), 'ready.json');
  writeFileSync(ready, `${JSON.stringify(sandbox.info)}\n`);
  const started: Array<{ stop(): Promise<void> }> = [{ stop: async () => rmSync(ready, { force: true }) }, sandbox];
  const stop = async () => {
    for (const part of started.reverse()) await part.stop().catch(() => undefined);
  };
  try {
    let azurite: AzuriteProcess | undefined;
    if ((options.storage ?? 'blob') === 'blob') {
      const location = options.azuriteLocation ?? mkdtempSync(path.join(os.tmpdir(), 'azurite-'));
      if (!options.azuriteLocation) started.push({ stop: async () => rmSync(location, { recursive: true, force: true }) });
      starting('Azurite (storage)');
      azurite = await startAzurite({ location, fresh: true, echo: options.echo });
      started.push(azurite);
    }
    const env = { ...sandboxEnvironment(sandbox.info), ...azurite?.env, ...options.env };
    starting('the bot');
    let bot = await startBotProcess({ env, port: options.botPort, compiled: options.compiled, echo: options.echo });
    started.push({ stop: () => bot.stop() });
    const config = options.playgroundPort !== undefined && options.playgroundUser ? playgroundConfigFor(options.playgroundUser) : undefined;
    if (config) started.push({ stop: async () => config.remove() });
    if (options.playgroundPort !== undefined) starting('the Agents Playground');
    const playground =
      options.playgroundPort === undefined
        ? undefined
        : await startPlayground({
            botUrl: bot.url,
            port: options.playgroundPort,
            echo: options.echo,
            timeZone: options.playgroundTimeZone ?? (await mailboxZone(sandbox.info, config?.upn)),
            openBrowser: options.openBrowser,
            configFile: config?.file,
          });
    if (playground) started.push(playground);
    const stack: DevStack = {
      sandbox,
      bot,
      azurite,
      playground,
      playgroundUser: playground ? (config?.upn ?? sandbox.info.defaultUser) : undefined,
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

/** A sandbox user's (default: the default user's) mailbox zone, as IANA (the Playground sets it as TZ); read through the admin API. */
export async function mailboxZone(info: ReadyInfo, upn = info.defaultUser): Promise<string> {
  const url = `${info.admin}/mailboxes/${encodeURIComponent(upn)}`;
  const body = await new Promise<string>((resolve, reject) => {
    const request = https.get(url, { ca: readFileSync(info.caCert, 'utf8') }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        response.statusCode === 200 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`${url}: ${response.statusCode}`)),
      );
    });
    request.on('error', reject);
  });
  const named = (JSON.parse(body) as { timeZone?: string }).timeZone;
  const zone = toIanaZone(named);
  if (!zone) throw new Error(`The sandbox user's mailbox zone "${named}" is not a known time zone`);
  return zone;
}
