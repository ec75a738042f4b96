import type { Storage } from 'botbuilder';
import { z } from 'zod/v4';
import { RecordStore, type RecordKind, type Versioned } from './record-store';
import { Sealer } from './sealer';

/**
 * What the bot remembers of a 1:1 conversation between turns, so text follow-ups work:
 * "the second one" refers to the last list of choices, "yes" to the last confirm card.
 */
const calendarSchema = z.object({
  key: z.string(),
  owner: z.enum(['me', 'person', 'group']),
  name: z.string(),
  ownerName: z.string().optional(),
  ownerEmail: z.string().optional(),
  isDefault: z.boolean(),
});

const memorySchema = z.object({
  /** Meeting ids of the last list of choices, in the order shown. */
  choices: z.array(z.string()).optional(),
  /** How many rows of their list came before `choices` (its pages before the one on screen): "the 7th" counts them. */
  choicesFrom: z.number().int().min(0).optional(),
  /** The last confirm card still waiting for an answer. */
  pendingTicketId: z.string().optional(),
  /**
   * Whether the pending card is one to cancel several, and may still be open: typed picks and cancels read its ticket
   * (to narrow it) only then. false: a card of one meeting, or a card for several found ended. Absent: not known (a
   * record from before it was kept, a typed answer replayed after sign-in): its ticket says.
   */
  pendingBulk: z.boolean().optional(),
  /** The key of the person's calendar (a delegate's boss) the user named last: whose "his 3pm" is. */
  personNamed: z.string().optional(),
  /** The confirm card that was waiting when `choices` were shown: it is not of those rows ("the second one" leaves it live). */
  rowsAfter: z.string().optional(),
  /**
   * The other meetings the bot weighed when it went straight to a confirm card (`ticket`), best first:
   * what "no, the other one" means while that card is the last one.
   */
  alternatives: z.object({ ticket: z.string(), ids: z.array(z.string()) }).optional(),
  /**
   * The last request that looked for meetings, as understood (never the message for the attendees), and the confirm
   * card it led to: what "no, I meant Thursday" corrects, part by part.
   */
  lastRequest: z
    .object({
      request: z.object({
        intent: z.enum(['cancel', 'decline', 'select']),
        scope: z.enum(['one', 'all']),
        language: z.string(),
        day: z.object({ start: z.string(), end: z.string() }).optional(),
        laterDay: z.object({ start: z.string(), end: z.string() }).optional(),
        hours: z.object({ from: z.number(), to: z.number() }).optional(),
        clock: z.object({ hour: z.number(), minute: z.number() }).optional(),
        position: z.enum(['next', 'last']).optional(),
        titleHint: z.string().optional(),
        looseHint: z.string().optional(),
        attendeeHint: z.string().optional(),
        calendarHint: z.string().optional(),
        series: z.boolean().optional(),
      }),
      ticket: z.string().optional(),
    })
    .optional(),
  /**
   * What the request that led to the rows of `choices` asked besides which meeting: the whole series, and the message
   * for the attendees. A pick from those rows (their button, "the second one") or a correction ("no, I meant the one on
   * Thursday") goes on with them, as a confirm card's ticket keeps them. The message is sealed at rest (the record is
   * not): flows see it as typed.
   */
  choiceAsked: z.object({ series: z.boolean().optional(), comment: z.string().optional() }).optional(),
  /** The user's mailbox time zone, remembered so it costs one Graph request per user and while. */
  mailboxTimeZone: z.string().optional(),
  /** When the mailbox's zone was read (ISO instant): older than a while, it is read again (the user may have moved). */
  mailboxTimeZoneAt: z.string().optional(),
  /** The zone the user's Teams client last sent: for an activity that comes without one (the cards it answers were in it). */
  clientTimeZone: z.string().optional(),
  /** Where the shown list continues, so "More" reads on from there instead of from the start. */
  listing: z
    .object({
      page: z.number().int().min(1),
      window: z.object({ start: z.string(), end: z.string() }),
      /** The Graph page holding the next meeting: its nextLink, or none for the window's first page. */
      next: z.string().optional(),
      /** How many meetings of that page were already gone through. */
      skip: z.number().int().min(0),
      /** The calendars the list shows (absent: the user's default calendar). */
      calendars: z.array(calendarSchema).optional(),
      /** The window is a day or range the user named ("next week"), not the coming days. */
      named: z.boolean().optional(),
    })
    .optional(),
  /** The list shown last was shown to its end: "more" has nothing to show. */
  listEnded: z.boolean().optional(),
  /** Tickets whose cancel or decline may have run unconfirmed: re-read on the user's next turn. */
  unconfirmed: z.array(z.string()).optional(),
  /**
   * How often the user signed out here. Each bot process keeps a recent user's tokens in memory;
   * one that saw another count reads them from storage again (a personal chat is the user's one
   * conversation with the bot, so its record is where every instance looks, in every turn).
   */
  signOuts: z.number().int().min(0).optional(),
});
export type Memory = z.infer<typeof memorySchema>;
/** A list page shown: its window, and where the first meeting not shown yet is (a Graph page and how much of it was used). */
export type ListCursor = NonNullable<Memory['listing']>;

export function memoryKind(retentionDays: number): RecordKind<Memory> {
  return { namespace: 'conversations', retentionDays, schema: memorySchema };
}

/** What flows read and change of a conversation's memory: the store itself, or one turn's view of it. */
export interface MemoryAccess {
  load(conversationId: string, userId: string): Promise<Memory>;
  remember(conversationId: string, userId: string, change: Partial<Memory>): Promise<void>;
}

