import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { Directory, DirectoryUser } from '../http/contract';
import type { UsageStats } from '../usage-stats';
import { ChannelIssuer, type ChannelTokenRequest } from './channel-tokens';
import { serveIdentity } from './identity-endpoint';
import { generateSigningKeys } from './signing-keys';
import { appIdUriOf, BOT_CLIENT_ID, GRAPH_APP_ID, GRAPH_RESOURCE, SSO_SCOPE, type AppRegistration } from './tenant';
import { TokenGrants } from './token-grants';
import { TokenService, type TokenCheck } from './tokens';

export type { TokenCheck, TokenFailure, IssuedClaims } from './tokens';
export type { ChannelTokenRequest } from './channel-tokens';
export { ADMIN_ONLY_PERMISSIONS, BOT_CLIENT_ID, BOT_GRAPH_PERMISSIONS, GRAPH_RESOURCE } from './tenant';

/** Teams' desktop/web client id: it is the app an SSO token is issued to (azp). */
const TEAMS_CLIENT_ID = '1fec8e78-bce4-4aaf-ab1b-5451cc387264';

export interface IdentityOptions {
  origin: string;
  tenantId: string;
  directory: Directory;
  tokenLifetimeSeconds: number;
  stats: UsageStats;
}

/** The sandbox's Entra-like authority at <origin>/<tenantId>. */
export interface Identity {
  authority: string;
  app: AppRegistration;
  /** Whether a path belongs to the authority; `rest` is what follows the tenant segment. */
  owns(pathname: string): string | undefined;
  serve(request: IncomingMessage, response: ServerResponse, rest: string): Promise<void>;
  /** The SSO token a Teams client would hold for the bot (aud appIdUri, scp access_as_user). */
  issueSsoToken(user: DirectoryUser, lifetimeSeconds?: number): Promise<string>;
  checkGraphToken(token: string | undefined): Promise<TokenCheck>;
  /** The Bot Framework channel's issuer, played by the sandbox (inbound activity tokens). */
  channel: { issuer: string; openIdMetadataUrl: string; issue(request: ChannelTokenRequest): Promise<string> };
  /** Forget issued refresh tokens (admin reset). */
  reset(): void;
}

export async function createIdentity(options: IdentityOptions): Promise<Identity> {
  const authority = `${options.origin}/${options.tenantId}`;
  const keys = await generateSigningKeys();
  const tokens = new TokenService(keys, `${authority}/v2.0`, options.tenantId);
  const app: AppRegistration = {
    clientId: BOT_CLIENT_ID,
    // A new secret per start: nothing outside this run can hold a valid one.
    clientSecret: randomBytes(24).toString('base64url'),
    appIdUri: appIdUriOf(BOT_CLIENT_ID),
  };
  const grants = new TokenGrants(tokens, options.directory, app, options.tokenLifetimeSeconds);
  const prefix = `/${options.tenantId.toLowerCase()}`;
  const channel = await ChannelIssuer.create(`${authority}/botframework`);
  const deps = {
    authority,
    tenantId: options.tenantId,
    graphHost: new URL(options.origin).host,
    keys,
    grants,
    stats: options.stats,
    origin: options.origin,
    channel,
  };
  return {
    authority,
    app,
    owns(pathname) {
      const lower = pathname.toLowerCase();
      return lower === prefix || lower.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : undefined;
    },
    serve: (request, response, rest) => serveIdentity(deps, request, response, rest),
    async issueSsoToken(user, lifetimeSeconds = options.tokenLifetimeSeconds) {
      const issued = await tokens.issue({ user, clientId: TEAMS_CLIENT_ID, audience: app.appIdUri, scopes: [SSO_SCOPE], lifetimeSeconds });
      return issued.token;
    },
    checkGraphToken: (token) => tokens.check(token, [GRAPH_RESOURCE, GRAPH_APP_ID]),
    channel,
    reset: () => grants.clearRefreshTokens(),
  };
}
