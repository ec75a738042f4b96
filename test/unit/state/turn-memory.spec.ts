import { strict as assert } from 'node:assert';
import type { Storage, StoreItems } from 'botbuilder';
import { ConversationMemory, Sealer } from '../../../src/state';
import { MemoryStateStorage } from '../../../src/storage/memory-state-storage';

/** A store whose reads wait until the test lets them through (from then on they pass). */
class HeldReads implements Storage {
  private readonly held: Array<() => void> = [];
  private holding = true;
  constructor(private readonly inner: Storage) {}
  async read(keys: string[]): Promise<StoreItems> {
    if (this.holding) await new Promise<void>((resolve) => this.held.push(resolve));
    return this.inner.read(keys);
  }
  write(changes: StoreItems): Promise<void> {
    return this.inner.write(changes);
  }
  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
  release(): void {
    this.holding = false;
    for (const resolve of this.held.splice(0)) resolve();
  }
}

/**
 * A turn's memory is saved when a click is answered late, while the click's work goes on: what the
 * work remembers after that moment (a card to answer "yes" to, a cancel to re-check) must still land.
 */
describe("a turn's memory saved while its work goes on", () => {
  it('a change whose read was in flight when the turn saved is written, not dropped', async () => {
    const storage = new HeldReads(new MemoryStateStorage());
    const turn = new ConversationMemory(storage).forTurn();
    const remembering = turn.remember('conv', 'user', { pendingTicketId: 't1' });
    await new Promise((resolve) => setImmediate(resolve));
    await turn.save();
    storage.release();
    await remembering;
    assert.deepEqual(await new ConversationMemory(storage).load('conv', 'user'), { pendingTicketId: 't1' });
  });
});

describe("the message a choice card's request carried (choiceAsked.comment)", () => {
  const read = async (storage: MemoryStateStorage) => JSON.stringify(await storage.read(['conversations/conv/user']));

  it('is sealed at rest and read back as typed, by a turn and by the store, with the same key only', async () => {
    const storage = new MemoryStateStorage();
    const sealer = Sealer.ephemeral();
    const turn = new ConversationMemory(storage, 30, sealer).forTurn();
    await turn.remember('conv', 'user', { choiceAsked: { series: true, comment: 'sorry all, numbers late' } });
    assert.deepEqual((await turn.load('conv', 'user')).choiceAsked, { series: true, comment: 'sorry all, numbers late' });
    await turn.save();
    assert.ok(!(await read(storage)).includes('numbers late'), 'not in clear at rest');
    const memory = new ConversationMemory(storage, 30, sealer);
    assert.deepEqual((await memory.load('conv', 'user')).choiceAsked, { series: true, comment: 'sorry all, numbers late' });
    await memory.remember('conv', 'user', { choiceAsked: { comment: 'second' } });
    assert.ok(!(await read(storage)).includes('second'));
    assert.deepEqual((await memory.forTurn().load('conv', 'user')).choiceAsked, { comment: 'second' });
    // Another key (or a record moved to another conversation) opens nothing: the message is forgotten, never shown garbled.
    assert.deepEqual((await new ConversationMemory(storage, 30, Sealer.ephemeral()).load('conv', 'user')).choiceAsked, {});
  });
});
