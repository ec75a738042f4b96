import { MemoryStorage, type StoreItems } from 'botbuilder';
import type { ReportedTags } from './written-tags';

/**
 * botbuilder's MemoryStorage plus what blob storage has: the written items' new eTags, and a sweep
 * that deletes items past their `expiresAt`, so a long-running process on memory storage does not
 * keep every card it ever showed.
 */
export class MemoryStateStorage extends MemoryStorage {
  override async write(changes: StoreItems): Promise<ReportedTags> {
    await super.write(changes);
    return Object.fromEntries(
      Object.keys(changes).map((key) => [key, (JSON.parse(this.memory[key]) as { eTag: string }).eTag]),
    ) as ReportedTags;
  }

  sweep(now: Date): number {
    let removed = 0;
    for (const [key, json] of Object.entries(this.memory)) {
      const expiresAt = Date.parse((JSON.parse(json) as { expiresAt?: string }).expiresAt ?? '');
      if (expiresAt <= now.getTime()) {
        delete this.memory[key];
        removed++;
      }
    }
    return removed;
  }
}
