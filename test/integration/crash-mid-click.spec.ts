import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startAzurite, type AzuriteProcess } from '../../scripts/dev/azurite';
import { LEASE_MS } from '../../src/state';
import { button, buttonFor, cardText, subjectsIn } from './support/cards';
import { ALEX, LYNNE, Stack } from './support/stack';
import type { ChatUser } from './support/teams-channel';

const INTERVIEW = 'Interview: frontend candidate';
const CANCEL_ROUTE = 'POST /me/events/{eventId}/cancel';

/**
 * The bot process killed between a confirm click and Graph's answer (a crash, an instance
 * recycled), with its state in Azure Blob Storage (Azurite) as in production: the cancel went
 * through in Microsoft 365; the restarted bot never says otherwise, sends it only once, and the
 * card, shown again, tells what happened instead of "working" for ever.
 */
describe('the bot killed mid-cancel and restarted (blob storage in Azurite)', function () {
  this.timeout(180_000);
  let azurite: AzuriteProcess;
  let stack: Stack;
  let alex: ChatUser;

  before(async () => {
    azurite = await startAzurite({ location: mkdtempSync(path.join(os.tmpdir(), 'azurite-crash-')), fresh: true });
    stack = await Stack.start({ env: { ...azurite.env, BLOB_CONTAINER: 'crash-mid-click-test' } });
    alex = stack.channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
  });
  after(async () => {
    await stack?.stop();
    if (azurite) {
      await azurite.stop();
      rmSync(azurite.location, { recursive: true, force: true });
    }
  });

  const until = async <T>(what: string, found: () => Promise<T | undefined>, withinMs: number): Promise<T> => {
    const end = Date.now() + withinMs;
    for (;;) {
      const hit = await found();
      if (hit !== undefined) return hit;
      if (Date.now() > end) throw new Error(`never: ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const cancellationsTo = async (upn: string) =>
    (await stack.mailbox(upn)).inbox.filter((m: any) => m.subject === `Canceled: ${INTERVIEW}`).length;

  it('the cancel went through: one cancellation sent; the card says "working", then, its lease over, that the meeting was cancelled', async () => {
    let page = (await alex.say('show my meetings')).card();
    for (let i = 0; i < 5 && !subjectsIn(page.content).includes(INTERVIEW); i++) {
      page = (await alex.click(page.id, button(page.content, 'More'))).card();
    }
    const confirm = (await alex.click(page.id, buttonFor(page.content, INTERVIEW))).card();

    // Microsoft 365 slow (5 s a request): the click is answered "working" while its cancel is on its way.
    await stack.admin('POST', '/faults', { latencyMs: 5000 });
    const clickedAt = Date.now();
    const clicked = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Filled' });
    assert.match(cardText(clicked.invokeCard), /Working on it/);
    await until('the cancel reaches Graph', async () => ((await stack.stats()).graph.byRoute[CANCEL_ROUTE] ? true : undefined), 15_000);
    // Killed before Graph answers (no graceful stop: nothing finishes).
    const exited = new Promise((resolve) => stack.bot.child.once('exit', resolve));
    stack.bot.child.kill('SIGKILL');
    await exited;
    await stack.admin('POST', '/faults', {});
    await stack.restartBot();
    await until('the cancellation reaches Lynne', async () => ((await cancellationsTo(LYNNE.upn)) ? true : undefined), 15_000);

    // The user's next turn shows the calendar as it is.
    const list = await alex.say('show my meetings');
    assert.ok(!JSON.stringify(list.sent).includes(INTERVIEW), 'the cancelled meeting is not listed');

    // Shown again within the claim's lease, the card stays as it is: that click might still have been at work.
    const early = await alex.refresh(confirm.id);
    assert.equal(early.body?.type, 'application/vnd.microsoft.activity.message', 'unchanged');

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, clickedAt + LEASE_MS + 1000 - Date.now())));
    const late = await alex.refresh(confirm.id);
    const shown = cardText(late.invokeCard);
    assert.match(shown, new RegExp(`${INTERVIEW} is no longer on your calendar: it was cancelled`));
    assert.doesNotMatch(shown, /Working on it|nothing was changed/);
    assert.equal(await cancellationsTo(LYNNE.upn), 1, 'one cancellation');
    assert.equal((await stack.stats()).graph.byRoute[CANCEL_ROUTE], 1, 'the cancel was sent once');
  });
});
