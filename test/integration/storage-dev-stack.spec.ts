import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBotProcess } from '../../scripts/dev/bot-process';
import { startDevStack, type DevStack } from '../../scripts/dev/stack';
import { startSandbox } from '../../dev/sandbox';
import { button, buttonFor, cardText, subjectsIn } from './support/cards';
import { ALEX, teamsEnvironment } from './support/stack';
import { TeamsChannel } from './support/teams-channel';

const STATE_DIR = path.join(os.tmpdir(), 'meeting-cancel-bot-it');

describe("npm start's storage: Azurite by default, a bot restart keeps the conversation", function () {
  this.timeout(120000);
  let stack: DevStack | undefined;
  let channel: TeamsChannel | undefined;
  after(async () => {
    await channel?.stop();
    await stack?.stop();
  });

  it('the dev stack runs the bot on blob storage in Azurite; after restartBot() a typed "yes" confirms the card shown before', async () => {
    // Its own state directory: ready.json must be this stack's, not another run's on the machine.
    const stateDir = mkdtempSync(path.join(os.tmpdir(), 'meeting-cancel-bot-dev-'));
    stack = await startDevStack({ sandbox: { stateDir } });
    assert.ok(stack.azurite, 'Azurite runs');
    assert.ok(
      stack.bot.logs.some((line) => /"event":"storage","kind":"blob"/.test(line)),
      'the bot keeps state in blob storage',
    );
    channel = new TeamsChannel(stack.bot.url);
    await channel.start();
    const alex = channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    let page = (await alex.say('show my meetings')).card();
    while (!subjectsIn(page.content).includes('1:1 Alex / Megan')) page = (await alex.click(page.id, button(page.content, 'More'))).card();
    await alex.click(page.id, buttonFor(page.content, '1:1 Alex / Megan'));

    const port = stack.bot.port;
    await stack.restartBot();
    assert.equal(stack.bot.port, port, 'same port: the Playground keeps talking to it');
    const yes = await alex.say('yes');
    assert.match(yes.updated.map((a) => cardText(a.attachments![0].content)).join('\n') + yes.text(), /Cancelled 1:1 Alex \/ Megan, /);

    const location = stack.azurite!.location;
    const ready = path.join(stateDir, 'ready.json');
    assert.ok(existsSync(ready), 'ready.json names the running sandbox');
    await channel.stop();
    await stack.stop();
    channel = undefined;
    stack = undefined;
    assert.ok(!existsSync(location), 'the temporary Azurite data is removed');
    assert.ok(!existsSync(ready), 'ready.json is removed with the sandbox (Ctrl-C on npm start)');
    rmSync(stateDir, { recursive: true, force: true });
  });

  it('Teams mode: memory storage starts with a warning; blob storage without the key refuses to start', async () => {
    const sandbox = await startSandbox({ stateDir: STATE_DIR });
    try {
      const memory = await startBotProcess({ env: { ...teamsEnvironment(sandbox.info), STORAGE: 'memory' } });
      await memory.stop();
      assert.ok(
        memory.logs.some((line) => /"event":"memory-storage"/.test(line) && /STORAGE=blob/.test(line)),
        'warned',
      );
      await assert.rejects(
        startBotProcess({
          env: { ...teamsEnvironment(sandbox.info), STORAGE: 'blob', SECRET_BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true' },
        }),
        /Configuration error: SECRET_TOKEN_CACHE_KEY is required when STORAGE=blob/,
      );
    } finally {
      await sandbox.stop();
    }
  });
});
