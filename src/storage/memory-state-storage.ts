import { MemoryStorage } from 'botbuilder';

/**
 * botbuilder's MemoryStorage plus the sweep blob storage has: items past their `expiresAt` are
 * deleted, so a long-running process on memory storage does not keep every card it ever showed.
 */
export class MemoryStateStorage extends MemoryStorage {
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
