import { randomBytes } from 'node:crypto';
import type { Storage } from 'botbuilder';
import { z } from 'zod/v4';
import { RecentMap } from '../recent-map';
import { StorageUnavailableError, isConflict } from '../storage';
import { RecordStore, type RecordKind, type Versioned } from './record-store';
import type { Sealer } from './sealer';
import { UnsavedOutcomes } from './unsaved-outcomes';

/**
 * A ticket is what a card's buttons point at: the server-side truth of what the card may do, for
 * whom, and how it ended. A card carries only the ticket id; the meetings, the user and the
 * outcome live here. A ticket is claimed atomically (eTag), so one click does the work exactly
 * once across double clicks, retried invokes, replays and several bot instances.
 */
const targetSchema = z.discriminatedUnion('action', [
  /**
   * One meeting; `seriesMasterId` when it is an occurrence, so "the whole series" can be cancelled; `series` when the
   * request named the whole series: the card offers it first and a typed "yes" cancels it.
   */
  z.object({
    action: z.literal('cancel'),
    meetingId: z.string(),
    seriesMasterId: z.string().optional(),
    series: z.literal(true).optional(),
    /** The user asked to decline it, and organizes it: the card says why it offers a cancel (again when refreshed). */
    declineAsked: z.literal(true).optional(),
  }),
  /**
   * One invitation; `seriesMasterId` when it is an occurrence, so the whole series can be declined (Graph declines the
   * series on its master's id); `series` when the request named the whole series: the card offers it first and "yes" does it.
   */
  z.object({
    action: z.literal('decline'),
    meetingId: z.string(),
    seriesMasterId: z.string().optional(),
    series: z.literal(true).optional(),
  }),
  /** `exceptNotFound`: exceptions the request said that left none of these out, as the card says them (it says so again when refreshed). */
  z.object({ action: z.literal('cancelMany'), meetingIds: z.array(z.string()), exceptNotFound: z.array(z.string()).optional() }),
]);
export type TicketTarget = z.infer<typeof targetSchema>;
export type TicketAction = TicketTarget['action'];

const ticketSchema = z.object({
  id: z.string(),
  target: targetSchema,
  /** The Entra object id of the user the card was made for; nobody else may use it. */
  userId: z.string(),
  conversationId: z.string(),
  status: z.enum(['open', 'working', 'done']),
  /** The id of the card's message, to update it in place. */
  cardId: z.string().optional(),
  /** Who works on it now: a token only the claiming turn knows, and when it last said it still does. */
  claim: z.object({ token: z.string(), at: z.number() }).optional(),
  /** The outcome, as flows/ shaped it (the whole record is sealed: it may hold the user's message). */
  outcome: z.unknown().optional(),
  /**
   * What the card showed about its meetings, as flows/ shaped it: its final state names them even
   * when they are gone or not read again ("Keep it").
   */
  shown: z.unknown().optional(),
  /** The message the user typed with the request, prefilled in the card: what a typed "yes" sends. */
  comment: z.string().optional(),
  /**
   * The card was offered in place of an earlier one whose click sent nothing (its meetings changed, or a decline turned
   * out to be the user's to cancel): the message in its box came from that card's box, not from a request. `changed`
   * and `dropped` (a bulk card's meetings it no longer holds, as flows/ shaped them): as the card said them, so a
   * refresh says them again.
   */
  again: z.object({ changed: z.literal(true).optional(), dropped: z.unknown().optional() }).optional(),
});
export type Ticket = z.infer<typeof ticketSchema>;
/** How a card offered in place of an earlier one came (see the ticket's `again`). */
export type OfferedAgain = NonNullable<Ticket['again']>;

/** The tickets a user has open, oldest first, to bound how many one user can pile up. */
const openTicketsSchema = z.array(z.string());

export type Claim =
  { kind: 'claimed'; ticket: Ticket; token: string } | { kind: 'done'; ticket: Ticket } | { kind: 'busy' } | { kind: 'unknown' };

/** Another delivery took the ticket over (this one stalled past its lease): it must not act. */
export class ClaimLostError extends Error {
  constructor() {
    super('The ticket was claimed by another turn');
    this.name = 'ClaimLostError';
  }
}

/**
 * A claim not renewed for this long is taken over: the instance that held it died mid-way. A turn
 * renews its claim right before each write to Graph (see `fence`), and a Graph write waits at most
 * 3 × 10 s for Retry-After, so a live turn never loses its claim between fence and write.
 */
export const LEASE_MS = 60_000;

