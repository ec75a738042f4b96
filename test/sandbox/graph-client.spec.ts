import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { ALEX, startFakeSandbox } from './support/sandbox-fixture';
import { adminPost, requestSandbox } from './support/https-client';
import type { FakeWorld } from './support/fake-world';
import type { ReadyInfo, RunningSandbox, StatsReport } from '../../dev/sandbox';

/**
 * The real client libraries, unmodified, in a child process that trusts the sandbox CA through
 * NODE_EXTRA_CA_CERTS (read only at process start, hence the child). This is how the bot runs.
 */
describe('sandbox with MSAL Node + @microsoft/microsoft-graph-client (NODE_EXTRA_CA_CERTS)', () => {
  let sandbox: RunningSandbox;
  let world: FakeWorld;
  let info: ReadyInfo;
  let results: Record<string, any>;
  let stats: StatsReport;

  before(async () => {
    ({ sandbox, world, info } = await startFakeSandbox());
    // One 503 with Retry-After 0 on the retry probe's path: the client's RetryHandler should retry it.
    await adminPost(info, '/faults', { failNext: [{ path: '/me/events/retry-probe', method: 'GET', status: 503 }], retryAfterSeconds: 0 });
    const probe = path.join(__dirname, 'support', 'graph-client-probe.ts');
    const { stdout } = await promisify(execFile)(process.execPath, ['--require', 'tsx/cjs', probe], {
      env: { ...process.env, NODE_EXTRA_CA_CERTS: info.caCert, SANDBOX_READY: JSON.stringify(info) },
      timeout: 60_000,
    });
    results = JSON.parse(stdout.trim().split('\n').pop() ?? '{}');
    stats = (await requestSandbox(info, 'GET', `${info.admin}/stats`)).json;
  });
  after(() => sandbox.stop());

  it('MSAL acquireTokenOnBehalfOf works with only NODE_EXTRA_CA_CERTS for trust (no agent options)', () => {
    assert.equal(results.msalUpn, ALEX);
    assert.equal(stats.tokens.byGrant.on_behalf_of, 2);
  });

  it('the Graph client attaches the token for customHosts "localhost" and reads the JSON body', () => {
    assert.deepEqual(results.me, { ok: true, value: { id: '00000000-0000-4000-8000-000000000020', userPrincipalName: ALEX } });
  });

  it('the Graph client compares customHosts to the host without port: "localhost:N" gets no token (401 empty)', () => {
    assert.equal(results.hostWithPort.statusCode, 401);
    assert.equal(results.hostWithPort.message, 'Access token is empty.');
  });

  it('a 202 without JSON content type resolves (event-cancel.md: 202 Accepted, no body)', () => {
    assert.equal(results.cancel.ok, true);
    const cancel = world.handled.find((request) => request.path === '/me/events/AAMk1/cancel');
    assert.deepEqual(cancel?.body, { comment: 'Sorry, cancelled' });
  });

  it('the RetryHandler retries an injected 503 honouring Retry-After, and both attempts are counted', () => {
    assert.deepEqual(results.retried, { ok: true, value: { id: 'retry-probe' } });
    assert.equal(stats.graph.byRoute['GET /me/events/{eventId}'], 2);
  });

  it('errors surface as GraphError with status, code and request id from the envelope', () => {
    assert.equal(results.unknownSegment.statusCode, 400);
    assert.equal(results.unknownSegment.code, 'BadRequest');
    assert.match(results.unknownSegment.requestId, /^[0-9a-f-]{36}$/);
    assert.equal(results.forged.statusCode, 401);
    assert.equal(results.forged.code, 'InvalidAuthenticationToken');
    assert.equal(results.scopeMissing.statusCode, 403);
    assert.equal(results.scopeMissing.code, 'ErrorAccessDenied');
  });
});
