import type { Storage } from 'botbuilder';
import { z } from 'zod';
import { RecordStore, type RecordKind } from './record-store';

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
  /** The last confirm card still waiting for an answer. */
  pendingTicketId: z.string().optional(),
  /** The user's mailbox time zone, remembered so it costs one Graph request per user. */
  mailboxTimeZone: z.string().optional(),
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
    })
    .optional(),
  /** The calendars the user may act on, as last read (`readAt`, an instant): read again when old. */
  calendars: z.object({ readAt: z.string(), list: z.array(calendarSchema) }).optional(),
  /** Tickets whose cancel or decline may have run unconfirmed: re-read on the user's next turn. */
  unconfirmed: z.array(z.string()).optional(),
});
export type Memory = z.infer<typeof memorySchema>;
/** A list page shown: its window, and where the first meeting not shown yet is (a Graph page and how much of it was used). */
export type ListCursor = NonNullable<Memory['listing']>;

export function memoryKind(retentionDays: number): RecordKind<Memory> {
  return { namespace: 'conversations', retentionDays, schema: memorySchema };
}

export class ConversationMemory {
  private readonly records: RecordStore<Memory>;

  constructor(storage: Storage, retentionDays = 30) {
    this.records = new RecordStore(storage, memoryKind(retentionDays));
  }

  async load(conversationId: string, userId: string): Promise<Memory> {
    return (await this.records.read(conversationId, userId))?.value ?? {};
  }

  /**
   * Merges `change` into what is stored. Every write is conditional (eTag, or create-only for the
   * first one): a concurrent write is re-read and merged, never overwritten. Nothing is written
   * when nothing changes.
   */
  async remember(conversationId: string, userId: string, change: Partial<Memory>): Promise<void> {
    await this.records.update([conversationId, userId], (current = {}) => {
      const memory = { ...current, ...change };
      return JSON.stringify(memory) === JSON.stringify(current) ? undefined : memory;
    });
  }
}
