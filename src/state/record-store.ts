import type { Storage, StoreItem } from 'botbuilder';
import type { ZodType } from 'zod/v4';
import { log } from '../log';
import { CREATE_ONLY, isConflict, writeReporting } from '../storage';
import type { Sealer } from './sealer';

/**
 * One kind of record the bot keeps: where its keys live, how long it is kept after its last
 * write, its shape (checked on every read: storage is outside the process), and whether it is
 * sealed at rest (it may hold a token, an SSO assertion or a message to the attendees).
 */
export interface RecordKind<T> {
  namespace: string;
  retentionDays: number;
  schema: ZodType<T>;
  sealed?: boolean;
}

/** A record as read, with the version a conditional write must match. */
export interface Versioned<T> {
  value: T;
  eTag?: string;
}

interface RecordItem extends StoreItem {
  /** The record, or its sealed JSON. */
  data: unknown;
  expiresAt: string;
}

/** How often a conditional update re-reads and re-applies its change before the conflict is the caller's. */
const UPDATE_ATTEMPTS = 3;

/**
 * Typed records over the bot's storage: one namespace, retention, sealing, expiry on read, schema
 * parse on read, create-only and eTag-conditional writes. Every state record (tickets, conversation
 * memory, token caches, sign-in records) goes through one of these, so those rules live here once.
 */
export class RecordStore<T> {
  constructor(
    private readonly storage: Storage,
    private readonly kind: RecordKind<T>,
    private readonly sealer?: Sealer,
    /** Expiry is storage housekeeping: it runs on the machine's clock. */
    private readonly clock: () => number = Date.now,
  ) {
    if (kind.sealed && !sealer) throw new Error(`Records "${kind.namespace}" are sealed: a sealer is needed`);
  }

  /** The storage key of a record: the namespace, then each part of its id (URL-encoded). */
  keyOf(...id: string[]): string {
    return [this.kind.namespace, ...id.map(encodeURIComponent)].join('/');
  }

  /** The record, or undefined when missing, expired, unreadable (another key) or not of this shape. */
  async read(...id: string[]): Promise<Versioned<T> | undefined> {
    const key = this.keyOf(...id);
    const item = (await this.storage.read([key]))[key] as RecordItem | undefined;
    if (!item || !(Date.parse(item.expiresAt) > this.clock())) return undefined;
    const value = this.decode(key, item.data);
    return value === undefined ? undefined : { value, eTag: item.eTag };
  }

  /**
   * Writes a record that must not exist yet; a StorageConflictError when it does. Returns the
   * version written (its eTag, when the store reports it), to write it again without a re-read.
   */
  async create(id: string[], value: T): Promise<Versioned<T>> {
    return this.put(id, value, CREATE_ONLY);
  }

  /** Writes over the version that was read (create-only when there was none); a conflict when it changed since. Returns the version written. */
  async replace(id: string[], value: T, read: Versioned<T> | undefined): Promise<Versioned<T>> {
    return this.put(id, value, read?.eTag ?? CREATE_ONLY);
  }

  /**
   * Read, change, conditional write; a concurrent write is re-read and the change re-applied.
   * `change` returns the new record, or undefined to leave it as it is (nothing is written).
   */
  async update(id: string[], change: (current: T | undefined) => T | undefined): Promise<T | undefined> {
    return (await this.change(id, change))?.value;
  }

  /**
   * `update` that returns the version it ended with, and starts from `known` (a version this
   * process read or wrote) instead of reading: when nobody wrote since, that costs no read; when
   * someone did, the conditional write fails and the record is read and the change re-applied.
   */
  async change(id: string[], change: (current: T | undefined) => T | undefined, known?: Versioned<T>): Promise<Versioned<T> | undefined> {
    let current = known;
    for (let attempt = 1; ; attempt++) {
      if (!current || attempt > 1) current = await this.read(...id);
      const next = change(current?.value);
      if (next === undefined) return current;
      try {
        return await this.replace(id, next, current);
      } catch (error) {
        if (!isConflict(error) || attempt >= UPDATE_ATTEMPTS) throw error;
      }
    }
  }

  async delete(...id: string[]): Promise<void> {
    await this.storage.delete([this.keyOf(...id)]);
  }

  private async put(id: string[], value: T, eTag: string): Promise<Versioned<T>> {
    const key = this.keyOf(...id);
    const data = this.kind.sealed ? this.sealer!.seal(JSON.stringify(value), key) : value;
    const expiresAt = new Date(this.clock() + this.kind.retentionDays * 86_400_000).toISOString();
    const tags = await writeReporting(this.storage, { [key]: { data, expiresAt, eTag } satisfies RecordItem });
    return { value, eTag: tags[key] };
  }

  private decode(key: string, data: unknown): T | undefined {
    let raw = data;
    if (this.kind.sealed) {
      try {
        raw = JSON.parse(this.sealer!.open(String(data), key));
      } catch {
        // Sealed with another key (SECRET_TOKEN_CACHE_KEY was rotated) or tampered with: no record.
        log.warn({ event: 'record-unreadable', namespace: this.kind.namespace }, 'a stored record could not be opened; it is ignored');
        return undefined;
      }
    }
    const parsed = this.kind.schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    log.warn({ event: 'record-invalid', namespace: this.kind.namespace }, 'a stored record is not of the expected shape; it is ignored');
    return undefined;
  }
}

/** Retention by key for the storage sweep: the namespace of each key decides. */
export function retentionByNamespace(kinds: Array<RecordKind<unknown>>, fallbackDays: number): (key: string) => number {
  const days = new Map(kinds.map((k) => [k.namespace, k.retentionDays]));
  return (key) => days.get(key.split('/')[0]) ?? fallbackDays;
}
