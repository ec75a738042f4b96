import { strict as assert } from 'node:assert';
import { InteractionRequiredAuthError, ServerError, type AuthenticationResult, type TokenCacheContext } from '@azure/msal-node';
import { MemoryStorage, type StoreItems } from 'botbuilder';
import {
  GraphTokens,
  SignInNeeded,
  UserTokenCache,
  type GraphAccess,
  type GraphAccessScopes,
  type MsalClient,
  type UserCachePlugin,
} from '../../../src/auth';
import { loadConfig } from '../../../src/config';
import { Sealer } from '../../../src/state';
import { MemoryStateStorage } from '../../../src/storage/memory-state-storage';

const USER = { aadObjectId: '00000000-0000-4000-8000-000000000020', tenantId: 'tenant' };
const G = 'https://graph.microsoft.com';
const OWN = [`${G}/Calendars.ReadWrite`, `${G}/MailboxSettings.Read`, `${G}/User.Read`];
const ACCESS: GraphAccessScopes = loadConfig({
  AAD_APP_CLIENT_ID: 'client',
  SECRET_AAD_APP_CLIENT_SECRET: 'secret',
  AAD_APP_TENANT_ID: 'contoso.onmicrosoft.com',
  SANDBOX_ADMIN: 'https://localhost:9443/_sandbox',
}).graph.access;

/**
 * Entra's "not consented" (AADSTS65001, suberror consent_required) as MSAL Node 2.16 hands it
 * over: ResponseHandler.validateTokenResponse throws an InteractionRequiredAuthError with the
 * response's error, error_description and suberror (msal-common isInteractionRequiredError).
 */
function notConsented(): InteractionRequiredAuthError {
  return new InteractionRequiredAuthError(
    'invalid_grant',
    "AADSTS65001: The user or administrator has not consented to use the application with ID 'client' named 'Cancel Meetings'. Send an interactive authorization request for this user and resource. Trace ID: t Correlation ID: c Timestamp: 2026-11-30 05:00:00Z",
    'consent_required',
  );
}

/** The same refusal without a suberror: MSAL leaves it a ServerError whose message carries the AADSTS code. */
function notConsentedNoSuberror(): ServerError {
  return new ServerError(
    'invalid_grant',
    'Error(s): 65001 - Timestamp: x - Description: AADSTS65001: The user or administrator has not consented ...',
  );
}

/**
 * MSAL as far as GraphTokens uses it, with an Entra that grants the scope names in `consented`
 * and refuses any request for another one, as Entra does for a refresh or an OBO exchange.
 */
class FakeMsal implements MsalClient {
  consented = new Set(['Calendars.ReadWrite', 'MailboxSettings.Read', 'User.Read']);
  signedIn = true;
  readonly silent: string[][] = [];
  readonly obo: string[][] = [];
  oboError?: Error;
  /** When the tokens MSAL gives expire (MSAL always says; unset: the fake does not). */
  expiresOn?: Date;
  private release?: () => void;
  gate?: Promise<void>;

  hold(): void {
    this.gate = new Promise((resolve) => (this.release = resolve));
  }
  open(): void {
    this.release?.();
  }

  getTokenCache(): ReturnType<MsalClient['getTokenCache']> {
    const account = this.signedIn ? { homeAccountId: 'h', localAccountId: USER.aadObjectId } : null;
    return { getAccountByLocalId: async () => account } as unknown as ReturnType<MsalClient['getTokenCache']>;
  }

  async acquireTokenSilent(request: { scopes: string[] }): Promise<AuthenticationResult> {
    this.silent.push(request.scopes);
    await this.gate;
    return this.grant(request.scopes);
  }

  async acquireTokenOnBehalfOf(request: { scopes: string[] }): Promise<AuthenticationResult | null> {
    this.obo.push(request.scopes);
    await this.gate;
    if (this.oboError) throw this.oboError;
    return this.grant(request.scopes);
  }

