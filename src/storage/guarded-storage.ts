import type { Storage, StoreItems } from 'botbuilder';
import { StorageConflictError, StorageUnavailableError, isConflict, reasonOf } from './errors';
import { writeReporting, type ReportedTags } from './written-tags';

/**
 * Any botbuilder Storage with errors the bot can act on: an eTag conflict becomes
 * StorageConflictError, anything else StorageUnavailableError (network, throttling, outage).
 */
export class GuardedStorage implements Storage {
  constructor(private readonly inner: Storage) {}

  async read(keys: string[]): Promise<StoreItems> {
    try {
      return await this.inner.read(keys);
    } catch (error) {
      throw new StorageUnavailableError('read', reasonOf(error));
    }
  }

  async write(changes: StoreItems): Promise<ReportedTags> {
    try {
      return (await writeReporting(this.inner, changes)) as ReportedTags;
    } catch (error) {
      if (isConflict(error)) throw new StorageConflictError(Object.keys(changes).join(', '));
      throw new StorageUnavailableError('write', reasonOf(error));
    }
  }

  async delete(keys: string[]): Promise<void> {
    try {
      await this.inner.delete(keys);
    } catch (error) {
      throw new StorageUnavailableError('delete', reasonOf(error));
    }
  }
}
