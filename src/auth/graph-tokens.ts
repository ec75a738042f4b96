import {
  AuthError,
  ConfidentialClientApplication,
  InteractionRequiredAuthError,
  type AuthenticationResult,
  type Configuration,
} from '@azure/msal-node';
import { RecentMap } from '../recent-map';
import type { GraphAccess, GraphAccessScopes } from './access';
import { SignInNeeded } from './errors';
import type { UserCachePlugin, UserRef, UserTokenCache } from './user-token-cache';

export interface IdentitySettings {
  clientId: string;
  clientSecret: string;
  /** Full authority URL with tenant: https://login.microsoftonline.com/<tenant> or the sandbox's. */
  authority: string;
}

/** What GraphTokens uses of an MSAL client (one per user, its cache plugin the user's). */
export type MsalClient = Pick<ConfidentialClientApplication, 'getTokenCache' | 'acquireTokenSilent' | 'acquireTokenOnBehalfOf'>;

/** A recent user's MSAL client, its cache plugin, and the user's sign-out count it has seen. */
interface UserClient {
  msal: MsalClient;
  plugin: UserCachePlugin;
  signOuts?: number;
  /**
   * The access tokens MSAL last gave, per access, until they are due for renewal: handed out as
   * they are, since MSAL's own silent lookup (its accounts, then its tokens) costs more CPU than the
   * rest of a token's way through a turn.
   */
  issued: Map<GraphAccess, { token: string; renewAt: number }>;
}

/** MSAL Node renews an access token this long before it expires (its default tokenRenewalOffsetSeconds). */
const RENEW_BEFORE_MS = 300_000;

/**
 * Delegated Graph tokens for a Teams user, obtained on-behalf-of their SSO token with MSAL Node.
 * The user's MSAL cache is persisted per user, so a user costs one token exchange per token
 * lifetime (refreshes are silent), across turns, restarts and instances; a recent user's client
 * keeps it in memory, so a turn with a valid token reads no storage (see UserTokenCache). Each access tier has its
 * own scopes: a token for `shared` is asked for only when a request first needs it, and MSAL gets it
 * with the user's refresh token when the user has consented (no new SSO token needed).
 */
export class GraphTokens {
  private metadata?: Promise<string>;
  /** One MSAL client per recent user (its cache plugin is the user's), reused across turns. */
  private readonly clients = new RecentMap<string, UserClient>(MAX_CLIENTS);
  /** Sign-ins under way, per user and access: concurrent first turns share one token exchange. */
  private readonly signingIn = new Map<string, Promise<string | undefined>>();

  constructor(
    private readonly identity: IdentitySettings,
    private readonly access: GraphAccessScopes,
    private readonly cache: UserTokenCache,
    /** Tests only: another MSAL client for a user. */
    private readonly msalFor: (user: UserRef, plugin: UserCachePlugin) => Promise<MsalClient> = (_user, plugin) => this.msalClient(plugin),
  ) {}

  /** Whether only an administrator can grant `access` (the user is told so instead of being asked). */
  needsAdmin(access: GraphAccess): boolean {
    return this.access[access].adminConsent;
  }

  /**
   * A token for `access` from the user's cache (refreshed silently if needed; a new scope set is
   * asked for with the refresh token), or undefined when sign-in is needed. Throws
   * SignInNeeded('consent') when Entra says the user has not consented to that access's scopes.
   * `signOuts` is how often the user signed out, as the conversation's record says: a client that
   * saw another count reads storage again (another instance signed the user out).
   */
  async cached(user: UserRef, access: GraphAccess = 'own', signOuts?: number): Promise<string | undefined> {
    const client = await this.clientFor(user, signOuts);
    const issued = client.issued.get(access);
    if (issued && issued.renewAt > Date.now()) return issued.token;
    const readBefore = client.plugin.reads > 0;
    const token = await this.silently(client, user, access);
    if (token || !readBefore) return token;
    // Nothing usable in this process's memory, read a while ago: storage may hold newer tokens (signed in on another instance).
    return this.silently(await this.newClient(user, signOuts), user, access);
  }

  private async silently(client: UserClient, user: UserRef, access: GraphAccess): Promise<string | undefined> {
    const account = await client.msal.getTokenCache().getAccountByLocalId(user.aadObjectId);
    if (!account) return undefined;
    try {
      return issue(client, access, await client.msal.acquireTokenSilent({ account, scopes: this.access[access].scopes }));
    } catch (error) {
      const consent = consentError(error, access);
      if (consent) throw consent;
      if (error instanceof AuthError) return undefined;
      throw error;
    }
  }

  /**
   * A token for the user and `access`: from their cache, else on-behalf-of the SSO token `sso`
   * gives (undefined when there is none: sign-in needed). Concurrent calls for one user and access
   * share one run, so eight simultaneous first turns cost one exchange; later calls find the token
   * in the cache. Throws SignInNeeded('consent', _, access) when the user (or their administrator)
   * has not consented to that access.
   */
  async tokenFor(
    user: UserRef,
    sso: () => Promise<string | undefined>,
    access: GraphAccess = 'own',
    signOuts?: number,
  ): Promise<string | undefined> {
    // A turn that saw another sign-out count does not join a run using the client from before it.
    const key = `${keyOf(user)}/${access}/${signOuts ?? '?'}`;
    let running = this.signingIn.get(key);
    if (!running) {
      running = this.acquire(user, sso, access, signOuts);
      this.signingIn.set(key, running);
      const forget = () => this.signingIn.delete(key);
      running.then(forget, forget);
    }
    return running;
  }