  private grant(scopes: string[]): AuthenticationResult {
    if (!scopes.every((scope) => this.consented.has(scope.slice(G.length + 1)))) throw notConsented();
    return {
      accessToken: `token for ${scopes.map((s) => s.slice(G.length + 1)).join(' ')}`,
      expiresOn: this.expiresOn,
    } as AuthenticationResult;
  }
}

describe('GraphTokens: access tiers and consent', () => {
  let msal: FakeMsal;
  let tokens: GraphTokens;
  let ssoAsked: number;
  const sso = async () => {
    ssoAsked++;
    return 'sso-token';
  };
  const noSso = async () => undefined;

  beforeEach(() => {
    msal = new FakeMsal();
    ssoAsked = 0;
    const cache = new UserTokenCache(new MemoryStorage(), Sealer.ephemeral());
    tokens = new GraphTokens(
      { clientId: 'client', clientSecret: 'secret', authority: 'https://login.example/t' },
      ACCESS,
      cache,
      async () => msal,
    );
  });

  async function refusal(promise: Promise<unknown>): Promise<SignInNeeded> {
    try {
      await promise;
    } catch (error) {
      assert.ok(error instanceof SignInNeeded, `SignInNeeded, not ${String(error)}`);
      return error;
    }
    assert.fail('expected SignInNeeded');
  }

  it("config: own is today's scopes; shared adds Calendars.ReadWrite.Shared; groups adds Group.ReadWrite.All and needs an administrator", () => {
    assert.deepEqual(ACCESS.own, { scopes: OWN, adminConsent: false });
    assert.deepEqual(ACCESS.shared, { scopes: [...OWN, `${G}/Calendars.ReadWrite.Shared`], adminConsent: false });
    assert.deepEqual(ACCESS.groups, { scopes: [...OWN, `${G}/Group.ReadWrite.All`], adminConsent: true });
    assert.equal(tokens.needsAdmin('groups'), true);
    assert.equal(tokens.needsAdmin('shared'), false);
    assert.equal(tokens.needsAdmin('own'), false);
  });

  it("asks for each access's scopes, silently first (MSAL uses the refresh token for a new scope set)", async () => {
    msal.consented.add('Calendars.ReadWrite.Shared');
    assert.equal(
      await tokens.tokenFor(USER, sso, 'shared'),
      'token for Calendars.ReadWrite MailboxSettings.Read User.Read Calendars.ReadWrite.Shared',
    );
    assert.deepEqual(msal.silent, [ACCESS.shared.scopes]);
    assert.equal(ssoAsked, 0, 'no exchange when the cache answers');
    assert.equal(await tokens.tokenFor(USER, sso), 'token for Calendars.ReadWrite MailboxSettings.Read User.Read', 'own by default');
    assert.deepEqual(msal.silent[1], OWN);
  });

  it('a token MSAL gave is handed out again until five minutes before it expires, then MSAL is asked (it renews); a sign-out forgets it', async () => {
    msal.consented.add('Calendars.ReadWrite.Shared');
    msal.expiresOn = new Date(Date.now() + 3_600_000);
    for (let turn = 0; turn < 3; turn++) await tokens.tokenFor(USER, noSso, 'own', 0);
    assert.equal(msal.silent.length, 1, 'MSAL asked once for an hour-long token');
    msal.expiresOn = new Date(Date.now() + 240_000);
    await tokens.tokenFor(USER, noSso, 'shared', 0);
    await tokens.tokenFor(USER, noSso, 'shared', 0);
    assert.equal(msal.silent.length, 3, 'a token due for renewal goes back to MSAL each time');
    await tokens.signOut(USER);
    msal.signedIn = false;
    assert.equal(await tokens.tokenFor(USER, noSso, 'own', 0), undefined, 'signed out: nothing handed out from memory');
  });

  it('no cached account: on-behalf-of the SSO token with the scopes of the access asked for', async () => {
    msal.signedIn = false;
    msal.consented.add('Calendars.ReadWrite.Shared');
    await tokens.tokenFor(USER, sso, 'shared');
    assert.deepEqual(msal.obo, [ACCESS.shared.scopes]);
    assert.equal(await tokens.tokenFor(USER, noSso, 'own'), undefined, 'no account and no SSO token: sign-in needed');
  });

  it('single-flight per user AND access: concurrent calls for one access share one exchange, another access has its own', async () => {
    msal.signedIn = false;
    msal.consented.add('Calendars.ReadWrite.Shared');
    msal.hold();
    const own = Array.from({ length: 8 }, () => tokens.tokenFor(USER, sso, 'own'));
    const shared = Array.from({ length: 3 }, () => tokens.tokenFor(USER, sso, 'shared'));
    const other = tokens.tokenFor({ ...USER, aadObjectId: 'someone-else' }, sso, 'own');
    await new Promise((resolve) => setImmediate(resolve));
    msal.open();
    const results = await Promise.all([...own, ...shared, other]);
    assert.equal(new Set(results.slice(0, 8)).size, 1);
    assert.equal(new Set(results.slice(8, 11)).size, 1);
    assert.notEqual(results[0], results[8]);
    assert.equal(msal.obo.length, 3, 'one exchange for own, one for shared, one for the other user');
    assert.deepEqual(
      msal.obo.filter((scopes) => scopes.length === 4),
      [ACCESS.shared.scopes],
    );
    // Done: the next call runs again (nothing stays single-flighted).
    msal.obo.length = 0;
    await tokens.tokenFor(USER, sso, 'own');
    assert.equal(msal.obo.length, 1);
  });

  it('a refresh Entra refuses with AADSTS65001/consent_required is consent for that access, not a sign-in; own keeps working', async () => {
    const needed = await refusal(tokens.tokenFor(USER, noSso, 'shared'));
    assert.equal(needed.reason, 'consent');
    assert.equal(needed.access, 'shared');
    assert.ok(!/sso-token|token for/.test(needed.message), 'no token in the message');
    assert.equal(await tokens.tokenFor(USER, noSso, 'own'), 'token for Calendars.ReadWrite MailboxSettings.Read User.Read');
  });

  it('refused silently, then the SSO token is tried (an administrator may have granted it since); refused there too: consent', async () => {
    const needed = await refusal(tokens.tokenFor(USER, sso, 'groups'));
    assert.deepEqual([needed.reason, needed.access], ['consent', 'groups']);
    assert.deepEqual(msal.obo, [ACCESS.groups.scopes]);
    msal.consented.add('Group.ReadWrite.All');
    assert.match((await tokens.tokenFor(USER, sso, 'groups'))!, /Group\.ReadWrite\.All/);
  });

  it('maps the exchange refusals: AADSTS65001 without suberror is consent; another invalid_grant is sign-in; anything else stays itself', async () => {
    const exchange = (error: Error, access: GraphAccess = 'shared') => {
      msal.oboError = error;
      return tokens.exchange(USER, 'sso-token', access);
    };
    const consent = await refusal(exchange(notConsentedNoSuberror()));
    assert.deepEqual([consent.reason, consent.access], ['consent', 'shared']);
    const interactive = await refusal(exchange(notConsented(), 'groups'));
    assert.deepEqual([interactive.reason, interactive.access], ['consent', 'groups']);
    const audience = await refusal(exchange(new ServerError('invalid_grant', 'AADSTS50013: Assertion failed signature validation.')));
    assert.equal(audience.reason, 'signIn');
    const network = new Error('ECONNRESET');
    await assert.rejects(exchange(network), (error) => error === network);
  });
});

