import { strict as assert } from 'node:assert';
import { MemoryStorage } from 'botbuilder';
import { confirmCancel, offerCancel, type FlowDeps, type FlowUser, KnownCalendars } from '../../../src/flows';
import { GRAPH_DEADLINE_MS } from '../../../src/calendar/graph/json-batch';
import { ClaimLostError, ConversationMemory, FRESH_CLAIM_MS, LEASE_MS, MAX_OPEN_TICKETS, Sealer, TicketStore } from '../../../src/state';
import { MemoryStateStorage } from '../../../src/storage/memory-state-storage';
import { FakeCalendar, meeting } from '../flows/fake-calendar';

const owner = { userId: 'alex', conversationId: 'c1' };
const target = { action: 'cancel' as const, meetingId: 'evt-1' };

/** A clock the test moves: leases and expiry run on it. */
function clock(start = Date.parse('2026-12-01T18:00:00Z')) {
  const c = { now: start, tick: (ms: number) => (c.now += ms), read: () => c.now };
  return c;
}

describe('tickets: claims, fences, bounds', () => {
  it('a claim not renewed within the lease is taken over, and the stalled holder can then send nothing', async () => {
    const time = clock();
    const tickets = new TicketStore(new MemoryStorage(), Sealer.ephemeral(), 7, time.read);
    const { id } = await tickets.issue(target, owner);
    const first = await tickets.claim(id, 'alex');
    assert.equal(first.kind, 'claimed');
    assert.equal((await tickets.claim(id, 'alex')).kind, 'busy', 'a second delivery within the lease waits');
    time.tick(LEASE_MS + 500);
    const second = await tickets.claim(id, 'alex');
    assert.equal(second.kind, 'claimed', 'a claim past its lease is taken over');
    await assert.rejects(tickets.fence(id, first.kind === 'claimed' ? first.token : ''), ClaimLostError);
    await tickets.fence(id, second.kind === 'claimed' ? second.token : '');
  });

  it('a turn taken over can neither reopen the ticket nor overwrite the outcome of the turn that holds it', async () => {
    const time = clock();
    const tickets = new TicketStore(new MemoryStorage(), Sealer.ephemeral(), 7, time.read);
    const { id } = await tickets.issue(target, owner);
    const stalled = await tickets.claim(id, 'alex');
    time.tick(LEASE_MS + 500);
    const holder = await tickets.claim(id, 'alex');
    assert.ok(stalled.kind === 'claimed');
    assert.ok(holder.kind === 'claimed');
    await tickets.release(id, stalled.token);
    assert.equal((await tickets.claim(id, 'alex')).kind, 'busy', 'still held by the second turn');
    await tickets.complete(id, { kind: 'throttled-late' }, stalled.token);
    assert.equal((await tickets.get(id))?.status, 'working', 'the stalled outcome is not written');
    await tickets.complete(id, { kind: 'cancelled' }, holder.token);
    assert.deepEqual((await tickets.get(id))?.outcome, { kind: 'cancelled' });
  });

  it('a fence renews the lease: a redelivery just after the first lease would have run out finds the ticket busy', async () => {
    const time = clock();
    const tickets = new TicketStore(new MemoryStorage(), Sealer.ephemeral(), 7, time.read);
    const { id } = await tickets.issue(target, owner);
    const first = await tickets.claim(id, 'alex');
    time.tick(LEASE_MS - 1000);
    await tickets.fence(id, first.kind === 'claimed' ? first.token : '');
    time.tick(2000);
    assert.equal((await tickets.claim(id, 'alex')).kind, 'busy');
  });

  it('a fence just after the claim writes nothing (the lease covers the write); a later one renews it in storage', async () => {
    const time = clock();
    const storage = new MemoryStateStorage();
    let writes = 0;
    const write = storage.write.bind(storage);
    storage.write = async (changes) => {
      writes++;
      return write(changes);
    };
    const tickets = new TicketStore(storage, Sealer.ephemeral(), 7, time.read);
    const { id } = await tickets.issue(target, owner);
    const claim = await tickets.claim(id, 'alex');
    assert.ok(claim.kind === 'claimed');
    writes = 0;
    time.tick(FRESH_CLAIM_MS - 1000);
    await tickets.fence(id, claim.token);
    assert.equal(writes, 0);
    time.tick(2000);
    await tickets.fence(id, claim.token);
    assert.equal(writes, 1, 'renewed');
    time.tick(LEASE_MS - 1000);
    assert.equal((await tickets.claim(id, 'alex')).kind, 'busy', 'the renewed lease holds');
  });

  it("a claim's fresh period, plus a Graph write's deadline, ends well before its lease (5 s for two instances' clocks)", () => {
    assert.ok(FRESH_CLAIM_MS + GRAPH_DEADLINE_MS + 5000 <= LEASE_MS, `${FRESH_CLAIM_MS} + ${GRAPH_DEADLINE_MS} + 5000 > ${LEASE_MS}`);
  });

  it('two deliveries of one click with a Graph read slower than the lease send one cancel', async () => {
    const time = clock(Date.parse('2026-12-01T18:00:00Z'));
    const storage = new MemoryStorage();
    const calendar = new FakeCalendar([meeting({ subject: 'Budget', start: '2026-12-01T20:00:00Z', end: '2026-12-01T21:00:00Z' })]);
    const deps: FlowDeps = {
      calendar,
      signOut: async () => undefined,
      tickets: new TicketStore(storage, Sealer.ephemeral(), 7, time.read),
      memory: new ConversationMemory(storage),
      knownCalendars: new KnownCalendars(),
      settings: { horizonDays: 7, pageSize: 5, commentMaxLength: 50 },
      now: new Date(time.now),
    };
    const user: FlowUser = { id: 'alex', tenantId: 't', conversationId: 'c1', locale: 'en-US', timeZone: 'UTC' };
    const offer = await offerCancel(deps, user, calendar.meetings[0].id);
    assert.equal(offer.kind, 'confirmCancel');
    const ticket = (offer as { ticket: string }).ticket;
    // The first delivery's re-read is throttled past the lease; meanwhile Teams redelivers the click.
    const read = calendar.getMeeting.bind(calendar);
    let redelivered: Promise<unknown> | undefined;
    calendar.getMeeting = async (id) => {
      const found = await read(id);
      if (!redelivered) {
        time.tick(LEASE_MS + 500);
        redelivered = confirmCancel(deps, user, ticket, 'occurrence', 'second');
        await redelivered;
      }
      return found;
    };
    const first = await confirmCancel(deps, user, ticket, 'occurrence', 'first');
    assert.equal(calendar.cancels.length, 1, `one cancel, not ${calendar.cancels.length}`);
    assert.deepEqual(
      first,
      { kind: 'notice', notice: { kind: 'busy' } },
      'the stalled delivery sends nothing and says another one carries on',
    );
  });

  it(`a user keeps at most ${MAX_OPEN_TICKETS} open cards: the oldest stop working first`, async () => {
    const tickets = new TicketStore(new MemoryStorage(), Sealer.ephemeral());
    const ids: string[] = [];
    for (let i = 0; i < MAX_OPEN_TICKETS + 3; i++) ids.push((await tickets.issue(target, owner)).id);
    for (const id of ids.slice(0, 3)) assert.equal(await tickets.get(id), undefined, 'superseded');
    for (const id of ids.slice(3)) assert.ok(await tickets.get(id), 'kept');
    const other = await tickets.issue(target, { userId: 'megan', conversationId: 'c2' });
    assert.ok(await tickets.get(other.id), "another user's cards are not counted against Alex");
  });
});
