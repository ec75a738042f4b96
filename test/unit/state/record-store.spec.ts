import { strict as assert } from 'node:assert';
import { MemoryStorage } from 'botbuilder';
import { z } from 'zod/v4';
import { RecordStore, retentionByNamespace, Sealer } from '../../../src/state';
import { MemoryStateStorage } from '../../../src/storage/memory-state-storage';
import { StorageConflictError } from '../../../src/storage';
import { GuardedStorage } from '../../../src/storage/guarded-storage';

const DAY = 86_400_000;
const kind = { namespace: 'notes', retentionDays: 2, schema: z.object({ n: z.number() }) };

describe('record store', () => {
  it('keys by namespace and encoded id parts, and reads back what it wrote', async () => {
    const storage = new MemoryStorage();
    const notes = new RecordStore(storage, kind);
    await notes.create(['a/b', 'c'], { n: 1 });
    assert.deepEqual(Object.keys(await storage.read(['notes/a%2Fb/c'])), ['notes/a%2Fb/c']);
    assert.deepEqual((await notes.read('a/b', 'c'))?.value, { n: 1 });
  });

  it('a record past its retention reads as missing', async () => {
    let now = 0;
    const notes = new RecordStore(new MemoryStorage(), kind, undefined, () => now);
    await notes.create(['x'], { n: 1 });
    now += 2 * DAY - 1;
    assert.ok(await notes.read('x'));
    now += 2;
    assert.equal(await notes.read('x'), undefined);
  });

  it('a record not of the schema reads as missing instead of reaching the code that trusts it', async () => {
    const storage = new MemoryStorage();
    await storage.write({ 'notes/x': { data: { n: 'not a number' }, expiresAt: new Date(Date.now() + DAY).toISOString() } });
    assert.equal(await new RecordStore(storage, kind).read('x'), undefined);
  });

  it('sealed records hold no clear text and open only with the same key', async () => {
    const storage = new MemoryStorage();
    const sealed = { ...kind, sealed: true };
    await new RecordStore(storage, sealed, new Sealer(Buffer.alloc(32, 1))).create(['x'], { n: 4242 });
    assert.ok(!JSON.stringify(await storage.read(['notes/x'])).includes('4242'));
    assert.deepEqual((await new RecordStore(storage, sealed, new Sealer(Buffer.alloc(32, 1))).read('x'))?.value, { n: 4242 });
    assert.equal(await new RecordStore(storage, sealed, new Sealer(Buffer.alloc(32, 2))).read('x'), undefined, 'rotated key: no record');
  });

  it('create is create-only; replace is conditional on the version read; update re-applies on conflict', async () => {
    const storage = new GuardedStorage(new MemoryStorage());
    const notes = new RecordStore(storage, kind);
    await notes.create(['x'], { n: 1 });
    await assert.rejects(notes.create(['x'], { n: 2 }), StorageConflictError);
    const read = await notes.read('x');
    await notes.replace(['x'], { n: 2 }, read);
    await assert.rejects(notes.replace(['x'], { n: 3 }, read), StorageConflictError, 'stale version');
    let calls = 0;
    const result = await notes.update(['x'], (current) => {
      calls++;
      if (calls === 1)
        void storage.write({ 'notes/x': { data: { n: 10 }, expiresAt: new Date(Date.now() + DAY).toISOString(), eTag: '*' } });
      return { n: (current?.n ?? 0) + 1 };
    });
    assert.equal(calls, 2, 'the change ran again on the newer record');
    assert.deepEqual(result, { n: 11 });
    assert.deepEqual((await notes.read('x'))?.value, { n: 11 }, 'the concurrent write was merged, not overwritten');
  });

  it('an update that changes nothing writes nothing', async () => {
    const storage = new MemoryStorage();
    const notes = new RecordStore(storage, kind);
    await notes.create(['x'], { n: 1 });
    let writes = 0;
    const write = storage.write.bind(storage);
    storage.write = async (changes) => {
      writes++;
      return write(changes);
    };
    await notes.update(['x'], () => undefined);
    assert.equal(writes, 0);
  });

  it('retention by namespace decides the sweep; memory storage sweeps expired records', async () => {
    const retention = retentionByNamespace([kind, { ...kind, namespace: 'tokens', retentionDays: 90 }], 30);
    assert.equal(retention('notes/x'), 2);
    assert.equal(retention('tokens/t/u'), 90);
    assert.equal(retention('other/x'), 30);
    const memory = new MemoryStateStorage();
    const notes = new RecordStore(memory, kind);
    await notes.create(['old'], { n: 1 });
    assert.equal(memory.sweep(new Date(Date.now() + DAY)), 0);
    assert.equal(memory.sweep(new Date(Date.now() + 3 * DAY)), 1);
    assert.deepEqual(await memory.read(['notes/old']), {});
  });
});
