import { strict as assert } from 'node:assert';
import type { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import { ActivityTypes, INVOKE_RESPONSE_KEY, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import type { UserRef } from '../../../src/auth';
import { createBot, type BotDeps, type CalendarAccess } from '../../../src/bot';
import type { Meeting } from '../../../src/calendar/meeting';
import { ConversationMemory, Sealer, TicketStore } from '../../../src/state';
import { GuardedStorage } from '../../../src/storage/guarded-storage';
import { MemoryStateStorage } from '../../../src/storage/memory-state-storage';
import { personalChat } from '../../support/activity';
import { FakeCalendar, meeting } from '../flows/fake-calendar';

/** botbuilder's TestAdapter running a turn as CloudAdapter does: errors go to the bot's error handler. */
class TurnAdapter extends TestAdapter {
  run(context: TurnContext, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    return this.runMiddleware(context, logic);
  }
}

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
  let app: ReturnType<typeof createBot>;
  let adapter: TurnAdapter;
  let sent: Array<Partial<Activity>>;
  let ids = 0;

  beforeEach(() => {
    const soon = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
    calendar = new BrokenCalendar([meeting({ id: 'standup', subject: 'Daily standup', start: soon(2), end: soon(2.5) })]);
    sent = [];
    const storage = new GuardedStorage(new MemoryStateStorage());
    const access = { open: async (_user: UserRef) => calendar, signOut: async () => undefined } as unknown as CalendarAccess;
    adapter = new TurnAdapter();
    app = createBot({
      adapter: adapter as unknown as TeamsAdapter,
      access,
      tickets: new TicketStore(storage, Sealer.ephemeral()),
      memory: new ConversationMemory(storage),
      settings: { horizonDays: 7, pageSize: 5, commentMaxLength: 50 },
      defaultTenantId: USER.tenantId,
      invokeDeadlineMs: 3000,
      signIn: {
        start: async () => undefined,
        exchange: async () => {
          throw new Error('storage down');
        },
        verifyState: async () => undefined,
      },
    } as unknown as BotDeps);
  });

  /** Runs one activity as the adapter would; what the turn answered the invoke with, if anything. */
  async function turn(activity: Partial<Activity>): Promise<{ status: number; body: Record<string, unknown> } | undefined> {
    const context = new TurnContext(adapter, { ...personalChat(USER), ...activity } as Activity);
    context.onSendActivities(async (ctx, activities) => {
      for (const a of activities) {
        sent.push(a);
        if (a.type === ActivityTypes.InvokeResponse) ctx.turnState.set(INVOKE_RESPONSE_KEY, a);
      }
      return activities.map(() => ({ id: `card-${++ids}` }));
    });
    context.onUpdateActivity(async () => undefined);
    await adapter.run(context, (c) => app.run(c).then(() => undefined));
    return context.turnState.get(INVOKE_RESPONSE_KEY)?.value;
  }

  const click = (verb: string, data: Record<string, unknown>, trigger = 'manual') =>
    turn({
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: `card-${ids}`,
      value: { action: { type: 'Action.Execute', verb, data: { verb, ...data } }, trigger },
    });

  /** The data of the first `verb` button the bot sent. */
  function button(verb: string): Record<string, unknown> {
    const found = JSON.stringify(sent).match(new RegExp(`"verb":"${verb}","data":(\\{[^}]*\\})`));
    assert.ok(found, `a ${verb} button`);
    return JSON.parse(found[1]);
  }

  const chatTexts = () => sent.filter((a) => a.type === 'message' && a.text).map((a) => a.text!);

  it('a confirm that failed before its outcome is known: an error Teams shows, saying it may or may not have gone through', async () => {
    await turn({ type: 'message', text: 'cancel my standup' });
    const confirm = button('confirmCancel');
    calendar.broken = true;
    sent = [];
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
    await turn({ type: 'message', text: 'show my meetings' });
    const offer = button('offerCancel');
    calendar.broken = true;
    sent = [];
    const answer = await click('offerCancel', offer);
    assert.equal(answer?.status, 200);
    assert.equal(answer?.body.type, 'application/vnd.microsoft.error');
    assert.match(String((answer?.body.value as { message?: string }).message), /nothing was cancelled/i);
  });

  it('a refresh that failed: an error for Teams (which keeps the card it shows), and nothing in the chat', async () => {
    await turn({ type: 'message', text: 'cancel my standup' });
    const card = JSON.stringify(sent).match(/"refresh":\{"action":\{"type":"Action.Execute","verb":"(\w+)","data":(\{[^}]*\})/);
    assert.ok(card, 'the confirm card has a refresh');
    calendar.broken = true;
    sent = [];
    const answer = await click(card[1], JSON.parse(card[2]), 'automatic');
    assert.equal(answer?.status, 200);
    assert.equal(answer?.body.type, 'application/vnd.microsoft.error');
    assert.deepEqual(chatTexts(), []);
  });

  it('an adaptiveCard/action that is no Action.Execute, or has no verb (forged): answered, the card stays', async () => {
    for (const action of [{ type: 'Action.Submit', verb: 'confirmCancel', data: {} }, { type: 'Action.Execute', data: {} }, undefined]) {
      sent = [];
      const answer = await turn({ type: 'invoke', name: 'adaptiveCard/action', value: { action, trigger: 'manual' } });
      assert.ok(answer, `answered: ${JSON.stringify(action)}`);
      assert.equal(answer.status, 200);
      assert.notEqual(answer.body.type, 'application/vnd.microsoft.error');
      assert.match(chatTexts().join('\n'), /no longer active/);
    }
  });

  it("a token exchange that fails on the bot's side: 412 as Teams' SSO expects, not botbuilder's 501", async () => {
    const answer = await turn({ type: 'invoke', name: 'signin/tokenExchange', value: { id: 'x1', connectionName: '', token: 'sso' } });
    assert.equal(answer?.status, 412);
    assert.equal((answer?.body as { id?: string }).id, 'x1');
    assert.match(chatTexts().join('\n'), /something went wrong/);
  });
});
