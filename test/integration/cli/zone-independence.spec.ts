import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { evaluate } from '../../../scripts/eval-nlu';

const ROOT = join(__dirname, '..', '..', '..');

/** The whole labelled set, run in a fresh process whose own zone is `tz`. */
function outcomesUnder(tz: string): unknown {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/eval-nlu.ts', '--json'], {
    cwd: ROOT,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

describe('zone independence: the server zone never leaks in', function () {
  // Each case is a new process that loads and runs the whole labelled set (about 11 s alone, more on a busy machine).
  this.timeout(60_000);
  const here = evaluate().outcomes.map((o) => ({ utterance: o.case.utterance, intent: o.intent, candidates: o.candidates }));

  for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Berlin']) {
    it(`gives the same answers for every utterance with the process in ${tz}`, () => {
      assert.deepEqual(outcomesUnder(tz), here);
    });
  }
});
