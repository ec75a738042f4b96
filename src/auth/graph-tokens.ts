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
    await this.cache.clear(user);
  }

  private async clientFor(user: UserRef): Promise<ConfidentialClientApplication> {
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
