import { strict as assert } from 'node:assert';
import type { Meeting } from '../../../src/calendar/meeting';
import type { TeamsSignIn } from '../../../src/bot';
import { FakeCalendar, meeting } from '../flows/fake-calendar';
import { BotInProcess } from './bot-in-process';

const USER = { aadObjectId: '00000000-0000-4000-8000-000000000021', tenantId: 'tenant' };

/** A calendar with a bug: once told to, every read throws what no flow expects. */
class BrokenCalendar extends FakeCalendar {
  broken = false;
  override async getMeeting(id: string): Promise<Meeting> {
    if (this.broken) throw new TypeError('a bug');
    return super.getMeeting(id);
  }
}

/**
 * A Universal Action whose turn fails is answered in a shape Teams shows (never botbuilder's 501,
 * which the server turned into "400 Unsupported invoke"), saying only what is known.
 */
describe('a click whose turn fails', function () {
  this.timeout(20_000);
  let calendar: BrokenCalendar;
  let bot: BotInProcess;
  /** Where in what the bot sent a test's own part starts. */
  let from: number;

  beforeEach(() => {
    from = 0;
    const soon = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
    calendar = new BrokenCalendar([meeting({ id: 'standup', subject: 'Daily standup', start: soon(2), end: soon(2.5) })]);
    const signIn = {
      start: async () => undefined,
      exchange: async () => {
        throw new Error('storage down');
      },
      verifyState: async () => undefined,
    } as unknown as TeamsSignIn;
    bot = new BotInProcess({ user: USER, calendar, deps: { signIn, invokeDeadlineMs: 3000 } });
  });

  const click = (verb: string, data: Record<string, unknown>, trigger = 'manual') =>
    bot.click(verb, data, { replyToId: bot.lastId, trigger });

  const chatTexts = () => bot.texts(from);

  it('a confirm that failed before its outcome is known: an error Teams shows, saying it may or may not have gone through', async () => {
    await bot.say('cancel my standup');
    const confirm = bot.button('confirmCancel');
    calendar.broken = true;
    from = bot.out.length;
    const answer = await click('confirmCancel', { ...confirm, comment: 'Sorry' });
    assert.ok(answer, 'the invoke is answered');
    assert.equal(answer.status, 200);
    assert.equal(answer.body.type, 'application/vnd.microsoft.error');
    assert.equal(answer.body.statusCode, 500);
    const message = String((answer.body.value as { message?: string }).message);
    assert.match(message, /can't tell whether/i);
    assert.doesNotMatch(message, /nothing was|not cancelled|try again/i, 'no claim the bot does not know');
    assert.deepEqual(chatTexts(), [message], 'the chat says the same, once');
    assert.equal(calendar.cancels.length, 0);
  });

  it('a click that writes nothing (Cancel on a list) failed: the error says nothing was cancelled', async () => {
    await bot.say('show my meetings');
    const offer = bot.button('offerCancel');
    calendar.broken = true;
    from = bot.out.length;
    const answer = await click('offerCancel', offer);
    assert.equal(answer?.status, 200);
    assert.equal(answer?.body.type, 'application/vnd.microsoft.error');
    assert.match(String((answer?.body.value as { message?: string }).message), /nothing was cancelled/i);
  });

  it('a refresh that failed: an error for Teams (which keeps the card it shows), and nothing in the chat', async () => {
    await bot.say('cancel my standup');
    const card = JSON.stringify(bot.activities()).match(/"refresh":\{"action":\{"type":"Action.Execute","verb":"(\w+)","data":(\{[^}]*\})/);
    assert.ok(card, 'the confirm card has a refresh');
    calendar.broken = true;
    from = bot.out.length;
    const answer = await click(card[1], JSON.parse(card[2]), 'automatic');
    assert.equal(answer?.status, 200);
    assert.equal(answer?.body.type, 'application/vnd.microsoft.error');
    assert.deepEqual(chatTexts(), []);
  });

  it('an adaptiveCard/action that is no Action.Execute, or has no verb (forged): answered, the card stays', async () => {
    for (const action of [{ type: 'Action.Submit', verb: 'confirmCancel', data: {} }, { type: 'Action.Execute', data: {} }, undefined]) {
      from = bot.out.length;
      const answer = await bot.turn({ type: 'invoke', name: 'adaptiveCard/action', value: { action, trigger: 'manual' } });
      assert.ok(answer, `answered: ${JSON.stringify(action)}`);
      assert.equal(answer.status, 200);
      assert.notEqual(answer.body.type, 'application/vnd.microsoft.error');
      assert.match(chatTexts().join('\n'), /no longer active/);
    }
  });

  it("a token exchange that fails on the bot's side: 412 as Teams' SSO expects, not botbuilder's 501", async () => {
    const answer = await bot.turn({ type: 'invoke', name: 'signin/tokenExchange', value: { id: 'x1', connectionName: '', token: 'sso' } });
    assert.equal(answer?.status, 412);
    assert.equal((answer?.body as { id?: string }).id, 'x1');
    assert.match(chatTexts().join('\n'), /something went wrong/);
  });
});
