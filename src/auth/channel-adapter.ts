import { ConfidentialClientApplication } from '@azure/msal-node';
import { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import { CallerIdConstants, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import { AuthenticationConstants, MsalServiceClientCredentialsFactory, type AuthenticateRequestResult } from 'botframework-connector';
import type { Config } from '../config';

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
  async authenticate(activity: Partial<Activity>, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await this.botFrameworkAuthentication.authenticateRequest(activity as Activity, authHeader);
    } catch (error) {
      throw new Unauthenticated(error instanceof Error ? error.message : String(error));
    }
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

export function createChannelAdapter(bot: Config['bot']): ChannelAdapter {
  if (!bot) return new ChannelAdapter({});
  const settings = {
    MicrosoftAppId: bot.id,
    MicrosoftAppPassword: bot.password,
    MicrosoftAppType: bot.type,
    MicrosoftAppTenantId: bot.tenantId,
  };
  if (!bot.channel) return new ChannelAdapter(settings);
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
  return new ChannelAdapter(channelSettings, new MsalServiceClientCredentialsFactory(bot.id, msal));
}
