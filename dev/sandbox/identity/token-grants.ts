import { randomBytes } from 'node:crypto';
import { decodeJwt } from 'jose';
import type { Directory, DirectoryUser } from '../http/contract';
import { EntraError, missingParameter } from './entra-error';
import { consentedPermissions, notConsented, readScopes } from './scopes';
import { BOT_DISPLAY_NAME, BOT_FRAMEWORK_RESOURCE, GRAPH_RESOURCE, type AppRegistration } from './tenant';
import type { TokenService } from './tokens';

export const OBO_GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** The successful token response, as Entra's v2 token endpoint shapes it. */
export interface TokenResponse {
  token_type: 'Bearer';
  scope: string;
  expires_in: number;
  ext_expires_in: number;
  access_token: string;
  refresh_token?: string;
  id_token?: string;
  client_info?: string;
}

interface RefreshGrant {
  userId: string;
  scope: string;
}

/** The grants of the token endpoint: on-behalf-of, client credentials, and refresh of OBO tokens. */
export class TokenGrants {
  private readonly refreshTokens = new Map<string, RefreshGrant>();

  constructor(
    private readonly tokens: TokenService,
    private readonly directory: Directory,
    private readonly app: AppRegistration,
    private readonly lifetimeSeconds: number,
  ) {}

  /** Which grant a form asks for, in the words stats use ("on_behalf_of", "client_credentials", ...). */
  static grantName(form: URLSearchParams): string {
    const grant = form.get('grant_type') ?? '';
    return grant === OBO_GRANT ? (form.get('requested_token_use') ?? 'jwt-bearer') : grant;
  }

