/**
 * `npm run bench` (server part): the bot against the sandbox with its state in Azurite, and a bare
 * botbuilder echo bot, under the same load in one run, in alternating rounds; then the
 * calendar-size series. A report, not a test: figures vary with what else the machine runs.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import ts from 'typescript';
import { defaultSeed, startSandbox, withBusyCalendar, type ReadyInfo, type Seed } from '../dev/sandbox';
import { startAzurite } from '../scripts/dev/azurite';
import { ROOT, sandboxEnvironment, startBotProcess, stopProcess } from '../scripts/dev/bot-process';
import { requestSandbox } from '../test/sandbox/support/https-client';
import { TeamsChannel } from '../test/integration/support/teams-channel';

/** BENCH_CONVERSATIONS shortens a run (profiling); the goals are stated for 1,000. */
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 1000);
const ROUNDS = 10;
/**
 * Turns each process serves before anything is measured: each load user signs in, and V8 has
 * optimized the hot paths of both (after 20 turns the bot was still compiling: its first rounds cost
 * 8-9 ms of CPU a turn, its last 4-5 ms; the echo bot, far smaller, settles sooner). Steady state is
 * what a server spends per turn; both processes get the same warm-up.
 */
const WARM_UP = 300;
const CONCURRENCY = 4;
const DOMAIN = 'contoso.onmicrosoft.com';
const ZONE = 'America/Los_Angeles';
/** Users the load spreads over (their own mailboxes, so Outlook's 4-per-mailbox limit is not what is measured). */
const LOAD_USERS = ['20', '21', '24'].map((n) => ({ aadObjectId: `00000000-0000-4000-8000-0000000000${n}`, name: `User ${n}` }));
const SERIES = [
  { size: 10, upn: `AdeleV@${DOMAIN}`, user: { aadObjectId: '00000000-0000-4000-8000-000000000022', name: 'Adele Vance' } },
  { size: 100, upn: `IsaiahL@${DOMAIN}`, user: { aadObjectId: '00000000-0000-4000-8000-000000000023', name: 'Isaiah Langer' } },
  { size: 1000, upn: `LynneR@${DOMAIN}`, user: { aadObjectId: '00000000-0000-4000-8000-000000000025', name: 'Lynne Robbins' } },
  { size: 5000, upn: `MeganB@${DOMAIN}`, user: { aadObjectId: '00000000-0000-4000-8000-000000000021', name: 'Megan Bowen' } },
];

/** CPU seconds (user + system) a process has used so far, from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function rssMegabytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.split(/\s+/)[1]) / 1024;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Both processes run compiled, as production runs (`npm run build`, `node dist/index.js`): through
 * tsx each would carry its compiler and a loader thread (about 90 MB and CPU on every require).
 */
