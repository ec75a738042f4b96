import type { UserRef } from './user-token-cache';

/**
 * Where the user's SSO token comes from when the bot needs one. In Teams it arrives from the client
 * (signin/tokenExchange). The Agents Playground cannot do Teams SSO, so in Playground mode the
 * sandbox identity mints the very token a Teams client would hold for this user.
 */
export interface SsoTokenSource {
  tokenFor(user: UserRef): Promise<string | undefined>;
}

export class SandboxSsoSource implements SsoTokenSource {
  constructor(private readonly adminUrl: string) {}

  async tokenFor(user: UserRef): Promise<string | undefined> {
    const response = await fetch(`${this.adminUrl}/sso-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: user.aadObjectId }),
    });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`The sandbox identity answered HTTP ${response.status} for an SSO token`);
    const body = (await response.json()) as { token?: string };
    return body.token;
  }
}
