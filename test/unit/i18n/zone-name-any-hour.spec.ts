import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** The zone's name in a process whose clock reads `at` (scripts/dev/shift-clock.cjs): formatZone remembers the first it finds. */
async function zoneNameAt(at: string, zone: string, locale: string): Promise<string> {
  const script = `process.stdout.write(require('./src/i18n/format').formatZone(${JSON.stringify(zone)}, ${JSON.stringify(locale)}))`;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [path.join(ROOT, 'scripts', 'dev', 'shift-clock.cjs'), at, process.execPath, '--require', 'tsx/cjs', '-e', script],
    { cwd: ROOT },
  );
  return stdout;
}

describe("the name of the user's zone at any hour", function () {
  this.timeout(60_000);

  it('is the generic name in the hour Berlin repeats on its fall-back day, both passes, as on any other day', async () => {
    for (const at of ['2027-10-31T02:30+02:00', '2027-10-31T02:30+01:00', '2026-12-02T10:05Z']) {
      assert.equal(await zoneNameAt(at, 'Europe/Berlin', 'en-US'), 'Central European Time', at);
      assert.equal(await zoneNameAt(at, 'Europe/Berlin', 'de-DE'), 'Mitteleuropäische Zeit', at);
    }
  });
});
