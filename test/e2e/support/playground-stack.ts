import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startDevStack, type DevStack } from '../../../scripts/dev/stack';
import type { ReadyInfo } from '../../../dev/sandbox';
import { SandboxClient } from '../../support/sandbox-client';

/** What `npm start` runs (sandbox, bot, Agents Playground), on free ports, plus the sandbox's admin API. */
export class PlaygroundStack extends SandboxClient {
  private constructor(private readonly dev: DevStack) {
    super();
  }

  /**
   * `timeZone` is the Playground process's zone, which it sends as the user's localTimezone; without
   * it, `npm start`'s default (the sandbox user's mailbox zone). `user` (alias, UPN or id) is who
   * chats in the Playground; without it, Alex Wilber.
   */
  static async start(options: { timeZone?: string; user?: string }): Promise<PlaygroundStack> {
    const dev = await startDevStack({
      botPort: 0,
      playgroundPort: await freePort(),
      playgroundTimeZone: options.timeZone,
      // `npm start -- --user PattiF`: the Playground's user is another sandbox user.
      playgroundUser: options.user,
      // Not the repo's .sandbox/: a developer's running `npm start` keeps its ready.json.
      sandbox: { stateDir: path.join(os.tmpdir(), 'meeting-cancel-bot-e2e') },
    });
    return new PlaygroundStack(dev);
  }

  get url(): string {
    return this.dev.playground!.url;
  }

  /** The zone the Playground runs in (and sends as localTimezone). */
  get timeZone(): string {
    return this.dev.playground!.timeZone!;
  }

  get info(): ReadyInfo {
    return this.dev.sandbox.info;
  }

  stop(): Promise<void> {
    return this.dev.stop();
  }

  /** Graph requests per route since the sandbox started. */
  async graphRequests(): Promise<Record<string, number>> {
    return (await this.stats()).graph.byRoute;
  }
}

/** The Playground takes a fixed port (-p); ask the OS for one that is free right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
