import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startAzurite, type AzuriteProcess } from '../../scripts/dev/azurite';
import { Sealer, TicketStore } from '../../src/state';
import { CREATE_ONLY, StorageConflictError, openStorage, type OpenedStorage } from '../../src/storage';

/** What the proxy does to the next request of a method to a blob whose name contains `blob`. */
interface Rule {
  method: string;
  blob: string;
  /**
   * `lose-answer`: Azurite runs it, the caller's connection is cut before the answer; `timeout`: Azurite runs it, the
   * answer comes too late; `ran-then-500`: Azurite runs it, the caller gets Azure's 500 OperationTimedOut; `cut`: it never reaches Azurite.
   */
  fault: 'lose-answer' | 'timeout' | 'ran-then-500' | 'cut';
}

/**
 * Azurite behind a proxy that cuts chosen connections: a write whose answer is lost (it ran) or that
 * never arrived, as a network or a load balancer loses them. Everything else passes unchanged.
 */
async function lossyProxy(target: number): Promise<{ port: number; rules: Rule[]; seen: string[]; close(): Promise<void> }> {
  const rules: Rule[] = [];
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${decodeURIComponent(req.url ?? '')}`);
    const index = rules.findIndex((r) => r.method === req.method && decodeURIComponent(req.url ?? '').includes(r.blob));
    const rule = index >= 0 ? rules.splice(index, 1)[0] : undefined;
    if (rule?.fault === 'cut') {
      req.socket.destroy();
      return;
    }
    const upstream = http.request(
      { port: target, host: '127.0.0.1', method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          if (rule?.fault === 'lose-answer') {
            req.socket.destroy();
            return;
          }
          if (rule?.fault === 'timeout') {
            setTimeout(() => req.socket.destroy(), 6000).unref();
            return;
          }
          if (rule?.fault === 'ran-then-500') {
            // Azure's answer when a request outlasts its server timeout (it may have run).
            res.writeHead(500, { 'x-ms-error-code': 'OperationTimedOut', 'Content-Type': 'application/xml' });
            res.end('<?xml version="1.0" encoding="utf-8"?><Error><Code>OperationTimedOut</Code></Error>');
            return;
          }
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          res.end(Buffer.concat(chunks));
        });
      },
    );
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    rules,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A conditional blob write (If-None-Match: *, If-Match) is sent again after a lost answer; the
 * retry meets the first try's own write. That must count as written, never as a conflict (a
 * ticket claimed by this very click would say "still working on it" and stay stuck for a lease),
 * and a real conflict must stay one.
 */
describe('blob storage: a conditional write whose answer was lost', function () {
  this.timeout(60000);
  let azurite: AzuriteProcess;
  let proxy: Awaited<ReturnType<typeof lossyProxy>>;
  let opened: OpenedStorage;

  before(async () => {
    azurite = await startAzurite({ location: mkdtempSync(path.join(os.tmpdir(), 'azurite-lost-')), fresh: true });
    proxy = await lossyProxy(azurite.port);
    const connectionString = azurite.connectionString.replace(`:${azurite.port}/`, `:${proxy.port}/`);
    opened = await openStorage({ mode: 'playground', storage: { kind: 'blob', connectionString, container: `c${Date.now()}` } }, () => 30);
  });
  after(async () => {
    opened?.close();
    await proxy?.close();
    await azurite?.stop();
    if (azurite) rmSync(azurite.location, { recursive: true, force: true });
  });
  beforeEach(() => {
    proxy.rules.length = 0;
    proxy.seen.length = 0;
  });

  const expiresAt = () => new Date(Date.now() + 86_400_000).toISOString();

  for (const fault of ['lose-answer', 'timeout', 'ran-then-500'] as const) {
    it(`a create-only write that ran (${fault}) is written, once, and its eTag works for the next write`, async () => {
      const key = `tickets/created-once-${fault}`;
      proxy.rules.push({ method: 'PUT', blob: key.split('/')[1], fault });
      await opened.storage.write({ [key]: { data: { n: 1 }, expiresAt: expiresAt(), eTag: CREATE_ONLY } });
      assert.equal(proxy.seen.filter((s) => s.startsWith('PUT')).length, 2, 'the write was sent again');
      const read = (await opened.storage.read([key]))[key];
      assert.deepEqual(read.data, { n: 1 });
      await opened.storage.write({ [key]: { data: { n: 2 }, expiresAt: expiresAt(), eTag: read.eTag } });
      assert.deepEqual((await opened.storage.read([key]))[key].data, { n: 2 });
    });
  }

  it('an If-Match write that ran is written, and reports the eTag it left', async () => {
    const key = 'conversations/changed-once';
    await opened.storage.write({ [key]: { data: { n: 1 }, expiresAt: expiresAt(), eTag: CREATE_ONLY } });
    const first = (await opened.storage.read([key]))[key];
    proxy.rules.push({ method: 'PUT', blob: 'changed-once', fault: 'lose-answer' });
    const tags = (await opened.storage.write({ [key]: { data: { n: 2 }, expiresAt: expiresAt(), eTag: first.eTag } })) as unknown as Record<
      string,
      string
    >;
    const now = (await opened.storage.read([key]))[key];
    assert.deepEqual(now.data, { n: 2 });
    assert.equal(tags[key], now.eTag, "the reported eTag is the blob's");
  });

  it("a retried write that meets another writer's item is still a conflict", async () => {
    const key = 'tickets/someone-elses';
    await opened.storage.write({ [key]: { data: { by: 'other' }, expiresAt: expiresAt(), eTag: CREATE_ONLY } });
    // The first try never arrives; the retry meets the other writer's blob.
    proxy.rules.push({ method: 'PUT', blob: 'someone-elses', fault: 'cut' });
    await assert.rejects(
      opened.storage.write({ [key]: { data: { by: 'me' }, expiresAt: expiresAt(), eTag: CREATE_ONLY } }),
      StorageConflictError,
    );
    assert.deepEqual((await opened.storage.read([key]))[key].data, { by: 'other' });
  });

  it("a ticket claim whose answer was lost is this click's claim: it goes on, and a second click finds it taken", async () => {
    const sealer = Sealer.ephemeral();
    const tickets = new TicketStore(opened.storage, sealer);
    const owner = { userId: 'user-1', conversationId: 'conv-1' };
    const ticket = await tickets.issue({ action: 'cancel', meetingId: 'm-1' }, owner);
    proxy.rules.push({ method: 'PUT', blob: ticket.id, fault: 'lose-answer' });
    const claim = await tickets.claim(ticket.id, owner.userId);
    assert.equal(claim.kind, 'claimed', 'not "busy": nobody else holds it');
    assert.equal((await new TicketStore(opened.storage, sealer).claim(ticket.id, owner.userId)).kind, 'busy', 'one claim only');
    assert.equal(claim.kind === 'claimed' && (await tickets.complete(ticket.id, { done: true }, claim.token)), undefined);
    assert.equal((await tickets.get(ticket.id))?.status, 'done');
  });
});
