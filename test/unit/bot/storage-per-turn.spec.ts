import { strict as assert } from 'node:assert';
import type { Activity, Storage, StoreItems } from 'botbuilder';
import { Sealer, TicketStore } from '../../../src/state';
import { GuardedStorage } from '../../../src/storage/guarded-storage';
import { MemoryStateStorage } from '../../../src/storage/memory-state-storage';
import { meeting } from '../../support/meeting';
import { FakeCalendar } from '../flows/fake-calendar';
import { BotInProcess, buttonIn } from './bot-in-process';

const USER = { aadObjectId: '00000000-0000-4000-8000-000000000020', tenantId: 'tenant' };

/** The bot's storage, counted at the storage interface: "read conversations", "write tickets", ... */
class CountingStorage implements Storage {
  ops: string[] = [];
  constructor(private readonly inner: Storage) {}
  read(keys: string[]): Promise<StoreItems> {
    for (const key of keys) this.ops.push(`read ${key.split('/')[0]}`);
    return this.inner.read(keys);
  }
  write(changes: StoreItems): Promise<void> {
    for (const key of Object.keys(changes)) this.ops.push(`write ${key.split('/')[0]}`);
    return this.inner.write(changes);
  }
  delete(keys: string[]): Promise<void> {
    for (const key of keys) this.ops.push(`delete ${key.split('/')[0]}`);
    return this.inner.delete(keys);
  }
  /** What the last turn did, counted by operation and record kind. */
  take(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const op of this.ops) counts[op] = (counts[op] ?? 0) + 1;
    this.ops = [];
    return counts;
  }
}

/**
 * Storage operations per turn kind (issue 13): each record a turn touches is read at most once and
 * written at most once, except a ticket's steps that must each be a conditional write of their own
 * (a confirm card's ticket is created, then given the id of the card sent; a confirm claims and
 * completes it, and renews the claim only when the meeting's re-read was slow), which are written
 * on the version the turn wrote last, with no re-read.
 */
