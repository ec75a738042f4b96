import { strict as assert } from 'node:assert';
import zlib from 'node:zlib';
import { gzipBomb, rawPost, residentMb } from './support/raw-http';
import { ALEX, Stack } from './support/stack';
import type { ChatUser } from './support/teams-channel';

/**
 * Requests shaped to hurt, against the bot's real HTTP server in both modes: bodies that are not
 * what their Content-Encoding says, decompression bombs, activities with fields of odd types.
 * None may end the process, reach Graph, or get a 5xx; the bot keeps answering its users.
 */
for (const teams of [false, true]) {
  describe(`hostile requests (${teams ? 'Teams mode, inbound JWT validation' : 'Playground mode'})`, function () {
    this.timeout(90_000);
    let stack: Stack;
    let alex: ChatUser;

    before(async () => {
      stack = await Stack.start({ teams });
    });
    after(async () => {
      await stack?.stop();
    });
    beforeEach(() => {
      alex = stack.channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    });

    const messages = () => `${stack.bot.url}/api/messages`;
    // In Teams mode a request with no token at all is refused (401) before its body is read: these carry one of a token's
    // shape, so that their bodies are read, and refused before the token is checked.
    const json: Record<string, string> = teams
      ? { 'content-type': 'application/json', authorization: 'Bearer e30.e30.c2ln' }
      : { 'content-type': 'application/json' };

    /** The process is alive, logged no stray error, and still answers a real user. */
    async function assertStillServing(): Promise<void> {
      assert.equal(stack.bot.child.exitCode, null, `the bot exited:\n${stack.bot.errors.join('\n')}`);
      assert.equal((await fetch(`${stack.bot.url}/healthz`)).status, 200);
      const turn = await alex.say('help');
      assert.equal(turn.status, 200);
      assert.match(turn.text(), /show my meetings/);
      const stray = stack.bot.logs.filter((line) => /"event":"(uncaught|request-failed|turn-failed)"/.test(line));
      assert.deepEqual(stray, [], 'no uncaught error, failed request or failed turn was logged');
    }

    it('a body that is not gzip but says so (the one-request crash): 400, and the process keeps serving', async () => {
      const response = await rawPost(messages(), Buffer.from('{}'), { ...json, 'content-encoding': 'gzip' });
      assert.equal(response.status, 400);
      assert.match(response.text, /not valid gzip/);
      const deflate = await rawPost(messages(), Buffer.from('definitely not deflate'), { ...json, 'content-encoding': 'deflate' });
      assert.equal(deflate.status, 400);
      const truncated = zlib.gzipSync(JSON.stringify(alex.activity({ type: 'message', text: 'help' }))).subarray(0, 20);
      assert.equal((await rawPost(messages(), truncated, { ...json, 'content-encoding': 'gzip' })).status, 400);
      await assertStillServing();
    });

    it('an encoding the bot does not accept: 415; a body that is not JSON: 415 or 400', async () => {
      for (const coding of ['br', 'compress', 'gzip, gzip', 'zstd']) {
        const response = await rawPost(messages(), Buffer.from('{}'), { ...json, 'content-encoding': coding });
        assert.equal(response.status, 415, coding);
      }
      assert.equal(
        (await rawPost(messages(), Buffer.from('a=b'), { ...json, 'content-type': 'application/x-www-form-urlencoded' })).status,
        415,
      );
      assert.equal((await rawPost(messages(), Buffer.from('{"type":'), json)).status, 400);
      assert.equal((await rawPost(messages(), Buffer.alloc(0), json)).status, 400);
      assert.equal((await rawPost(messages(), Buffer.alloc(300 * 1024, 0x20), json)).status, 413);
      await assertStillServing();
    });

    it('a valid gzip activity is inflated and answered like any other', async () => {
      const activity = alex.activity({ type: 'message', text: 'help' });
      const authorization: Record<string, string> = teams ? { authorization: (await stack.channel.authorization(activity))! } : {};
      const before = stack.channel.log.length;
      const response = await rawPost(messages(), zlib.gzipSync(JSON.stringify(activity)), {
        ...json,
        'content-encoding': 'gzip',
        ...authorization,
      });
      assert.equal(response.status, 200);
      assert.match(
        stack.channel.log
          .slice(before)
          .map((e) => e.activity.text)
          .join('\n'),
        /show my meetings/,
      );
    });

    it('decompression bombs (eight at once, each ~200 MB inflated): 413 at the limit, memory grows by less than 100 MB', async () => {
      const bomb = await gzipBomb(alex.activity({ type: 'message' }), 200 * 1024 * 1024);
      assert.ok(bomb.length < 256 * 1024, `the bomb is small on the wire (${bomb.length} bytes)`);
      const pid = stack.bot.child.pid!;
      const before = residentMb(pid);
      const graphBefore = (await stack.stats()).graph.total;
      const responses = await Promise.all(
        Array.from({ length: 8 }, () => rawPost(messages(), bomb, { ...json, 'content-encoding': 'gzip' })),
      );
      assert.deepEqual(
        responses.map((r) => r.status),
        Array(8).fill(413),
      );
      const growth = residentMb(pid) - before;
      console.log(`      bombs: ${bomb.length} bytes each, resident memory ${before.toFixed(0)} MB -> +${growth.toFixed(1)} MB`);
      assert.ok(growth < 100, `memory grew by ${growth.toFixed(1)} MB`);
      assert.equal((await stack.stats()).graph.total, graphBefore, 'no Graph request');
      await assertStillServing();
    });

    it('activities with fields of odd types: 400 with a short reason, never 5xx, nothing reaches Graph', async () => {
      const odd: Array<[string, Record<string, unknown>]> = [
        ['a number as locale', { locale: 42 }],
        ['an object as locale', { locale: { toString: 'x' } }],
        ['an object as conversation id', { conversation: { id: { a: 1 }, conversationType: 'personal' } }],
        ['an array as from', { from: [1, 2] }],
        ['a control character in the user id', { from: { id: '29:a\u0000b', aadObjectId: ALEX.aadObjectId } }],
        ['a lone surrogate in the conversation id', { conversation: { id: 'a:\uD800x', conversationType: 'personal' } }],
        ['an aadObjectId that is not a GUID', { from: { id: '29:x', aadObjectId: '../../tokens/x' } }],
        ['a number as text', { text: 12 }],
        ['a timestamp that is no date', { timestamp: 'yesterday' }],
        ['a serviceUrl that is no URL', { serviceUrl: 'javascript:alert(1)' }],
        ['a deeply nested value', { value: JSON.parse('['.repeat(200) + ']'.repeat(200)) }],
        ['membersAdded as a string', { type: 'conversationUpdate', membersAdded: 'everyone' }],
      ];
      const graphBefore = (await stack.stats()).graph.total;
      for (const [name, fields] of odd) {
        const activity = { ...alex.activity({ type: 'message', text: 'show my meetings' }), ...fields };
        const { status, body } = await stack.channel.send(activity);
        assert.ok(status === 400 || (teams && status === 401), `${name}: ${status} ${JSON.stringify(body)}`);
        if (status === 400) assert.match(body.error, /^(Malformed activity: |The body is nested deeper than 64 levels)/, name);
      }
      // Nested 100,000 deep: parsed without recursion, refused before anything walks it recursively.
      const activity = alex.activity({ type: 'message', text: 'hi' });
      const deep = JSON.stringify(activity).slice(0, -1) + ',"value":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}';
      const authorization: Record<string, string> = teams ? { authorization: (await stack.channel.authorization(activity))! } : {};
      const response = await rawPost(messages(), Buffer.from(deep), { ...json, ...authorization });
      assert.equal(response.status, 400, response.text);
      assert.match(response.text, /nested deeper than 64 levels/);
      assert.equal((await stack.stats()).graph.total, graphBefore, 'no Graph request');
      await assertStillServing();
    });

    it('forged card clicks (odd data under a known verb): each answered, the card kept, nothing written, no failed turn', async () => {
      if (teams) await stack.signIn(alex, ALEX.upn);
      const forged: Array<[string, unknown]> = [
        ['a lone surrogate in a meeting id', { verb: 'offerCancel', meetingId: 'AAMk\uD800x' }],
        ['a lone surrogate in a ticket', { verb: 'confirmCancel', ticket: '\uDC00'.repeat(22), scope: 'occurrence' }],
        ['a lone surrogate in a comment', { verb: 'confirmCancel', ticket: 'A'.repeat(22), scope: 'occurrence', comment: 'x\uD83D' }],
        ['a meeting id of path characters', { verb: 'offerCancel', meetingId: '../../me/events/x/cancel?' }],
        ['an array as data', ['offerCancel']],
        ['a number as verb', { verb: 7, meetingId: 'x' }],
        ['a huge page', { verb: 'showMeetings', page: 1e308 }],
        ['a start that is no date', { verb: 'showMeetings', page: 1, start: 'yesterday', end: '\uD800' }],
        ['thousands of meeting ids', { verb: 'refreshChoice', meetingIds: Array.from({ length: 5000 }, (_, i) => `m${i}`) }],
      ];
      const writes = async () => {
        const byRoute = (await stack.stats()).graph.byRoute as Record<string, number>;
        return Object.entries(byRoute)
          .filter(([route]) => /\/(cancel|decline)$|^(DELETE|PATCH) /.test(route))
          .reduce((sum, [, n]) => sum + n, 0);
      };
      const before = await writes();
      for (const [name, data] of forged) {
        const verb = (data as { verb?: unknown }).verb;
        const turn = await alex.act({
          type: 'invoke',
          name: 'adaptiveCard/action',
          replyToId: 'card-1',
          value: { action: { type: 'Action.Execute', verb: typeof verb === 'string' ? verb : 'offerCancel', data }, trigger: 'manual' },
        });
        assert.ok([200, 400].includes(turn.status), `${name}: ${turn.status} ${JSON.stringify(turn.body)}`);
        if (turn.status === 200)
          assert.notEqual(turn.body?.type, 'application/vnd.microsoft.card.adaptive', `${name}: the card is not replaced`);
      }
      assert.equal(await writes(), before, 'nothing written to Graph');
      await assertStillServing();
    });

    it('Universal Actions that are no Action.Execute, have no verb or no action: 200 with the card kept, never 400 "Unsupported invoke"', async () => {
      for (const action of [
        { type: 'Action.Submit', verb: 'confirmCancel', data: {} },
        { type: 'Action.Execute', data: {} },
        'not an object',
        undefined,
      ]) {
        const turn = await alex.act({
          type: 'invoke',
          name: 'adaptiveCard/action',
          replyToId: 'card-1',
          value: { action, trigger: 'manual' },
        });
        assert.equal(turn.status, 200, `${JSON.stringify(action)}: ${turn.status} ${JSON.stringify(turn.body)}`);
        assert.equal(turn.body?.type, 'application/vnd.microsoft.activity.message', 'the card stays as it is');
        assert.match(turn.text(), /no longer active/);
      }
      await assertStillServing();
    });

    it('shared-chat detection fails closed: anything but a recognised 1:1 chat shows no calendar', async () => {
      const graphBefore = (await stack.stats()).graph.total;
      for (const conversation of [
        { conversationType: 'GroupChat' },
        { conversationType: 'Channel' },
        { conversationType: ' channel' },
        { conversationType: 'Personal ' },
        { conversationType: 'meeting' },
        {},
        { conversationType: 'personal', isGroup: true },
        // A group chat's or a meeting's id with a forged personal flag.
        { conversationType: 'personal', isGroup: false, id: '19:3f2a@thread.v2' },
        { conversationType: 'personal', id: '19:meeting_Zjk2@thread.v2' },
      ]) {
        const activity = alex.activity({ type: 'message', text: 'show my meetings' });
        activity.conversation = { id: `a:${Math.random()}`, tenantId: '00000000-0000-4000-8000-000000000001', ...conversation };
        const before = stack.channel.log.length;
        assert.equal(await stack.channel.post(activity), 200);
        const replies = stack.channel.log.slice(before).map((e) => e.activity);
        assert.deepEqual(
          replies.map((a) => [a.text, a.attachments?.length ?? 0]),
          [['I only work in our 1:1 chat, so nobody else sees your calendar. Open a chat with me to cancel meetings.', 0]],
          JSON.stringify(conversation),
        );
      }
      assert.equal((await stack.stats()).graph.total, graphBefore, 'no calendar read');
    });

    it("a 'personal' chat that carries a team or channel, or a chat of another organization: no calendar, and the user is told why", async () => {
      const graphBefore = (await stack.stats()).graph.total;
      const tenant = { id: '00000000-0000-4000-8000-000000000001' };
      const other = '11111111-2222-4333-8444-555555555555';
      const cases: Array<{ conversationTenant?: string; channelData: Record<string, unknown>; said: RegExp }> = [
        { channelData: { tenant, team: { id: '19:t@thread.tacv2' } }, said: /only work in our 1:1 chat/ },
        { channelData: { tenant, channel: { id: '19:c@thread.tacv2' } }, said: /only work in our 1:1 chat/ },
        { conversationTenant: other, channelData: { tenant: { id: other } }, said: /organization I was set up for/ },
        { channelData: { tenant: { id: other } }, said: /organization I was set up for/ },
      ];
      for (const { conversationTenant, channelData, said } of cases) {
        const fields = { conversationTenant, channelData };
        const activity = alex.activity({ type: 'message', text: 'show my meetings', channelData });
        if (conversationTenant) (activity.conversation as Record<string, unknown>).tenantId = conversationTenant;
        const before = stack.channel.log.length;
        assert.equal(await stack.channel.post(activity), 200);
        const replies = stack.channel.log.slice(before).map((e) => e.activity);
        assert.equal(replies.length, 1, JSON.stringify(fields));
        assert.match(String(replies[0].text), said, JSON.stringify(fields));
        assert.equal(replies[0].attachments?.length ?? 0, 0);
      }
      assert.equal((await stack.stats()).graph.total, graphBefore, 'no calendar read');
      await assertStillServing();
    });

    it('a serviceUrl nobody answers at: the turn ends quietly (no 5xx, no crash), logged as undeliverable', async () => {
      const activity = alex.activity({ type: 'message', text: 'help', serviceUrl: 'http://127.0.0.1:9/' });
      const { status } = await stack.channel.send(activity);
      assert.equal(status, 200);
      for (let i = 0; i < 50 && !stack.bot.logs.some((l) => l.includes('"event":"reply-undeliverable"')); i++)
        await new Promise((r) => setTimeout(r, 20));
      assert.ok(stack.bot.logs.some((l) => l.includes('"event":"reply-undeliverable"')));
      await assertStillServing();
    });
  });
}
