import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; playwright-core ships no browser of its own. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Headless Chromium with the flags that work in containers and CI. Playwright gives every launch a
 * fresh temporary profile (a new user-data-dir) and deletes it on close.
 */
export async function launchChromium(): Promise<Browser> {
  // The browser tests fail, never skip, on a machine without Chromium.
  if (!existsSync(CHROMIUM)) throw new Error('Chromium is missing: apt-get update && apt-get install -y chromium');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
