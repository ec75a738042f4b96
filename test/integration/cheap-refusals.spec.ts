import { strict as assert } from 'node:assert';
import { cpuMs, rawPost, slowHeaders } from './support/raw-http';
import { ALEX, channelToken, Stack } from './support/stack';
import type { ChatUser } from './support/teams-channel';

/** The header deadline the bot's server keeps (src/server.ts). */
const HEADERS_DEADLINE_MS = 10_000;

/**
 * What a stranger can make the bot spend (Teams mode, the shape it is deployed in): a request the
 * bot refuses is refused cheaply, before any work a real turn does, and a connection held open by a
 * trickle of headers is closed at the deadline while users are answered.
 */
describe('refusals are cheap (Teams mode, the bot as its own process)', function () {
  this.timeout(120_000);
  let stack: Stack;
  let alex: ChatUser;

  before(async () => {
    stack = await Stack.start({ teams: true });
    alex = stack.channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    await stack.signIn(alex, ALEX.upn);
  });
  after(async () => {
    await stack?.stop();
  });

  const messages = () => `${stack.bot.url}/api/messages`;

  it('headers trickled on twenty connections: each closed at the deadline, unanswered; Alex is answered meanwhile', async () => {
    const lorises = Array.from({ length: 20 }, () => slowHeaders(messages(), 1000, 3 * HEADERS_DEADLINE_MS));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const help = await alex.say('help');
    assert.equal(help.status, 200);
    assert.match(help.text(), /show my meetings/);
    for (const { ms, received } of await Promise.all(lorises)) {
      assert.ok(ms >= HEADERS_DEADLINE_MS - 100 && ms < HEADERS_DEADLINE_MS + 3000, `closed after ${ms} ms`);
      assert.equal(received, '');
    }
    assert.equal(stack.bot.child.exitCode, null);
  });

  it('a refused request (no token, a forged one, a wrong type, too large, nested too deep) costs less than half a real turn', async () => {
    const serviceUrl = stack.channel.serviceUrl;
    const activity = alex.activity({ type: 'message', text: 'help' });
    const forged = `Bearer ${await channelToken(stack.info, { serviceUrl, badSignature: true })}`;
    const text = JSON.stringify(activity);
    const body = Buffer.from(text);
    const deep = Buffer.from(`${text.slice(0, -1)},"value":${'['.repeat(5000)}"x"${']'.repeat(5000)}}`);
    const refusals: Array<[string, () => Promise<{ status: number }>, number]> = [
      ['no token', () => rawPost(messages(), body, { 'content-type': 'application/json' }), 401],
      ['a forged token', () => rawPost(messages(), body, { 'content-type': 'application/json', authorization: forged }), 401],
      ['a wrong content type', () => rawPost(messages(), body, { 'content-type': 'text/plain', authorization: forged }), 415],
      [
        'a declared 1 MB body',
        () =>
          rawPost(messages(), Buffer.alloc(0), {
            'content-type': 'application/json',
            'content-length': String(1 << 20),
            authorization: forged,
          }),
        413,
      ],
      ['deep nesting with no token', () => rawPost(messages(), deep, { 'content-type': 'application/json' }), 401],
      [
        'deep nesting with a forged token',
        () => rawPost(messages(), deep, { 'content-type': 'application/json', authorization: forged }),
        400,
      ],
    ];
    const perRequest = async (n: number, run: () => Promise<unknown>) => {
      await run(); // warm
      const before = cpuMs(stack.bot.child.pid!);
      for (let i = 0; i < n; i++) await run();
      return (cpuMs(stack.bot.child.pid!) - before) / n;
    };
    const turn = await perRequest(40, async () => assert.equal((await alex.say('help')).status, 200));
    const costs: Record<string, number> = {};
    for (const [name, run, status] of refusals) {
      costs[name] = await perRequest(200, async () => assert.equal((await run()).status, status, name));
    }
    console.log(
      `      CPU per request: real turn ${turn.toFixed(2)} ms; ${Object.entries(costs)
        .map(([n, ms]) => `${n} ${ms.toFixed(2)} ms`)
        .join(', ')}`,
    );
    for (const [name, ms] of Object.entries(costs))
      assert.ok(ms < turn / 2, `${name}: ${ms.toFixed(2)} ms, a real turn ${turn.toFixed(2)} ms`);
  });
});