/**
 * A claim younger than this needs no renewal before a write to Graph: the write ends within its
 * deadline (45 s, retries included), so it ends before the lease does, with 5 s to spare for the
 * clocks of two instances (test/unit/state/tickets.spec.ts checks this against the deadline).
 */
export const FRESH_CLAIM_MS = 10_000;

/**
 * Ticket versions this process read or wrote last (issued, read, claimed, fenced) and most likely
 * writes soon (attach, claim, fence, complete, release), so those writes need no re-read; and the
 * card ids of recent tickets (a card id never changes once attached). Entries are used up by the
 * next write, a few seconds later; the bound only matters for turns that died in between (oldest
 * go first).
 */
const MAX_KNOWN = 1000;

/** Open cards one user may have at once; the oldest are superseded beyond this. */
export const MAX_OPEN_TICKETS = 50;

export function ticketKinds(lifetimeDays: number): { tickets: RecordKind<Ticket>; openTickets: RecordKind<string[]> } {
  const retentionDays = lifetimeDays;
  return {
    tickets: { namespace: 'tickets', retentionDays, schema: ticketSchema, sealed: true },
    openTickets: { namespace: 'open-tickets', retentionDays, schema: openTicketsSchema },
  };
}

export class TicketStore {
  private readonly unsaved = new UnsavedOutcomes();
  private readonly records: RecordStore<Ticket>;
  private readonly openByUser: RecordStore<string[]>;
  private readonly known = new RecentMap<string, Versioned<Ticket>>(MAX_KNOWN);
  private readonly cardIds = new RecentMap<string, string>(MAX_KNOWN);

  constructor(
    storage: Storage,
    sealer: Sealer,
    lifetimeDays = 7,
    /** Expiry and claim leases are storage housekeeping: they run on the machine's clock. */
    private readonly clock: () => number = Date.now,
  ) {
    const kinds = ticketKinds(lifetimeDays);
    this.records = new RecordStore(storage, kinds.tickets, sealer, clock);
    this.openByUser = new RecordStore(storage, kinds.openTickets, undefined, clock);
  }

  async issue(
    target: TicketTarget,
    owner: { userId: string; conversationId: string },
    shown?: unknown,
    comment?: string,
    again?: OfferedAgain,
  ): Promise<Ticket> {
    const ticket: Ticket = {
      id: randomBytes(16).toString('base64url'),
      target,
      ...owner,
      status: 'open',
      ...(shown === undefined ? {} : { shown }),
      ...(comment ? { comment } : {}),
      ...(again ? { again } : {}),
    };
    this.remember(await this.records.create([ticket.id], ticket));
    await this.bound(owner.userId, ticket.id);
    return ticket;
  }

  async get(id: string): Promise<Ticket | undefined> {
    if (!isTicketId(id)) return undefined;
    const read = await this.records.read(id);
    if (read) this.remember(read);
    return read?.value;
  }

  /** The user's latest tickets (open or done), oldest first: what their cards did lately, read, never written. */
  async latest(userId: string): Promise<string[]> {
    return (await this.openByUser.read(userId))?.value ?? [];
  }

  /** The id of the ticket's card message (read only when this process has not seen it yet). */
  async cardOf(id: string): Promise<string | undefined> {
    return this.cardIds.get(id) ?? (await this.get(id))?.cardId;
  }

  /** Records the card's message id once it is sent. */
  async attach(id: string, cardId: string): Promise<void> {
    await this.update(id, (ticket) => ({ ...ticket, cardId }));
  }

  /** Takes the ticket for `userId`. Only one caller ever gets `claimed` for an open ticket. */
  async claim(id: string, userId: string): Promise<Claim> {
    // An outcome this instance could not save yet goes first: the click must see it, not redo the work.
    await this.unsaved.flush(id);
    if (!isTicketId(id)) return { kind: 'unknown' };
    // An open version this turn just read (a typed "yes" looked at it) is claimed without reading it again.
    let read: Versioned<Ticket> | undefined = this.known.get(id);
    this.known.delete(id);
    let fresh = read?.value.status !== 'open';
    if (fresh) read = await this.records.read(id);
    for (;;) {
      if (!read || read.value.userId !== userId) return { kind: 'unknown' };
      const ticket = read.value;
      const now = this.clock();
      if (ticket.status === 'done') return { kind: 'done', ticket };
      if (ticket.status === 'working' && ticket.claim && now - ticket.claim.at < LEASE_MS) return { kind: 'busy' };
      const token = randomBytes(12).toString('base64url');
      const claimed: Ticket = { ...ticket, status: 'working', claim: { token, at: now } };
      try {
        this.remember(await this.records.replace([id], claimed, read));
        return { kind: 'claimed', ticket: claimed, token };
      } catch (error) {
        if (!isConflict(error)) throw error;
        // Someone wrote since: another claim (busy), unless the version was not read just now.
        if (fresh) return { kind: 'busy' };
        fresh = true;
        read = await this.records.read(id);
      }
    }
  }