/**
 * MSAL as it uses its cache plugin: each call accesses the cache, and what the plugin deserializes
 * is merged into the client's memory (MSAL Node's NodeStorage.setInMemoryCache: nothing is removed);
 * an exchange writes the new tokens through it.
 */
class PersistingMsal implements MsalClient {
  /** The client's in-memory cache, as MSAL would serialize it. */
  memory = '{}';
  constructor(private readonly plugin: UserCachePlugin) {}

  private async access<T>(work: () => T, changed = false): Promise<T> {
    const tokenCache = {
      deserialize: (json: string) => (this.memory = JSON.stringify({ ...JSON.parse(this.memory), ...JSON.parse(json) })),
      serialize: () => this.memory,
    };
    await this.plugin.beforeCacheAccess({ tokenCache, cacheHasChanged: false } as unknown as TokenCacheContext);
    const result = work();
    await this.plugin.afterCacheAccess({ tokenCache, cacheHasChanged: changed } as unknown as TokenCacheContext);
    return result;
  }

  getTokenCache(): ReturnType<MsalClient['getTokenCache']> {
    const getAccountByLocalId = () =>
      this.access(() => (JSON.parse(this.memory).token ? { homeAccountId: 'h', localAccountId: USER.aadObjectId } : null));
    return { getAccountByLocalId } as unknown as ReturnType<MsalClient['getTokenCache']>;
  }

