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

describe('user token cache: storage read on first use, then memory until reloaded', () => {
  let reads: number;
  let storage: Storage;
  const sealer = Sealer.ephemeral();

  beforeEach(() => {
    reads = 0;
    const memory = new MemoryStateStorage();
    const read = memory.read.bind(memory);
    memory.read = async (keys: string[]): Promise<StoreItems> => {
      reads++;
      return read(keys);
    };
    storage = new GuardedStorage(memory);
  });

  it("the first access gives MSAL what storage holds; later turns' accesses read nothing (the client's memory has it)", async () => {
    const elsewhere = new UserTokenCache(storage, sealer).pluginFor(USER);
    const saved = msalCache('{"AccessToken":{"a":1}}');
    await elsewhere.beforeCacheAccess(saved.context);
    await elsewhere.afterCacheAccess(saved.context);
    reads = 0;

    const plugin = new UserTokenCache(storage, sealer, 90).pluginFor(USER);
    const lookup = msalCache(undefined);
    for (let turn = 0; turn < 3; turn++) {
      await plugin.beforeCacheAccess(lookup.context); // the account
      await plugin.afterCacheAccess(lookup.context);
      await plugin.beforeCacheAccess(lookup.context); // its token
      await plugin.afterCacheAccess(lookup.context);
    }
    assert.equal(reads, 1, 'read once, on first use');
    assert.equal(plugin.reads, 1);
    assert.deepEqual(lookup.given, ['{"AccessToken":{"a":1}}'], 'MSAL got what storage holds, once');
  });

  it('a store that reports no eTag is read again before the next write, which stays conditional (no lost tokens)', async () => {
    const plain = new UserTokenCache(new MemoryStorage(), sealer, 90).pluginFor(USER);
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

  it("a client's memory is what it read; a new client gets what another instance wrote since, or emptied", async () => {
    const here = new UserTokenCache(storage, sealer, 90).pluginFor(USER);
    const first = msalCache('{"AccessToken":{"a":1}}');
    await here.beforeCacheAccess(first.context);
    await here.afterCacheAccess(first.context);
    const elsewhere = new UserTokenCache(storage, sealer, 90).pluginFor(USER);
    const refreshed = msalCache('{"AccessToken":{"a":2}}');
    await elsewhere.beforeCacheAccess(refreshed.context);
    await elsewhere.afterCacheAccess(refreshed.context);

    const unasked = msalCache(undefined);
    await here.beforeCacheAccess(unasked.context);
    assert.deepEqual(unasked.given, [], 'memory serves');
    const next = msalCache(undefined);
    await new UserTokenCache(storage, sealer, 90).pluginFor(USER).beforeCacheAccess(next.context);
    assert.deepEqual(next.given, ['{"AccessToken":{"a":2}}'], "a new client gets the other instance's tokens");

    await new UserTokenCache(storage, sealer).clear(USER);
    const afterSignOut = msalCache(undefined);
    await new UserTokenCache(storage, sealer, 90).pluginFor(USER).beforeCacheAccess(afterSignOut.context);
    assert.deepEqual(afterSignOut.given, ['{}'], 'signed out: nothing to load');
  });

  it('a write that lost to another instance reads storage on the next access (its tokens are kept)', async () => {
    const [a, b] = [new UserTokenCache(storage, sealer).pluginFor(USER), new UserTokenCache(storage, sealer).pluginFor(USER)];
    const start = msalCache(undefined);
    await a.beforeCacheAccess(start.context);
    await b.beforeCacheAccess(start.context);
    await a.afterCacheAccess(msalCache('{"from":"A"}').context);
    await b.afterCacheAccess(msalCache('{"from":"B"}').context);
    const next = msalCache(undefined);
    await b.beforeCacheAccess(next.context);
    assert.deepEqual(next.given, ['{"from":"A"}']);
  });
});
