import {
  createEmptyPipeline,
  createHttpHeaders,
  createPipelineRequest,
  RestError,
  retryPolicy,
  type HttpClient,
  type Pipeline,
  type PipelineRequest,
  type PipelineResponse,
  type RetryStrategy,
} from '@azure/core-rest-pipeline';
import { ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';
import { storageSharedKeyCredentialPolicy } from '@azure/storage-common';
import type { Storage, StoreItems } from 'botbuilder';
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';
import { CREATE_ONLY } from './create-only';
import { send } from '../outbound-http';
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
 * same Azure libraries (core-rest-pipeline, and storage-common's Shared Key signing), sent by
 * Node's own HTTP client as Graph's requests are (outbound-http): the blob client's generated layer
 * (an object per blob, headers mapped in and out, error bodies parsed as XML) cost about 1 ms of
 * CPU per request, as much as the rest of a turn's HTTP, and the pipeline's default HTTP client
 * (an abort controller and stream plumbing per request) a further tenth. Creating the container
 * and the sweep's listing stay with the blob client.
 */
export class BlobStateStorage implements Storage {
  private readonly container: ContainerClient;
  private readonly pipeline: Pipeline;
  private readonly http: HttpClient = { sendRequest: sendOverNode };
  /** How often each request went out: the retry policy sends a request again after a lost answer or a 5xx. */
  private readonly tries = new WeakMap<PipelineRequest, number>();

  constructor(connectionString: string, containerName: string) {
    // The SDK's default retries wait up to minutes; a user in a chat waits seconds. Fail fast, say "try again".
    const pipeline: StoragePipelineOptions = {
      retryOptions: { maxTries: 2, retryDelayInMs: TRY_AGAIN_AFTER_MS, maxRetryDelayInMs: 1000, tryTimeoutInMs: TRY_TIMEOUT_MS },
    };
    this.container = new ContainerClient(connectionString, containerName, pipeline);
    this.pipeline = createEmptyPipeline();
    this.pipeline.addPolicy(retryPolicy([tryAgainOnce], { maxRetries: 1 }));
    this.pipeline.addPolicy(
      {
        name: 'eachTry',
        sendRequest: (request, next) => {
          this.tries.set(request, (this.tries.get(request) ?? 0) + 1);
          return next(request);
        },
      },
      { afterPolicies: ['retryPolicy'] },
    );
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
   *
   * A conditional write sent again (its first answer lost, or a 5xx) can meet its own first try,
   * which ran: the blob is read, and when it holds exactly what this write sent, the write
   * succeeded, else it is the conflict it looks like. Sealed records carry a random nonce, so
   * another writer's bytes are never these; two unsealed writes of the same content in the same
   * millisecond (same expiry) can be taken for each other, which is harmless: the blob holds what
   * this write wanted.
   */
  async write(changes: StoreItems): Promise<ReportedTags> {
    const written = await Promise.all(
      Object.entries(changes).map(async ([key, item]) => {
        const { eTag, ...body } = item as { eTag?: string };
        const conditions: Record<string, string> =
          eTag === CREATE_ONLY ? { 'If-None-Match': '*' } : eTag && eTag !== '*' ? { 'If-Match': eTag } : {};
        const text = JSON.stringify(body);
        const response = await this.send('PUT', key, [201, 409, 412], text, {
          ...conditions,
          'x-ms-blob-type': 'BlockBlob',
          'x-ms-blob-content-type': 'application/json',
          'Content-Type': 'application/json',
        });
        if (response.status !== 201) {
          const own = (this.tries.get(response.request) ?? 1) > 1 ? await this.send('GET', key, [200, 404]) : undefined;
          if (own?.status !== 200 || own.bodyAsText !== text) throw refusal('PUT', response);
          return [key, own.headers.get('etag')!] as const;
        }
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
    if (!expected.includes(response.status)) throw refusal(method, response);
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

/**
 * The pipeline's HTTP client: one try, its `timeout` the time its whole answer may take. A try
 * without an answer is the SDK's RestError with Node's code (ETIMEDOUT when it took too long), as
 * the retry policy expects.
 */
async function sendOverNode(request: PipelineRequest): Promise<PipelineResponse> {
  try {
    const answer = await send(request.url, {
      method: request.method,
      headers: request.headers.toJSON(),
      body: request.body as string | undefined,
      timeoutMs: request.timeout || undefined,
    });
    const headers = createHttpHeaders();
    for (let i = 0; i < answer.rawHeaders.length; i += 2) headers.set(answer.rawHeaders[i], answer.rawHeaders[i + 1]);
    return { request, status: answer.status, headers, bodyAsText: answer.body.toString('utf8') };
  } catch (error) {
    throw new RestError((error as Error).message, { code: (error as NodeJS.ErrnoException).code, request });
  }
}

/** Errors of a try whose answer never came (the request may or may not have run). */
const NO_ANSWER = new Set(['ECONNRESET', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ECONNREFUSED', 'ENOTFOUND', 'EPIPE']);

/**
 * One more try after a try without an answer or a 5xx (as the SDK's exponential retry, which
 * leaves connection errors to another policy), TRY_AGAIN_AFTER_MS later. A conditional write sent
 * again may meet its own first try: `write` tells that apart from a conflict.
 */
const tryAgainOnce: RetryStrategy = {
  name: 'tryAgainOnce',
  retry: ({ response, responseError }) => {
    const status = response?.status ?? 0;
    const failed = status === 408 || (status >= 500 && status !== 501 && status !== 505);
    const unanswered = !response && NO_ANSWER.has(String(responseError?.code));
    return failed || unanswered ? { retryAfterInMs: TRY_AGAIN_AFTER_MS } : { skipStrategy: true };
  },
};

/** The SDK's error for an answer the caller did not expect (412 or 409 on a condition, else why the store failed). */
function refusal(method: string, response: PipelineResponse): RestError {
  const code = response.headers.get('x-ms-error-code') ?? undefined;
  return new RestError(`Blob ${method} answered ${response.status}${code ? ` ${code}` : ''}`, { statusCode: response.status, code });
}

/** The Blob service version the lean requests speak (Get, Put and Delete Blob are the same in every recent one; Azurite 3.35 knows it). */
const BLOB_SERVICE_VERSION = '2025-05-05';
const TRY_AGAIN_AFTER_MS = 200;
const TRY_TIMEOUT_MS = 5000;
