import { strict as assert } from 'node:assert';
import { ALEX, startFakeSandbox } from './support/sandbox-fixture';
import { adminPost, graphTokenFor, requestSandbox, type SandboxResponse } from './support/https-client';
import type { FakeWorld } from './support/fake-world';
import type { ReadyInfo, RunningSandbox, StatsReport } from '../../dev/sandbox';

describe('sandbox throttling, faults and stats', () => {
  let sandbox: RunningSandbox;
  let world: FakeWorld;
  let info: ReadyInfo;
  let token: string;

  before(async () => {
    ({ sandbox, world, info } = await startFakeSandbox());
    token = await graphTokenFor(info, ALEX);
  });
  after(() => sandbox.stop());
  beforeEach(async () => {
    await adminPost(info, '/reset', {});
    world.handled.length = 0;
  });

  const call = (method: string, path: string): Promise<SandboxResponse> =>
    requestSandbox(info, method, `${info.graph}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  const stats = async (): Promise<StatsReport> => (await requestSandbox(info, 'GET', `${info.admin}/stats`)).json;
  const setFaults = (settings: unknown) => adminPost(info, '/faults', settings);

  async function untilInFlight(count: number): Promise<void> {
    while ((await stats()).graph.inFlight < count) await new Promise((resolve) => setImmediate(resolve));
  }

  it('throttling-limits.md: the 5th concurrent request on one mailbox gets 429 ApplicationThrottled with Retry-After', async () => {
    // Latency holds the first four inside their mailbox slots while the fifth arrives.
    await setFaults({ latencyMs: 1500 });
    const held = [1, 2, 3, 4].map(() => call('GET', '/me/calendarView'));
    await untilInFlight(4);
    const fifth = await call('GET', '/me/calendarView');
    assert.equal(fifth.status, 429);
    assert.equal(fifth.json.error.code, 'ApplicationThrottled');
    assert.equal(fifth.json.error.message, 'Application is over its MailboxConcurrency limit.');
    assert.ok(Number(fifth.headers['retry-after']) >= 1);
    const statuses = (await Promise.all(held)).map((response) => response.status);
    assert.deepEqual(statuses, [200, 200, 200, 200]);
    // Slots are given back: the next request goes through.
    await setFaults({});
    assert.equal((await call('GET', '/me/calendarView')).status, 200);
  });

  it('fails the next N requests matching a path substring and method with the given status, then recovers', async () => {
    await setFaults({ failNext: [{ path: '/cancel', method: 'POST', status: 503, count: 2 }] });
    assert.equal((await call('GET', '/me/events/abc')).status, 200, 'GET does not match the rule');
    const first = await call('POST', '/me/events/abc/cancel');
    const second = await call('POST', '/me/events/abc/cancel');
    const third = await call('POST', '/me/events/abc/cancel');
    assert.deepEqual([first.status, second.status, third.status], [503, 503, 202]);
    assert.equal(first.json.error.code, 'serviceNotAvailable');
    assert.equal(first.headers['retry-after'], '1');
    const shown = (await requestSandbox(info, 'GET', `${info.admin}/faults`)).json;
    assert.equal(shown.failNext[0].count, 0);
  });

  it('matches a fail-next rule on the route pattern as declared', async () => {
    await setFaults({ failNext: [{ path: '/me/events/{eventId}', status: 404 }] });
    const failed = await call('GET', '/me/events/xyz');
    assert.equal(failed.status, 404);
    assert.equal(failed.json.error.code, 'ErrorItemNotFound');
    assert.equal((await call('GET', '/me/events/xyz')).status, 200);
  });

  it('lose-response: the request runs, then the client gets a 504 GatewayTimeout (or a dropped connection) instead of its answer', async () => {
    await setFaults({
      loseResponse: [
        { path: '/cancel', method: 'POST' },
        { path: '/me/events/{eventId}', method: 'DELETE', answer: 'connection-reset' },
      ],
    });
    const lost = await call('POST', '/me/events/abc/cancel');
    assert.equal(lost.status, 504);
    assert.equal(lost.json.error.code, 'GatewayTimeout');
    assert.equal(world.handled.filter((h) => h.path.endsWith('/cancel')).length, 1, 'the cancel ran');
    await assert.rejects(call('DELETE', '/me/events/abc'), /socket hang up|ECONNRESET/);
    assert.equal(world.handled.filter((h) => h.method === 'DELETE').length, 1, 'the delete ran');
    assert.equal((await call('POST', '/me/events/abc/cancel')).status, 202, 'one count, then answers again');

    await setFaults({ loseResponse: [{ path: '/cancel', thenUnavailable: 2 }] });
    assert.equal((await call('POST', '/me/events/abc/cancel')).status, 504);
    const outage = [await call('GET', '/me/events/abc'), await call('GET', '/me'), await call('GET', '/me/events/abc')];
    assert.deepEqual(
      outage.map((r) => r.status),
      [503, 503, 200],
      'the outage that began with the lost answer lasts two requests',
    );
  });

  it('injects 429/503/504 at the configured rate: rate 1 fails every request, with Retry-After', async () => {
    await setFaults({ rates: { '504': 1 }, retryAfterSeconds: 7 });
    for (let i = 0; i < 3; i++) {
      const response = await call('GET', '/me');
      assert.equal(response.status, 504);
      assert.equal(response.headers['retry-after'], '7');
    }
    assert.equal(world.handled.length, 0);
  });

  it('draws random faults from a seed, so the same seed replays the same sequence', async () => {
    const run = async (): Promise<number[]> => {
      await setFaults({ rates: { '429': 0.3, '503': 0.2 }, seed: 42 });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await call('GET', '/me')).status);
      return statuses;
    };
    const first = await run();
    assert.deepEqual(await run(), first);
    assert.ok(first.includes(200), `mixed outcomes: ${first}`);
    assert.ok(
      first.some((status) => status === 429 || status === 503),
      `mixed outcomes: ${first}`,
    );
  });

  it('adds the configured latency to Graph requests', async () => {
    await setFaults({ latencyMs: 300 });
    const started = Date.now();
    assert.equal((await call('GET', '/me')).status, 200);
    assert.ok(Date.now() - started >= 300);
  });

  it('rejects invalid fault settings with 400 naming the field, keeping the old ones', async () => {
    await setFaults({ latencyMs: 5 });
    const response = await setFaults({ rates: { '429': 2 } });
    assert.equal(response.status, 400);
    assert.match(response.json.error.message, /rates\.429/);
    assert.equal((await requestSandbox(info, 'GET', `${info.admin}/faults`)).json.latencyMs, 5);
  });

  it('counts every Graph request that reached routing: byRoute by declared pattern, failures included', async () => {
    await call('GET', '/me/calendarView');
    await call('GET', '/me/calendarView');
    await call('POST', '/me/events/A1/cancel');
    await requestSandbox(info, 'GET', `${info.graph}/me`); // no token: 401, still counted
    await call('GET', '/me/unknown'); // no route: counted in total only
    const report = await stats();
    assert.equal(report.graph.total, 5);
    assert.deepEqual(report.graph.byRoute, { 'GET /me/calendarView': 2, 'POST /me/events/{eventId}/cancel': 1, 'GET /me': 1 });
  });

  it('POST /reset zeroes stats, clears faults and resets the world', async () => {
    await call('GET', '/me');
    await setFaults({ rates: { '503': 1 } });
    const resetsBefore = world.resets;
    const response = await adminPost(info, '/reset', {});
    assert.equal(response.status, 204);
    assert.equal(world.resets, resetsBefore + 1);
    assert.deepEqual((await stats()).graph, { total: 0, byRoute: {}, inFlight: 0 });
    assert.deepEqual((await requestSandbox(info, 'GET', `${info.admin}/faults`)).json, {});
    assert.equal((await call('GET', '/me')).status, 200);
  });
});

describe('sandbox faults given at start', () => {
  it('applies start-up faults and POST /reset returns to them', async () => {
    const { sandbox, info } = await startFakeSandbox({ faults: { failNext: [{ path: '/me', status: 500, count: 1 }] } });
    try {
      const token = await graphTokenFor(info, ALEX);
      const get = () => requestSandbox(info, 'GET', `${info.graph}/me`, { headers: { Authorization: `Bearer ${token}` } });
      assert.equal((await get()).status, 500);
      assert.equal((await get()).status, 200);
      await adminPost(info, '/reset', {});
      assert.equal((await get()).status, 500);
    } finally {
      await sandbox.stop();
    }
  });
});
