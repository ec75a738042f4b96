import { randomBytes } from 'node:crypto';
import type { Storage, StoreItem } from 'botbuilder';
import { CREATE_ONLY, StorageUnavailableError, isConflict } from '../storage';
import type { Sealer } from './sealer';
import { UnsavedOutcomes } from './unsaved-outcomes';

/**
 * A ticket is what a card's buttons point at: the server-side truth of what the card may do, for
 * whom, and how it ended. A card carries only the ticket id; the meeting ids, the user and the
 * outcome live here. A ticket is claimed atomically (eTag), so one click does the work exactly
 * once across double clicks, retried invokes, replays and several bot instances.
 */
export type TicketAction = 'cancel' | 'decline' | 'cancelMany';

export interface Ticket {
  id: string;
  action: TicketAction;
  /** The Entra object id of the user the card was made for; nobody else may use it. */
  userId: string;
  conversationId: string;
  meetingIds: string[];
  status: 'open' | 'working' | 'done';
  /** The id of the card's message, to update it in place. */
  activityId?: string;
  /** JSON of the outcome, sealed: it may hold the user's message to the attendees. */
  outcome?: string;
  /**
   * JSON of what the card showed about its meetings, sealed (subjects are the user's data): its final
   * state names them even when they are gone or were never read again ("Keep it").
   */
  shown?: string;
  claimedAt?: string;
  expiresAt: string;
}

export type Claim = { kind: 'claimed'; ticket: Ticket } | { kind: 'done'; ticket: Ticket } | { kind: 'busy' } | { kind: 'unknown' };

interface TicketItem extends StoreItem {
  ticket: Ticket;
}

/** A claim older than this is taken over: the instance that held it died mid-way. */
const LEASE_MS = 60_000;

export class TicketStore {
  private readonly unsaved = new UnsavedOutcomes();

  constructor(
    private readonly storage: Storage,
    private readonly sealer: Sealer,
    private readonly lifetimeDays = 7,
    /** Expiry and claim leases are storage housekeeping: they run on the machine's clock. */
    private readonly clock: () => number = Date.now,
  ) {}

  async issue(fields: Pick<Ticket, 'action' | 'userId' | 'conversationId' | 'meetingIds'>, shown?: unknown): Promise<Ticket> {
    const id = randomBytes(16).toString('base64url');
    const ticket: Ticket = {
      ...fields,
      id,
      status: 'open',
      expiresAt: new Date(this.clock() + this.lifetimeDays * 86_400_000).toISOString(),
      ...(shown === undefined ? {} : { shown: this.sealer.seal(JSON.stringify(shown), shownKey(id)) }),
    };
    await this.storage.write({ [key(ticket.id)]: { ticket, eTag: CREATE_ONLY } });
    return ticket;
  }

  async get(id: string): Promise<Ticket | undefined> {
    return (await this.read(id))?.ticket;
  }

  /** Records the card's message id once it is sent. */
  async attach(id: string, activityId: string): Promise<void> {
    await this.update(id, (ticket) => ({ ...ticket, activityId }));
  }

  /** Takes the ticket for `userId`. Only one caller ever gets `claimed` for an open ticket. */
  async claim(id: string, userId: string, now = Date.now()): Promise<Claim> {
    // An outcome this instance could not save yet goes first: the click must see it, not redo the work.
    await this.unsaved.flush(id);
    const item = await this.read(id);
    if (!item || item.ticket.userId !== userId || Date.parse(item.ticket.expiresAt) < now) return { kind: 'unknown' };
    const { ticket } = item;
    if (ticket.status === 'done') return { kind: 'done', ticket };
    if (ticket.status === 'working' && now - Date.parse(ticket.claimedAt ?? '') < LEASE_MS) return { kind: 'busy' };
    const claimed: Ticket = { ...ticket, status: 'working', claimedAt: new Date(now).toISOString() };
    try {
      await this.storage.write({ [key(id)]: { ticket: claimed, eTag: item.eTag } });
    } catch (error) {
      if (isConflict(error)) return { kind: 'busy' };
      throw error;
    }
    return { kind: 'claimed', ticket: claimed };
  }

  /**
   * The work is over: later clicks see this outcome. When storage fails now, the outcome is kept
   * in this process and saved as soon as storage answers again (the caller still gets the error,
   * to tell the user); until then the claim's lease keeps other instances from redoing the work.
   */
  async complete<T>(id: string, outcome: T): Promise<void> {
    const sealed = this.sealer.seal(JSON.stringify(outcome), key(id));
    const save = () => this.update(id, (ticket) => ({ ...ticket, status: 'done', outcome: sealed }));
    try {
      await save();
    } catch (error) {
      if (error instanceof StorageUnavailableError) this.unsaved.keep(id, save);
      throw error;
    }
  }

  /** The work could not be done now (throttled, unavailable): the card stays usable. */
  async release(id: string): Promise<void> {
    await this.update(id, (ticket) => ({ ...ticket, status: 'open', claimedAt: undefined }));
  }

  outcomeOf<T>(ticket: Ticket): T | undefined {
    return ticket.outcome ? (JSON.parse(this.sealer.open(ticket.outcome, key(ticket.id))) as T) : undefined;
  }

  shownOf<T>(ticket: Ticket): T | undefined {
    return ticket.shown ? (JSON.parse(this.sealer.open(ticket.shown, shownKey(ticket.id))) as T) : undefined;
  }

  private async read(id: string): Promise<TicketItem | undefined> {
    if (!/^[A-Za-z0-9_-]{22}$/.test(id)) return undefined;
    return (await this.storage.read([key(id)]))[key(id)] as TicketItem | undefined;
  }

  /** A conditional read-change-write; a concurrent change is re-read and the change re-applied. */
  private async update(id: string, change: (ticket: Ticket) => Ticket): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const item = await this.read(id);
      if (!item) throw new Error('The ticket is gone');
      try {
        await this.storage.write({ [key(id)]: { ticket: change(item.ticket), eTag: item.eTag } });
        return;
      } catch (error) {
        if (!isConflict(error) || attempt >= 2) throw error;
      }
    }
  }
}

function key(id: string): string {
  return `tickets/${id}`;
}

/** Sealed apart from the outcome, so neither can stand in for the other. */
function shownKey(id: string): string {
  return `${key(id)}/shown`;
}
