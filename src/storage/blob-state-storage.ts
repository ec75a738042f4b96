import { text } from 'node:stream/consumers';
import { ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import type { Storage, StoreItems } from 'botbuilder';
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';
import { CREATE_ONLY } from './create-only';
import type { ReportedTags } from './written-tags';

/**
 * Azure Blob Storage laid out as Microsoft's BlobsStorage lays it out (one JSON blob per key, named
 * by its sanitizeBlobKey, eTag = If-Match), written with the Azure SDK directly because BlobsStorage
 * cannot do three things the bot needs: report the new eTag of a write (so a record written once is
 * written again without a re-read), create-only writes (If-None-Match: *), and listing blobs to
 * sweep expired ones. (BlobsStorage also validated every call with zod and sized uploads by
 * characters instead of bytes.)
 */
export class BlobStateStorage implements Storage {
  private readonly container: ContainerClient;

  constructor(connectionString: string, containerName: string) {
    // The SDK's default retries wait up to minutes; a user in a chat waits seconds. Fail fast, say "try again".
    const pipeline: StoragePipelineOptions = {
      retryOptions: { maxTries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1000, tryTimeoutInMs: 5000 },
    };
    this.container = new ContainerClient(connectionString, containerName, pipeline);
  }

  /** Creates the container if needed (at start: an unreachable store stops the start). */
  async open(): Promise<void> {
    await this.container.createIfNotExists();
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const blob = await this.container
          .getBlobClient(sanitizeBlobKey(key))
          .download()
          .catch((error) => (statusOf(error) === 404 ? undefined : Promise.reject(error)));
        if (!blob?.readableStreamBody) return;
        items[key] = { ...JSON.parse(await text(blob.readableStreamBody)), eTag: blob.etag };
      }),
    );
    return items;
  }

  /**
   * Each item conditionally on its eTag: If-Match, If-None-Match: * for CREATE_ONLY, none for "*"
   * or no eTag (botbuilder's convention). A mismatch is the SDK's 412 (409 on create).
   */
  async write(changes: StoreItems): Promise<ReportedTags> {
    const written = await Promise.all(
      Object.entries(changes).map(async ([key, item]) => {
        const { eTag, ...body } = item as { eTag?: string };
        const conditions = eTag === CREATE_ONLY ? { ifNoneMatch: '*' } : eTag && eTag !== '*' ? { ifMatch: eTag } : {};
        const json = JSON.stringify(body);
        const response = await this.container.getBlockBlobClient(sanitizeBlobKey(key)).upload(json, Buffer.byteLength(json), {
          conditions,
          blobHTTPHeaders: { blobContentType: 'application/json' },
        });
        return [key, response.etag!] as const;
      }),
    );
    return Object.fromEntries(written) as ReportedTags;
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(
      keys.map((key) =>
        this.container.deleteBlob(sanitizeBlobKey(key)).catch((error) => (statusOf(error) === 404 ? undefined : Promise.reject(error))),
      ),
    );
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

function statusOf(error: unknown): number | undefined {
  return (error as { statusCode?: number })?.statusCode;
}