  async acquireTokenSilent(): Promise<AuthenticationResult> {
    return this.access(() => ({ accessToken: JSON.parse(this.memory).token }) as AuthenticationResult);
  }

  async acquireTokenOnBehalfOf(request: { oboAssertion: string }): Promise<AuthenticationResult | null> {
    this.memory = JSON.stringify({ token: `token from ${request.oboAssertion}` });
    return this.access(() => ({ accessToken: JSON.parse(this.memory).token }) as AuthenticationResult, true);
  }
}

describe("GraphTokens: a recent user's tokens from memory, storage when they may have changed", () => {
  const sealer = Sealer.ephemeral();
  let storage: MemoryStateStorage;
  let reads: number;
  const identity = { clientId: 'client', clientSecret: 'secret', authority: 'https://login.example/t' };
  /** One bot process: its own clients, the shared storage. */
  const instance = () =>
    new GraphTokens(identity, ACCESS, new UserTokenCache(storage, sealer), async (_user, plugin) => new PersistingMsal(plugin));
  const noSso = async () => undefined;

  beforeEach(() => {
    storage = new MemoryStateStorage();
    reads = 0;
    const read = storage.read.bind(storage);
    storage.read = async (keys: string[]): Promise<StoreItems> => {
      if (keys.some((key) => key.startsWith('tokens/'))) reads++;
      return read(keys);
    };
  });

  it('turns after the first read no storage while the sign-out count is the one the client saw', async () => {
    const here = instance();
    assert.equal(await here.tokenFor(USER, async () => 'sso-1', 'own', 0), 'token from sso-1');
    const afterSignIn = reads;
    for (let turn = 0; turn < 3; turn++) assert.equal(await here.tokenFor(USER, noSso, 'own', 0), 'token from sso-1');
    assert.equal(reads, afterSignIn, 'no storage read for a token in memory');
  });

  it('signed in on another instance: a client that has no account reads storage once more and finds it', async () => {
    const here = instance();
    assert.equal(await here.tokenFor(USER, noSso, 'own', 0), undefined, 'not signed in yet');
    await instance().tokenFor(USER, async () => 'sso-elsewhere', 'own', 0);
    assert.equal(await here.tokenFor(USER, noSso, 'own', 0), 'token from sso-elsewhere');
  });

  it('signed out on another instance: the next turn carries a higher count, and the tokens in memory are not used', async () => {
    const here = instance();
    const elsewhere = instance();
    await here.tokenFor(USER, async () => 'sso-1', 'own', 0);
    await elsewhere.tokenFor(USER, noSso, 'own', 0);
    await elsewhere.signOut(USER);
    assert.equal(await here.tokenFor(USER, noSso, 'own', 1), undefined, 'sign-in needed, as the user asked');
    // Without the count it would still have answered from memory: the count is what tells.
    await here.tokenFor(USER, async () => 'sso-2', 'own', 1);
    await elsewhere.signOut(USER);
    assert.equal(
      await here.tokenFor(USER, noSso, 'own', 1),
      'token from sso-2',
      'same count: memory serves (this is what the count is for)',
    );
  });

  it('a caller that knows no count (a sign-in exchange, work after a turn) reads storage: never tokens from before a sign-out elsewhere', async () => {
    const here = instance();
    await here.tokenFor(USER, async () => 'sso-1', 'own', 0);
    await instance().signOut(USER);
    assert.equal(await here.tokenFor(USER, noSso, 'own'), undefined);
  });
});
