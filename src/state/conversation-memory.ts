import type { Storage, StoreItem } from 'botbuilder';
import { CREATE_ONLY, isConflict } from '../storage';

/**
 * What the bot remembers of a 1:1 conversation between turns, so text follow-ups work:
 * "the second one" refers to the last list of choices, "yes" to the last confirm card.
 */
export interface Memory {
  /** Meeting ids of the last list of choices, in the order shown. */
  choices?: string[];
  /** The last confirm card still waiting for an answer. */
  pendingTicketId?: string;
  /** The user's mailbox time zone, remembered so it costs one Graph request per user. */
  mailboxTimeZone?: string;
  /** Where the shown list continues, so "More" reads on from there instead of from the start. */
  listing?: ListCursor;
}

/** A list page shown: its window, and where the first meeting not shown yet is (a Graph page and how much of it was used). */
export interface ListCursor {
  page: number;
  window: { start: string; end: string };
  /** The Graph page holding the next meeting: its nextLink, or none for the window's first page. */
  next?: string;
  skip: number;
}

interface MemoryItem extends StoreItem {
  memory: Memory;
  expiresAt: string;
}

export class ConversationMemory {
  constructor(
    private readonly storage: Storage,
    private readonly retentionDays = 30,
  ) {}

  async load(conversationId: string, userId: string): Promise<Memory> {
    const k = key(conversationId, userId);
    const item = (await this.storage.read([k]))[k] as MemoryItem | undefined;
    if (!item || Date.parse(item.expiresAt) < Date.now()) return {};
    return item.memory;
  }

  /**
   * Merges `change` into what is stored. Every write is conditional (eTag, or create-only for the
   * first one): a concurrent write is re-read and merged, never overwritten; after three
   * conflicts in a row the conflict reaches the caller.
   */
  async remember(conversationId: string, userId: string, change: Partial<Memory>): Promise<void> {
    const k = key(conversationId, userId);
    for (let attempt = 0; ; attempt++) {
      const item = (await this.storage.read([k]))[k] as MemoryItem | undefined;
      const current = item && Date.parse(item.expiresAt) >= Date.now() ? item.memory : {};
      const memory = { ...current, ...change };
      const expiresAt = new Date(Date.now() + this.retentionDays * 86_400_000).toISOString();
      try {
        await this.storage.write({ [k]: { memory, expiresAt, eTag: item?.eTag ?? CREATE_ONLY } });
        return;
      } catch (error) {
        if (!isConflict(error) || attempt >= 2) throw error;
      }
    }
  }
}

function key(conversationId: string, userId: string): string {
  return `conversations/${encodeURIComponent(conversationId)}/${userId}`;
}
