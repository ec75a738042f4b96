import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';
import type { Storage } from 'botbuilder';
import { z } from 'zod/v4';
import { log } from '../log';
import { RecordStore, type RecordKind, type Sealer, type Versioned } from '../state';
import { isConflict } from '../storage';

/** Who a token belongs to: the Teams user's Entra object id and tenant. */
export interface UserRef {
  aadObjectId: string;
  tenantId: string;
}

/** A user's MSAL cache plugin; it tells how often it read storage. */
export interface UserCachePlugin extends ICachePlugin {
  readonly reads: number;
}

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

  constructor(storage: Storage, sealer: Sealer, retentionDays = 90) {
    this.records = new RecordStore(storage, tokenCacheKind(retentionDays), sealer);
  }

  /**
   * The cache plugin of one user's MSAL client. Storage is read when the client first needs the
   * cache, and again only after a write lost to another instance: the client's memory serves the
   * turns in between (as Microsoft.Identity.Web keeps an in-memory L1
   * cache in front of its distributed one), so a turn with a valid token reads no storage. Every
   * change is written through, conditionally on the version last read or written.
   */
  pluginFor(user: UserRef): UserCachePlugin {
    const id = [user.tenantId, user.aadObjectId];
    // What this client last read or wrote: its write is conditional on nobody writing since.
    let read: Versioned<string> | undefined;
    let stale = true;
    let reads = 0;
    return {
      get reads() {
        return reads;
      },
      beforeCacheAccess: async (context: TokenCacheContext) => {
        if (!stale) return;
        read = await this.records.read(...id);
        reads++;
        stale = false;
        // MSAL merges this into what the client holds (GraphTokens replaces a client that must forget).
        context.tokenCache.deserialize(read?.value ?? '{}');
      },
      afterCacheAccess: async (context: TokenCacheContext) => {
        if (!context.cacheHasChanged) return;
        try {
          read = await this.records.replace(id, context.tokenCache.serialize(), read);
          // A store that does not report the new eTag: the next access reads it (a write needs it).
          stale = !read.eTag;
        } catch (error) {
          // Read again next time, whatever storage holds now.
          stale = true;
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
