import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { PlaygroundChat } from './playground-chat';
import { PlaygroundStack } from './playground-stack';

export interface PlaygroundSession {
  stack: PlaygroundStack;
  chat: PlaygroundChat;
}

/**
 * Mocha hooks for a browser suite: one Chromium per file; per test a fresh stack (sandbox, bot and
 * Playground, exactly as `npm start` runs them) and a fresh page, so no chat or calendar leaks
 * between tests. Everything is stopped after each test, passed or failed. Without `timeZone` the
 * Playground runs in the zone `npm start` gives it: the sandbox user's mailbox zone.
 */
export function usePlaygroundSession(options: { timeZone?: string; user?: string }): PlaygroundSession {
  const session = {} as PlaygroundSession;
  let browser: Browser | undefined;
  let stack: PlaygroundStack | undefined;
  let chat: PlaygroundChat | undefined;

  before(async () => {
    browser = await launchChromium();
  });
  beforeEach(async () => {
    stack = await PlaygroundStack.start({ timeZone: options.timeZone, user: options.user });
    session.stack = stack;
    chat = await PlaygroundChat.open(browser!, stack.url, { timeZone: stack.timeZone });
    session.chat = chat;
  });
  afterEach(async () => {
    await chat?.close().catch(() => undefined);
    await stack?.stop();
    chat = undefined;
    stack = undefined;
  });
  after(async () => {
    await browser?.close();
  });
  return session;
}