function build(): string {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT });
  const echo = ts.transpileModule(readFileSync(path.join(ROOT, 'bench', 'echo-bot.ts'), 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  mkdirSync(path.join(ROOT, 'dist', 'bench'), { recursive: true });
  const file = path.join(ROOT, 'dist', 'bench', 'echo-bot.js');
  writeFileSync(file, echo.outputText);
  return file;
}

async function startEcho(file: string): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [file], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes('"started"')) resolve(JSON.parse(line).port);
    });
    child.once('exit', (code) => reject(new Error(`echo bot exited ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => stopProcess(child) };
}

interface Figures {
  cpuMs: number;
  /** CPU of the stand-ins meanwhile: this process (sandbox, channel, load) and Azurite. */
  othersMs?: number;
  /** Of which Azurite's. */
  azuriteMs?: number;
  turns: number;
  seconds: number;
  latencies: number[];
}

/** `count` new conversations, one "show my meetings" each, `CONCURRENCY` at a time. */
async function round(channel: TeamsChannel, url: string, pid: number, count: number, into: Figures, others: number[] = []): Promise<void> {
  let next = 0;
  const cpu = cpuSeconds(pid);
  const othersCpu = [process.pid, ...others].reduce((sum, p) => sum + cpuSeconds(p), 0);
  const azuriteCpu = others.reduce((sum, p) => sum + cpuSeconds(p), 0);
  const started = Date.now();
  const worker = async () => {
    while (next < count) {
      const n = next++;
      const user = channel.user({ ...LOAD_USERS[n % LOAD_USERS.length], localTimezone: ZONE });
      const at = Date.now();
      const status = await channel.post(user.activity({ type: 'message', text: 'show my meetings' }), url);
      if (status !== 200) throw new Error(`a turn answered HTTP ${status}`);
      into.latencies.push(Date.now() - at);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  into.seconds += (Date.now() - started) / 1000;
  into.cpuMs += (cpuSeconds(pid) - cpu) * 1000;
  into.othersMs = (into.othersMs ?? 0) + ([process.pid, ...others].reduce((sum, p) => sum + cpuSeconds(p), 0) - othersCpu) * 1000;
  into.azuriteMs = (into.azuriteMs ?? 0) + (others.reduce((sum, p) => sum + cpuSeconds(p), 0) - azuriteCpu) * 1000;
  into.turns += count;
}

export async function serverBench(): Promise<void> {
  // First: a build that fails stops here, before anything is started.
  const echoFile = build();
  const now = new Date();
  let seed: Seed = { ...defaultSeed(now), users: defaultSeed(now).users.map((u) => ({ ...u, consented: true })) };
  for (const { size, upn } of SERIES) {
    seed = withBusyCalendar(seed, {
      organizer: upn,
      count: size,
      from: new Date(now.getTime() + 3_600_000),
      to: new Date(now.getTime() + 7 * 86_400_000),
      minutes: 15,
    });
  }
  const sandbox = await startSandbox({ seed, stateDir: path.join(os.tmpdir(), 'meeting-cancel-bot-bench') });
  const location = mkdtempSync(path.join(os.tmpdir(), 'azurite-bench-'));
  // In memory: Azurite's own disk work (LokiJS, extent files) is the emulator's cost, not the bot's; the bot's requests are the same.
  const azurite = await startAzurite({ location, fresh: true, inMemory: true });
  // BENCH_PROFILE=<dir>: the bot writes a CPU profile there when it stops (chrome://inspect or speedscope read it).
  const nodeArgs = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_PROFILE)}`] : [];
  const bot = await startBotProcess({ env: { ...sandboxEnvironment(sandbox.info), ...azurite.env }, nodeArgs, compiled: true });
  const echo = await startEcho(echoFile);
  const channel = new TeamsChannel(bot.url);
  await channel.start();
  try {
    const figures = {
      bot: { cpuMs: 0, turns: 0, seconds: 0, latencies: [] as number[] },
      echo: { cpuMs: 0, turns: 0, seconds: 0, latencies: [] as number[] },
    };
    await round(channel, bot.url, bot.child.pid!, WARM_UP, { cpuMs: 0, turns: 0, seconds: 0, latencies: [] });
    await round(channel, echo.url, echo.pid, WARM_UP, { cpuMs: 0, turns: 0, seconds: 0, latencies: [] });
    const idle = { bot: rssMegabytes(bot.child.pid!), echo: rssMegabytes(echo.pid) };
    for (let r = 0; r < ROUNDS; r++) {
      await round(channel, echo.url, echo.pid, CONVERSATIONS / ROUNDS, figures.echo, [azurite.child.pid!]);
      await round(channel, bot.url, bot.child.pid!, CONVERSATIONS / ROUNDS, figures.bot, [azurite.child.pid!]);
    }
    const rss = { bot: rssMegabytes(bot.child.pid!), echo: rssMegabytes(echo.pid) };
    const row = (name: string, f: Figures, memory: number) => {
      const sorted = [...f.latencies].sort((a, b) => a - b);
      return {
        cpu: f.cpuMs / f.turns,
        rate: f.turns / f.seconds,
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        rss: memory,
        name,
      };
    };
    const b = row('bot', figures.bot, rss.bot);
    const e = row('echo', figures.echo, rss.echo);
    console.log(
      `\nServer: ${CONVERSATIONS} conversations each ("show my meetings"), ${ROUNDS} alternating rounds, ${CONCURRENCY} at a time, after ${WARM_UP} warm-up turns each`,
    );
    console.log('                 CPU/turn    turns/s    p50      p99      RSS after');
    for (const x of [e, b]) {
      console.log(
        `${x.name.padEnd(16)} ${x.cpu.toFixed(2).padStart(6)} ms  ${x.rate.toFixed(1).padStart(7)}   ${String(x.p50).padStart(4)} ms  ${String(x.p99).padStart(4)} ms  ${x.rss.toFixed(0)} MB`,
      );
    }
    // The machine is shared: what the stand-ins spend per turn bounds turns/s (2 cores).
    // Azurite's share is most of it: two blob requests a turn (the conversation's record read, then
    // written), together ~1.5-2 ms of the emulator's CPU (flat in the blobs it holds since its lookups
    // use LokiJS's index: scripts/dev/azurite-lookups.cjs).
    const others = (f: Figures) => `${((f.othersMs ?? 0) / f.turns).toFixed(2)} ms (Azurite ${((f.azuriteMs ?? 0) / f.turns).toFixed(2)})`;
    console.log(`stand-ins' CPU per turn (sandbox, channel, load, Azurite): echo ${others(figures.echo)}, bot ${others(figures.bot)}`);
    console.log(
      `bot / echo       ${(b.cpu / e.cpu).toFixed(2).padStart(6)} x  ${(b.rate / e.rate).toFixed(2).padStart(7)} x  ${(b.p50 / e.p50).toFixed(2)} x  ${(b.p99 / e.p99).toFixed(2)} x  ${(b.rss / e.rss).toFixed(2)} x`,
    );
    // Flat after: 60% more conversations, the bot alone.
    const more = Math.round(CONVERSATIONS * 0.6);
    await round(channel, bot.url, bot.child.pid!, more, { cpuMs: 0, turns: 0, seconds: 0, latencies: [] });
    const later = rssMegabytes(bot.child.pid!);
    console.log(
      `bot RSS: ${idle.bot.toFixed(0)} MB after warm-up, ${rss.bot.toFixed(0)} MB after ${WARM_UP + CONVERSATIONS} conversations, ${later.toFixed(0)} MB after ${WARM_UP + CONVERSATIONS + more}`,
    );
    const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
    console.log(
      `goals: CPU/turn <= 3x ${verdict(b.cpu / e.cpu <= 3)}; turns/s >= 0.3x ${verdict(b.rate / e.rate >= 0.3)}; RSS <= 200 MB after ${WARM_UP + CONVERSATIONS} ${verdict(rss.bot <= 200)}, flat after (within 10%) ${verdict(later <= rss.bot * 1.1)}`,
    );

    // BENCH_SERIES=0: the load only (a profile of the load alone).
    if (process.env.BENCH_SERIES === '0') return;
    console.log('\nCalendar size (meetings in the week): Graph requests and bot CPU per turn');
    const started = Date.now();
    for (const { size, user } of SERIES) {
      const chat = channel.user({ ...user, localTimezone: ZONE });
      await chat.say('help');
      await chat.say('show my meetings'); // sign-in, time zone: not what is measured
      const measure = async (text: string, times: number) => {
        let requests = 0;
        let cpu = 0;
        for (let i = 0; i < times; i++) {
          const before = await stats(sandbox.info);
          const used = cpuSeconds(bot.child.pid!);
          await chat.say(text);
          cpu += (cpuSeconds(bot.child.pid!) - used) * 1000;
          requests += (await stats(sandbox.info)).graph.total - before.graph.total;
        }
        return `${(requests / times).toFixed(0).padStart(3)} requests ${(cpu / times).toFixed(0).padStart(5)} ms CPU`;
      };
      const list = await measure('show my meetings', 3);
      const cancel = await measure(`cancel busy meeting ${size}`, 2);
      console.log(`${String(size).padStart(5)} meetings   list: ${list}   typed cancel: ${cancel}`);
    }
    console.log(`(series took ${((Date.now() - started) / 1000).toFixed(1)} s; CPU is sampled at 10 ms granularity)`);
  } finally {
    await channel.stop();
    await echo.stop();
    await bot.stop();
    await azurite.stop();
    await sandbox.stop();
    rmSync(location, { recursive: true, force: true });
  }
}

async function stats(info: ReadyInfo): Promise<{ graph: { total: number } }> {
  return (await requestSandbox(info, 'GET', `${info.admin}/stats`)).json;
}
