import { strict as assert } from 'node:assert';
import { startSandbox, type ReadyInfo, type RunningSandbox } from '../../../dev/sandbox';
import { ALEX, TEST_STATE_DIR } from '../support/sandbox-fixture';
import { graphTokenFor, requestSandbox } from '../support/https-client';

/** POST /$batch as json-batching.md describes it, with Outlook's 4 concurrent requests per mailbox. */
describe('sandbox Graph: JSON batching ($batch)', function () {
  this.timeout(20000);
  let sandbox: RunningSandbox;
  let info: ReadyInfo;
  let token: string;

  before(async () => {
    sandbox = await startSandbox({ stateDir: TEST_STATE_DIR });
    info = sandbox.info;
    token = await graphTokenFor(info, ALEX);
  });
  after(() => sandbox.stop());
  afterEach(() => admin('POST', '/reset', {}));

  const admin = (method: string, route: string, body?: unknown) =>
    requestSandbox(
      info,
      method,
      `${info.admin}${route}`,
      body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    );
  const batch = (requests: unknown[], bearer = token) =>
    requestSandbox(info, 'POST', `${info.graph}/$batch`, {
      headers: { 'content-type': 'application/json', ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({ requests }),
    });
  const get = (id: string, url = '/me/mailboxSettings') => ({ id, method: 'GET', url });

  it('refuses more than 20 requests, or duplicate ids (case-insensitive), as a 400 for the whole batch', async () => {
    const tooMany = await batch(Array.from({ length: 21 }, (_, i) => get(String(i))));
    assert.equal(tooMany.status, 400);
    assert.equal(tooMany.json.error.code, 'BadRequest');
    assert.match(tooMany.json.error.message, /20/);
    const duplicate = await batch([get('a'), get('A')]);
    assert.equal(duplicate.status, 400);
    const noToken = await batch([get('1')], '');
    assert.equal(noToken.status, 401);
    assert.equal(noToken.json.error.code, 'InvalidAuthenticationToken');
  });

  it('answers each request with its own status, headers and body, correlated by id; the batch counts once', async () => {
    const before = (await admin('GET', '/stats')).json;
    const response = await batch([
      get('settings'),
      get('missing', '/me/events/AAMkAGnothere'),
      {
        id: 'post',
        method: 'POST',
        url: '/me/events/AAMkAGnothere/cancel',
        body: { comment: 'x' },
        headers: { 'Content-Type': 'application/json' },
      },
    ]);
    assert.equal(response.status, 200);
    const byId = new Map(response.json.responses.map((r: any) => [r.id, r]));
    assert.equal((byId.get('settings') as any).status, 200);
    assert.ok((byId.get('settings') as any).body.timeZone);
    assert.equal((byId.get('missing') as any).status, 404);
    assert.equal((byId.get('missing') as any).body.error.code, 'ErrorItemNotFound');
    assert.equal((byId.get('post') as any).status, 404, 'a POST step reaches its route with its body');
    assert.equal(response.status, 200);
    const after = (await admin('GET', '/stats')).json;
    assert.equal(after.graph.byRoute['POST /$batch'] - (before.graph.byRoute['POST /$batch'] ?? 0), 1);
    assert.equal(after.graph.total - before.graph.total, 1, 'one HTTP request');
  });

  it('a body without a Content-Type header is refused (json-batching.md)', async () => {
    const response = await batch([{ id: '1', method: 'POST', url: '/me/events/x/cancel', body: { comment: 'x' } }]);
    assert.equal(response.status, 400);
  });

  it('runs requests at once, so a mailbox takes 4 and throttles the rest inside the batch (429 with Retry-After)', async () => {
    await admin('POST', '/faults', { latencyMs: 100 });
    const response = await batch(Array.from({ length: 8 }, (_, i) => get(String(i))));
    assert.equal(response.status, 200);
    const statuses = response.json.responses.map((r: any) => r.status).sort();
    assert.deepEqual(statuses, [200, 200, 200, 200, 429, 429, 429, 429]);
    const throttled = response.json.responses.find((r: any) => r.status === 429);
    assert.equal(throttled.body.error.code, 'ApplicationThrottled');
    assert.ok(Number(throttled.headers['Retry-After']) > 0);
  });

  it('dependsOn runs requests in order and fails dependents of a failed request with 424', async () => {
    await admin('POST', '/faults', { latencyMs: 100 });
    const chain = Array.from({ length: 8 }, (_, i) => ({ ...get(String(i)), ...(i ? { dependsOn: [String(i - 1)] } : {}) }));
    const ordered = await batch(chain);
    assert.deepEqual(
      ordered.json.responses.map((r: any) => r.status),
      Array(8).fill(200),
      'a chain never has two requests in flight',
    );
    const broken = await batch([get('1', '/me/events/AAMkAGnothere'), { ...get('2'), dependsOn: ['1'] }]);
    const second = broken.json.responses.find((r: any) => r.id === '2');
    assert.equal(second.status, 424);
    const forward = await batch([{ ...get('1'), dependsOn: ['2'] }, get('2')]);
    assert.equal(forward.status, 400, 'only an earlier request can be depended on');
  });
});
