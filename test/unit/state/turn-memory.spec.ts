import { strict as assert } from 'node:assert';
import type { Storage, StoreItems } from 'botbuilder';
import { ConversationMemory } from '../../../src/state';
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
