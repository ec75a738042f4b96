/**
 * `npm start`: builds if needed, then runs the sandbox, the bot (trusting the sandbox CA) and the
 * Microsoft 365 Agents Playground pointed at the bot, and prints the URL to open. Ctrl-C stops all.
 *   npm start -- --no-playground     sandbox and bot only
 *   npm start -- --time-zone Europe/Berlin
 *                                    the Playground's zone (default: the sandbox user's mailbox zone)
 *   npm start -- --user PattiF       the Playground as another sandbox user (alias, UPN or object id;
 *                                    default: AlexW), in their mailbox zone
 *   PORT=4000 npm start              the bot on another port (default 3978)
 *   PLAYGROUND_PORT=56151 npm start  the Playground on another port (default 56150)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ROOT } from './dev/bot-process';
import { DEFAULT_AZURITE_LOCATION } from './dev/azurite';
import { startDevStack } from './dev/stack';
import { toIanaZone } from '../src/time/zones';

const DEFAULT_BOT_PORT = 3978;
const DEFAULT_PLAYGROUND_PORT = 56150;

/** A port from the environment, or its default; anything else stops the start with what to write. */
function portOption(name: string, fallback: number): number {
  const said = process.env[name];
  if (said === undefined || said === '') return fallback;
  const port = Number(said);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name}=${said} is not a port (1-65535)`);
  return port;
}

/**
 * Stops the start, before anything is built or started, when a port it needs is taken (most often
 * by another `npm start`): a Playground started second would fail quietly while the first one
 * answers on its port, and the URL printed would be the other stack's.
 */
async function mustBeFree(port: number, what: string, variable: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve(true)));
  });
  if (!free)
    throw new Error(
      `Port ${port} (${what}) is already in use, most likely by another \`npm start\`. Stop that one (Ctrl-C), or start this one elsewhere: ${variable}=<another port> npm start`,
    );
}

/** A browser can be opened for the user: not in CI, and on Linux only with a display. */
function hasDisplay(): boolean {
  if (process.env.CI) return false;
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildIfNeeded(): void {
  const built = path.join(ROOT, 'dist', 'index.js');
  if (existsSync(built) && statSync(built).mtimeMs >= newestMtime(path.join(ROOT, 'src'))) return;
  process.stdout.write('Building the bot (TypeScript; about half a minute when src/ changed)...\n');
  // A clean build: a stale file left in dist/ (say, a module that became a folder) would shadow the new one.
  rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')],
    { stdio: 'inherit' },
  );
}

/** `--time-zone NAME` (IANA or Windows name), checked before anything starts. */
function timeZoneOption(): string | undefined {
  const at = process.argv.indexOf('--time-zone');
  if (at < 0) return undefined;
  const named = process.argv[at + 1];
  const zone = toIanaZone(named);
  if (!zone) throw new Error(`--time-zone: "${named ?? ''}" is not a time zone (try America/Los_Angeles or Europe/Berlin)`);
  return zone;
}

/** `--user NAME`: who the Playground's user is (checked by startDevStack against the Playground's users). */
function userOption(): string | undefined {
  const at = process.argv.indexOf('--user');
  if (at < 0) return undefined;
  const named = process.argv[at + 1];
  if (!named || named.startsWith('--')) throw new Error('--user: name a sandbox user, e.g. --user PattiF');
  return named;
}

async function main(): Promise<void> {
  const withPlayground = !process.argv.includes('--no-playground');
  const playgroundTimeZone = timeZoneOption();
  const playgroundUser = userOption();
  const botPort = portOption('PORT', DEFAULT_BOT_PORT);
  const playgroundPort = portOption('PLAYGROUND_PORT', DEFAULT_PLAYGROUND_PORT);
  await mustBeFree(botPort, 'the bot', 'PORT');
  if (withPlayground) await mustBeFree(playgroundPort, 'the Agents Playground', 'PLAYGROUND_PORT');
  // Another stack's data stays its own: each bot port has its own Azurite folder (emptied at its start).
  const azuriteLocation = botPort === DEFAULT_BOT_PORT ? DEFAULT_AZURITE_LOCATION : `${DEFAULT_AZURITE_LOCATION}-${botPort}`;
  buildIfNeeded();
  const stack = await startDevStack({
    starting: (part) => process.stdout.write(`Starting ${part}...\n`),
    botPort,
    playgroundPort: withPlayground ? playgroundPort : undefined,
    playgroundTimeZone,
    playgroundUser,
    compiled: true,
    echo: process.argv.includes('--verbose'),
    azuriteLocation,
    openBrowser: hasDisplay(),
  });
  const lines = [
    '',
    `Sandbox (Graph + identity): ${stack.sandbox.info.graph}  (admin: ${stack.sandbox.info.admin})`,
    `Bot:                        ${stack.bot.url}/api/messages`,
    `Storage (Azurite):          http://127.0.0.1:${stack.azurite!.port}  (data in ${path.relative(ROOT, azuriteLocation)}/, emptied each start)`,
    stack.playground
      ? `Agents Playground:          open ${stack.playground.url} in your browser and say "show my meetings"`
      : 'Agents Playground:          not started (--no-playground)',
    ...(stack.playground
      ? [
          `Time zone:                  ${stack.playground.timeZone} (${playgroundTimeZone ? '--time-zone' : "the sandbox user's mailbox zone; --time-zone to change"})`,
        ]
      : []),
    `You are ${stack.playgroundUser ?? stack.sandbox.info.defaultUser} in the sandbox${playgroundUser ? '' : ' (--user PattiF to be another)'}. Ctrl-C stops everything.`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('\nStopping...\n');
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  stack.bot.child.once('exit', (code) => {
    if (stopping) return;
    process.stderr.write(`The bot stopped unexpectedly (exit ${code}).\n`);
    void stack.stop().then(() => process.exit(1));
  });
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
