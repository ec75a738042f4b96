/**
 * `npm start`: builds if needed, then runs the sandbox, the bot (trusting the sandbox CA) and the
 * Microsoft 365 Agents Playground pointed at the bot, and prints the URL to open. Ctrl-C stops all.
 *   npm start -- --no-playground     sandbox and bot only
 *   npm start -- --time-zone Europe/Berlin
 *                                    the Playground's zone (default: the sandbox user's mailbox zone)
 *   npm start -- --user PattiF       the Playground as another sandbox user (alias, UPN or object id;
 *                                    default: AlexW), in their mailbox zone
 *   PORT=4000 npm start              the bot on another port (default 3978)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './dev/bot-process';
import { DEFAULT_AZURITE_LOCATION } from './dev/azurite';
import { startDevStack } from './dev/stack';
import { toIanaZone } from '../src/time/zones';

const PLAYGROUND_PORT = 56150;

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
  process.stdout.write('Building...\n');
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
  buildIfNeeded();
  const botPort = Number(process.env.PORT ?? 3978);
  const stack = await startDevStack({
    botPort,
    playgroundPort: withPlayground ? PLAYGROUND_PORT : undefined,
    playgroundTimeZone,
    playgroundUser,
    compiled: true,
    echo: process.argv.includes('--verbose'),
    azuriteLocation: DEFAULT_AZURITE_LOCATION,
    openBrowser: hasDisplay(),
  });
  const lines = [
    '',
    `Sandbox (Graph + identity): ${stack.sandbox.info.graph}  (admin: ${stack.sandbox.info.admin})`,
    `Bot:                        ${stack.bot.url}/api/messages`,
    `Storage (Azurite):          http://127.0.0.1:${stack.azurite!.port}  (data in .azurite/, emptied each start)`,
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
