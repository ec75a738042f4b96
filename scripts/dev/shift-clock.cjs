/**
 * Runs a process (and every process it starts) at a chosen instant: dev and tests only, off unless
 * SHIFT_CLOCK_TO or SHIFT_CLOCK_OFFSET_MS is set. Production never loads it.
 *
 * As a command, it runs another command with the clock moved:
 *
 *   node scripts/dev/shift-clock.cjs 2026-12-01T23:58Z npm run test:integration
 *   node scripts/dev/shift-clock.cjs '2027-03-28T01:55[Europe/Berlin]' npm run test:unit
 *
 * (an ISO instant, or a local date and time with its zone in brackets). It computes one offset from
 * the real clock, puts `--require` of this file in NODE_OPTIONS (inherited by the bot, Azurite and
 * worker threads) and gives the command a private TMPDIR, so the sandbox certificates and data made
 * at the shifted time never replace those another run on this machine is using.
 *
 * As a preload (`node --require`), it moves Date by that fixed offset: Date.now(), new Date(),
 * Date() and what luxon, chrono, jose and MSAL read through them. Time still runs; timers,
 * performance.now() and OpenSSL keep the real clock (so the sandbox's certificates cover both: see
 * dev/sandbox/tls/certificates.ts).
 */
'use strict';

const OFFSET = 'SHIFT_CLOCK_OFFSET_MS';
const TARGET = 'SHIFT_CLOCK_TO';

function offsetFromEnvironment(env) {
  if (env[OFFSET] !== undefined && env[OFFSET] !== '') {
    const offset = Number(env[OFFSET]);
    if (!Number.isFinite(offset)) throw new Error(`${OFFSET}=${env[OFFSET]} is not a number of milliseconds`);
    return offset;
  }
  if (env[TARGET]) return instantOf(env[TARGET]) - Date.now();
  return undefined;
}

/**
 * "2026-12-01T23:58Z", "2026-12-01T23:58+01:00", or "2027-03-28T01:55[Europe/Berlin]" (a wall clock in a zone,
 * which must be there exactly once: not skipped, not repeated by a DST change).
 */
function instantOf(text) {
  const zoned = /^(.+)\[([^\]]+)\]$/.exec(text.trim());
  if (zoned) {
    const { DateTime } = require('luxon');
    const local = DateTime.fromISO(zoned[1], { zone: zoned[2] });
    if (!local.isValid) throw new Error(`${TARGET}: cannot read "${text}" (${local.invalidExplanation})`);
    // A wall time the zone skips (a DST gap) would silently be another time: say so instead.
    if (local.toISO({ includeOffset: false, suppressMilliseconds: true }).slice(0, 16) !== zoned[1].slice(0, 16)) {
      throw new Error(`${TARGET}: ${zoned[1]} does not exist in ${zoned[2]} (it is ${local.toISO()})`);
    }
    // A wall time the zone repeats (DST fall-back) is two instants; luxon would pick one by the season the run starts in.
    const twice = local.getPossibleOffsets();
    if (twice.length > 1) {
      const offsets = twice.map((at) => `${zoned[1]}${at.toFormat('ZZ')}`).join(' or ');
      throw new Error(`${TARGET}: ${zoned[1]} is twice in ${zoned[2]}: name one with its offset (${offsets})`);
    }
    return local.toMillis();
  }
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(text.trim()))
    throw new Error(`${TARGET}: "${text}" names no zone (end it with Z, an offset or [Zone/Name])`);
  const at = Date.parse(text);
  if (Number.isNaN(at)) throw new Error(`${TARGET}: cannot read "${text}"`);
  return at;
}

function shiftDate(offset) {
  const RealDate = Date;
  const realNow = RealDate.now;
  const now = () => realNow() + offset;
  // Called as a function, Date() is the current time as a string; constructed without arguments, the current time.
  function ShiftedDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [now()] : args, new.target);
  }
  // One prototype: `instanceof Date`, subclasses and dates made before the shift all keep working.
  ShiftedDate.prototype = RealDate.prototype;
  Object.setPrototypeOf(ShiftedDate, RealDate);
  Object.defineProperty(ShiftedDate, 'name', { value: 'Date' });
  Object.defineProperty(ShiftedDate, 'length', { value: RealDate.length });
  Object.defineProperty(ShiftedDate, 'now', { value: now, writable: true, configurable: true });
  Object.defineProperty(RealDate.prototype, 'constructor', { value: ShiftedDate, writable: true, configurable: true });
  globalThis.Date = ShiftedDate;

  // Intl formats "now" from the engine's clock when given no date.
  for (const method of ['format', 'formatToParts']) {
    const descriptor = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, method);
    if (descriptor.get) {
      const get = descriptor.get;
      Object.defineProperty(Intl.DateTimeFormat.prototype, method, {
        ...descriptor,
        get() {
          const real = get.call(this);
          return (date) => real(date === undefined ? now() : date);
        },
      });
    } else {
      const real = descriptor.value;
      Object.defineProperty(Intl.DateTimeFormat.prototype, method, {
        ...descriptor,
        value(date) {
          return real.call(this, date === undefined ? now() : date);
        },
      });
    }
  }
}

function preload() {
  const offset = offsetFromEnvironment(process.env);
  if (offset === undefined) return;
  // Children inherit the offset, not the instant: a bot started a minute later is on the same clock.
  process.env[OFFSET] = String(offset);
  shiftDate(offset);
}

function run(argv) {
  const [at, command, ...args] = argv;
  if (!at || !command) {
    process.stderr.write('usage: node scripts/dev/shift-clock.cjs <ISO instant | local time[Zone/Name]> <command> [args...]\n');
    process.exit(2);
  }
  const { spawn } = require('node:child_process');
  const { mkdtempSync, readdirSync, rmSync, symlinkSync } = require('node:fs');
  const os = require('node:os');
  const path = require('node:path');
  let offset;
  try {
    offset = instantOf(at) - Date.now();
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'shift-clock-'));
  // tsx's compile cache (keyed by content) stays shared: a cold one makes every process of the run compile the sources anew.
  for (const name of readdirSync(os.tmpdir())) if (name.startsWith('tsx-')) symlinkSync(path.join(os.tmpdir(), name), path.join(tmp, name));
  const options = [process.env.NODE_OPTIONS, `--require ${JSON.stringify(module.filename)}`].filter(Boolean).join(' ');
  process.stderr.write(`[shift-clock] ${new Date(Date.now() + offset).toISOString()} (offset ${offset} ms), TMPDIR=${tmp}\n`);
  const child = spawn(command, args, {
    stdio: 'inherit',
    env: { ...process.env, [OFFSET]: String(offset), [TARGET]: '', NODE_OPTIONS: options, TMPDIR: tmp },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (!process.env.SHIFT_CLOCK_KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
    process.exit(code ?? (signal ? 1 : 0));
  });
}

// As a command it runs on the real clock, even when NODE_OPTIONS preloads it too (a run within a shifted run).
const script = process.argv[1] && require('node:path').resolve(process.argv[1]);
if (require.main === module || script === module.filename) run(process.argv.slice(2));
else preload();

module.exports = { instantOf };
