import { strict as assert } from 'node:assert';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { boundHeaderTime } from '../../../src/edge';

const DEADLINE_MS = 300;

/** boundHeaderTime on a real HTTP server, driven over raw sockets: a trickle of headers is cut off at the deadline. */
describe('request headers: bounded in time', () => {
  let server: http.Server;
  let port: number;

  before(async () => {
    server = http.createServer((_req, res) => res.end('ok'));
    boundHeaderTime(server, DEADLINE_MS);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Opens a connection, writes `first`, then one header line every `everyMs` until closed; when it closed and what came back. */
  function slowloris(first: string, everyMs: number): Promise<{ ms: number; received: string }> {
    const started = Date.now();
    return new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      let received = '';
      let lines = 0;
      const drip = setInterval(() => socket.write(`X-Drip-${lines++}: a\r\n`), everyMs);
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearInterval(drip);
        resolve({ ms: Date.now() - started, received });
      });
      socket.write(first);
      // The test's own bound: far past the deadline, yet well within the test's timeout.
      setTimeout(() => socket.destroy(), 10 * DEADLINE_MS);
    });
  }

  it('headers trickled one line at a time are cut off at the deadline, unanswered', async () => {
    const { ms, received } = await slowloris('POST /api/messages HTTP/1.1\r\nHost: bot\r\n', 50);
    assert.ok(ms >= DEADLINE_MS - 20 && ms < 3 * DEADLINE_MS, `closed after ${ms} ms (deadline ${DEADLINE_MS} ms)`);
    assert.equal(received, '');
  });

  it('a kept-alive connection gets the deadline again for its next request, and is answered meanwhile', async () => {
    const first = 'GET /healthz HTTP/1.1\r\nHost: bot\r\n\r\n';
    await new Promise((resolve) => setTimeout(resolve, DEADLINE_MS / 2));
    const { ms, received } = await slowloris(`${first}GET /healthz HTTP/1.1\r\nHost: bot\r\n`, 50);
    assert.match(received, /^HTTP\/1\.1 200/, 'the first request is answered');
    assert.equal(received.match(/HTTP\/1\.1 200/g)?.length, 1, 'the trickled second one is not');
    assert.ok(ms < 3 * DEADLINE_MS, `closed after ${ms} ms`);
  });

  it('a request whose headers arrive in time is answered', async () => {
    const answer = await fetch(`http://127.0.0.1:${port}/healthz`);
    assert.equal(await answer.text(), 'ok');
  });
});
