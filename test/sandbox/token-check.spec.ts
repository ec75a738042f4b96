import assert from 'node:assert/strict';
import { generateSigningKeys } from '../../dev/sandbox/identity/signing-keys';
import { TokenService } from '../../dev/sandbox/identity/tokens';

const GRAPH = 'https://graph.microsoft.com';
const ALEX = {
  id: '00000000-0000-4000-8000-000000000020',
  userPrincipalName: 'AlexW@contoso.onmicrosoft.com',
  displayName: 'Alex Wilber',
  mail: 'AlexW@contoso.onmicrosoft.com',
  consentedScopes: [],
};

describe('sandbox token check: a token verified once is remembered, and still checked every time', () => {
  let tokens: TokenService;
  let token: string;
  before(async () => {
    tokens = new TokenService(await generateSigningKeys(), 'https://login.invalid/tenant/v2.0', 'tenant');
    ({ token } = await tokens.issue({ user: ALEX, clientId: 'bot', audience: GRAPH, scopes: ['Calendars.Read'], lifetimeSeconds: 3600 }));
  });

  it('the same token passes again; another audience is refused after it passed', async () => {
    assert.equal((await tokens.check(token, [GRAPH])).ok, true);
    const again = await tokens.check(token, [GRAPH]);
    assert.deepEqual(again.ok && [again.claims.oid, again.claims.scp], [ALEX.id, 'Calendars.Read']);
    assert.deepEqual(await tokens.check(token, ['api://other']), { ok: false, failure: 'audience' });
  });

  it('a remembered token is refused once it expires', async () => {
    assert.equal((await tokens.check(token, [GRAPH])).ok, true);
    const realNow = Date.now;
    Date.now = () => realNow() + 2 * 3_600_000;
    try {
      assert.deepEqual(await tokens.check(token, [GRAPH]), { ok: false, failure: 'expired' });
    } finally {
      Date.now = realNow;
    }
  });

  it("the remembered token's claims with another signature are refused as a bad signature", async () => {
    assert.equal((await tokens.check(token, [GRAPH])).ok, true);
    const [header, payload, signature] = token.split('.');
    const forged = `${header}.${payload}.${signature.slice(0, -4)}${signature.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    assert.deepEqual(await tokens.check(forged, [GRAPH]), { ok: false, failure: 'signature' });
    assert.deepEqual(await tokens.check('not.a.token', [GRAPH]), { ok: false, failure: 'malformed' });
  });
});
