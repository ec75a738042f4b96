import os from 'node:os';
import path from 'node:path';
import { sandboxEnvironment, startBotProcess, type BotProcess } from '../../../scripts/dev/bot-process';
import { startSandbox, type ReadyInfo, type RunningSandbox, type SandboxOptions } from '../../../dev/sandbox';
import { requestSandbox } from '../../sandbox/support/https-client';
import { SandboxClient } from '../../support/sandbox-client';
import { TeamsChannel, type ChatUser, type Turn } from './teams-channel';

export const ALEX = { aadObjectId: '00000000-0000-4000-8000-000000000020', name: 'Alex Wilber', upn: 'AlexW@contoso.onmicrosoft.com' };
export const MEGAN = { aadObjectId: '00000000-0000-4000-8000-000000000021', name: 'Megan Bowen', upn: 'MeganB@contoso.onmicrosoft.com' };
export const LYNNE = { aadObjectId: '00000000-0000-4000-8000-000000000025', name: 'Lynne Robbins', upn: 'LynneR@contoso.onmicrosoft.com' };

/**
 * Teams mode against the sandbox: a BOT_ID (the sandbox's app), inbound tokens checked against the
 * sandbox playing the Bot Framework channel's issuer, reply tokens from the sandbox authority, and
 * no SSO token source (sign-in goes through the OAuth card and signin/tokenExchange).
 */
export function teamsEnvironment(info: ReadyInfo): Record<string, string> {
  const { SANDBOX_ADMIN: _playgroundOnly, ...identity } = sandboxEnvironment(info);
  return {
    ...identity,
    APP_ENV: 'sandbox-teams',
    HOST: '127.0.0.1',
    BOT_ID: info.clientId,
    SECRET_BOT_PASSWORD: info.clientSecret,
    BOT_DOMAIN: 'localhost',
    AAD_APP_ID_URI: info.appIdUri,
    CHANNEL_OPENID_METADATA_URL: `${info.authority}/botframework/v1/.well-known/openidconfiguration`,
    CHANNEL_TOKEN_ISSUER: `${info.authority}/botframework`,
    CHANNEL_LOGIN_URL: info.authority,
  };
}

/** A token as the Bot Framework channel signs it, minted by the sandbox (options make it invalid). */
export async function channelToken(
  info: ReadyInfo,
  request: { audience?: string; serviceUrl: string; expiresInSeconds?: number; issuer?: string; badSignature?: boolean },
): Promise<string> {
  const body = JSON.stringify({ audience: info.clientId, ...request });
  const response = await requestSandbox(info, 'POST', `${info.admin}/channel-token`, {
    headers: { 'content-type': 'application/json' },
    body,
  });
  if (response.status !== 200) throw new Error(`channel-token: ${response.status} ${response.text}`);
  return response.json.token;
}

/** The sandbox, the bot as its own process, and a Teams channel in front of it. */
export class Stack extends SandboxClient {
  private constructor(
    readonly sandbox: RunningSandbox,
    public bot: BotProcess,
    readonly channel: TeamsChannel,
    private readonly botEnv: Record<string, string>,
  ) {
    super();
  }

  /** `teams`: Teams mode (authenticated channel, SSO via OAuth card); default: Playground mode. */
  static async start(options: { sandbox?: SandboxOptions; env?: Record<string, string>; teams?: boolean } = {}): Promise<Stack> {
    const sandbox = await startSandbox({ stateDir: path.join(os.tmpdir(), 'meeting-cancel-bot-it'), ...options.sandbox });
    let bot: BotProcess | undefined;
    try {
      const base = options.teams ? teamsEnvironment(sandbox.info) : sandboxEnvironment(sandbox.info);
      const botEnv = { ...base, LOG_LEVEL: 'debug', ...options.env };
      bot = await startBotProcess({ env: botEnv });
      const authorize = options.teams
        ? async (activity: Record<string, unknown>) =>
            `Bearer ${await channelToken(sandbox.info, { serviceUrl: String(activity.serviceUrl) })}`
        : undefined;
      const channel = new TeamsChannel(bot.url, authorize);
      await channel.start();
      return new Stack(sandbox, bot, channel, botEnv);
    } catch (error) {
      await bot?.stop();
      await sandbox.stop();
      throw error;
    }
  }

  /** Stops the bot process and starts a new one with the same settings (a restart or another instance). */
  async restartBot(): Promise<void> {
    await this.bot.stop();
    this.bot = await startBotProcess({ env: this.botEnv });
    this.channel.retarget(this.bot.url);
  }

  /** Another instance of the bot on the same settings and storage (the caller stops it); `channel.retarget` sends to it. */
  async anotherBot(): Promise<BotProcess> {
    return startBotProcess({ env: this.botEnv });
  }

  /** Teams mode: signs the user in as Teams does (the bot's OAuth card, then a token exchange with the user's SSO token). */
  async signIn(user: ChatUser, upn: string): Promise<void> {
    const first = await user.say('help');
    const oauth = first.sent.some((a) => a.attachments?.some((x) => x.contentType === 'application/vnd.microsoft.card.oauth'));
    const card = oauth
      ? first.oauthCard()
      : (await user.say('show my meetings')).sent
          .flatMap((a) => a.attachments ?? [])
          .find((x) => x.contentType === 'application/vnd.microsoft.card.oauth')?.content;
    if (card) await this.exchange(user, card, upn);
  }

  /** What a Teams client does with the bot's OAuth card: exchanges the user's SSO token (minted here unless given) silently. */
  async exchange(user: ChatUser, card: any, upn: string, token?: string): Promise<Turn> {
    const sso = token ?? (await this.admin('POST', '/sso-token', { user: upn })).token;
    return user.invoke('signin/tokenExchange', { id: card.tokenExchangeResource.id, connectionName: card.connectionName, token: sso });
  }

  get info(): ReadyInfo {
    return this.sandbox.info;
  }

  async stop(): Promise<void> {
    await this.channel.stop();
    await this.bot.stop();
    await this.sandbox.stop();
  }
}

/** What Stack.start takes; a suite may compute it when it starts (a seed laid out around the real now). */
type StackOptions = Parameters<typeof Stack.start>[0];

/** One stack for a suite: started before it, stopped after it, its sandbox reset before each test. */
export function stackForSuite(options: StackOptions | (() => Promise<StackOptions>) = {}): () => Stack {
  let stack: Stack | undefined;
  before(async function () {
    // Options computed at the start may first wait out a local midnight (clearOfMidnights: up to two minutes).
    if (typeof options === 'function') this.timeout(240_000);
    stack = await Stack.start(typeof options === 'function' ? await options() : options);
  });
  after(async () => {
    await stack?.stop();
  });
  beforeEach(async () => {
    await stack!.reset();
  });
  return () => stack!;
}

/** The Graph requests, by route, that `run` cost (a $batch counts once, and each of its steps by its own route). */
export async function graphRoutesSpent(stack: Stack, run: () => Promise<unknown>): Promise<Record<string, number>> {
  const before = await stack.stats();
  await run();
  const after = await stack.stats();
  const spent: Record<string, number> = {};
  for (const [route, n] of Object.entries(after.graph.byRoute)) {
    const delta = n - (before.graph.byRoute[route] ?? 0);
    if (delta) spent[route] = delta;
  }
  return spent;
}
