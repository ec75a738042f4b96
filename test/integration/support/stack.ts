import os from 'node:os';
import path from 'node:path';
import { sandboxEnvironment, startBotProcess, type BotProcess } from '../../../scripts/dev/bot-process';
import { startSandbox, type ReadyInfo, type RunningSandbox, type SandboxOptions } from '../../../src/sandbox';
import { requestSandbox } from '../../sandbox/support/https-client';
import { TeamsChannel } from './teams-channel';

export const ALEX = { aadObjectId: '00000000-0000-4000-8000-000000000020', name: 'Alex Wilber', upn: 'AlexW@contoso.onmicrosoft.com' };
export const MEGAN = { aadObjectId: '00000000-0000-4000-8000-000000000021', name: 'Megan Bowen', upn: 'MeganB@contoso.onmicrosoft.com' };
export const LYNNE = { aadObjectId: '00000000-0000-4000-8000-000000000025', name: 'Lynne Robbins', upn: 'LynneR@contoso.onmicrosoft.com' };

/** The sandbox, the bot as its own process, and a Teams channel in front of it. */
export class Stack {
  private constructor(
    readonly sandbox: RunningSandbox,
    readonly bot: BotProcess,
    readonly channel: TeamsChannel,
  ) {}

  static async start(options: { sandbox?: SandboxOptions; env?: Record<string, string> } = {}): Promise<Stack> {
    const sandbox = await startSandbox({ stateDir: path.join(os.tmpdir(), 'meeting-cancel-bot-it'), ...options.sandbox });
    let bot: BotProcess | undefined;
    try {
      bot = await startBotProcess({ env: { ...sandboxEnvironment(sandbox.info), LOG_LEVEL: 'debug', ...options.env } });
      const channel = new TeamsChannel(bot.url);
      await channel.start();
      return new Stack(sandbox, bot, channel);
    } catch (error) {
      await bot?.stop();
      await sandbox.stop();
      throw error;
    }
  }

  get info(): ReadyInfo {
    return this.sandbox.info;
  }

  async stop(): Promise<void> {
    await this.channel.stop();
    await this.bot.stop();
    await this.sandbox.stop();
  }

  async admin(method: 'GET' | 'POST', route: string, body?: unknown): Promise<any> {
    const response = await requestSandbox(this.info, method, `${this.info.admin}${route}`, body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (response.status >= 300) throw new Error(`admin ${method} ${route}: ${response.status} ${response.text}`);
    return response.json;
  }

  async mailbox(upn: string): Promise<{ events: any[]; deletedItems: any[]; inbox: any[] }> {
    return this.admin('GET', `/mailboxes/${encodeURIComponent(upn)}`);
  }

  /** Graph requests per route and token grants since the last reset. */
  async stats(): Promise<{ graph: { total: number; byRoute: Record<string, number> }; tokens: { total: number; byGrant: Record<string, number> } }> {
    return this.admin('GET', '/stats');
  }

  async reset(): Promise<void> {
    await this.admin('POST', '/reset', {});
  }
}
