import { ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import type { Storage, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';
import { CREATE_ONLY } from './create-only';

/**
 * Azure Blob Storage through Microsoft's BlobsStorage (one JSON blob per key, eTag = If-Match),
 * plus the two things it cannot do, on the same container with the Azure SDK it is built on:
 * create-only writes (If-None-Match: *) and listing blobs to sweep expired ones.
 */
export class BlobStateStorage implements Storage {
  private readonly blobs: BlobsStorage;
  private readonly container: ContainerClient;

  constructor(connectionString: string, containerName: string) {
    // The SDK's default retries wait up to minutes; a user in a chat waits seconds. Fail fast, say "try again".
    const pipeline: StoragePipelineOptions = {
      retryOptions: { maxTries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1000, tryTimeoutInMs: 5000 },
    };
    this.blobs = new BlobsStorage(connectionString, containerName, { storagePipelineOptions: pipeline });
    this.container = new ContainerClient(connectionString, containerName, pipeline);
  }

  /** Creates the container if needed. BlobsStorage remembers a failed first attempt forever, so this runs before it. */
  async open(): Promise<void> {
    await this.container.createIfNotExists();
    await this.blobs.read([]);
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.blobs.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    const updates: StoreItems = {};
    const creates: Array<Promise<unknown>> = [];
    for (const [key, item] of Object.entries(changes)) {
      if (item?.eTag !== CREATE_ONLY) {
        updates[key] = item;
        continue;
      }
      const { eTag: _sentinel, ...body } = item;
      const text = JSON.stringify(body);
      creates.push(
        this.container.getBlockBlobClient(sanitizeBlobKey(key)).upload(text, Buffer.byteLength(text), {
          conditions: { ifNoneMatch: '*' },
          blobHTTPHeaders: { blobContentType: 'application/json' },
        }),
      );
    }
    await Promise.all([...creates, Object.keys(updates).length ? this.blobs.write(updates) : undefined]);
  }

  delete(keys: string[]): Promise<void> {
    return this.blobs.delete(keys);
  }

  /**
   * Deletes every blob not written for longer than its key's retention. Every store item's
   * expiresAt is its last write plus that retention, so this removes exactly the expired items
   * (an Azure lifecycle management rule on "last modified" does the same in production).
   */
  async sweep(retentionDaysOf: (key: string) => number, now: Date): Promise<number> {
    let removed = 0;
    for await (const blob of this.container.listBlobsFlat()) {
      const age = now.getTime() - blob.properties.lastModified.getTime();
      if (age <= retentionDaysOf(decodeURIComponent(blob.name)) * 86_400_000) continue;
      // If-Match: a blob written again since the listing is kept.
      const deleted = await this.container.deleteBlob(blob.name, { conditions: { ifMatch: blob.properties.etag } }).then(
        () => true,
        (error) => {
          if ([404, 412].includes((error as { statusCode?: number }).statusCode ?? 0)) return false;
          throw error;
        },
      );
      if (deleted) removed++;
    }
    return removed;
  }
}
