import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Context } from '@microsoft/microsoft-graph-client';
import { NodeHttpHandler } from '../../../src/calendar/graph/node-http-handler';

/** The Graph client's last step over Node's HTTP client: what the client's other steps read of fetch's Response. */
describe('NodeHttpHandler (the Graph client sends through Node http)', () => {
  let server: Server;
  let base: string;
  const seen: Array<{ method: string; url: string; headers: Record<string, unknown>; body: string }> = [];

  before(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
        if (req.url === '/cancel') return void res.writeHead(202).end();
        if (req.url === '/none') return void res.writeHead(204).end();
        res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '7', 'Set-Cookie': ['a=1', 'b=2'] });
        res.end(JSON.stringify({ error: { code: 'TooManyRequests' } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  const run = async (request: Context['request'], options: RequestInit = {}) => {
    const context = { request, options } as Context;
    await new NodeHttpHandler().execute(context);
    return context.response!;
  };

  it('sends method, headers and body; any status resolves with its headers and body', async () => {
    const response = await run(`${base}/view?$top=5`, {
      method: 'POST',
      headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' },
      body: '{"comment":"sorry"}',
    });
    assert.equal(response.status, 429);
    assert.equal(response.headers.get('retry-after'), '7');
    assert.deepEqual(await response.json(), { error: { code: 'TooManyRequests' } });
    const request = seen.at(-1)!;
    assert.deepEqual([request.method, request.url, request.body], ['POST', '/view?$top=5', '{"comment":"sorry"}']);
    assert.equal(request.headers.authorization, 'Bearer t');
  });

  it('202 with an empty body and 204 with none, as fetch gives them', async () => {
    const accepted = await run(`${base}/cancel`, { method: 'POST', body: '{}' });
    assert.equal(accepted.status, 202);
    assert.equal(await accepted.text(), '');
    const none = await run(`${base}/none`);
    assert.equal(none.status, 204);
    assert.equal(none.body, null);
  });

  it('the answer reads as a fetch Response does: ok, one read of the body, streams, blobs and clones on demand', async () => {
    const throttled = await run(`${base}/view`);
    assert.equal(throttled.ok, false);
    assert.equal(throttled.bodyUsed, false);
    assert.equal(await throttled.text(), '{"error":{"code":"TooManyRequests"}}');
    assert.equal(throttled.bodyUsed, true);
    await assert.rejects(throttled.json(), TypeError, 'a body is read once');
    assert.throws(() => throttled.clone(), TypeError);

    const accepted = await run(`${base}/cancel`, { method: 'POST', body: '{}' });
    assert.equal(accepted.ok, true);
    const copy = accepted.clone();
    assert.equal(await copy.text(), '');
    assert.equal((await accepted.blob()).size, 0);

    const streamed = await run(`${base}/view`);
    const chunks: Uint8Array[] = [];
    const reader = streamed.body!.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
    assert.deepEqual(JSON.parse(Buffer.concat(chunks).toString()), { error: { code: 'TooManyRequests' } });
    assert.equal(streamed.bodyUsed, true);
    await assert.rejects(streamed.text(), TypeError);
    assert.deepEqual(
      new Uint8Array(await (await run(`${base}/view`)).arrayBuffer()),
      new TextEncoder().encode('{"error":{"code":"TooManyRequests"}}'),
    );
  });

  it('a Request the client built (after a redirect) is sent as it is', async () => {
    const response = await run(new Request(`${base}/cancel`, { method: 'POST', body: '{"a":1}', headers: { 'x-one': '1' } }));
    assert.equal(response.status, 202);
    assert.deepEqual([seen.at(-1)!.body, seen.at(-1)!.headers['x-one']], ['{"a":1}', '1']);
  });

  it('an abort rejects, and nothing is answered', async () => {
    const controller = new AbortController();
    const silent = createServer(() => controller.abort());
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      await assert.rejects(run(`http://127.0.0.1:${(silent.address() as AddressInfo).port}/x`, { signal: controller.signal }), /abort/i);
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('a read on a kept-alive connection the server reset is tried once more on a new one; a write is not (it may have run)', async () => {
    let served = 0;
    const closing = createServer((req, res) => {
      const reused = (req.socket as { served?: number }).served ?? 0;
      (req.socket as { served?: number }).served = reused + 1;
      // The second request on one connection: the server resets it, as one closing an idle connection does.
      if (reused >= 1) return void req.socket.destroy();
      served++;
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
    });
    await new Promise<void>((resolve) => closing.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(closing.address() as AddressInfo).port}/x`;
      assert.equal((await run(url)).status, 200);
      assert.equal((await run(url)).status, 200, 'answered on a new connection');
      assert.equal(served, 2);
      await assert.rejects(run(url, { method: 'POST', body: '{}' }), /ECONNRESET|socket hang up/);
      assert.equal(served, 2, 'the write was not sent again');
    } finally {
      closing.closeAllConnections();
      await new Promise((resolve) => closing.close(resolve));
    }
  });
});
