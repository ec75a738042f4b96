import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';
import type { Storage } from 'botbuilder';
import { log } from '../log';
import type { Sealer } from '../state/sealer';
import { CREATE_ONLY, isConflict } from '../storage';

/** Who a token belongs to: the Teams user's Entra object id and tenant. */
export interface UserRef {
  aadObjectId: string;
  tenantId: string;
}

interface CacheItem {
  sealed: string;
  expiresAt: string;
  eTag?: string;
}

/**
 * One user's MSAL token cache, kept in the bot's storage (sealed), so a restart or another
 * instance does not force a new sign-in. Keyed per user: one user's tokens never load for another.
 */
export class UserTokenCache {
  constructor(
    private readonly storage: Storage,
    private readonly sealer: Sealer,
    private readonly retentionDays = 90,
  ) {}

  pluginFor(user: UserRef): ICachePlugin {
    const key = this.keyOf(user);
    // The eTag of what this client last read: its write is conditional on nobody writing since.
    let readETag: string | undefined;
    return {
      beforeCacheAccess: async (context: TokenCacheContext) => {
        const item = (await this.storage.read([key]))[key] as CacheItem | undefined;
        readETag = item?.eTag;
        const plain = item && Date.parse(item.expiresAt) > Date.now() ? this.open(item.sealed, key) : undefined;
        // The MSAL client is reused across turns: what storage holds replaces what it remembers,
        // so a sign-out (here or on another instance) empties it too.
        context.tokenCache.deserialize(plain ?? '{}');
      },
      afterCacheAccess: async (context: TokenCacheContext) => {
        if (!context.cacheHasChanged) return;
        const expiresAt = new Date(Date.now() + this.retentionDays * 86_400_000).toISOString();
        const item: CacheItem = { sealed: this.sealer.seal(context.tokenCache.serialize(), key), expiresAt, eTag: readETag ?? CREATE_ONLY };
        try {
          await this.storage.write({ [key]: item });
        } catch (error) {
          if (!isConflict(error)) throw error;
          // Another instance saved this user's tokens first: both sets are valid, keep theirs.
          log.info({ event: 'token-cache-conflict' }, 'token cache changed concurrently; the newer one is kept');
        }
      },
    };
  }

  /** A cache sealed with another key (SECRET_TOKEN_CACHE_KEY was rotated) is no cache: the user signs in again. */
  private open(sealed: string, key: string): string | undefined {
    try {
      return this.sealer.open(sealed, key);
    } catch {
      log.warn(
        { event: 'token-cache-unreadable' },
        'a token cache could not be opened with the current key; it is replaced on the next sign-in',
      );
      return undefined;
    }
  }

  async clear(user: UserRef): Promise<void> {
    await this.storage.delete([this.keyOf(user)]);
  }

  private keyOf(user: UserRef): string {
    return `tokens/${user.tenantId}/${user.aadObjectId}`;
  }
}
