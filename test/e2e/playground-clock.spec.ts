import { strict as assert } from 'node:assert';
import { usePlaygroundSession } from './support/session';

/**
 * Under scripts/dev/shift-clock.cjs (npm run test:clocks -- --suites=e2e) every process of the stack runs
 * at the chosen instant; the browser page must too, or the Playground's page and the bot disagree on "now".
 */
describe('in the Agents Playground: the page reads the clock the stack reads', function () {
  this.timeout(90_000);
  const session = usePlaygroundSession({ timeZone: 'America/Los_Angeles' });

  it("the page's Date.now() is this process's, shifted or not, and runs on", async () => {
    const { chat } = session;
    const before = Date.now();
    const first = await chat.page.evaluate(() => Date.now());
    assert.ok(
      first >= before - 5_000 && first <= Date.now() + 5_000,
      `the page reads ${new Date(first).toISOString()}, this process ${new Date(before).toISOString()}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const later = await chat.page.evaluate(() => Date.now());
    assert.ok(later - first >= 1_000, `the page's clock ran ${later - first} ms in 1.5 s`);
  });
});
