import { strict as assert } from 'node:assert';
import { generateKeyPair, SignJWT, decodeJwt } from 'jose';
import { ALEX, startFakeSandbox } from './support/sandbox-fixture';
import { graphTokenFor, requestSandbox, ssoToken, tokenRequest } from './support/https-client';
import type { FakeWorld } from './support/fake-world';
import type { ReadyInfo, RunningSandbox } from '../../dev/sandbox';

/** Graph's error envelope (concepts/errors.md): {"error":{"code","message","innerError":{"request-id","date","client-request-id"}}}. */
function assertEnvelope(json: any, code: string, message?: string | RegExp): void {
  assert.equal(json.error.code, code);
  if (typeof message === 'string') assert.equal(json.error.message, message);
  else if (message) assert.match(json.error.message, message);
  assert.match(json.error.innerError['request-id'], /^[0-9a-f-]{36}$/);
  assert.match(json.error.innerError.date, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  assert.ok(json.error.innerError['client-request-id']);
}

describe('sandbox Graph HTTP layer (routing, auth, errors)', () => {
  let sandbox: RunningSandbox;
  let world: FakeWorld;
  let info: ReadyInfo;
  let token: string;

  before(async () => {
    ({ sandbox, world, info } = await startFakeSandbox());
    token = await graphTokenFor(info, ALEX);
  });
  after(() => sandbox.stop());
  beforeEach(() => {
    world.handled.length = 0;
  });

  const call = (method: string, path: string, options: { token?: string; headers?: Record<string, string>; body?: string } = {}) =>
    requestSandbox(info, method, `${info.graph}${path}`, {
      headers: { ...(options.token === '' ? {} : { Authorization: `Bearer ${options.token ?? token}` }), ...options.headers },
      body: options.body,
    });

  it('listens on both loopback addresses, so localhost works whichever one a client resolves first', async () => {
    const port = new URL(info.graph).port;
    for (const host of ['127.0.0.1', '[::1]']) {
      const response = await requestSandbox(info, 'GET', `https://${host}:${port}/v1.0/me`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      assert.equal(response.status, 200, host);
    }
  });

  it('routes case-insensitively (Graph path segments are) and captures {name} parameters', async () => {
    const response = await call('GET', '/ME/EVENTS/AAMkAG%3D%3D');
    assert.equal(response.status, 200);
    assert.deepEqual(response.json, { id: 'AAMkAG==' });
    assert.equal(world.handled[0].params.eventId, 'AAMkAG==');
    assert.equal(world.handled[0].caller.upn, ALEX);
  });

  it('serves /beta as well as /v1.0 and gives handlers the version base URL for nextLinks', async () => {
    const response = await requestSandbox(info, 'GET', info.graph.replace('/v1.0', '/beta') + '/me/calendarView', {
      headers: { Authorization: `Bearer ${token}` },
    });
    assert.equal(response.status, 200);
    assert.equal(response.json.baseUrl, info.graph.replace('/v1.0', '/beta'));
    assert.equal(world.handled[0].version, 'beta');
  });

  it('answers an unknown segment with 400 BadRequest "Resource not found for the segment \'<segment>\'."', async () => {
    const response = await call('GET', '/me/calendarz');
    assert.equal(response.status, 400);
    assertEnvelope(response.json, 'BadRequest', "Resource not found for the segment 'calendarz'.");
  });

  it('answers a known path with the wrong method with 405 and an Allow header', async () => {
    const response = await call('PATCH', '/me/events/abc');
    assert.equal(response.status, 405);
    assert.equal(response.headers.allow, 'GET, DELETE');
    assertEnvelope(response.json, 'Request_BadRequest');
  });

  it('answers 202 and 204 with no body and no JSON content type (the JS client throws otherwise)', async () => {
    const accepted = await call('POST', '/me/events/abc/cancel', {
      headers: { 'Content-Type': 'application/json' },
      body: '{"comment":"Sorry"}',
    });
    assert.equal(accepted.status, 202);
    assert.equal(accepted.text, '');
    assert.equal(accepted.headers['content-type'], undefined);
    assert.deepEqual(world.handled[0].body, { comment: 'Sorry' });
    const deleted = await call('DELETE', '/me/events/abc');
    assert.equal(deleted.status, 204);
    assert.equal(deleted.headers['content-type'], undefined);
  });

  it('rejects malformed JSON with 400 BadRequest and never calls the handler', async () => {
    const response = await call('POST', '/me/events/abc/cancel', {
      headers: { 'Content-Type': 'application/json' },
      body: '{"comment": "unterminated',
    });
    assert.equal(response.status, 400);
    assertEnvelope(response.json, 'BadRequest', /Unable to read JSON request payload/);
    assert.equal(world.handled.length, 0);
  });

  it('echoes client-request-id and adds a fresh request-id on success and on errors alike', async () => {
    for (const path of ['/me', '/nope']) {
      const response = await call('GET', path, { headers: { 'client-request-id': 'c0ffee00-0000-4000-8000-000000000001' } });
      assert.equal(response.headers['client-request-id'], 'c0ffee00-0000-4000-8000-000000000001');
      assert.match(String(response.headers['request-id']), /^[0-9a-f-]{36}$/);
    }
    const failed = await call('GET', '/nope', { headers: { 'client-request-id': 'c0ffee00-0000-4000-8000-000000000002' } });
    assert.equal(failed.json.error.innerError['client-request-id'], 'c0ffee00-0000-4000-8000-000000000002');
    assert.equal(failed.json.error.innerError['request-id'], failed.headers['request-id']);
  });

  it('answers a missing token with 401 InvalidAuthenticationToken "Access token is empty."', async () => {
    const response = await call('GET', '/me', { token: '' });
    assert.equal(response.status, 401);
    assertEnvelope(response.json, 'InvalidAuthenticationToken', 'Access token is empty.');
    assert.match(String(response.headers['www-authenticate']), /^Bearer /);
    assert.equal(world.handled.length, 0);
  });

  it('answers a token signed by another key with 401', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT(decodeJwt(token)).setProtectedHeader({ alg: 'RS256', kid: 'forged' }).sign(privateKey);
    const response = await call('GET', '/me', { token: forged });
    assert.equal(response.status, 401);
    assertEnvelope(response.json, 'InvalidAuthenticationToken', 'Signature is invalid.');
  });

  it('answers a token for another audience (the SSO token itself) with 401 "Invalid audience."', async () => {
    const response = await call('GET', '/me', { token: await ssoToken(info, ALEX) });
    assert.equal(response.status, 401);
    assertEnvelope(response.json, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.');
  });

  it("answers a token without the route's scope with 403 ErrorAccessDenied (ReadWrite would satisfy Read)", async () => {
    const userReadOnly = await graphTokenFor(info, ALEX, 'https://graph.microsoft.com/User.Read');
    const denied = await call('GET', '/me/calendarView', { token: userReadOnly });
    assert.equal(denied.status, 403);
    assertEnvelope(denied.json, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
    const readWrite = await graphTokenFor(info, ALEX, 'https://graph.microsoft.com/Calendars.ReadWrite');
    assert.equal((await call('GET', '/me/calendarView', { token: readWrite })).status, 200);
  });

  it('refuses app-only (client credentials) tokens with 403: the sandbox grants no application permissions', async () => {
    const appOnly = await tokenRequest(info, {
      grant_type: 'client_credentials',
      client_id: info.clientId,
      client_secret: info.clientSecret,
      scope: 'https://graph.microsoft.com/.default',
    });
    const response = await call('GET', '/me', { token: appOnly.json.access_token });
    assert.equal(response.status, 403);
  });

  it('answers paths outside /v1.0 and /beta with Graph\'s "Invalid version"', async () => {
    const response = await requestSandbox(info, 'GET', info.graph.replace('/v1.0', '/v2.0/me'));
    assert.equal(response.status, 400);
    assertEnvelope(response.json, 'BadRequest', 'Invalid version: v2.0');
  });

  it("admin GET /mailboxes/<upn> returns the world's snapshot, 404 for an unknown user", async () => {
    const known = await requestSandbox(info, 'GET', `${info.admin}/mailboxes/${encodeURIComponent(ALEX)}`);
    assert.deepEqual(known.json, { timeZone: 'UTC', events: [], deletedItems: [], inbox: [] });
    const unknown = await requestSandbox(info, 'GET', `${info.admin}/mailboxes/nobody@contoso.onmicrosoft.com`);
    assert.equal(unknown.status, 404);
    assert.equal(unknown.json.error.code, 'UserNotFound');
  });
});

describe('sandbox Graph HTTP layer: token lifetime', () => {
  let sandbox: RunningSandbox;
  let info: ReadyInfo;

  before(async () => {
    ({ sandbox, info } = await startFakeSandbox({ tokenLifetimeSeconds: 0 }));
  });
  after(() => sandbox.stop());

  it('answers an expired access token with 401 "Access token has expired or is not yet valid."', async () => {
    // Lifetime 0: the token's exp is its issue second, so it is already expired when Graph checks it.
    const response = await tokenRequest(info, {
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      requested_token_use: 'on_behalf_of',
      assertion: await ssoToken(info, ALEX, 3600),
      scope: 'https://graph.microsoft.com/.default',
      client_id: info.clientId,
      client_secret: info.clientSecret,
    });
    assert.equal(response.json.expires_in, 0);
    const me = await requestSandbox(info, 'GET', `${info.graph}/me`, {
      headers: { Authorization: `Bearer ${response.json.access_token}` },
    });
    assert.equal(me.status, 401);
    assertEnvelope(me.json, 'InvalidAuthenticationToken', 'Access token has expired or is not yet valid.');
  });
});
