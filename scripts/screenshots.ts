/**
 * `npm run screenshots`: the key moments of the product in the Microsoft 365 Agents Playground,
 * driven in headless Chromium by the browser tests' driver, saved to docs/images/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { launchChromium } from '../test/e2e/support/chromium';
import { PlaygroundChat, textOf } from '../test/e2e/support/playground-chat';
import { PlaygroundStack } from '../test/e2e/support/playground-stack';
import { ROOT } from './dev/bot-process';

const IMAGES = path.join(ROOT, 'docs', 'images');

/** Saves the region around these messages (the chat column only), sharp enough for a README. */
async function picture(chat: PlaygroundChat, name: string, messages: Locator[]): Promise<void> {
  await messages[messages.length - 1].scrollIntoViewIfNeeded();
  const boxes = await Promise.all(messages.map(async (m) => (await m.boundingBox())!));
  const column = (await chat.page.locator('[data-lexical-editor="true"]').boundingBox())!;
  // No room above: the previous message's edge would show.
  const top = Math.min(...boxes.map((b) => b.y));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + 12;
  const left = Math.min(column.x, ...boxes.map((b) => b.x)) - 12;
  const right = Math.max(column.x + column.width, ...boxes.map((b) => b.x + b.width)) + 12;
  const file = path.join(IMAGES, name);
  await chat.page.screenshot({ path: file, clip: { x: left, y: top, width: right - left, height: bottom - top } });
  process.stdout.write(`${path.relative(ROOT, file)}\n`);
}

async function main(): Promise<void> {
  mkdirSync(IMAGES, { recursive: true });
  const browser = await launchChromium();
  // As `npm start` runs it: the Playground in the sandbox user's mailbox zone.
  const stack = await PlaygroundStack.start({});
  try {
    const chat = await PlaygroundChat.open(browser, stack.url, {
      timeZone: stack.timeZone,
      viewport: { width: 1100, height: 1000 },
      deviceScaleFactor: 2,
    });
    await chat.hideLogPanel();

    const list = await chat.say('show my meetings');
    await textOf(list, /Your meetings in the next 7 days\n+Times in Pacific Time/);
    await picture(chat, 'meetings-list.png', [chat.userMessages().last(), list]);

    const confirm = await chat.reply(async () => (await chat.findRow('1:1 Alex / Megan', list)).getByRole('button').click());
    await textOf(confirm, /Cancel this meeting\?[\s\S]*Times in Pacific Time/);
    await chat.input(confirm).fill("Sorry Megan, I'm out sick today. Let's catch up on Friday.");
    await chat.input(confirm).blur();
    await picture(chat, 'confirm-with-message.png', [confirm]);

    await chat.button(confirm, 'Cancel meeting').click();
    await textOf(confirm, /Attendees were told:/);
    await picture(chat, 'cancelled.png', [confirm]);

    // All hands is organized by Megan: Alex only attends, so he is offered to decline it.
    const decline = await chat.say('cancel the all hands');
    await textOf(decline, /Decline this meeting\?\n+All hands\n+.*Organized by Megan Bowen/);
    await chat.input(decline).fill('Customer visit, sorry');
    await chat.input(decline).blur();
    await picture(chat, 'decline-instead.png', [chat.userMessages().last(), decline]);
    await chat.close();
  } finally {
    await stack.stop();
    await browser.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