describe('storage operations per turn (the bot in process, counted at the storage interface)', () => {
  let storage: CountingStorage;
  let calendar: FakeCalendar;
  let bot: BotInProcess;
  let guarded: GuardedStorage;
  const sealer = Sealer.ephemeral();

  beforeEach(() => {
    storage = new CountingStorage(new MemoryStateStorage());
    guarded = new GuardedStorage(storage);
    const soon = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
    calendar = new FakeCalendar([
      meeting({ id: 'standup', subject: 'Daily standup', start: soon(2), end: soon(2.5) }),
      meeting({ id: 'review', subject: 'Design review', start: soon(5), end: soon(6) }),
    ]);
    bot = new BotInProcess({ user: USER, calendar, storage: guarded, deps: { tickets: new TicketStore(guarded, sealer) } });
  });

  /** One turn; what the bot sent (messages' cards or texts, the invoke's answer, card updates). */
  async function turn(activity: Partial<Activity>): Promise<Array<Partial<Activity>>> {
    const from = bot.out.length;
    await bot.turn(activity);
    return bot.activities(from);
  }

  const button = (out: Array<Partial<Activity>>, verb: string) => buttonIn(out, verb);

  const click = (verb: string, data: Record<string, unknown>, replyToId?: string) =>
    turn({
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId,
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    });

  it('a list reads the conversation once and writes it once; the same list again writes nothing', async () => {
    const shown = await turn({ type: 'message', text: 'show my meetings' });
    assert.ok(JSON.stringify(shown).includes('Daily standup'), 'the list is shown');
    assert.deepEqual(storage.take(), { 'read conversations': 1, 'write conversations': 1 });
    await turn({ type: 'message', text: 'show my meetings' });
    assert.deepEqual(storage.take(), { 'read conversations': 1 }, 'nothing changed: nothing written');
  });

  it('a confirm card, its confirm, and a typed "yes": each record read at most once', async () => {
    const card = await turn({ type: 'message', text: 'cancel my standup' });
    assert.deepEqual(storage.take(), {
      'read conversations': 1,
      'write conversations': 1,
      'write tickets': 2, // created, then given the id of the card sent (no read between)
      'read open-tickets': 1,
      'write open-tickets': 1,
    });
    const data = button(card, 'confirmCancel');
    const confirmed = await click('confirmCancel', { ...data, comment: 'Sorry' }, 'card-1');
    assert.equal(calendar.cancels.length, 1, 'cancelled once');
    assert.ok(JSON.stringify(confirmed).includes('Cancelled'), 'the card shows the outcome');
    assert.deepEqual(storage.take(), {
      'read conversations': 1,
      // Claimed on the version this process wrote (attach): no read (another instance reads it once).
      'write tickets': 2, // claimed, then completed (the claim is fresh at the cancel: no renewal)
    });

    const second = await turn({ type: 'message', text: 'cancel my design review' });
    storage.take();
    assert.ok(JSON.stringify(second).includes('Design review'));
    const yes = await turn({ type: 'message', text: 'yes' });
    assert.equal(calendar.cancels.length, 2, 'the typed yes cancelled the second meeting');
    assert.ok(JSON.stringify(yes).includes('Cancelled'), 'its card shows the outcome');
    assert.deepEqual(storage.take(), {
      'read conversations': 1,
      'read tickets': 1, // looked at for "yes", then claimed on that version; its card id is known
      'write tickets': 2, // claimed, completed
    });
  });

  it('a typed cancel after a confirm card of one meeting reads no ticket (only a card to cancel several is narrowed)', async () => {
    await turn({ type: 'message', text: 'cancel my standup' });
    storage.take();
    const second = await turn({ type: 'message', text: 'cancel my design review' });
    assert.ok(JSON.stringify(second).includes('Design review'), 'its card is shown');
    assert.deepEqual(storage.take(), {
      'read conversations': 1,
      'write conversations': 1,
      'write tickets': 2, // created, given its card's id
      'read open-tickets': 1,
      'write open-tickets': 1,
    });
    // A pick typed with no list on screen is not understood; the answer names the card waiting, so reads its ticket once
    // (and not again to look for a bulk card to narrow).
    const other = await turn({ type: 'message', text: 'the standup' });
    assert.ok(JSON.stringify(other).includes('Design review'), 'the card waiting is named');
    assert.equal(storage.take()['read tickets'], 1, 'one read: to name the card waiting');
  });

  it('a card to cancel several waiting: a typed cancel of one of its meetings reads its ticket once, one card is made', async () => {
    const bulk = await turn({ type: 'message', text: 'cancel the standup and the design review' });
    assert.ok(JSON.stringify(bulk).includes('confirmBulk'), 'a card for both');
    storage.take();
    const narrowed = await turn({ type: 'message', text: 'cancel the design review' });
    assert.ok(JSON.stringify(narrowed).includes('Replaced by the card below'), 'the bulk card ends, replaced');
    assert.deepEqual(storage.take(), {
      'read conversations': 1,
      'write conversations': 1,
      'read tickets': 1, // the bulk card's, then claimed on that version (replaced)
      'write tickets': 4, // the bulk card's claimed and completed; the new card's created and given its id
      'read open-tickets': 1,
      'write open-tickets': 1,
    });
    // That card of one meeting is now the pending one: the next typed cancel reads no ticket.
    await turn({ type: 'message', text: 'cancel my standup' });
    assert.equal(storage.take()['read tickets'], undefined);
  });

  it('a claim on a version someone changed since reads it again and decides on what storage holds', async () => {
    const card = await turn({ type: 'message', text: 'cancel my standup' });
    const data = button(card, 'confirmCancel');
    // Another instance claims the ticket meanwhile: the version this process knows (it attached the card) is stale.
    const claimed = await new TicketStore(guarded, sealer).claim(String(data.ticket), USER.aadObjectId);
    assert.equal(claimed.kind, 'claimed');
    storage.take();
    await click('confirmCancel', { ...data, comment: 'Sorry' }, 'card-1');
    assert.equal(calendar.cancels.length, 0, 'the other instance holds it: nothing sent from here');
    assert.deepEqual(storage.take(), {
      'read conversations': 1,
      'write tickets': 1, // the claim on the stale version, refused
      'read tickets': 1, // then what storage holds: claimed by the other instance
    });
  });
});
