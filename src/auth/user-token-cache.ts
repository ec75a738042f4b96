import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';
import type { Storage } from 'botbuilder';
import { z } from 'zod';
import { log } from '../log';
import { RecordStore, type RecordKind, type Sealer, type Versioned } from '../state';
import { isConflict } from '../storage';

/** Who a token belongs to: the Teams user's Entra object id and tenant. */
export interface UserRef {
  aadObjectId: string;
  tenantId: string;
}

/**
 * How long a read of a user's cache serves further accesses: long enough for the two accesses of
 * one token lookup (under load they are some event-loop turns apart), short enough that a sign-out
 * on another instance is seen by the next turn.
 */
const REREAD_AFTER_MS = 1000;

/** A user's serialized MSAL cache, sealed at rest. */
export function tokenCacheKind(retentionDays: number): RecordKind<string> {
  return { namespace: 'tokens', retentionDays, schema: z.string(), sealed: true };
}

/**
 * One user's MSAL token cache, kept in the bot's storage (sealed), so a restart or another
 * instance does not force a new sign-in. Keyed per user: one user's tokens never load for another.
 * A cache sealed with another key (SECRET_TOKEN_CACHE_KEY was rotated) reads as no cache: the user
 * signs in again.
 */
export class UserTokenCache {
  private readonly records: RecordStore<string>;

  constructor(
    storage: Storage,
    sealer: Sealer,
    retentionDays = 90,
    private readonly clock: () => number = Date.now,
  ) {
    this.records = new RecordStore(storage, tokenCacheKind(retentionDays), sealer);
  }

  pluginFor(user: UserRef): ICachePlugin {
    const id = [user.tenantId, user.aadObjectId];
    // What this client last read or wrote: its write is conditional on nobody writing since.
    let read: Versioned<string> | undefined;
    let readAt = -Infinity;
    return {
      beforeCacheAccess: async (context: TokenCacheContext) => {
        // One token lookup accesses the cache twice (the account, then its token): one read serves both.
        if (this.clock() - readAt > REREAD_AFTER_MS) {
          read = await this.records.read(...id);
          readAt = this.clock();
        }
        // The MSAL client is reused across turns: what storage holds replaces what it remembers,
        // so a sign-out (here or on another instance) empties it too.
        context.tokenCache.deserialize(read?.value ?? '{}');
      },
      afterCacheAccess: async (context: TokenCacheContext) => {
        if (!context.cacheHasChanged) return;
        try {
          read = await this.records.replace(id, context.tokenCache.serialize(), read);
          // A store that does not report the new eTag: the next access reads it (a write needs it).
          readAt = read.eTag ? this.clock() : -Infinity;
        } catch (error) {
          // Read again next time, whatever storage holds now.
          readAt = -Infinity;
          if (!isConflict(error)) throw error;
          // Another instance saved this user's tokens first: both sets are valid, keep theirs.
          log.info({ event: 'token-cache-conflict' }, 'token cache changed concurrently; the newer one is kept');
        }
      },
    };
  }

  async clear(user: UserRef): Promise<void> {
    await this.records.delete(user.tenantId, user.aadObjectId);
  }
}
