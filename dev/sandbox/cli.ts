/**
 * `npm run sandbox -- [--port N] [--seed FILE] [--now ISO] [--fault-rate 429=0.1,503=0.05]
 *   [--latency-ms 200] [--fail-next "POST /cancel=503x2"]... [--lose-response "POST /cancel[=reset][xN]"]...
 *   [--fault-seed N] [--retry-after S]
 *   [--token-lifetime S] [--state-dir DIR]`
 * Prints one JSON line (ReadyInfo) on stdout when ready and writes it to <state dir>/ready.json;
 * logs go to stderr. SIGINT/SIGTERM stop it cleanly (exit 0).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { parseFailNextFlag, parseLoseResponseFlag, parseRateFlag, type FaultSettings } from './faults';
import { startSandbox } from './server';

function readOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      seed: { type: 'string' },
      now: { type: 'string' },
      'fault-rate': { type: 'string' },
      'latency-ms': { type: 'string' },
      'fail-next': { type: 'string', multiple: true },
      'lose-response': { type: 'string', multiple: true },
      'fault-seed': { type: 'string' },
      'retry-after': { type: 'string' },
      'token-lifetime': { type: 'string' },
      'state-dir': { type: 'string' },
    },
  });
  const number = (name: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined;
    const parsed = Number(value);
    if (!Number.isInteger(parsed)) throw new Error(`--${name} must be an integer, got "${value}"`);
    return parsed;
  };
  const now = values.now === undefined ? undefined : new Date(values.now);
  if (now && Number.isNaN(now.getTime())) throw new Error(`--now must be an ISO date-time, got "${values.now}"`);
  const faults: FaultSettings = {
    rates: values['fault-rate'] === undefined ? undefined : parseRateFlag(values['fault-rate']),
    latencyMs: number('latency-ms', values['latency-ms']),
    seed: number('fault-seed', values['fault-seed']),
    retryAfterSeconds: number('retry-after', values['retry-after']),
    failNext: values['fail-next']?.map(parseFailNextFlag),
    loseResponse: values['lose-response']?.map(parseLoseResponseFlag),
  };
  return {
    port: number('port', values.port),
    seedFile: values.seed === undefined ? undefined : path.resolve(values.seed),
    now,
    tokenLifetimeSeconds: number('token-lifetime', values['token-lifetime']),
    stateDir: values['state-dir'],
    faults: JSON.parse(JSON.stringify(faults)) as FaultSettings,
  };
}

async function main(): Promise<void> {
  const sandbox = await startSandbox({ ...readOptions(process.argv.slice(2)), log: (line) => process.stderr.write(`${line}\n`) });
  const readyFile = path.join(path.dirname(sandbox.info.caCert), 'ready.json');
  const line = JSON.stringify(sandbox.info);
  fs.writeFileSync(readyFile, `${line}\n`, { mode: 0o600 });
  process.stdout.write(`${line}\n`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`sandbox: ${signal}, stopping\n`);
    sandbox
      .stop()
      .then(() => {
        // A stale ready.json would point clients at a closed port.
        fs.rmSync(readyFile, { force: true });
        process.exit(0);
      })
      .catch((error: unknown) => {
        process.stderr.write(`sandbox: stop failed: ${String(error)}\n`);
        process.exit(1);
      });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`sandbox: ${(error as Error).message}\n`);
  process.exit(1);
});
