import { strict as assert } from 'node:assert';
import { seededRandom } from '../../dev/sandbox';
import { ALEX, LYNNE, MEGAN, Stack } from './support/stack';

const WORDS = [
  'show my meetings',
  'meetings',
  'help',
  'cancel my 3pm standup',
  'cancel the all hands',
  'decline the all hands',
  'cancel all my meetings tomorrow',
  'cancel my next meeting',
  'the second one',
  'no',
  'zeig meine Besprechungen',
  'sag mein Standup um 15 Uhr ab',
  'nein',
  'sign out',
];
const VERBS = ['showMeetings', 'offerCancel', 'offerDecline', 'confirmCancel', 'confirmDecline', 'confirmBulk', 'keep', 'launchRockets'];
const TYPES = [
  'message',
  'message',
  'message',
  'invoke',
  'conversationUpdate',
  'installationUpdate',
  'messageReaction',
  'event',
  'typing',
  '',
];
const INVOKES = ['adaptiveCard/action', 'signin/tokenExchange', 'signin/verifyState', 'signin/failure', 'composeExtension/query', 'x'];
const PATHS = [
  'locale',
  'text',
  'value',
  'value.verb',
  'value.ticket',
  'value.page',
  'value.comment',
  'value.scope',
  'value.meetingId',
  'conversation',
  'conversation.id',
  'conversation.conversationType',
  'conversation.isGroup',
  'conversation.tenantId',
  'from',
  'from.id',
  'from.aadObjectId',
  'from.name',
  'recipient',
  'recipient.id',
  'serviceUrl',
  'channelId',
  'id',
  'replyToId',
  'timestamp',
  'localTimestamp',
  'localTimezone',
  'name',
  'membersAdded',
  'channelData',
  'attachments',
  'entities',
  'type',
];

/**
 * A seeded fuzz of a few thousand activities against the bot's real HTTP server: valid activities
 * bent at random places into odd types, odd strings and odd shapes. Any 5xx, crash, stray error in
 * the logs, Graph write or mailbox change fails it. Confirmations ("yes") are never typed, so no
 * write is intended.
 */
