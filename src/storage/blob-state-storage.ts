import {
  createDefaultHttpClient,
  createEmptyPipeline,
  createHttpHeaders,
  createPipelineRequest,
  exponentialRetryPolicy,
  RestError,
  type HttpClient,
  type Pipeline,
} from '@azure/core-rest-pipeline';
import { ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import { storageSharedKeyCredentialPolicy } from '@azure/storage-common';
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
 *
 * A turn's reads, writes and deletes (Get, Put and Delete Blob) go through a lean pipeline of the
 * same Azure libraries (core-rest-pipeline, and storage-common's Shared Key signing): the blob
 * client's generated layer (an object per blob, headers mapped in and out, error bodies parsed as
 * XML) cost about 1 ms of CPU per request, as much as the rest of a turn's HTTP. Creating the
 * container and the sweep's listing stay with the blob client.
 */
export class BlobStateStorage implements Storage {
  private readonly container: ContainerClient;
  private readonly pipeline: Pipeline;
  private readonly http: HttpClient = createDefaultHttpClient();

  constructor(connectionString: string, containerName: string) {
    // The SDK's default retries wait up to minutes; a user in a chat waits seconds. Fail fast, say "try again".
    const pipeline: StoragePipelineOptions = {
      retryOptions: { maxTries: 2, retryDelayInMs: TRY_AGAIN_AFTER_MS, maxRetryDelayInMs: 1000, tryTimeoutInMs: TRY_TIMEOUT_MS },
    };
    this.container = new ContainerClient(connectionString, containerName, pipeline);
    this.pipeline = createEmptyPipeline();
    this.pipeline.addPolicy(exponentialRetryPolicy({ maxRetries: 1, retryDelayInMs: TRY_AGAIN_AFTER_MS, maxRetryDelayInMs: 1000 }));
    // An account key signs each request (Shared Key); a SAS connection string's token is already in the container's URL.
    const setting = (name: string) => new RegExp(`(?:^|;)\\s*${name}=([^;]+)`, 'i').exec(connectionString)?.[1]?.trim();
    const [accountName, accountKey] = [setting('AccountName'), setting('AccountKey')];
    if (accountName && accountKey) {
      this.pipeline.addPolicy(storageSharedKeyCredentialPolicy({ accountName, accountKey: Buffer.from(accountKey, 'base64') }), {
        phase: 'Sign',
      });
    } else if (!setting('SharedAccessSignature')) {
      throw new Error(
        'The blob connection string needs AccountName and AccountKey, or a SharedAccessSignature (for Azurite, spell out its development account as scripts/dev/azurite.ts does).',
      );
    }
  }

  /** Creates the container if needed (at start: an unreachable store stops the start). */
  async open(): Promise<void> {
    await this.container.createIfNotExists();
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const response = await this.send('GET', key, [200, 404]);
        if (response.status === 404) return;
        items[key] = { ...JSON.parse(response.bodyAsText ?? ''), eTag: response.headers.get('etag') };
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
        const conditions: Record<string, string> =
          eTag === CREATE_ONLY ? { 'If-None-Match': '*' } : eTag && eTag !== '*' ? { 'If-Match': eTag } : {};
        const response = await this.send('PUT', key, [201], JSON.stringify(body), {
          ...conditions,
          'x-ms-blob-type': 'BlockBlob',
          'x-ms-blob-content-type': 'application/json',
          'Content-Type': 'application/json',
        });
        return [key, response.headers.get('etag')!] as const;
      }),
    );
    return Object.fromEntries(written) as ReportedTags;
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.send('DELETE', key, [202, 404])));
  }

  /**
   * One Blob service request for the blob holding `key`; a status not in `expected` is thrown as
   * the SDK's RestError (412 or 409 on a condition, else why the store failed).
   */
  private async send(
    method: 'GET' | 'PUT' | 'DELETE',
    key: string,
    expected: number[],
    body?: string,
    headers: Record<string, string> = {},
  ) {
    const url = new URL(this.container.url);
    // The blob client's naming: the sanitized key is the blob's name, escaped once more in the URL.
    url.pathname = `${url.pathname.replace(/\/$/, '')}/${encodeURIComponent(sanitizeBlobKey(key))}`;
    const request = createPipelineRequest({
      url: url.toString(),
      method,
      body,
      timeout: TRY_TIMEOUT_MS,
      // Azurite on loopback speaks http, as the connection string says (the blob client allows it too).
      allowInsecureConnection: url.protocol === 'http:',
      headers: createHttpHeaders({ 'x-ms-version': BLOB_SERVICE_VERSION, ...headers }),
    });
    const response = await this.pipeline.sendRequest(this.http, request);
    if (!expected.includes(response.status)) {
      const code = response.headers.get('x-ms-error-code') ?? undefined;
      throw new RestError(`Blob ${method} answered ${response.status}${code ? ` ${code}` : ''}`, { statusCode: response.status, code });
    }
    return response;
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

/** The Blob service version the lean requests speak (Get, Put and Delete Blob are the same in every recent one; Azurite 3.35 knows it). */
const BLOB_SERVICE_VERSION = '2025-05-05';
const TRY_AGAIN_AFTER_MS = 200;
const TRY_TIMEOUT_MS = 5000;
