import { ConfidentialClientApplication } from '@azure/msal-node';
import { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import { CallerIdConstants, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import {
  AuthenticationConstants,
  JwtTokenValidation,
  MsalServiceClientCredentialsFactory,
  UserTokenClient,
  type AuthenticateRequestResult,
  type ConnectorClient,
  type ConnectorFactory,
} from 'botframework-connector';
import type { Config } from '../config';
import { RecentMap } from '../recent-map';
import { shareBotTokens } from './bot-token';
import { shareSigningKeys } from './signing-keys';

/** The activity's Bot Framework token is missing or invalid: the request gets 401 and reaches no handler. */
export class Unauthenticated extends Error {
  constructor(readonly reason: string) {
    super('Unauthorized');
    this.name = 'Unauthenticated';
  }
}

/**
 * Teams AI's adapter with inbound authentication done up front, so that any invalid token
 * (including one botbuilder rejects with a plain error, such as a bad signature) is a 401 and not
 * a 500, and the turn never starts. With a BOT_ID every activity must carry a valid channel JWT;
 * without one botbuilder runs unauthenticated (Playground mode, loopback only).
 */
export class ChannelAdapter extends TeamsAdapter {
  /** Every activity must carry a valid channel JWT (a BOT_ID is configured). */
  checksTokens = false;
  /** Connector clients by bot, service URL and audience (botbuilder's CloudAdapter builds one per turn). */
  private readonly connectors = new RecentMap<string, Promise<ConnectorClient>>(MAX_CONNECTORS);

  constructor(...args: ConstructorParameters<typeof TeamsAdapter>) {
    super(...args);
    // botbuilder builds a client for the Bot Framework token service on every turn; this bot never
    // calls it (its sign-in is its own), so it is built only if something does.
    const auth = this.botFrameworkAuthentication;
    const create = auth.createUserTokenClient.bind(auth);
    auth.createUserTokenClient = async (claims) => new LazyUserTokenClient(() => create(claims));
  }

  /**
   * Whether a request with this Authorization header is refused whatever its body says: tokens are
   * checked and it carries none of the shape botbuilder accepts ("Bearer" and a JWT). Known from the
   * header alone, so the body need not be read.
   */
  refusesOnSight(authHeader: string): boolean {
    return this.checksTokens && !BEARER_JWT.test(authHeader);
  }

  async authenticate(activity: Partial<Activity>, authHeader: string): Promise<AuthenticateRequestResult> {
    let result: AuthenticateRequestResult;
    try {
      result = await this.botFrameworkAuthentication.authenticateRequest(activity as Activity, authHeader);
    } catch (error) {
      throw new Unauthenticated(error instanceof Error ? error.message : String(error));
    }
    if (!result.connectorFactory) return result;
    const bot = JwtTokenValidation.getAppIdFromClaims(result.claimsIdentity.claims) ?? '';
    return { ...result, connectorFactory: this.reusing(result.connectorFactory, bot) };
  }

  /**
   * The connector clients a factory makes, kept per bot, service URL and audience, as botbuilder's
   * BotFrameworkAdapter kept them: building one (its HTTP pipeline) cost more CPU than a reply, on
   * every turn. A client holds no per-turn state; its credentials renew their own token. Bounded:
   * without a BOT_ID (Playground, loopback only) service URLs are not checked.
   */
  private reusing(factory: ConnectorFactory, bot: string): ConnectorFactory {
    const connectors = this.connectors;
    return {
      create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        const key = JSON.stringify([bot, serviceUrl, audience ?? '']);
        let client = connectors.get(key);
        if (!client) {
          client = factory.create(serviceUrl, audience);
          client.catch(() => connectors.delete(key));
          connectors.set(key, client);
        }
        return client;
      },
    };
  }

  /** Runs the turn of an authenticated activity; resolves with its invoke response, if any. */
  async runTurn(
    authenticated: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}

const MAX_CONNECTORS = 50;

/** What botbuilder takes as a token at all: the scheme "Bearer" (so spelled), one space, three base64url parts. */
const BEARER_JWT = /^Bearer [A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** A Bot Framework token service client made on first use (see ChannelAdapter's constructor). */
class LazyUserTokenClient extends UserTokenClient {
  private client?: Promise<UserTokenClient>;

  constructor(private readonly make: () => Promise<UserTokenClient>) {
    super();
  }

  private real(): Promise<UserTokenClient> {
    return (this.client ??= this.make());
  }

  async getUserToken(...args: Parameters<UserTokenClient['getUserToken']>) {
    return (await this.real()).getUserToken(...args);
  }
  async getSignInResource(...args: Parameters<UserTokenClient['getSignInResource']>) {
    return (await this.real()).getSignInResource(...args);
  }
  async signOutUser(...args: Parameters<UserTokenClient['signOutUser']>) {
    return (await this.real()).signOutUser(...args);
  }
  async getTokenStatus(...args: Parameters<UserTokenClient['getTokenStatus']>) {
    return (await this.real()).getTokenStatus(...args);
  }
  async getAadTokens(...args: Parameters<UserTokenClient['getAadTokens']>) {
    return (await this.real()).getAadTokens(...args);
  }
  async exchangeToken(...args: Parameters<UserTokenClient['exchangeToken']>) {
    return (await this.real()).exchangeToken(...args);
  }
}

export function createChannelAdapter(bot: Config['bot']): ChannelAdapter {
  if (!bot) return new ChannelAdapter({});
  // Inbound tokens are checked against signing keys read once for all requests, not once per request.
  shareSigningKeys();
  shareBotTokens();
  const settings = {
    MicrosoftAppId: bot.id,
    MicrosoftAppPassword: bot.password,
    MicrosoftAppType: bot.type,
    MicrosoftAppTenantId: bot.tenantId,
  };
  if (!bot.channel) return checkingTokens(new ChannelAdapter(settings));
  // A non-public channel: botbuilder then needs every endpoint spelled out (it switches to its
  // "parameterized" authentication), and MSAL must be told the login host is a known authority,
  // since it cannot be checked against Entra's instance discovery.
  const channelSettings = {
    ...settings,
    ToBotFromChannelOpenIdMetadataUrl: bot.channel.openIdMetadataUrl,
    ToBotFromChannelTokenIssuer: bot.channel.tokenIssuer,
    ToChannelFromBotLoginUrl: bot.channel.loginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
    ValidateAuthority: true,
  };
  const msal = new ConfidentialClientApplication({
    auth: {
      clientId: bot.id,
      clientSecret: bot.password,
      authority: bot.channel.loginUrl,
      knownAuthorities: [new URL(bot.channel.loginUrl).host],
    },
    system: { loggerOptions: { piiLoggingEnabled: false, loggerCallback: () => undefined } },
  });
  return checkingTokens(new ChannelAdapter(channelSettings, new MsalServiceClientCredentialsFactory(bot.id, msal)));
}

function checkingTokens(adapter: ChannelAdapter): ChannelAdapter {
  adapter.checksTokens = true;
  return adapter;
}
