/**
 * Runs the unit and integration suites at each of a list of instants, one run after another (never two
 * at once: the machine is shared), through scripts/dev/shift-clock.cjs, and prints one summary line per
 * instant. Slow (minutes per instant), so not part of `npm test` or CI:
 *
 *   npm run test:clocks                                   every instant below, unit + integration
 *   npm run test:clocks -- --suites=integration           only that suite (unit, integration, e2e; comma-separated)
 *   npm run test:clocks -- '2027-10-31T02:30+02:00' ...   other instants (as shift-clock.cjs reads them)
 *
 * Each run's whole output goes to a log file named in its line; the exit code is 1 if any run failed.
 */
'use strict';

const { spawn } = require('node:child_process');
const { createWriteStream, mkdtempSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** Hours where a bug that depends on the clock would show: day, week, month, year and DST edges. */
const INSTANTS = [
  '2026-12-01T23:58Z', // a UTC midnight: the server's date turns before the user's
  '2026-12-02T10:05Z', // an ordinary working morning in Europe, the night before in America
  '2026-12-06T23:50[Europe/Berlin]', // Sunday night in Berlin: the week turns for de users, not en-US ones
  '2026-12-31T23:55[America/Los_Angeles]', // New Year's Eve in Los Angeles: already next year in UTC
  '2027-03-28T01:55[Europe/Berlin]', // five minutes before Berlin skips 02:00-03:00 (a 23-hour day)
  '2027-03-28T03:05[Europe/Berlin]', // just after the skip
  '2027-10-31T02:30+02:00', // Berlin's fall-back day, first pass through the repeated hour (02:30 CEST)
  '2027-10-31T02:30+01:00', // the same wall time again, an hour later (02:30 CET; a 25-hour day)
  '2027-04-04T01:45+10:30', // Lord Howe's fall-back night, second pass through its repeated half hour (a 30-minute DST shift)
  '2028-02-28T23:59Z', // the eve of a leap day
];

const SUITES = ['unit', 'integration', 'e2e'];
const ROOT = path.resolve(__dirname, '..', '..');
const SHIFT_CLOCK = path.join(__dirname, 'shift-clock.cjs');

function parse(argv) {
  let suites = ['unit', 'integration'];
  const instants = [];
  for (const arg of argv) {
    const listed = /^--suites=(.+)$/.exec(arg);
    if (listed) suites = listed[1].split(',');
    else instants.push(arg);
  }
  const unknown = suites.filter((suite) => !SUITES.includes(suite));
  if (unknown.length) throw new Error(`unknown suite ${unknown.join(', ')} (known: ${SUITES.join(', ')})`);
  return { suites, instants: instants.length ? instants : INSTANTS };
}

/** Runs `npm run test:<suite>` at `instant`; resolves with its closing "tests: N passed, N failed" line and exit code. */
function runAt(instant, suite, log) {
  return new Promise((resolve) => {
    const started = Date.now();
    const out = createWriteStream(log);
    const child = spawn(process.execPath, [SHIFT_CLOCK, instant, 'npm', 'run', '-s', `test:${suite}`], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let last = '';
    child.stdout.on('data', (chunk) => {
      out.write(chunk);
      const totals = String(chunk).match(/^tests: \d+ passed, \d+ failed$/gm);
      if (totals) last = totals.pop();
    });
    child.stderr.pipe(out, { end: false });
    for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => child.kill(signal));
    child.on('exit', (code, signal) => {
      out.end();
      const seconds = Math.round((Date.now() - started) / 1000);
      resolve({ code: code ?? (signal ? 1 : 0), totals: last || 'no totals (see log)', seconds });
    });
  });
}

async function main() {
  let plan;
  try {
    plan = parse(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  const logs = mkdtempSync(path.join(os.tmpdir(), 'test-clocks-'));
  process.stdout.write(`[test-clocks] ${plan.instants.length} instants × ${plan.suites.join(' + ')}; logs in ${logs}\n`);
  let failed = false;
  for (const [n, instant] of plan.instants.entries()) {
    const parts = [];
    for (const suite of plan.suites) {
      const log = path.join(logs, `${n + 1}-${suite}.log`);
      const { code, totals, seconds } = await runAt(instant, suite, log);
      failed ||= code !== 0;
      parts.push(`${suite}: ${code === 0 ? 'ok' : `FAILED (exit ${code}, ${log})`}, ${totals}, ${seconds} s`);
    }
    process.stdout.write(`${instant.padEnd(40)} ${parts.join(' | ')}\n`);
  }
  process.exit(failed ? 1 : 0);
}

main();
