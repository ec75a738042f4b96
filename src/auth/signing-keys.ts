import { createPublicKey, type JsonWebKey } from 'node:crypto';
import { JwtTokenExtractor } from 'botframework-connector/lib/auth/jwtTokenExtractor';

/** What botbuilder's token check reads of a signing key: PEM and the channels it is endorsed for. */
export interface SigningKey {
  key: string;
  endorsements?: string[];
}

type Fetch = (url: string, init: { signal: AbortSignal }) => Promise<Response>;

/** A metadata or key endpoint that does not answer in this time fails the check (botbuilder waits forever). */
const FETCH_TIMEOUT_MS = 10_000;
/** After a failed fetch, checks fail at once for this long instead of each fetching again. */
const RETRY_AFTER_FAILURE_MS = 5_000;
const HOUR_MS = 3_600_000;

/**
 * The signing keys of one OpenID metadata URL, as botbuilder's OpenIdMetadata keeps them (all keys
 * re-read every `refreshHours`, and an unknown key id re-reads them at most once an hour), with at
 * most one read in flight: botbuilder's started one per request, so N simultaneous first requests, or
 * N tokens with a key id nobody published, made N reads, and a stranger's tokens cost us requests
 * before any check. A read that fails is not repeated for RETRY_AFTER_FAILURE_MS.
 */
export class SigningKeys {
  private keys = new Map<string, SigningKey | undefined>();
  private readAt = 0;
  private failedAt = 0;
  private reading?: Promise<void>;

  constructor(
    private readonly metadataUrl: string,
    private readonly refreshHours = 24,
    private readonly fetchJson: Fetch = (url, init) => fetch(url, init),
  ) {}

  /** The key with this id, or null (botbuilder then refuses the token). Throws if the keys cannot be read. */
  async getKey(keyId: string): Promise<SigningKey | null> {
    const age = Date.now() - this.readAt;
    if (age > this.refreshHours * HOUR_MS || (!this.keys.has(keyId) && age > HOUR_MS)) {
      try {
        await this.read();
      } catch (error) {
        // Keys read before stay good while the endpoint is down (they are rolled over days apart).
        if (!this.keys.has(keyId)) throw error;
      }
    }
    return this.keys.get(keyId) ?? null;
  }

  private read(): Promise<void> {
    if (Date.now() - this.failedAt < RETRY_AFTER_FAILURE_MS) {
      return Promise.reject(new Error('The channel signing keys could not be read; not trying again yet'));
    }
    return (this.reading ??= this.fetchKeys()
      .catch((error) => {
        this.failedAt = Date.now();
        throw error;
      })
      .finally(() => (this.reading = undefined)));
  }

  private async fetchKeys(): Promise<void> {
    const metadata = (await this.get(this.metadataUrl)) as { jwks_uri?: unknown };
    if (typeof metadata?.jwks_uri !== 'string') throw new Error('OpenID metadata without jwks_uri');
    const { keys } = (await this.get(metadata.jwks_uri)) as { keys?: unknown };
    if (!Array.isArray(keys)) throw new Error('JWKS without keys');
    const read = new Map<string, SigningKey | undefined>();
    for (const jwk of keys as Array<JsonWebKey & { kid?: unknown; endorsements?: unknown }>) {
      if (typeof jwk?.kid !== 'string') continue;
      read.set(jwk.kid, toSigningKey(jwk));
    }
    this.keys = read;
    this.readAt = Date.now();
  }

  private async get(url: string): Promise<unknown> {
    const response = await this.fetchJson(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`${new URL(url).pathname} answered ${response.status}`);
    return response.json();
  }
}

/** An RSA key as PEM (what botbuilder verifies with); a key it cannot use (no modulus, another type) is none. */
function toSigningKey(jwk: JsonWebKey & { endorsements?: unknown }): SigningKey | undefined {
  if (jwk.kty !== 'RSA' || !jwk.n || !jwk.e) return undefined;
  try {
    const key = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
    const endorsements = Array.isArray(jwk.endorsements) ? jwk.endorsements.filter((e): e is string => typeof e === 'string') : undefined;
    return { key: String(key), endorsements };
  } catch {
    return undefined;
  }
}

type Extractor = { getOrAddOpenIdMetadata: (url: string, proxySettings: unknown, refreshHours?: number) => unknown };

let shared: Map<string, SigningKeys> | undefined;

/**
 * Makes botbuilder's inbound token check read signing keys through SigningKeys, one per metadata URL
 * for the process (botbuilder looks them up per request, through JwtTokenExtractor's static cache).
 * A proxy (which this bot never configures) keeps botbuilder's own reader.
 */
export function shareSigningKeys(): void {
  if (shared) return;
  const byUrl = (shared = new Map());
  const extractor = JwtTokenExtractor as unknown as Extractor;
  const original = extractor.getOrAddOpenIdMetadata.bind(JwtTokenExtractor);
  extractor.getOrAddOpenIdMetadata = (url, proxySettings, refreshHours) => {
    if (proxySettings) return original(url, proxySettings, refreshHours);
    let keys = byUrl.get(url);
    if (!keys) byUrl.set(url, (keys = new SigningKeys(url, refreshHours)));
    return keys;
  };
}
