import { strict as assert } from 'node:assert';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { requestSandbox } from '../sandbox/support/https-client';
import { ALEX, channelToken, Stack } from './support/stack';
import type { ChatUser } from './support/teams-channel';

/**
 * Teams mode: every activity's Bot Framework JWT is checked by botbuilder before any handler runs,
 * against the sandbox playing the channel's token issuer (OpenID metadata + endorsed JWKS).
 */
describe('inbound authentication (Teams mode, sandbox as the channel issuer)', function () {
  this.timeout(60000);
  let stack: Stack;
  let alex: ChatUser;

  before(async () => {
    stack = await Stack.start({ teams: true });
  });
  after(async () => {
    await stack?.stop();
  });
  beforeEach(() => {
    alex = stack.channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
  });

  /** Posts "help" with this Authorization header; returns the status and what reached the user. */
  async function helpWith(authorization: string | null): Promise<{ status: number; replies: number; graph: number }> {
    const before = { log: stack.channel.log.length, graph: (await stack.stats()).graph.total };
    const { status } = await stack.channel.send(alex.activity({ type: 'message', text: 'show my meetings' }), authorization);
    return { status, replies: stack.channel.log.length - before.log, graph: (await stack.stats()).graph.total - before.graph };
  }

  const serviceUrl = () => stack.channel.serviceUrl;

  it("a valid channel token is processed, and the reply carries the bot's own token from its authority", async () => {
    const turn = await alex.say('help');
    assert.equal(turn.status, 200);
    assert.ok(turn.text().length > 0, 'the bot answered');
    const authorization = stack.channel.replyAuthorizations.at(-1);
    assert.match(authorization ?? '', /^Bearer /);
    const keys = await requestSandbox(stack.info, 'GET', `${stack.info.authority}/discovery/v2.0/keys`);
    const { payload } = await jwtVerify(authorization!.slice('Bearer '.length), createLocalJWKSet(keys.json), {
      issuer: `${stack.info.authority}/v2.0`,
      audience: 'https://api.botframework.com',
    });
    assert.equal(payload.azp, stack.info.clientId, 'client credentials of the bot (BOT_ID)');
    const stats = await stack.stats();
    assert.ok((stats.tokens.byGrant.client_credentials ?? 0) >= 1);
  });

  for (const [name, token] of [
    ['no token', async () => null],
    ['an expired token', async () => `Bearer ${await channelToken(stack.info, { serviceUrl: serviceUrl(), expiresInSeconds: -3600 })}`],
    [
      'a token for another bot',
      async () =>
        `Bearer ${await channelToken(stack.info, { serviceUrl: serviceUrl(), audience: '00000000-0000-4000-8000-0000000000ff' })}`,
    ],
    [
      'a token from another issuer',
      async () => `Bearer ${await channelToken(stack.info, { serviceUrl: serviceUrl(), issuer: 'https://api.botframework.com' })}`,
    ],
    [
      'a token with a bad signature',
      async () => `Bearer ${await channelToken(stack.info, { serviceUrl: serviceUrl(), badSignature: true })}`,
    ],
    [
      'a token for another service URL',
      async () => `Bearer ${await channelToken(stack.info, { serviceUrl: 'https://smba.trafficmanager.net/emea/' })}`,
    ],
    ['a malformed header', async () => 'Bearer not-a-jwt'],
  ] as const) {
    it(`${name}: 401, and no handler runs (no reply, no Graph call)`, async () => {
      const outcome = await helpWith(await token());
      assert.deepEqual(outcome, { status: 401, replies: 0, graph: 0 });
    });
  }

  it('a malformed activity: 401 without a valid token (nothing learned), 400 with one', async () => {
    const malformed = { type: 'message', channelId: 'msteams', serviceUrl: serviceUrl(), text: 'hi' };
    assert.equal((await stack.channel.send(malformed, null)).status, 401);
    assert.equal((await stack.channel.send(malformed)).status, 400);
  });

  it('logs why a request was refused, never the token', async () => {
    const token = await channelToken(stack.info, { serviceUrl: serviceUrl(), expiresInSeconds: -3600 });
    const before = stack.bot.logs.length;
    assert.equal((await helpWith(`Bearer ${token}`)).status, 401);
    // The log line may reach the pipe just after the response.
    for (let i = 0; i < 50 && !stack.bot.logs.slice(before).some((l) => l.includes('"event":"unauthenticated"')); i++)
      await new Promise((r) => setTimeout(r, 20));
    const lines = stack.bot.logs.slice(before);
    assert.ok(
      lines.some((l) => l.includes('"event":"unauthenticated"')),
      lines.join('\n'),
    );
    assert.ok(!lines.some((l) => l.includes(token.split('.')[2])), 'no token in the logs');
  });

  it("a fresh process's first simultaneous requests read the channel's metadata and keys once and ask for the bot's token once; forged key ids read nothing", async () => {
    await stack.restartBot();
    const tokensBefore = (await stack.stats()).tokens.byGrant.client_credentials ?? 0;
    // The channel issuer's paths only (the bot's own outbound token reads Entra's metadata).
    const reads = async () => {
      const { byPath } = (await stack.stats()).metadata;
      return Object.fromEntries(Object.entries(byPath).filter(([path]) => path.startsWith('/botframework/')));
    };
    const before = await reads();
    const activities = Array.from({ length: 8 }, () => alex.activity({ type: 'message', text: 'help' }));
    const tokens = await Promise.all(activities.map((a) => stack.channel.authorization(a)));
    const statuses = await Promise.all(activities.map((a, i) => stack.channel.send(a, tokens[i]).then((r) => r.status)));
    assert.deepEqual(statuses, Array(8).fill(200));
    const forged = `${Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'nobody-published-this' })).toString('base64url')}.e30.c2ln`;
    const refused = await Promise.all(Array.from({ length: 8 }, () => helpWith(`Bearer ${forged}`)));
    assert.ok(refused.every((r) => r.status === 401));
    const after = await reads();
    const spent: Record<string, number> = {};
    for (const [path, n] of Object.entries(after)) if (n > (before[path] ?? 0)) spent[path] = n - (before[path] ?? 0);
    assert.deepEqual(spent, { '/botframework/v1/.well-known/openidconfiguration': 1, '/botframework/v1/keys': 1 });
    // The bot's own token for the 8 replies: asked for once.
    assert.equal((await stack.stats()).tokens.byGrant.client_credentials - tokensBefore, 1);
  });
});
