import { MemoryStorage, type Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import type { Config } from './config';

/** The bot's storage, by configuration: memory (tests, Playground) or Azure Blob Storage. */
export function createStorage(config: Config['storage']): Storage {
  return config.kind === 'blob' ? new BlobsStorage(config.connectionString, config.container) : new MemoryStorage();
}
