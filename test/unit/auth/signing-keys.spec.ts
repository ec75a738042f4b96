import { strict as assert } from 'node:assert';
import { generateKeyPairSync } from 'node:crypto';
import { SigningKeys } from '../../../src/auth/signing-keys';

const METADATA = 'https://login.example/v1/.well-known/openidconfiguration';
const JWKS = 'https://login.example/v1/keys';

/** An OpenID metadata + JWKS endpoint that counts its requests and answers after `delayMs`. */
function endpoint(kids: string[]) {
  const jwks = kids.map((kid) => ({
    ...generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' }),
    kid,
    endorsements: ['msteams'],
  }));
  const state = { requests: [] as string[], delayMs: 50, failing: false };
  const fetchJson = async (url: string) => {
    state.requests.push(url);
    await new Promise((resolve) => setTimeout(resolve, state.delayMs));
    if (state.failing) return new Response('down', { status: 503 });
    return Response.json(url === METADATA ? { jwks_uri: JWKS } : { keys: jwks });
  };
  return { state, fetchJson };
}

describe('channel signing keys (one read in flight, cached as botbuilder caches them)', () => {
  it('20 simultaneous first checks read the metadata and the keys once', async () => {
    const { state, fetchJson } = endpoint(['k1']);
    const keys = new SigningKeys(METADATA, 24, fetchJson);
    const found = await Promise.all(Array.from({ length: 20 }, () => keys.getKey('k1')));
    assert.ok(found.every((k) => k?.key.startsWith('-----BEGIN PUBLIC KEY-----')));
    assert.deepEqual(found[0]?.endorsements, ['msteams']);
    assert.deepEqual(state.requests, [METADATA, JWKS]);
    await keys.getKey('k1');
    assert.equal(state.requests.length, 2, 'then served from memory');
  });

  it('unknown key ids (forged tokens) read nothing within the hour; after it, one read for many', async () => {
    const { state, fetchJson } = endpoint(['k1']);
    const keys = new SigningKeys(METADATA, 24, fetchJson);
    await keys.getKey('k1');
    assert.deepEqual(await Promise.all(Array.from({ length: 10 }, (_, i) => keys.getKey(`forged-${i}`))), Array(10).fill(null));
    assert.equal(state.requests.length, 2);
    (keys as unknown as { readAt: number }).readAt -= 61 * 60_000;
    await Promise.all(Array.from({ length: 10 }, (_, i) => keys.getKey(`rolled-${i}`)));
    assert.equal(state.requests.length, 4, 'one more read of metadata and keys');
  });

  it('an endpoint that fails: one read for simultaneous checks, none again for a while; keys read before stay good', async () => {
    const { state, fetchJson } = endpoint(['k1']);
    const keys = new SigningKeys(METADATA, 24, fetchJson);
    state.failing = true;
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => keys.getKey('k1')));
    assert.ok(results.every((r) => r.status === 'rejected'));
    assert.equal(state.requests.length, 1, 'one metadata read, failed');
    await assert.rejects(keys.getKey('k1'));
    assert.equal(state.requests.length, 1, 'not read again at once');

    (keys as unknown as { failedAt: number }).failedAt = 0;
    state.failing = false;
    assert.ok(await keys.getKey('k1'));
    state.failing = true;
    (keys as unknown as { readAt: number }).readAt -= 25 * 3_600_000;
    assert.ok(await keys.getKey('k1'), 'a known key while the endpoint is down');
  });
});
