import { compactVerify, decodeProtectedHeader, SignJWT, type JWTPayload } from 'jose';
import { randomUUID } from 'node:crypto';
import type { DirectoryUser } from '../http/contract';
import type { SigningKeys } from './signing-keys';

/** Claims the sandbox puts in the tokens it issues (Entra-shaped, v2.0). */
export interface IssuedClaims extends JWTPayload {
  tid: string;
  oid?: string;
  upn?: string;
  preferred_username?: string;
  name?: string;
  scp?: string;
  roles?: string[];
  azp?: string;
  appid?: string;
  idtyp?: 'user' | 'app';
}

export type TokenFailure = 'empty' | 'malformed' | 'signature' | 'issuer' | 'audience' | 'expired';

export type TokenCheck = { ok: true; claims: IssuedClaims } | { ok: false; failure: TokenFailure };

export interface TokenSubject {
  user?: DirectoryUser;
  /** The application the token was issued to (azp). */
  clientId: string;
  audience: string;
  /** Delegated scopes (space-separated in `scp`) or, for app-only tokens, roles. */
  scopes: string[];
  lifetimeSeconds: number;
}

/** Mints and checks the identity's tokens; one issuer, one key. */
export class TokenService {
  constructor(
    private readonly keys: SigningKeys,
    readonly issuer: string,
    readonly tenantId: string,
  ) {}

  async issue(subject: TokenSubject): Promise<{ token: string; expiresOn: number }> {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + subject.lifetimeSeconds;
    const claims: IssuedClaims = {
      tid: this.tenantId,
      azp: subject.clientId,
      appid: subject.clientId,
      ver: '2.0',
      uti: randomUUID(),
    };
    if (subject.user) {
      Object.assign(claims, {
        oid: subject.user.id,
        upn: subject.user.userPrincipalName,
        preferred_username: subject.user.userPrincipalName,
        name: subject.user.displayName,
        scp: subject.scopes.join(' '),
        idtyp: 'user',
      });
    } else {
      Object.assign(claims, { oid: subject.clientId, roles: subject.scopes, idtyp: 'app' });
    }
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: this.keys.kid })
      .setIssuer(this.issuer)
      .setSubject(subject.user?.id ?? subject.clientId)
      .setAudience(subject.audience)
      .setIssuedAt(now)
      .setNotBefore(now)
      .setExpirationTime(exp)
      .sign(this.keys.privateKey);
    return { token, expiresOn: exp };
  }

  /**
   * Tokens whose signature held, with their claims: a client sends one token for its lifetime (a
   * $batch once per step), and an RSA verification per request was a cost every Graph call paid.
   * Same key, same token, same answer; issuer, audience and lifetime are still checked each time.
   */
  private readonly verified = new Map<string, IssuedClaims>();

  /** Checks signature, issuer, audience and lifetime, in that order, naming the first failure. */
  async check(token: string | undefined, audiences: readonly string[]): Promise<TokenCheck> {
    if (!token) return { ok: false, failure: 'empty' };
    let claims = this.verified.get(token);
    if (!claims) {
      const signed = await this.verify(token);
      if (!signed.ok) return signed;
      claims = signed.claims;
      if (this.verified.size >= MAX_VERIFIED) this.verified.clear();
      this.verified.set(token, claims);
    }
    if (claims.iss !== this.issuer) return { ok: false, failure: 'issuer' };
    const audience = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!audience.some((aud) => aud !== undefined && audiences.includes(aud))) return { ok: false, failure: 'audience' };
    const now = Math.floor(Date.now() / 1000);
    if (typeof claims.exp !== 'number' || claims.exp <= now || (claims.nbf ?? 0) > now) {
      return { ok: false, failure: 'expired' };
    }
    return { ok: true, claims };
  }

  private async verify(token: string): Promise<TokenCheck> {
    try {
      decodeProtectedHeader(token);
    } catch {
      return { ok: false, failure: 'malformed' };
    }
    try {
      const { payload } = await compactVerify(token, this.keys.publicKey, { algorithms: ['RS256'] });
      return { ok: true, claims: JSON.parse(new TextDecoder().decode(payload)) as IssuedClaims };
    } catch (error) {
      const code = (error as { code?: string }).code;
      return { ok: false, failure: code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' ? 'signature' : 'malformed' };
    }
  }
}

/** Tokens remembered as verified; past this the memory starts again (a load test's users fit many times over). */
const MAX_VERIFIED = 1000;
