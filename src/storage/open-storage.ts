import type { Storage } from 'botbuilder';
import type { Config } from '../config';
import { log } from '../log';
import { BlobStateStorage } from './blob-state-storage';
import { GuardedStorage } from './guarded-storage';
import { MemoryStateStorage } from './memory-state-storage';

export interface OpenedStorage {
  storage: Storage;
  /** Deletes expired items now (also run hourly). */
  sweep(now?: Date): Promise<number>;
  /** Stops the periodic sweep. */
  close(): void;
}

const SWEEP_EVERY_MS = 60 * 60_000;

/**
 * The bot's storage, by configuration: memory (tests) or Azure Blob Storage (production; Azurite
 * locally). Blob storage is checked at start, so an unreachable store stops the start with a
 * message instead of failing the first user; expired items are swept hourly on every instance.
 */
export async function openStorage(
  config: Pick<Config, 'mode' | 'storage'>,
  /** Days each key is kept after its last write (by its record kind). */
  retentionDaysOf: (key: string) => number,
): Promise<OpenedStorage> {
  if (config.storage.kind === 'memory') {
    if (config.mode === 'teams') {
      log.warn(
        { event: 'memory-storage' },
        'STORAGE=memory in Teams mode: a restart loses pending confirmations and sign-ins, and several instances do not share state. Use STORAGE=blob beyond local tests.',
      );
    }
    const memory = new MemoryStateStorage();
    return periodic(memory, async (now) => memory.sweep(now));
  }
  const blobs = new BlobStateStorage(config.storage.connectionString, config.storage.container);
  try {
    await blobs.open();
  } catch (error) {
    const e = error as { code?: string; statusCode?: number };
    throw new Error(
      `Blob storage is unreachable (${e.code ?? e.statusCode ?? 'error'}): check SECRET_BLOB_CONNECTION_STRING and that the storage account (or Azurite) is running.`,
      { cause: error },
    );
  }
  log.info({ event: 'storage', kind: 'blob', container: config.storage.container }, 'state in Azure Blob Storage');
  return periodic(blobs, (now) => blobs.sweep(retentionDaysOf, now));
}

/** The store, guarded, with its sweep run now on demand and hourly on every instance. */
function periodic(store: Storage, sweepNow: (now: Date) => Promise<number>): OpenedStorage {
  const sweep = async (now = new Date()) => {
    const removed = await sweepNow(now);
    if (removed) log.info({ event: 'storage-swept', removed }, 'expired items removed');
    return removed;
  };
  const timer = setInterval(() => {
    sweep().catch((error) => log.warn({ event: 'storage-sweep-failed', error: (error as Error).name }, 'sweep failed; next hour again'));
  }, SWEEP_EVERY_MS);
  timer.unref();
  return { storage: new GuardedStorage(store), sweep, close: () => clearInterval(timer) };
}
