import { strict as assert } from 'node:assert';
import { generateKeyPair, SignJWT, decodeJwt } from 'jose';
import { ALEX, LYNNE, msalClient, startFakeSandbox } from './support/sandbox-fixture';
import { requestSandbox, adminPost, ssoToken, tokenRequest } from './support/https-client';
import type { ReadyInfo, RunningSandbox } from '../../dev/sandbox';

const CALENDARS = ['https://graph.microsoft.com/Calendars.ReadWrite'];

/** MSAL rejects with a ServerError carrying Entra's error, suberror and AADSTS description. */
async function oboFailure(promise: Promise<unknown>): Promise<{ errorCode: string; subError: string; errorMessage: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { errorCode: string; subError: string; errorMessage: string };
  }
  throw new Error('expected the on-behalf-of exchange to fail');
}

describe('sandbox identity (Entra-like authority)', () => {
  let sandbox: RunningSandbox;
  let info: ReadyInfo;

  before(async () => {
    ({ sandbox, info } = await startFakeSandbox());
  });
  after(() => sandbox.stop());
  beforeEach(() => adminPost(info, '/reset', {}));

  const stats = async () => (await requestSandbox(info, 'GET', `${info.admin}/stats`)).json;

  it('publishes OpenID discovery shaped like Entra v2.0 (issuer, token/authorize endpoints, jwks_uri)', async () => {
    const response = await requestSandbox(info, 'GET', `${info.authority}/v2.0/.well-known/openid-configuration`);
    assert.equal(response.status, 200);
    assert.equal(response.json.issuer, `${info.authority}/v2.0`);
    assert.equal(response.json.token_endpoint, `${info.authority}/oauth2/v2.0/token`);
    assert.equal(response.json.authorization_endpoint, `${info.authority}/oauth2/v2.0/authorize`);
    assert.equal(response.json.jwks_uri, `${info.authority}/discovery/v2.0/keys`);
    assert.deepEqual(response.json.id_token_signing_alg_values_supported, ['RS256']);
  });

  it('publishes its RS256 signing key as a JWKS whose kid matches issued tokens', async () => {
    const jwks = await requestSandbox(info, 'GET', `${info.authority}/discovery/v2.0/keys`);
    assert.equal(jwks.status, 200);
    const [key] = jwks.json.keys;
    assert.equal(key.kty, 'RSA');
    assert.equal(key.use, 'sig');
    assert.ok(key.n, 'public modulus and exponent only');
    assert.ok(key.e, 'public modulus and exponent only');
    assert.ok(!key.d, 'public modulus and exponent only');
    const header = JSON.parse(Buffer.from((await ssoToken(info, ALEX)).split('.')[0], 'base64url').toString());
    assert.equal(header.kid, key.kid);
    assert.equal(header.alg, 'RS256');
  });

  it("mints a Teams-like SSO token: aud appIdUri, scp access_as_user, the user's oid/upn/tid", async () => {
    const claims = decodeJwt(await ssoToken(info, ALEX));
    assert.equal(claims.aud, info.appIdUri);
    assert.equal(claims.scp, 'access_as_user');
    assert.equal(claims.upn, ALEX);
    assert.equal(claims.oid, '00000000-0000-4000-8000-000000000020');
    assert.equal(claims.tid, info.tenantId);
    assert.equal(claims.iss, `${info.authority}/v2.0`);
    assert.equal((claims.exp as number) - (claims.iat as number), 3600);
  });

  it('admin sso-token answers 404 with a JSON error for an unknown user', async () => {
    const response = await adminPost(info, '/sso-token', { user: 'nobody@contoso.onmicrosoft.com' });
    assert.equal(response.status, 404);
    assert.equal(response.json.error.code, 'UserNotFound');
  });

  it('MSAL acquireTokenOnBehalfOf gets a Graph token (aud Graph, scp, oid, upn) and the second call comes from its cache', async () => {
    const client = msalClient(info);
    const assertion = await ssoToken(info, ALEX);
    const first = await client.acquireTokenOnBehalfOf({ oboAssertion: assertion, scopes: CALENDARS });
    assert.ok(first);
    const claims = decodeJwt(first.accessToken);
    assert.equal(claims.aud, 'https://graph.microsoft.com');
    assert.equal(claims.scp, 'Calendars.ReadWrite');
    assert.equal(claims.upn, ALEX);
    assert.equal(first.fromCache, false);
    const second = await client.acquireTokenOnBehalfOf({ oboAssertion: assertion, scopes: CALENDARS });
    assert.equal(second?.fromCache, true);
    assert.equal(second?.accessToken, first.accessToken);
    assert.deepEqual((await stats()).tokens, { total: 1, byGrant: { on_behalf_of: 1 } });
  });

  it('answers a wrong client secret with invalid_client AADSTS7000215 (HTTP 401)', async () => {
    const failure = await oboFailure(
      msalClient(info, 'not-the-secret').acquireTokenOnBehalfOf({ oboAssertion: await ssoToken(info, ALEX), scopes: CALENDARS }),
    );
    assert.equal(failure.errorCode, 'invalid_client');
    assert.match(failure.errorMessage, /AADSTS7000215: Invalid client secret provided/);
    const raw = await tokenRequest(info, {
      grant_type: 'client_credentials',
      client_id: info.clientId,
      client_secret: 'wrong',
      scope: 'https://graph.microsoft.com/.default',
    });
    assert.equal(raw.status, 401);
    assert.deepEqual(raw.json.error_codes, [7000215]);
    for (const field of ['timestamp', 'trace_id', 'correlation_id']) assert.ok(raw.json[field], field);
  });

  it('answers an unknown client id with AADSTS700016', async () => {
    const raw = await tokenRequest(info, {
      grant_type: 'client_credentials',
      client_id: '11111111-1111-4111-8111-111111111111',
      client_secret: 'x',
      scope: 'https://graph.microsoft.com/.default',
    });
    assert.equal(raw.status, 400);
    assert.equal(raw.json.error, 'unauthorized_client');
    assert.match(raw.json.error_description, /^AADSTS700016: Application with identifier '11111111-/);
  });

  it('rejects an expired assertion with invalid_grant AADSTS500133', async () => {
    const expired = await ssoToken(info, ALEX, -60);
    const failure = await oboFailure(msalClient(info).acquireTokenOnBehalfOf({ oboAssertion: expired, scopes: CALENDARS }));
    assert.equal(failure.errorCode, 'invalid_grant');
    assert.match(failure.errorMessage, /AADSTS500133: Assertion is not within its valid time range/);
  });

  it('rejects an assertion signed by another key with invalid_grant AADSTS50013', async () => {
    const genuine = decodeJwt(await ssoToken(info, ALEX));
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT(genuine).setProtectedHeader({ alg: 'RS256', kid: 'forged' }).sign(privateKey);
    const failure = await oboFailure(msalClient(info).acquireTokenOnBehalfOf({ oboAssertion: forged, scopes: CALENDARS }));
    assert.equal(failure.errorCode, 'invalid_grant');
    assert.match(failure.errorMessage, /AADSTS50013: Assertion failed signature validation/);
  });

  it('rejects an assertion for another audience (a Graph token passed as the SSO token) with AADSTS50013', async () => {
    const graphToken = (await msalClient(info).acquireTokenOnBehalfOf({ oboAssertion: await ssoToken(info, ALEX), scopes: CALENDARS }))!
      .accessToken;
    const failure = await oboFailure(msalClient(info).acquireTokenOnBehalfOf({ oboAssertion: graphToken, scopes: CALENDARS }));
    assert.equal(failure.errorCode, 'invalid_grant');
    assert.match(failure.errorMessage, /AADSTS50013: .*audience in the assertion was 'https:\/\/graph.microsoft.com'/);
  });

  it('answers AADSTS65001 consent_required for a user who has not consented, and succeeds once consent is granted', async () => {
    const refused = await oboFailure(
      msalClient(info).acquireTokenOnBehalfOf({ oboAssertion: await ssoToken(info, LYNNE), scopes: CALENDARS }),
    );
    assert.equal(refused.errorCode, 'invalid_grant');
    assert.equal(refused.subError, 'consent_required');
    assert.match(refused.errorMessage, /AADSTS65001: The user or administrator has not consented/);
    assert.equal((await adminPost(info, '/consent', { user: LYNNE, granted: true })).status, 200);
    const granted = await msalClient(info).acquireTokenOnBehalfOf({ oboAssertion: await ssoToken(info, LYNNE), scopes: CALENDARS });
    assert.equal(decodeJwt(granted!.accessToken).upn, LYNNE);
  });

  it('revoking consent turns the next exchange into AADSTS65001', async () => {
    await adminPost(info, '/consent', { user: ALEX, granted: false });
    const refused = await oboFailure(
      msalClient(info).acquireTokenOnBehalfOf({ oboAssertion: await ssoToken(info, ALEX), scopes: CALENDARS }),
    );
    assert.equal(refused.subError, 'consent_required');
  });

  it('returns a refresh token only when offline_access is requested, and honours it', async () => {
    const form = {
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      requested_token_use: 'on_behalf_of',
      client_id: info.clientId,
      client_secret: info.clientSecret,
    };
    const without = await tokenRequest(info, {
      ...form,
      assertion: await ssoToken(info, ALEX),
      scope: 'https://graph.microsoft.com/User.Read',
    });
    assert.equal(without.status, 200);
    assert.equal(without.json.refresh_token, undefined);
    assert.equal(without.json.token_type, 'Bearer');
    assert.equal(without.json.ext_expires_in, 3600);
    const withOffline = await tokenRequest(info, {
      ...form,
      assertion: await ssoToken(info, ALEX),
      scope: 'https://graph.microsoft.com/User.Read offline_access',
    });
    assert.ok(withOffline.json.refresh_token);
    const refreshed = await tokenRequest(info, {
      grant_type: 'refresh_token',
      refresh_token: withOffline.json.refresh_token,
      client_id: info.clientId,
      client_secret: info.clientSecret,
    });
    assert.equal(refreshed.status, 200);
    assert.equal(decodeJwt(refreshed.json.access_token).scp, 'User.Read');
    assert.deepEqual((await stats()).tokens.byGrant, { on_behalf_of: 2, refresh_token: 1 });
  });

  it('issues app-only tokens by client credentials (MSAL acquireTokenByClientCredential), counted by grant', async () => {
    const result = await msalClient(info).acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
    const claims = decodeJwt(result!.accessToken);
    assert.equal(claims.aud, 'https://graph.microsoft.com');
    assert.equal(claims.idtyp, 'app');
    assert.equal(claims.scp, undefined);
    assert.deepEqual((await stats()).tokens.byGrant, { client_credentials: 1 });
  });

  it('requires the /.default scope for client credentials (AADSTS1002012)', async () => {
    const raw = await tokenRequest(info, {
      grant_type: 'client_credentials',
      client_id: info.clientId,
      client_secret: info.clientSecret,
      scope: 'https://graph.microsoft.com/User.Read',
    });
    assert.equal(raw.json.error, 'invalid_scope');
    assert.deepEqual(raw.json.error_codes, [1002012]);
  });
});
