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

  pluginFor(user: UserRef): ICachePlugin {
    const id = [user.tenantId, user.aadObjectId];
    // What this client last read: its write is conditional on nobody writing since.
    let read: Versioned<string> | undefined;
    return {
      beforeCacheAccess: async (context: TokenCacheContext) => {
        read = await this.records.read(...id);
        // The MSAL client is reused across turns: what storage holds replaces what it remembers,
        // so a sign-out (here or on another instance) empties it too.
        context.tokenCache.deserialize(read?.value ?? '{}');
      },
      afterCacheAccess: async (context: TokenCacheContext) => {
        if (!context.cacheHasChanged) return;
        try {
          await this.records.replace(id, context.tokenCache.serialize(), read);
        } catch (error) {
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
