import { SignJWT } from 'jose';
import { generateSigningKeys, type SigningKeys } from './signing-keys';

/**
 * The sandbox playing the Bot Framework channel's token issuer (what login.botframework.com is for
 * Teams): its own OpenID metadata and endorsed JWKS, and tokens shaped like the ones Teams sends a
 * bot. Bot Framework's ChannelValidation then checks them exactly as in production, only pointed
 * at this issuer through its metadata and issuer settings.
 */
export interface ChannelTokenRequest {
  /** The bot's app id: the token's audience. */
  audience: string;
  /** Must equal the activity's serviceUrl (Bot Framework checks the `serviceurl` claim). */
  serviceUrl: string;
  /** Negative for an expired token (Bot Framework allows 5 minutes of clock skew). */
  expiresInSeconds?: number;
  /** Another issuer than the channel's: a forged token. */
  issuer?: string;
  /** Signed with a key the metadata does not publish, under the published key id. */
  badSignature?: boolean;
}

/** The channels the published key is endorsed for, as Bot Framework's key document lists them. */
const ENDORSEMENTS = ['msteams'];

export class ChannelIssuer {
  readonly issuer: string;
  readonly openIdMetadataUrl: string;

  private constructor(
    base: string,
    private readonly keys: SigningKeys,
    private readonly forgeryKeys: SigningKeys,
  ) {
    this.issuer = base;
    this.openIdMetadataUrl = `${base}/v1/.well-known/openidconfiguration`;
  }

  /** `base` is where it is served: <authority>/botframework. */
  static async create(base: string): Promise<ChannelIssuer> {
    return new ChannelIssuer(base, await generateSigningKeys(), await generateSigningKeys());
  }

  openIdConfiguration(): Record<string, unknown> {
    return {
      issuer: this.issuer,
      authorization_endpoint: `${this.issuer}/v1/authorize`,
      jwks_uri: `${this.issuer}/v1/keys`,
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
    };
  }

  jwks(): { keys: unknown[] } {
    return { keys: [{ ...this.keys.jwk, endorsements: ENDORSEMENTS }] };
  }

  async issue(request: ChannelTokenRequest): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const lifetime = request.expiresInSeconds ?? 3600;
    const signing = request.badSignature ? this.forgeryKeys.privateKey : this.keys.privateKey;
    return new SignJWT({ serviceurl: request.serviceUrl })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: this.keys.kid })
      .setIssuer(request.issuer ?? this.issuer)
      .setAudience(request.audience)
      .setIssuedAt(Math.min(now, now + lifetime - 60))
      .setNotBefore(Math.min(now, now + lifetime - 60))
      .setExpirationTime(now + lifetime)
      .sign(signing);
  }
}