for (const { teams, count, seed } of [
  { teams: false, count: 2000, seed: 20261130 },
  { teams: true, count: 500, seed: 1130 },
]) {
  describe(`fuzz: ${count} malformed and odd activities (${teams ? 'Teams mode' : 'Playground mode'}, seed ${seed})`, function () {
    this.timeout(120_000);
    let stack: Stack;

    before(async () => {
      stack = await Stack.start({ teams });
    });
    after(async () => {
      await stack?.stop();
    });

    it('no 5xx, no crash, no stray error, no Graph write, no mailbox change', async () => {
      const random = seededRandom(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
      const randomString = (): string => {
        const alphabet = 'abcXYZ019 :/._-@#%{}[]"\\\u0000\u0007\u001f\u007f\u00e9\u200b\u202e\ud800\udc00\ud83d\ude00';
        const length = 6 + Math.floor(random() * 40);
        return Array.from({ length }, () => pick([...alphabet])).join('');
      };
      const oddValue = (): unknown =>
        pick<() => unknown>([
          () => undefined,
          () => null,
          () => 42,
          () => -1.5,
          () => true,
          () => '',
          () => randomString(),
          () => 'x'.repeat(5000),
          () => ({}),
          () => [],
          () => [randomString(), 7],
          () => ({ id: randomString(), nested: { deeper: [1, { a: null }] } }),
          () => ({ toString: 'x', valueOf: 1 }),
          () => 'personal',
          () => 'GroupChat',
          () => ' channel',
          () => 'de-DE',
          () => 'en-US',
          () => 'America/Los_Angeles',
          () => 'Not/AZone',
          () => '2026-12-01T10:00:00Z',
          () => '00000000-0000-4000-8000-000000000020',
          () => 'A'.repeat(22),
          () => pick(VERBS),
          () => pick(WORDS),
          () => stack.channel.serviceUrl,
        ])();
      const set = (target: Record<string, any>, path: string, value: unknown) => {
        const keys = path.split('.');
        let node: any = target;
        for (const key of keys.slice(0, -1)) {
          if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
          node = node[key];
        }
        if (value === undefined) delete node[keys.at(-1)!];
        else node[keys.at(-1)!] = value;
      };

      const users = [ALEX, MEGAN, LYNNE];
      // Teams mode: signed in, so valid activities reach Graph (Lynne has not consented and stays out).
      if (teams) for (const u of [ALEX, MEGAN]) await stack.signIn(stack.channel.user(u), u.upn);
      const mailboxes = async () => JSON.stringify(await Promise.all(users.map((u) => stack.mailbox(u.upn))));
      const before = { mailboxes: await mailboxes(), stats: await stack.stats() };
      const statuses: Record<number, number> = {};
      const failures: string[] = [];
      const activities = Array.from({ length: count }, (_, i) => {
        const user = stack.channel.user({ ...pick(users), localTimezone: 'America/Los_Angeles', locale: pick(['en-US', 'de-DE']) });
        const type = pick(TYPES);
        const fields: Record<string, unknown> = { type };
        if (type === 'message') {
          if (random() < 0.5) fields.text = pick(WORDS);
          else fields.value = { verb: pick(VERBS), ticket: randomString(), meetingId: randomString(), page: 2, comment: randomString() };
        }
        if (type === 'invoke') fields.name = pick(INVOKES);
        if (type === 'conversationUpdate') fields.membersAdded = [{ id: '28:bot' }];
        const activity = user.activity(fields);
        const mutations = Math.floor(random() * 4);
        for (let m = 0; m < mutations; m++) set(activity, pick(PATHS), oddValue());
        return { i, activity };
      });

      const started = Date.now();
      let next = 0;
      const worker = async () => {
        while (next < activities.length) {
          const { i, activity } = activities[next++];
          // The channel cannot sign a token for a serviceUrl that is no string: such an activity goes without one.
          const unsignable = teams && (typeof activity.serviceUrl !== 'string' || activity.serviceUrl === '');
          const { status } = await stack.channel.send(activity, unsignable ? null : undefined);
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status >= 500)
            failures.push(`#${i}: ${status} ${JSON.stringify({ type: activity.type, name: activity.name, value: activity.value })}`);
        }
      };
      await Promise.all(Array.from({ length: 6 }, worker));
      const seconds = (Date.now() - started) / 1000;

      const after = await stack.stats();
      const writes = Object.entries(after.graph.byRoute)
        .filter(([route]) => !route.startsWith('GET ') && route !== 'POST /$batch') // a batch is an envelope: its steps count by their own routes
        .map(([route, n]) => [route, n - (before.stats.graph.byRoute[route] ?? 0)] as const)
        .filter(([, n]) => n > 0);
      const stray = stack.bot.logs.filter((line) => /"event":"(uncaught|request-failed|turn-failed)"/.test(line));
      console.log(
        `      fuzz (seed ${seed}): ${count} activities in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(statuses)}; ` +
          `Graph reads ${after.graph.total - before.stats.graph.total}, writes ${writes.length}; stray errors ${stray.length}`,
      );
      assert.deepEqual(failures, [], 'no 5xx');
      assert.equal(stack.bot.child.exitCode, null, 'the bot is alive');
      assert.equal((await fetch(`${stack.bot.url}/healthz`)).status, 200);
      assert.deepEqual(stray.slice(0, 5), [], 'no uncaught error, failed request or failed turn');
      assert.deepEqual(writes, [], 'no Graph write');
      assert.equal(await mailboxes(), before.mailboxes, 'no mailbox changed');
      assert.ok(
        Object.keys(statuses).some((s) => s === '200'),
        'some activities were valid and answered',
      );
      assert.ok(
        Object.keys(statuses).some((s) => s === '400'),
        'some were refused',
      );
    });
  });
}
