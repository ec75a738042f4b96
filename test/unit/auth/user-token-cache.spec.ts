import { strict as assert } from 'node:assert';
import type { TokenCacheContext } from '@azure/msal-node';
import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';
import { UserTokenCache } from '../../../src/auth';
import { Sealer } from '../../../src/state';
import { GuardedStorage } from '../../../src/storage/guarded-storage';
import { MemoryStateStorage } from '../../../src/storage/memory-state-storage';

const USER = { aadObjectId: '00000000-0000-4000-8000-000000000020', tenantId: 'tenant' };

/** A stand-in for MSAL's view of the cache: what it was given, and what it gives back to save. */
function msalCache(changed: string | undefined) {
  const given: string[] = [];
  const context = {
    get cacheHasChanged() {
      return changed !== undefined;
    },
    tokenCache: { deserialize: (json: string) => given.push(json), serialize: () => changed ?? '' },
  } as unknown as TokenCacheContext;
  return { context, given };
}

describe('user token cache: storage reads per token lookup', () => {
  let reads: number;
  let storage: Storage;
  let now: number;
  const sealer = Sealer.ephemeral();

  beforeEach(() => {
    reads = 0;
    now = 1_000_000;
    const memory = new MemoryStateStorage();
    const read = memory.read.bind(memory);
    memory.read = async (keys: string[]): Promise<StoreItems> => {
      reads++;
      return read(keys);
    };
    storage = new GuardedStorage(memory);
  });

  it("one lookup's two cache accesses (the account, then its token) read storage once, and give MSAL what storage holds", async () => {
    const cache = new UserTokenCache(storage, sealer, 90, () => now);
    const plugin = cache.pluginFor(USER);
    const saved = msalCache('{"AccessToken":{"a":1}}');
    await plugin.beforeCacheAccess(saved.context);
    await plugin.afterCacheAccess(saved.context);
    assert.equal(reads, 1);

    now += 60_000; // the next turn
    const lookup = msalCache(undefined);
    await plugin.beforeCacheAccess(lookup.context); // the account
    await plugin.afterCacheAccess(lookup.context);
    await plugin.beforeCacheAccess(lookup.context); // its token
    await plugin.afterCacheAccess(lookup.context);
    assert.equal(reads, 2, 'one read for the lookup');
    assert.deepEqual(lookup.given, ['{"AccessToken":{"a":1}}', '{"AccessToken":{"a":1}}'], 'each access gets what storage holds');
  });

  it('a store that reports no eTag is read again before the next write, which stays conditional (no lost tokens)', async () => {
    const plain = new UserTokenCache(new MemoryStorage(), sealer, 90, () => now).pluginFor(USER);
    const first = msalCache('{"AccessToken":{"own":1}}');
    await plain.beforeCacheAccess(first.context);
    await plain.afterCacheAccess(first.context);
    const wider = msalCache('{"AccessToken":{"wide":1}}');
    await plain.beforeCacheAccess(wider.context);
    await plain.afterCacheAccess(wider.context);
    const next = msalCache(undefined);
    await plain.beforeCacheAccess(next.context);
    assert.deepEqual(next.given, ['{"AccessToken":{"wide":1}}'], 'the second write landed');
  });

  it('a cache another instance changed (or a sign-out emptied) is deserialized on the next turn', async () => {
    const here = new UserTokenCache(storage, sealer, 90, () => now).pluginFor(USER);
    const first = msalCache('{"AccessToken":{"a":1}}');
    await here.beforeCacheAccess(first.context);
    await here.afterCacheAccess(first.context);
    const elsewhere = new UserTokenCache(storage, sealer, 90, () => now).pluginFor(USER);
    const refreshed = msalCache('{"AccessToken":{"a":2}}');
    await elsewhere.beforeCacheAccess(refreshed.context);
    await elsewhere.afterCacheAccess(refreshed.context);

    now += 60_000;
    const next = msalCache(undefined);
    await here.beforeCacheAccess(next.context);
    assert.deepEqual(next.given, ['{"AccessToken":{"a":2}}'], "the other instance's tokens replace what the client held");

    await new UserTokenCache(storage, sealer).clear(USER);
    now += 60_000;
    const afterSignOut = msalCache(undefined);
    await here.beforeCacheAccess(afterSignOut.context);
    assert.deepEqual(afterSignOut.given, ['{}'], 'signed out elsewhere: the client forgets the tokens');
  });
});
