import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfidentialClientApplication } from '@azure/msal-node';
import { MemoryStorage } from 'botbuilder';
import { decodeJwt } from 'jose';
import { startSandbox, type RunningSandbox } from '../../dev/sandbox';
import { GraphTokens, SignInNeeded, UserTokenCache, type GraphAccess, type UserRef } from '../../src/auth';
import { CalendarAccess, MissingConsent, type GraphTokenSource } from '../../src/bot';
import { loadConfig } from '../../src/config';
import { Sealer } from '../../src/state';
import { SandboxClient } from '../support/sandbox-client';

const ALEX = 'AlexW@contoso.onmicrosoft.com';
const PATTI = 'PattiF@contoso.onmicrosoft.com';
const OWN = ['Calendars.ReadWrite', 'MailboxSettings.Read', 'User.Read'];

class Sandbox extends SandboxClient {
  constructor(readonly running: RunningSandbox) {
    super();
  }
  get info() {
    return this.running.info;
  }
}

/**
 * The access tiers against the sandbox's Entra: real MSAL Node (on-behalf-of, then silent with the
 * refresh token for a new scope set) over HTTPS, the user's persisted token cache, consent per
 * permission as the sandbox's identity grants it (the user's own grants plus the admin's).
 */
describe('Graph access tiers against the sandbox identity (MSAL on-behalf-of and refresh per scope set)', function () {
  this.timeout(30000);
  let sandbox: Sandbox;
  let tokens: GraphTokens;

  before(async () => {
    sandbox = new Sandbox(await startSandbox({ stateDir: path.join(os.tmpdir(), 'meeting-cancel-bot-it') }));
  });
  after(async () => {
    await sandbox?.running.stop();
  });
  beforeEach(async () => {
    await sandbox.reset();
    const info = sandbox.info;
    const config = loadConfig({
      AAD_APP_CLIENT_ID: info.clientId,
      SECRET_AAD_APP_CLIENT_SECRET: info.clientSecret,
      AAD_APP_TENANT_ID: 'contoso',
      SANDBOX_ADMIN: info.admin,
      GRAPH_ENDPOINT: info.graph,
    });
    const cache = new UserTokenCache(new MemoryStorage(), Sealer.ephemeral());
    // The bot's MSAL client as GraphTokens builds it, with the sandbox's CA (the bot process gets it from NODE_EXTRA_CA_CERTS).
    const msalFor = async (user: UserRef) =>
      new ConfidentialClientApplication({
        auth: {
          clientId: info.clientId,
          clientSecret: info.clientSecret,
          authority: info.authority,
          knownAuthorities: [new URL(info.authority).host],
        },
        cache: { cachePlugin: cache.pluginFor(user) },
        system: { customAgentOptions: { ca: fs.readFileSync(info.caCert, 'utf8') } },
      });
    tokens = new GraphTokens(
      { clientId: info.clientId, clientSecret: info.clientSecret, authority: info.authority },
      config.graph.access,
      cache,
      msalFor,
    );
  });

  async function signedIn(upn: string): Promise<{ user: UserRef; sso: () => Promise<string> }> {
    const sso = async () => (await sandbox.admin('POST', '/sso-token', { user: upn })).token as string;
    const claims = decodeJwt(await sso());
    return { user: { aadObjectId: String(claims.oid), tenantId: String(claims.tid) }, sso };
  }

  const scopesOf = (token: string | undefined) => String(decodeJwt(token!).scp).split(' ').sort();
  const grants = async () => (await sandbox.stats()).tokens.byGrant;

  async function refusal(promise: Promise<unknown>): Promise<SignInNeeded> {
    try {
      await promise;
    } catch (error) {
      assert.ok(error instanceof SignInNeeded, `SignInNeeded, not ${String(error)}`);
      return error;
    }
    assert.fail('expected SignInNeeded');
  }

  it("own first: the token carries exactly today's permissions; shared without consent is consent for shared, and own keeps working", async () => {
    const { user, sso } = await signedIn(ALEX);
    assert.deepEqual(scopesOf(await tokens.tokenFor(user, sso, 'own')), [...OWN].sort());
    // Entra refuses the refresh for the new scope set (AADSTS65001 consent_required); no SSO token at hand (Teams mode).
    const needed = await refusal(tokens.tokenFor(user, async () => undefined, 'shared'));
    assert.deepEqual([needed.reason, needed.access], ['consent', 'shared']);
    assert.deepEqual(scopesOf(await tokens.tokenFor(user, async () => undefined, 'own')), [...OWN].sort(), 'own from the cache');
    assert.equal((await grants()).on_behalf_of, 1, 'one exchange: the rest came from the cache or was refused there');
  });

  it('after the user grants Calendars.ReadWrite.Shared, the refresh token gets it silently: no new sign-in', async () => {
    const { user, sso } = await signedIn(ALEX);
    await tokens.tokenFor(user, sso, 'own');
    await sandbox.admin('POST', '/consent', { user: ALEX, scopes: [...OWN, 'Calendars.ReadWrite.Shared'] });
    const shared = await tokens.tokenFor(user, async () => undefined, 'shared');
    assert.deepEqual(scopesOf(shared), [...OWN, 'Calendars.ReadWrite.Shared'].sort());
    const byGrant = await grants();
    assert.equal(byGrant.on_behalf_of, 1);
    assert.equal(byGrant.refresh_token, 1, 'the new scope set came with the refresh token');
    // The cache now holds the wider token (MSAL replaces one whose scopes overlap): own is still served from it.
    assert.ok(scopesOf(await tokens.tokenFor(user, async () => undefined, 'own')).includes('Calendars.ReadWrite'));
    assert.deepEqual(await grants(), byGrant, 'no token request for own');
  });

  it('a delegate who consented (Patti) gets shared on her first exchange; a refused exchange is consent, never a sign-in', async () => {
    const patti = await signedIn(PATTI);
    assert.deepEqual(scopesOf(await tokens.tokenFor(patti.user, patti.sso, 'shared')), [...OWN, 'Calendars.ReadWrite.Shared'].sort());
    const alex = await signedIn(ALEX);
    const needed = await refusal(tokens.tokenFor(alex.user, alex.sso, 'shared'));
    assert.deepEqual([needed.reason, needed.access], ['consent', 'shared'], 'OBO refused with AADSTS65001');
  });

  it("groups: the admin's tenant-wide grant covers every user; without it the refusal is consent for groups, which only an administrator can give", async () => {
    const { user, sso } = await signedIn(ALEX);
    assert.deepEqual(scopesOf(await tokens.tokenFor(user, sso, 'groups')), [...OWN, 'Group.ReadWrite.All'].sort());
    await sandbox.admin('POST', '/admin-consent', { scopes: [] });
    await tokens.signOut(user);
    const needed = await refusal(tokens.tokenFor(user, sso, 'groups'));
    assert.deepEqual([needed.reason, needed.access], ['consent', 'groups']);
    assert.equal(tokens.needsAdmin(needed.access), true);
    assert.deepEqual(scopesOf(await tokens.tokenFor(user, sso, 'own')), [...OWN].sort(), 'the own calendar still works');
  });

  it('CalendarAccess hands the adapter one token source: each access on first use, a missing consent noted for the turn', async () => {
    const { user, sso } = await signedIn(ALEX);
    const asked: Partial<Record<GraphAccess, string>> = {};
    let source: GraphTokenSource | undefined;
    const access = new CalendarAccess(
      tokens,
      (tokenFor) => {
        source = tokenFor;
        return {} as never;
      },
      { tokenFor: async () => sso() },
    );
    const missing = new MissingConsent();
    await access.open(user, missing);
    asked.own = await source!('own');
    assert.deepEqual(scopesOf(asked.own), [...OWN].sort());
    assert.equal(await source!('own'), asked.own, 'the same token for the turn');
    const needed = await refusal(source!('shared'));
    assert.deepEqual(
      missing.list().map((m) => [m.reason, m.access]),
      [['consent', 'shared']],
    );
    assert.equal(missing.list()[0], needed);
  });
});