export class ConversationMemory implements MemoryAccess {
  private readonly records: RecordStore<Memory>;
  private readonly messages: MessageSeal;

  /** `sealer`: the one the bot seals its records with (an ephemeral one suits memory storage only). */
  constructor(storage: Storage, retentionDays = 30, sealer: Sealer = Sealer.ephemeral()) {
    this.records = new RecordStore(storage, memoryKind(retentionDays));
    this.messages = new MessageSeal(sealer);
  }

  async load(conversationId: string, userId: string): Promise<Memory> {
    return this.messages.opened((await this.records.read(conversationId, userId))?.value ?? {}, conversationId, userId);
  }

  /**
   * Merges `change` into what is stored. Every write is conditional (eTag, or create-only for the
   * first one): a concurrent write is re-read and merged, never overwritten. Nothing is written
   * when nothing changes.
   */
  async remember(conversationId: string, userId: string, change: Partial<Memory>): Promise<void> {
    await this.records.update([conversationId, userId], merging(this.messages.sealed(change, conversationId, userId)));
  }

  /** One more sign-out, counted in storage at once (read, add one, conditional write). */
  async countSignOut(conversationId: string, userId: string): Promise<void> {
    await this.records.update([conversationId, userId], (current = {}) => ({ ...current, signOuts: (current.signOuts ?? 0) + 1 }));
  }

  /** A view for one turn: each conversation's record read at most once, and written once at its end. */
  forTurn(): TurnMemory {
    return new TurnMemory(this.records, this.messages);
  }
}

/**
 * One turn's memory, the way Teams AI's TurnState works: a record is read the first time the turn
 * asks for it, changes collect in memory, and `save` writes it once at the end of the turn, only
 * if something changed (conditionally: a concurrent write is re-read and the turn's changes merged
 * into it, as `remember` does). Work that goes on after `save` (a confirm that outlasted its
 * invoke) reads and writes through, as ConversationMemory does.
 */
export class TurnMemory implements MemoryAccess {
  private readonly loaded = new Map<string, { read?: Versioned<Memory>; opened: Memory; changes: Partial<Memory> }>();
  private saved = false;

  constructor(
    private readonly records: RecordStore<Memory>,
    private readonly messages: MessageSeal = new MessageSeal(Sealer.ephemeral()),
  ) {}

  async load(conversationId: string, userId: string): Promise<Memory> {
    if (this.saved) return this.messages.opened((await this.records.read(conversationId, userId))?.value ?? {}, conversationId, userId);
    const entry = await this.entry(conversationId, userId);
    return { ...entry.opened, ...entry.changes };
  }

  async remember(conversationId: string, userId: string, change: Partial<Memory>): Promise<void> {
    if (!this.saved) {
      const entry = await this.entry(conversationId, userId);
      // Saved while the record was read (a click answered late): the change is written as later ones are.
      if (!this.saved) {
        Object.assign(entry.changes, change);
        return;
      }
    }
    await this.records.update([conversationId, userId], merging(this.messages.sealed(change, conversationId, userId)));
  }

  /** Writes what the turn changed (nothing when nothing did); later calls go straight to storage. */
  async save(): Promise<void> {
    if (this.saved) return;
    this.saved = true;
    await Promise.all(
      [...this.loaded].map(async ([key, { read, changes }]) => {
        if (!Object.keys(changes).length) return;
        const [conversationId, userId] = JSON.parse(key) as [string, string];
        await this.records.change(
          [conversationId, userId],
          merging(this.messages.sealed(changes, conversationId, userId)),
          read ?? { value: {} },
        );
      }),
    );
  }

  private async entry(conversationId: string, userId: string) {
    const key = JSON.stringify([conversationId, userId]);
    let entry = this.loaded.get(key);
    if (!entry) {
      // Read once; a record that is not there yet is created at save (create-only).
      const read = await this.records.read(conversationId, userId);
      entry = { read, opened: this.messages.opened(read?.value ?? {}, conversationId, userId), changes: {} };
      this.loaded.set(key, this.loaded.get(key) ?? entry);
      entry = this.loaded.get(key)!;
    }
    return entry;
  }
}

/** `change` merged into a record; undefined (nothing to write) when that changes nothing. */
function merging(change: Partial<Memory>): (current: Memory | undefined) => Memory | undefined {
  return (current = {}) => {
    const memory = { ...current, ...change };
    return JSON.stringify(memory) === JSON.stringify(current) ? undefined : memory;
  };
}

/**
 * The message a choice card's request carried (`choiceAsked.comment`), sealed in the record and open in flows, bound
 * to its conversation and user. One that does not open (another key, tampered) is forgotten, never shown.
 */
class MessageSeal {
  constructor(private readonly sealer: Sealer) {}

  sealed<M extends Partial<Memory>>(memory: M, conversationId: string, userId: string): M {
    const comment = memory.choiceAsked?.comment;
    if (comment === undefined) return memory;
    return { ...memory, choiceAsked: { ...memory.choiceAsked, comment: this.sealer.seal(comment, purpose(conversationId, userId)) } };
  }

  opened(memory: Memory, conversationId: string, userId: string): Memory {
    const sealed = memory.choiceAsked?.comment;
    if (sealed === undefined) return memory;
    const { comment: _sealed, ...asked } = memory.choiceAsked!;
    try {
      return { ...memory, choiceAsked: { ...asked, comment: this.sealer.open(sealed, purpose(conversationId, userId)) } };
    } catch {
      return { ...memory, choiceAsked: asked };
    }
  }
}

function purpose(conversationId: string, userId: string): string {
  return `choice-message:${conversationId}:${userId}`;
}
