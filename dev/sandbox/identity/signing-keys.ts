import { exportJWK, generateKeyPair, type JWK, type KeyLike } from 'jose';
import { randomUUID } from 'node:crypto';

/** The identity's RS256 key pair, made fresh at every start (tokens do not outlive a sandbox). */
export interface SigningKeys {
  kid: string;
  privateKey: KeyLike;
  publicKey: KeyLike;
  /** The public key as Entra publishes it in its JWKS. */
  jwk: JWK & { kid: string; use: 'sig'; kty: string };
}

export async function generateSigningKeys(): Promise<SigningKeys> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = randomUUID().replace(/-/g, '');
  const exported = await exportJWK(publicKey);
  return { kid, privateKey, publicKey, jwk: { ...exported, kty: exported.kty ?? 'RSA', kid, use: 'sig', alg: 'RS256' } };
}
