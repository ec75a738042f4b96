import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import type { ReadyInfo } from '../../dev/sandbox';
import { BOT_NODE_FLAGS } from '../../src/node-flags';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface BotProcess {
  port: number;
  url: string;
  child: ChildProcess;
  /** Lines the bot wrote to stdout (pino JSON) and stderr, for tests that check what is (not) logged. */
  logs: string[];
  errors: string[];
  stop(): Promise<void>;
}

/**
 * The environment that points the bot at the sandbox: its identity (authority, client id and
 * secret), its Graph endpoint, its SSO token minting, and its CA. The bot then runs the very
 * code it runs against Entra and Graph: MSAL on-behalf-of and the Graph client over HTTPS.
 */
export function sandboxEnvironment(info: ReadyInfo): Record<string, string> {
  return {
    APP_ENV: 'playground',
    AAD_APP_CLIENT_ID: info.clientId,
    SECRET_AAD_APP_CLIENT_SECRET: info.clientSecret,
    AAD_APP_TENANT_ID: info.tenantId,
    AAD_APP_OAUTH_AUTHORITY_HOST: new URL(info.authority).origin,
    GRAPH_ENDPOINT: info.graph,
    SANDBOX_ADMIN: info.admin,
    NODE_EXTRA_CA_CERTS: info.caCert,
  };
}

/** How node runs the bot: with its V8 flags, dist/ as built or the sources with tsx's require hook. */
export function botNodeArgs(compiled: boolean | undefined): string[] {
  const entry = compiled ? [path.join(ROOT, 'dist', 'index.js')] : ['--require', 'tsx/cjs', path.join(ROOT, 'src', 'index.ts')];
  return [...BOT_NODE_FLAGS, ...entry];
}

/**
 * Starts the bot as its own process (so NODE_EXTRA_CA_CERTS takes effect, as in production) and
 * resolves once it listens. `compiled` runs dist/ (npm start); otherwise the sources through tsx.
 */
export async function startBotProcess(options: {
  env: Record<string, string>;
  port?: number;
  compiled?: boolean;
  echo?: boolean;
  /** Node options for the bot process (the bench's --cpu-prof). */
  nodeArgs?: string[];
}): Promise<BotProcess> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...botNodeArgs(options.compiled)], {
    cwd: ROOT,
    env: { ...withoutBotSettings(process.env), ...options.env, PORT: String(options.port ?? 0) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const errors: string[] = [];
  readline.createInterface({ input: child.stderr! }).on('line', (line) => {
    errors.push(line);
    if (options.echo) process.stderr.write(`[bot] ${line}\n`);
  });
  const port = await new Promise<number>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      logs.push(line);
      if (options.echo) process.stdout.write(`[bot] ${line}\n`);
      try {
        const entry = JSON.parse(line);
        if (entry.event === 'started') resolve(entry.port);
      } catch {
        /* not a log line */
      }
    });
    child.once('exit', (code, signal) => reject(new Error(`The bot exited (${signal ?? code}) before listening:\n${errors.join('\n')}`)));
  });
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    child,
    logs,
    errors,
    stop: () => stopProcess(child),
  };
}

export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A developer's shell may hold Teams settings; the sandbox bot must not inherit them. */
function withoutBotSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const name of ['BOT_ID', 'SECRET_BOT_PASSWORD', 'BOT_TENANT_ID', 'GRAPH_ENDPOINT', 'STORAGE']) delete copy[name];
  return copy;
}
