import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { ROOT, stopProcess } from './bot-process';

/** Azurite's published development account (docs: "Azurite well-known storage account and key"). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface AzuriteProcess {
  port: number;
  /** Where Azurite keeps its data (and this stack its development token cache key). */
  location: string;
  connectionString: string;
  /** STORAGE=blob settings that point a bot at this Azurite. */
  env: Record<string, string>;
  child: ChildProcess;
  /** Stops Azurite gracefully (its data is saved); `start()` brings it back on the same port and data. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

/**
 * Azurite, Microsoft's Azure Storage emulator (npm `azurite`), blob service only, on loopback.
 * `--skipApiVersionCheck`: azurite 3.35 refuses the API version @azure/storage-blob 12.32 sends.
 */
export async function startAzurite(options: {
  location: string;
  port?: number;
  fresh?: boolean;
  echo?: boolean;
  /** Azurite's --inMemoryPersistence: nothing on disk, nothing kept across its restarts (the bench: its disk work is not the bot's). */
  inMemory?: boolean;
}): Promise<AzuriteProcess> {
  mkdirSync(options.location, { recursive: true });
  if (options.fresh) forgetData(options.location);
  const launch = (port: number) => launchAzurite(options.location, port, options.echo, options.inMemory);
  let child = await launch(options.port ?? 0);
  const port = child.port;
  const connectionString = `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};BlobEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`;
  const azurite: AzuriteProcess = {
    port,
    location: options.location,
    connectionString,
    env: { STORAGE: 'blob', SECRET_BLOB_CONNECTION_STRING: connectionString, SECRET_TOKEN_CACHE_KEY: developmentKey(options.location) },
    child: child.process,
    stop: () => stopProcess(azurite.child),
    start: async () => {
      if (azurite.child.exitCode === null && azurite.child.signalCode === null) return;
      child = await launch(port);
      azurite.child = child.process;
    },
  };
  return azurite;
}

const KEY_FILE = 'dev-token-cache-key';

/** The default data directory of `npm start`: git-ignored, kept across runs. */
export const DEFAULT_AZURITE_LOCATION = path.join(ROOT, '.azurite');

/**
 * A token cache key generated once per Azurite data directory and kept beside the data it
 * protects (never committed). Production keys come from the host's secret store instead.
 */
function developmentKey(location: string): string {
  const file = path.join(location, KEY_FILE);
  if (!existsSync(file)) writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/** Removes what Azurite stored, keeping the key, so a run starts empty. */
function forgetData(location: string): void {
  for (const name of readdirSync(location)) {
    if (name !== KEY_FILE) rmSync(path.join(location, name), { recursive: true, force: true });
  }
}

async function launchAzurite(
  location: string,
  port: number,
  echo?: boolean,
  inMemory?: boolean,
): Promise<{ process: ChildProcess; port: number }> {
  const main = path.join(ROOT, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js');
  const child = spawn(
    process.execPath,
    [
      // Azurite's blob lookups through LokiJS's index (see the file): the same answers, not a scan of every blob.
      '--require',
      path.join(ROOT, 'scripts', 'dev', 'azurite-lookups.cjs'),
      main,
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(port),
      // Azurite refuses a location with in-memory persistence.
      ...(inMemory ? [] : ['--location', location]),
      '--skipApiVersionCheck',
      '--silent',
      '--loose',
      '--disableTelemetry',
      ...(inMemory ? ['--inMemoryPersistence'] : []),
    ],
    { cwd: location, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const errors: string[] = [];
  readline.createInterface({ input: child.stderr! }).on('line', (line) => {
    errors.push(line);
    if (echo) process.stderr.write(`[azurite] ${line}\n`);
  });
  const listening = await new Promise<number>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      if (echo) process.stdout.write(`[azurite] ${line}\n`);
      const match = /successfully listens on http:\/\/[^:]+:(\d+)/.exec(line);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`Azurite exited (${code}) before listening:\n${errors.join('\n')}`)));
  });
  return { process: child, port: listening };
}
