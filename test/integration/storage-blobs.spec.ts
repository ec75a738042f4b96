import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startAzurite, type AzuriteProcess } from '../../scripts/dev/azurite';
import { ConfigError, loadConfig } from '../../src/config';
import { tokenCacheKind, UserTokenCache } from '../../src/auth/user-token-cache';
import { ConversationMemory, memoryKind, retentionByNamespace, Sealer } from '../../src/state';
import { CREATE_ONLY, StorageConflictError, StorageUnavailableError, openStorage, type OpenedStorage } from '../../src/storage';

const DAY = 86_400_000;

/** The storage layer itself against a real Azurite: the guarantees the state modules build on. */
describe('blob storage against Azurite: conditional writes, retention, outages', function () {
  this.timeout(60000);
  let azurite: AzuriteProcess;
  let opened: OpenedStorage;
  const retention = { stateDays: 30, tokenCacheDays: 90 };
  const retentionOf = retentionByNamespace(
    [memoryKind(retention.stateDays), tokenCacheKind(retention.tokenCacheDays)],
    retention.stateDays,
  );

  before(async () => {
    azurite = await startAzurite({ location: mkdtempSync(path.join(os.tmpdir(), 'azurite-unit-')), fresh: true });
    opened = await openStorage(
      { mode: 'playground', storage: { kind: 'blob', connectionString: azurite.connectionString, container: `c${Date.now()}` } },
      retentionOf,
    );
  });
  after(async () => {
    opened?.close();
    await azurite?.stop();
    if (azurite) rmSync(azurite.location, { recursive: true, force: true });
  });

  it('a write with a stale eTag is refused (BlobsStorage sends If-Match)', async () => {
    const { storage } = opened;
    await storage.write({ 'conversations/a/1': { n: 1, eTag: CREATE_ONLY } });
    const first = (await storage.read(['conversations/a/1']))['conversations/a/1'];
    await storage.write({ 'conversations/a/1': { n: 2, eTag: first.eTag } });
    await assert.rejects(storage.write({ 'conversations/a/1': { n: 3, eTag: first.eTag } }), StorageConflictError);
    assert.equal((await storage.read(['conversations/a/1']))['conversations/a/1'].n, 2);
  });

  it('of two concurrent first writes exactly one lands (create-only = If-None-Match: *)', async () => {
    for (let i = 0; i < 10; i++) {
      const key = `tickets/race-${i}`;
      const results = await Promise.allSettled([1, 2].map((n) => opened.storage.write({ [key]: { n, eTag: CREATE_ONLY } })));
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1, `race ${i}`);
      const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      assert.ok(rejected.reason instanceof StorageConflictError);
    }
  });

  it('concurrent remembers of one conversation both land (re-read and merge, never overwrite)', async () => {
    const memory = new ConversationMemory(opened.storage, 30);
    await Promise.all([
      memory.remember('conv-1', 'user-1', { choices: ['m1', 'm2'] }),
      memory.remember('conv-1', 'user-1', { pendingTicketId: 't1' }),
      memory.remember('conv-1', 'user-1', { mailboxTimeZone: 'Europe/Berlin' }),
    ]);
    assert.deepEqual(await memory.load('conv-1', 'user-1'), {
      choices: ['m1', 'm2'],
      pendingTicketId: 't1',
      mailboxTimeZone: 'Europe/Berlin',
    });
  });

  it('token caches: two instances refreshing one user at once keep one valid cache, sealed; a changed key opens nothing', async () => {
    const sealer = new Sealer(Buffer.alloc(32, 1));
    const cache = new UserTokenCache(opened.storage, sealer, 90);
    const user = { aadObjectId: 'u-1', tenantId: 't-1' };
    const context = (serialized: string, loaded: string[]) =>
      ({
        cacheHasChanged: true,
        tokenCache: { serialize: () => serialized, deserialize: (text: string) => loaded.push(text) },
      }) as any;
    const [a, b] = [cache.pluginFor(user), cache.pluginFor(user)];
    await a.beforeCacheAccess(context('', []));
    await b.beforeCacheAccess(context('', []));
    await a.afterCacheAccess(context('{"from":"A"}', []));
    await b.afterCacheAccess(context('{"from":"B"}', []));
    const loaded: string[] = [];
    await cache.pluginFor(user).beforeCacheAccess(context('', loaded));
    assert.deepEqual(loaded, ['{"from":"A"}'], 'the first write is kept, the conflicting one dropped without failing the turn');
    const raw = (await opened.storage.read(['tokens/t-1/u-1']))['tokens/t-1/u-1'];
    assert.ok(!JSON.stringify(raw).includes('from'), 'sealed at rest');

    const rotated = new UserTokenCache(opened.storage, new Sealer(Buffer.alloc(32, 2)), 90);
    const none: string[] = [];
    await rotated.pluginFor(user).beforeCacheAccess(context('', none));
    // '{}' is MSAL's empty cache: it replaces what a reused client still holds in memory.
    assert.deepEqual(none, ['{}'], 'a cache sealed with the old key loads as empty instead of failing every turn');
  });

  it('expired conversation state is ignored on read', async () => {
    await opened.storage.write({
      'conversations/conv-old/user-1': { data: { pendingTicketId: 'old' }, expiresAt: new Date(Date.now() - 1000).toISOString() },
    });
    assert.deepEqual(await new ConversationMemory(opened.storage, 30).load('conv-old', 'user-1'), {});
  });

  it('the sweep removes items past their retention (state 30 days, token caches 90) and keeps the rest', async () => {
    await opened.storage.write({ 'conversations/sweep/u': { x: 1 }, 'tokens/t/u': { sealed: 'v1.x' } });
    const keys = ['conversations/sweep/u', 'tokens/t/u'];
    assert.equal(await opened.sweep(new Date(Date.now() + 29 * DAY)), 0, 'nothing is 29 days old');
    assert.deepEqual(Object.keys(await opened.storage.read(keys)).sort(), keys.sort());
    assert.ok((await opened.sweep(new Date(Date.now() + 31 * DAY))) >= 1);
    assert.deepEqual(Object.keys(await opened.storage.read(keys)), ['tokens/t/u'], 'state gone after 30 days, token cache kept');
    await opened.sweep(new Date(Date.now() + 91 * DAY));
    assert.deepEqual(await opened.storage.read(keys), {}, 'token cache gone after 90 days');
  });

  it('Azurite down: reads and writes fail as StorageUnavailableError, and work again once it is back', async () => {
    await opened.storage.write({ 'conversations/kept/1': { n: 2 } });
    await azurite.stop();
    try {
      await assert.rejects(opened.storage.read(['conversations/a/1']), StorageUnavailableError);
      await assert.rejects(opened.storage.write({ 'conversations/b/1': { n: 1 } }), StorageUnavailableError);
    } finally {
      await azurite.start();
    }
    assert.equal((await opened.storage.read(['conversations/kept/1']))['conversations/kept/1'].n, 2, 'data survived the restart');
  });

  it('an unreachable store stops the start with a message naming the setting', async () => {
    const dead = azurite.connectionString.replace(`:${azurite.port}/`, ':1/');
    await assert.rejects(
      openStorage({ mode: 'playground', storage: { kind: 'blob', connectionString: dead, container: 'never' } }, retentionOf),
      /Blob storage is unreachable .*SECRET_BLOB_CONNECTION_STRING/,
    );
  });

  it('configuration: blob storage needs the token cache key; retention is configurable and bounded', () => {
    const base = {
      AAD_APP_CLIENT_ID: 'c',
      SECRET_AAD_APP_CLIENT_SECRET: 's',
      AAD_APP_TENANT_ID: 't',
      SANDBOX_ADMIN: 'https://localhost:1/admin',
      STORAGE: 'blob',
      SECRET_BLOB_CONNECTION_STRING: azurite.connectionString,
    };
    assert.throws(
      () => loadConfig(base),
      (e: Error) => e instanceof ConfigError && /SECRET_TOKEN_CACHE_KEY is required when STORAGE=blob/.test(e.message),
    );
    const key = Buffer.alloc(32, 7).toString('base64');
    const config = loadConfig({ ...base, SECRET_TOKEN_CACHE_KEY: key, STATE_RETENTION_DAYS: '3', TOKEN_CACHE_RETENTION_DAYS: '14' });
    assert.deepEqual(config.retention, { stateDays: 3, tokenCacheDays: 14 });
    assert.deepEqual(loadConfig({ ...base, SECRET_TOKEN_CACHE_KEY: key }).retention, { stateDays: 30, tokenCacheDays: 90 });
    assert.throws(() => loadConfig({ ...base, SECRET_TOKEN_CACHE_KEY: key, STATE_RETENTION_DAYS: '0' }), /STATE_RETENTION_DAYS is invalid/);
  });
});