  async exchange(form: URLSearchParams): Promise<TokenResponse> {
    const grant = form.get('grant_type');
    if (!grant) throw missingParameter('grant_type');
    this.authenticateClient(form);
    if (grant === OBO_GRANT) return this.onBehalfOf(form);
    if (grant === 'client_credentials') return this.clientCredentials(form);
    if (grant === 'refresh_token') return this.refresh(form);
    throw new EntraError('unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grant}'.`);
  }

  clearRefreshTokens(): void {
    this.refreshTokens.clear();
  }

  private authenticateClient(form: URLSearchParams): void {
    const clientId = form.get('client_id');
    if (!clientId) throw missingParameter('client_id');
    if (clientId.toLowerCase() !== this.app.clientId.toLowerCase()) {
      throw new EntraError(
        'unauthorized_client',
        700016,
        `Application with identifier '${clientId}' was not found in the directory '${this.tokens.tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
      );
    }
    const secret = form.get('client_secret');
    if (!secret) {
      throw new EntraError(
        'invalid_client',
        7000218,
        "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
      );
    }
    if (secret !== this.app.clientSecret) {
      throw new EntraError(
        'invalid_client',
        7000215,
        `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${this.app.clientId}'.`,
      );
    }
  }

  private async onBehalfOf(form: URLSearchParams): Promise<TokenResponse> {
    if (form.get('requested_token_use') !== 'on_behalf_of') throw missingParameter('requested_token_use');
    const assertion = form.get('assertion');
    if (!assertion) throw missingParameter('assertion');
    const scope = form.get('scope');
    if (!scope) throw missingParameter('scope');
    const audiences = [this.app.appIdUri, this.app.clientId];
    const checked = await this.tokens.check(assertion, audiences);
    if (!checked.ok) throw assertionFailure(checked.failure, assertion, this.app.appIdUri);
    const user = checked.claims.oid ? this.directory.findUser(checked.claims.oid) : undefined;
    if (!user) {
      throw new EntraError(
        'invalid_grant',
        50034,
        `The user account does not exist in the '${this.tokens.tenantId}' directory. To sign into this application, the account must be added to the directory.`,
      );
    }
    return this.delegated(user, scope);
  }

  private async refresh(form: URLSearchParams): Promise<TokenResponse> {
    const refreshToken = form.get('refresh_token');
    if (!refreshToken) throw missingParameter('refresh_token');
    const grant = this.refreshTokens.get(refreshToken);
    const user = grant && this.directory.findUser(grant.userId);
    if (!grant || !user) {
      throw new EntraError('invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.');
    }
    return this.delegated(user, form.get('scope') ?? grant.scope);
  }

  private async delegated(user: DirectoryUser, scope: string): Promise<TokenResponse> {
    // Consent is per permission: the user's own grants plus the admin's for the tenant. A request
    // (OBO, or a refresh asking for a new set) naming one not granted is AADSTS65001 consent_required,
    // which MSAL raises as InteractionRequiredAuthError (its subError "consent_required").
    const consented = consentedPermissions(user.consentedScopes, this.directory.adminConsentedScopes());
    const requested = readScopes(scope, consented);
    if (consented.length === 0 || notConsented(requested.graph, consented).length > 0) {
      throw new EntraError(
        'invalid_grant',
        65001,
        `The user or administrator has not consented to use the application with ID '${this.app.clientId}' named '${BOT_DISPLAY_NAME}'. Send an interactive authorization request for this user and resource.`,
        'consent_required',
      );
    }
    const issued = await this.tokens.issue({
      user,
      clientId: this.app.clientId,
      audience: GRAPH_RESOURCE,
      scopes: [...new Set(requested.graph)],
      lifetimeSeconds: this.lifetimeSeconds,
    });
    const response: TokenResponse = {
      token_type: 'Bearer',
      scope: [...new Set(requested.asRequested)].join(' '),
      expires_in: this.lifetimeSeconds,
      ext_expires_in: this.lifetimeSeconds,
      access_token: issued.token,
    };
    if (requested.oidc.includes('offline_access')) {
      // Entra returns a refresh token only when offline_access is requested.
      response.refresh_token = randomBytes(32).toString('base64url');
      this.refreshTokens.set(response.refresh_token, { userId: user.id, scope });
    }
    if (requested.oidc.includes('openid')) {
      response.id_token = (
        await this.tokens.issue({
          user,
          clientId: this.app.clientId,
          audience: this.app.clientId,
          scopes: [],
          lifetimeSeconds: this.lifetimeSeconds,
        })
      ).token;
      response.client_info = Buffer.from(JSON.stringify({ uid: user.id, utid: this.tokens.tenantId })).toString('base64url');
    }
    return response;
  }

  private async clientCredentials(form: URLSearchParams): Promise<TokenResponse> {
    const scope = form.get('scope');
    if (!scope) throw missingParameter('scope');
    // Graph, or the Bot Framework channel service (the token a bot replies with).
    const resource =
      /^(https:\/\/graph\.microsoft\.com|00000003-0000-0000-c000-000000000000|https:\/\/api\.botframework\.com)\/\.default$/i.exec(
        scope.trim(),
      );
    if (!resource) {
      throw new EntraError(
        'invalid_scope',
        1002012,
        `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
      );
    }
    // The sandbox grants the bot no application permissions: app-only tokens carry no roles.
    const audience = resource[1].toLowerCase() === BOT_FRAMEWORK_RESOURCE ? BOT_FRAMEWORK_RESOURCE : GRAPH_RESOURCE;
    const issued = await this.tokens.issue({ clientId: this.app.clientId, audience, scopes: [], lifetimeSeconds: this.lifetimeSeconds });
    return {
      token_type: 'Bearer',
      scope: scope.trim(),
      expires_in: this.lifetimeSeconds,
      ext_expires_in: this.lifetimeSeconds,
      access_token: issued.token,
    };
  }
}

function assertionFailure(failure: string, assertion: string, appIdUri: string): EntraError {
  switch (failure) {
    case 'expired':
      return new EntraError(
        'invalid_grant',
        500133,
        `Assertion is not within its valid time range. Ensure that the access token is not expired before using it for user assertion, or request a new token. Current time: ${new Date().toISOString()}.`,
      );
    case 'audience':
      return new EntraError(
        'invalid_grant',
        50013,
        `Assertion failed signature validation. [Reason - Assertion audience does not match the Client app presenting the assertion. The audience in the assertion was '${audienceOf(assertion)}' and the expected audience is '${appIdUri}' or one of the Application Ids of this Client app.]`,
      );
    case 'signature':
    case 'issuer':
      return new EntraError('invalid_grant', 50013, 'Assertion failed signature validation. [Reason - The key was not found.]');
    default:
      return new EntraError('invalid_grant', 50027, 'JWT token is invalid or malformed.');
  }
}

function audienceOf(assertion: string): string {
  try {
    return String(decodeJwt(assertion).aud);
  } catch {
    return '';
  }
}