  private async acquire(
    user: UserRef,
    sso: () => Promise<string | undefined>,
    access: GraphAccess,
    signOuts?: number,
  ): Promise<string | undefined> {
    let refused: SignInNeeded | undefined;
    try {
      const token = await this.cached(user, access, signOuts);
      if (token) return token;
    } catch (error) {
      if (!(error instanceof SignInNeeded)) throw error;
      // Not consented as far as the refresh token goes: a fresh SSO token may still carry it (an admin granted it since).
      refused = error;
    }
    const ssoToken = await sso();
    if (ssoToken) return this.exchange(user, ssoToken, access, signOuts);
    if (refused) throw refused;
    return undefined;
  }

  /** Exchanges the user's SSO token for Graph (on-behalf-of), for the scopes of `access`. */
  async exchange(user: UserRef, ssoToken: string, access: GraphAccess = 'own', signOuts?: number): Promise<string> {
    const client = await this.clientFor(user, signOuts);
    try {
      const token = issue(
        client,
        access,
        await client.msal.acquireTokenOnBehalfOf({ oboAssertion: ssoToken, scopes: this.access[access].scopes }),
      );
      if (!token) throw new SignInNeeded('signIn', 'The token exchange returned no token');
      return token;
    } catch (error) {
      throw asSignInError(error, access);
    }
  }

  async signOut(user: UserRef): Promise<void> {
    // Storage first: a concurrent turn building a new client meanwhile must not read the old tokens back.
    await this.cache.clear(user);
    // The client's in-memory cache holds the tokens too: forget it with the stored one.
    this.clients.delete(keyOf(user));
  }

  /**
   * The user's client, or a new one (which reads storage first) when it saw another sign-out count
   * than `signOuts`, or when the caller knows no count (a sign-in's exchange, work after a turn):
   * those are rare, and must not act on tokens from before a sign-out elsewhere.
   */
  private async clientFor(user: UserRef, signOuts?: number): Promise<UserClient> {
    const key = keyOf(user);
    const known = this.clients.get(key);
    if (!known || signOuts === undefined || known.signOuts !== signOuts) return this.newClient(user, signOuts);
    // Most recently used last, so the oldest is the one let go.
    this.clients.set(key, known);
    return known;
  }

  /**
   * A new client for the user, replacing the one kept: MSAL merges what it deserializes into what it
   * holds, so a client that must forget tokens (signed out elsewhere) is replaced, not reloaded.
   */
  private async newClient(user: UserRef, signOuts?: number): Promise<UserClient> {
    const key = keyOf(user);
    const plugin = this.cache.pluginFor(user);
    const client: UserClient = { msal: await this.msalFor(user, plugin), plugin, signOuts, issued: new Map() };
    this.clients.set(key, client);
    return client;
  }

  private async msalClient(plugin: UserCachePlugin): Promise<ConfidentialClientApplication> {
    const config: Configuration = {
      auth: {
        clientId: this.identity.clientId,
        clientSecret: this.identity.clientSecret,
        authority: this.identity.authority,
        knownAuthorities: [new URL(this.identity.authority).host],
        authorityMetadata: await this.authorityMetadata(),
      },
      cache: { cachePlugin: plugin },
      system: { loggerOptions: { piiLoggingEnabled: false, logLevel: 0, loggerCallback: () => undefined } },
    };
    return new ConfidentialClientApplication(config);
  }

  /** Fetched once per process so that each per-user client skips discovery. */
  private authorityMetadata(): Promise<string> {
    this.metadata ??= fetch(`${this.identity.authority}/v2.0/.well-known/openid-configuration`)
      .then(async (response) => {
        if (!response.ok) throw new Error(`OpenID discovery failed with HTTP ${response.status}`);
        return JSON.stringify(await response.json());
      })
      .catch((error) => {
        this.metadata = undefined;
        throw error;
      });
    return this.metadata;
  }
}

/** Clients kept for the most recent users; each holds one user's token cache in memory. */
const MAX_CLIENTS = 500;

/** MSAL's answer as a token, remembered on the client until it is due for renewal (when MSAL says when it expires). */
function issue(client: UserClient, access: GraphAccess, result: AuthenticationResult | null): string | undefined {
  if (!result?.accessToken) return undefined;
  const expires = result.expiresOn?.getTime();
  if (expires) client.issued.set(access, { token: result.accessToken, renewAt: expires - RENEW_BEFORE_MS });
  return result.accessToken;
}

function keyOf(user: UserRef): string {
  return `${user.tenantId}/${user.aadObjectId}`;
}

/**
 * Entra's "not consented" for `access`, as MSAL hands it over: AADSTS65001 with suberror
 * consent_required, from the on-behalf-of exchange and from a refresh for a scope set the user has
 * not granted (MSAL: an InteractionRequiredAuthError, errorCode invalid_grant, the AADSTS code in
 * its message).
 */
function consentError(error: unknown, access: GraphAccess): SignInNeeded | undefined {
  if (!(error instanceof AuthError)) return undefined;
  const text = `${error.errorCode} ${error.subError ?? ''} ${error.errorMessage}`;
  if (!/consent_required|AADSTS65001/.test(text)) return undefined;
  return new SignInNeeded(
    'consent',
    `No consent for the ${access} Graph permissions (${error.errorCode} ${error.subError || 'AADSTS65001'})`,
    access,
  );
}

function asSignInError(error: unknown, access: GraphAccess): Error {
  if (error instanceof SignInNeeded) return error;
  const consent = consentError(error, access);
  if (consent) return consent;
  if (
    error instanceof InteractionRequiredAuthError ||
    (error instanceof AuthError && /invalid_grant/.test(`${error.errorCode} ${error.errorMessage}`))
  ) {
    return new SignInNeeded('signIn', `The identity provider refused the token exchange (${error.errorCode})`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
