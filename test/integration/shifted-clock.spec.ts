import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '..', '..');
const SHIFT_CLOCK = path.join(ROOT, 'scripts', 'dev', 'shift-clock.cjs');
const PROBE = path.join(__dirname, 'support', 'shifted-stack-probe.ts');

/** This process's environment without a clock shift of its own (the suites may run under one). */
function unshifted(): NodeJS.ProcessEnv {
  const { SHIFT_CLOCK_OFFSET_MS: _offset, SHIFT_CLOCK_TO: _to, NODE_OPTIONS, ...env } = process.env;
  const options = (NODE_OPTIONS ?? '').replace(/--require\s+("[^"]*shift-clock\.cjs"|\S*shift-clock\.cjs)/g, '').trim();
  return options ? { ...env, NODE_OPTIONS: options } : env;
}

describe('scripts/dev/shift-clock.cjs: a stack at a chosen instant', function () {
  this.timeout(120_000);

  it('the test process, the bot, Azurite and a worker thread all read 28 Feb 2028 23:59 UTC, and the bot still reaches the sandbox over TLS', async () => {
    const at = Date.parse('2028-02-28T23:59:00Z');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [SHIFT_CLOCK, '2028-02-28T23:59Z', process.execPath, '--import', 'tsx', PROBE],
      { cwd: ROOT, env: unshifted(), maxBuffer: 10 * 1024 * 1024 },
    );
    const report = JSON.parse(stdout.trim().split('\n').pop()!);
    for (const part of ['mocha', 'bot', 'azurite', 'worker']) {
      const late = report[part] - at;
      // From the shift to each reading the real clock runs on (startup, a turn): minutes at most, never backwards.
      assert.ok(late >= -1000 && late < 3 * 60_000, `${part} reads ${new Date(report[part]).toISOString()}`);
    }
    // The sandbox's certificate is issued at the shifted time and OpenSSL checks it on the real clock: the bot's Graph read got through.
    assert.match(report.list, /meetings/i);
  });
});
