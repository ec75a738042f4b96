import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ROOT, stopProcess } from './bot-process';

export interface PlaygroundProcess {
  url: string;
  /** The zone it runs in, which it sends as every activity's localTimezone. */
  timeZone?: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * The Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground), a Teams-like chat
 * client, pointed at the bot. It reads .m365agentsplayground.yml from the repo root, whose current
 * user is the sandbox's default user, or `configFile`. The Playground sends its own process's zone as the user's
 * localTimezone (it has no setting for it), so `timeZone` becomes the child's TZ. It opens a browser only when asked (`npm start` asks when
 * there is a display and it is not CI); the URL is printed either way.
 */
export async function startPlayground(options: {
  botUrl: string;
  port: number;
  echo?: boolean;
  timeZone?: string;
  openBrowser?: boolean;
  /** Another config than the repo's (playgroundConfigFor: the Playground as another user). */
  configFile?: string;
}): Promise<PlaygroundProcess> {
  const cli = path.join(ROOT, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
  const child = spawn(
    process.execPath,
    [cli, '-e', `${options.botUrl}/api/messages`, '-c', 'msteams', '-p', String(options.port), '--dt'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ...(options.openBrowser ? {} : { TEAMSAPPTESTER_BROWSER: 'none' }),
        ...(options.timeZone ? { TZ: options.timeZone } : {}),
        ...(options.configFile ? { M365_AGENTS_PLAYGROUND_CONFIG_PATH: options.configFile } : {}),
      },
      stdio: ['ignore', options.echo ? 'inherit' : 'ignore', options.echo ? 'inherit' : 'pipe'],
    },
  );
  const errors: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The Agents Playground exited (${child.exitCode}):\n${errors.join('')}`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stopProcess(child);
      throw new Error(`The Agents Playground did not answer on ${url} within 60 s`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, timeZone: options.timeZone, child, stop: () => stopProcess(child) };
}