  /**
   * Checks, in storage and atomically, that `token` still holds the ticket, and renews its lease.
   * Called right before every write to Graph: a turn that stalled past its lease and was taken
   * over gets ClaimLostError and sends nothing, so two deliveries of one click send one write.
   */
  async fence(id: string, token: string, options: { oneWrite: boolean } = { oneWrite: true }): Promise<void> {
    // Claimed or fenced by this turn moments ago (the meeting's re-read was quick) and one Graph
    // write follows: nobody may take a claim over before LEASE_MS, and that write ends within its
    // deadline, so the lease still covers it and renewing it would be a storage write for nothing.
    // (A bulk cancel's batches, one after another, may take longer: it always renews.)
    const mine = options.oneWrite ? this.known.get(id)?.value : undefined;
    if (mine?.status === 'working' && mine.claim?.token === token && this.clock() - mine.claim.at < FRESH_CLAIM_MS) return;
    await this.update(id, (ticket) => {
      if (ticket.status !== 'working' || ticket.claim?.token !== token) throw new ClaimLostError();
      return { ...ticket, claim: { token, at: this.clock() } };
    });
  }

  /**
   * The work is over: later clicks see this outcome. When storage fails now, the outcome is kept
   * in this process and saved as soon as storage answers again (the caller still gets the error,
   * to tell the user); until then the claim's lease keeps other instances from redoing the work.
   */
  async complete(id: string, outcome: unknown, token?: string): Promise<void> {
    const save = () =>
      this.update(id, (ticket) => (holds(ticket, token) ? { ...ticket, status: 'done', claim: undefined, outcome } : undefined));
    try {
      await save();
    } catch (error) {
      if (error instanceof StorageUnavailableError) this.unsaved.keep(id, save);
      throw error;
    }
  }

  /** The work could not be done now (throttled, unavailable): the card stays usable. */
  async release(id: string, token?: string): Promise<void> {
    await this.update(id, (ticket) => (holds(ticket, token) ? { ...ticket, status: 'open', claim: undefined } : undefined));
  }

  /**
   * A conditional read-change-write; a concurrent change is re-read and the change re-applied
   * (undefined: leave it). It starts from the version this process wrote last, when it has one
   * (issue, claim, fence): no read, and a write that still fails if anyone wrote since.
   */
  private async update(id: string, change: (ticket: Ticket) => Ticket | undefined): Promise<void> {
    const known = this.known.get(id);
    this.known.delete(id);
    const version = await this.records.change(
      [id],
      (ticket) => {
        if (!ticket) throw new Error('The ticket is gone');
        return change(ticket);
      },
      known,
    );
    if (version) this.remember(version);
  }

  /** The version just read or written, for the next change (unless the store reports no eTag). */
  private remember(version: Versioned<Ticket>): void {
    const { id, cardId, status } = version.value;
    if (cardId) this.cardIds.set(id, cardId);
    // A done ticket is not written again (its outcome, maybe a message, is not kept in memory either).
    if (version.eTag && status !== 'done') this.known.set(id, version);
  }

  /** Keeps the user's open tickets within MAX_OPEN_TICKETS: the oldest cards stop working first. */
  private async bound(userId: string, newId: string): Promise<void> {
    let superseded: string[] = [];
    await this.openByUser.update([userId], (ids = []) => {
      const all = [...ids.filter((i) => i !== newId), newId];
      superseded = all.slice(0, Math.max(0, all.length - MAX_OPEN_TICKETS));
      return all.slice(superseded.length);
    });
    await Promise.all(superseded.map((old) => this.records.delete(old)));
  }
}

/**
 * Whether the turn with `token` still holds the ticket. A turn that stalled past its lease and was
 * taken over must neither reopen the ticket nor overwrite the outcome of the turn that holds it now.
 * Without a token (settling a done ticket) the caller acts on the ticket as it is.
 */
function holds(ticket: Ticket, token: string | undefined): boolean {
  return token === undefined || (ticket.status === 'working' && ticket.claim?.token === token);
}

function isTicketId(id: string): boolean {
  return /^[A-Za-z0-9_-]{22}$/.test(id);
}
