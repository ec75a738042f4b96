import { strict as assert } from 'node:assert';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { BodyRefused, readJsonBody } from '../../../src/edge';

/** readJsonBody behind a real HTTP server: what each request's body read ended with. */
describe('reading a request body: bounded in time as in size', () => {
  let server: http.Server;
  let port: number;
  let results: Array<Promise<unknown>>;

  before(async () => {
    results = [];
    server = http.createServer((req, res) => {
      const read = readJsonBody(req, 1024, 300);
      results.push(read);
      read.then(
        () => res.end('ok'),
        (error: BodyRefused) => {
          res.statusCode = error.status;
          res.end(error.reason, () => req.socket.destroy());
        },
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Sends the headers and `sent` of a body of `declared` bytes, then waits: the status the server answers with. */
  function trickle(sent: string, declared: number): Promise<{ status?: number; ms: number }> {
    const started = Date.now();
    return new Promise((resolve) => {
      const request = http.request({
        port,
        host: '127.0.0.1',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': declared },
      });
      request.on('response', (response) => {
        response.resume();
        resolve({ status: response.statusCode, ms: Date.now() - started });
      });
      request.on('error', () => resolve({ ms: Date.now() - started }));
      request.write(sent);
    });
  }

  it('a body that stops arriving is refused with 408 at the deadline', async () => {
    const answer = await trickle('{"type":', 100);
    assert.equal(answer.status, 408);
    assert.ok(answer.ms >= 250 && answer.ms < 2000, `after ${answer.ms} ms`);
    await assert.rejects(results.at(-1)!, (e: unknown) => e instanceof BodyRefused && e.status === 408);
  });

  it('a whole body within the deadline is read', async () => {
    const body = '{"type":"message"}';
    const answer = await new Promise<number | undefined>((resolve) => {
      const request = http.request({ port, host: '127.0.0.1', method: 'POST', headers: { 'content-type': 'application/json' } }, (r) => {
        r.resume();
        resolve(r.statusCode);
      });
      request.end(body);
    });
    assert.equal(answer, 200);
    assert.deepEqual(await results.at(-1), { type: 'message' });
  });

  /** Posts `body` whole; the status answered and what the read ended with. */
  async function post(body: string): Promise<{ status?: number; read: unknown }> {
    const status = await new Promise<number | undefined>((resolve) => {
      const request = http.request(
        { port, host: '127.0.0.1', method: 'POST', agent: false, headers: { 'content-type': 'application/json' } },
        (r) => {
          r.resume();
          resolve(r.statusCode);
        },
      );
      request.on('error', () => resolve(undefined));
      request.end(body);
    });
    return { status, read: await results.at(-1)!.catch((error: unknown) => error) };
  }

  it('a body nested deeper than an activity can be is refused before it is parsed; brackets in strings do not count', async () => {
    const deep = await post(`{"value":${'['.repeat(65)}${']'.repeat(65)}}`);
    assert.equal(deep.status, 400);
    assert.ok(deep.read instanceof BodyRefused && /nested deeper than 64/.test(deep.read.reason), String(deep.read));
    const inStrings = `{"text":"${'[{'.repeat(200)} ${'\\"'} ${'{'.repeat(200)}","value":${'['.repeat(60)}${']'.repeat(60)}}`;
    assert.ok(inStrings.length < 1024);
    const fine = await post(inStrings);
    assert.equal(fine.status, 200);
    assert.equal((fine.read as { text: string }).text, `${'[{'.repeat(200)} " ${'{'.repeat(200)}`);
  });
});
