import { AuthError, ConfidentialClientApplication, InteractionRequiredAuthError, type Configuration } from '@azure/msal-node';
import { SignInNeeded } from './errors';
import type { UserRef, UserTokenCache } from './user-token-cache';

export interface IdentitySettings {
  clientId: string;
  clientSecret: string;
  /** Full authority URL with tenant: https://login.microsoftonline.com/<tenant> or the sandbox's. */
  authority: string;
}

/**
 * Delegated Graph tokens for a Teams user, obtained on-behalf-of their SSO token with MSAL Node.
 * The user's MSAL cache is persisted per user, so a user costs one token exchange per token
 * lifetime (refreshes are silent), across turns, restarts and instances.
 */
export class GraphTokens {
  private metadata?: Promise<string>;
  /** One MSAL client per recent user (its cache plugin is the user's), reused across turns. */
  private readonly clients = new Map<string, ConfidentialClientApplication>();
  /** Sign-ins under way, per user: concurrent first turns share one token exchange. */
  private readonly signingIn = new Map<string, Promise<string | undefined>>();

  constructor(
    private readonly identity: IdentitySettings,
    private readonly scopes: string[],
    private readonly cache: UserTokenCache,
  ) {}

  /** A token from the user's cache (refreshed silently if needed), or undefined when sign-in is needed. */
  async cached(user: UserRef): Promise<string | undefined> {
    const msal = await this.clientFor(user);
    const account = await msal.getTokenCache().getAccountByLocalId(user.aadObjectId);
    if (!account) return undefined;
    try {
      const result = await msal.acquireTokenSilent({ account, scopes: this.scopes });
      return result?.accessToken || undefined;
    } catch (error) {
      if (error instanceof AuthError) return undefined;
      throw error;
    }
  }

  /**
   * A token for the user: from their cache, else on-behalf-of the SSO token `sso` gives (undefined
   * when there is none: sign-in needed). Concurrent calls for one user share one run, so eight
   * simultaneous first turns cost one exchange; later calls find the token in the cache.
   */
  async tokenFor(user: UserRef, sso: () => Promise<string | undefined>): Promise<string | undefined> {
    const key = keyOf(user);
    let running = this.signingIn.get(key);
    if (!running) {
      running = (async () => (await this.cached(user)) ?? (await this.exchangeFrom(user, sso)))();
      this.signingIn.set(key, running);
      const forget = () => this.signingIn.delete(key);
      running.then(forget, forget);
    }
    return running;
  }

  private async exchangeFrom(user: UserRef, sso: () => Promise<string | undefined>): Promise<string | undefined> {
    const token = await sso();
    return token ? this.exchange(user, token) : undefined;
  }

  /** Exchanges the user's SSO token for Graph (on-behalf-of). */
  async exchange(user: UserRef, ssoToken: string): Promise<string> {
    const msal = await this.clientFor(user);
    try {
      const result = await msal.acquireTokenOnBehalfOf({ oboAssertion: ssoToken, scopes: this.scopes });
      if (!result?.accessToken) throw new SignInNeeded('signIn', 'The token exchange returned no token');
      return result.accessToken;
    } catch (error) {
      throw asSignInError(error);
    }
  }

  async signOut(user: UserRef): Promise<void> {
    // The client's in-memory cache holds the tokens too: forget it with the stored one.
    this.clients.delete(keyOf(user));
    await this.cache.clear(user);
  }

  private async clientFor(user: UserRef): Promise<ConfidentialClientApplication> {
    const key = keyOf(user);
    const known = this.clients.get(key);
    if (known) {
      // Most recently used last, so the oldest is the one let go.
      this.clients.delete(key);
      this.clients.set(key, known);
      return known;
    }
    const client = await this.newClient(user);
    this.clients.set(key, client);
    if (this.clients.size > MAX_CLIENTS) this.clients.delete(this.clients.keys().next().value!);
    return client;
  }

  private async newClient(user: UserRef): Promise<ConfidentialClientApplication> {
    const config: Configuration = {
      auth: {
        clientId: this.identity.clientId,
        clientSecret: this.identity.clientSecret,
        authority: this.identity.authority,
        knownAuthorities: [new URL(this.identity.authority).host],
        authorityMetadata: await this.authorityMetadata(),
      },
      cache: { cachePlugin: this.cache.pluginFor(user) },
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

function keyOf(user: UserRef): string {
  return `${user.tenantId}/${user.aadObjectId}`;
}

function asSignInError(error: unknown): Error {
  if (error instanceof SignInNeeded) return error;
  if (error instanceof AuthError) {
    const text = `${error.errorCode} ${error.subError ?? ''} ${error.errorMessage}`;
    if (/consent_required|AADSTS65001/.test(text)) return new SignInNeeded('consent');
    if (error instanceof InteractionRequiredAuthError || /invalid_grant/.test(text)) {
      return new SignInNeeded('signIn', `The identity provider refused the token exchange (${error.errorCode})`);
    }
  }
  return error instanceof Error ? error : new Error(String(error));
}
