/**
 * `npm run bench`: time to understand + rank one utterance (resolve()) over the labelled set,
 * p50 and p99, absolute and as a ratio to a baseline measured in the same run: JSON-parsing and
 * mapping that utterance's fixture calendar (work every request pays anyway). Target: p99 < 2 ms
 * on one core. A report, not a test.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { resolve } from '../src/calendar';
import { missingNodeFlags } from '../src/node-flags';
import { FIXTURES, loadCases, meetingsFor, readCalendar } from '../scripts/eval-nlu';
import { serverBench } from './server';

const ROUNDS = 30;
const WARMUP = 3;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function timed(work: () => unknown): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function main(): void {
  const { cases, calendars } = loadCases();
  const bodies = new Map(cases.map((c) => [c.calendar, readFileSync(join(FIXTURES, `calendar-${c.calendar}.json`), 'utf8')]));
  const resolveTimes: number[] = [];
  const baselineTimes: number[] = [];
  // Separate loops, so one measurement's garbage is not collected during the other's.
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    for (const labelled of cases) {
      const elapsed = timed(() => readCalendar(bodies.get(labelled.calendar)!));
      if (round >= WARMUP) baselineTimes.push(elapsed);
    }
  }
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    for (const labelled of cases) {
      const context = { locale: labelled.locale, timeZone: labelled.tz, now: new Date(labelled.now) };
      const meetings = meetingsFor(labelled, calendars);
      const elapsed = timed(() => resolve(labelled.utterance, meetings, context));
      if (round >= WARMUP) resolveTimes.push(elapsed);
    }
  }
  resolveTimes.sort((a, b) => a - b);
  baselineTimes.sort((a, b) => a - b);
  const row = (name: string, times: number[]): string =>
    `${name.padEnd(34)} p50 ${percentile(times, 50).toFixed(3)} ms   p99 ${percentile(times, 99).toFixed(3)} ms`;
  // The language reading runs with the bot's V8 flags (npm run bench passes them, as npm start does).
  const missing = missingNodeFlags().filter((flag) => flag.includes('regexp'));
  if (missing.length > 0) console.log(`NOTE: run without ${missing.join(' ')}, which the bot runs with: npm run bench passes it`);
  console.log(`${cases.length} utterances x ${ROUNDS} rounds (after ${WARMUP} warm-up rounds), one core`);
  console.log(row('baseline: parse + map calendar', baselineTimes));
  console.log(row('understand + rank (resolve)', resolveTimes));
  const ratio = (p: number): string => (percentile(resolveTimes, p) / percentile(baselineTimes, p)).toFixed(2);
  console.log(`ratio to baseline                  p50 ${ratio(50)}x      p99 ${ratio(99)}x`);
  const p99 = percentile(resolveTimes, 99);
  // Other work on the machine shows up in the tail; say how busy it was.
  console.log(`load average during the run: ${loadavg()[0].toFixed(2)}`);
  console.log(`target p99 < 2 ms: ${p99 < 2 ? 'met' : 'NOT met'} (${p99.toFixed(3)} ms)`);
}

main();
serverBench().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
