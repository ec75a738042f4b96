import { strict as assert } from 'node:assert';
import type { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import { ActivityTypes, INVOKE_RESPONSE_KEY, TestAdapter, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { UserRef } from '../../../src/auth';
import { UnconfirmedWatch } from '../../../src/bot/unconfirmed-watch';
import { createBot, type BotDeps, type CalendarAccess } from '../../../src/bot';
import { OutcomeUnknownError, ThrottledError } from '../../../src/calendar/errors';
import type { MeetingPage, TimeWindow } from '../../../src/calendar/calendar-service';
import type { MeetingCalendar } from '../../../src/calendar/meeting';
import type { Meeting } from '../../../src/calendar/meeting';
import { ConversationMemory, Sealer, TicketStore } from '../../../src/state';
import { GuardedStorage } from '../../../src/storage/guarded-storage';
import { MemoryStateStorage } from '../../../src/storage/memory-state-storage';
import { personalChat } from '../../support/activity';
import { FakeCalendar, meeting } from '../flows/fake-calendar';

const USER = { aadObjectId: '00000000-0000-4000-8000-000000000020', tenantId: 'tenant' };
const DEADLINE_MS = 300;

/** What the bot sent, in the turn or proactively after it, with when. */
interface Out {
  at: number;
  op: 'send' | 'update';
  activity: Partial<Activity>;
}

/** botbuilder's TestAdapter, able to continue a conversation after its turn (as CloudAdapter does for a late result). */
class ProactiveTestAdapter extends TestAdapter {
  constructor(private readonly record: (context: TurnContext) => void) {
    super();
  }

  /** A turn as the adapter runs it: its context revoked when it ends. */
  run(context: TurnContext, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    return this.runMiddleware(context, logic);
  }

  override async continueConversationAsync(_botAppId: unknown, reference: unknown, logic: unknown): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event }, reference as ConversationReference, true);
    const context = new TurnContext(this, activity as Activity);
    this.record(context);
    await (logic as (context: TurnContext) => Promise<void>)(context);
  }
}

/** A calendar whose reads take `readMs` (Graph slow), and whose reads fail once a lost cancel asks for it. */
class SlowCalendar extends FakeCalendar {
  readMs = 0;
  /** Reads after a lost cancel answer fail this many times (the re-read cannot tell). */
  failReadsAfterLostCancel = 0;

  /** Reads throw what no flow expects (a bug), after their delay. */
  bug = false;

  override async getMeeting(id: string): Promise<Meeting> {
    await new Promise((resolve) => setTimeout(resolve, this.readMs));
    if (this.bug) throw new TypeError('a bug');
    return super.getMeeting(id);
  }

  override async listPage(
    window: TimeWindow,
    zone: string,
    size: number,
    next?: string,
    calendars?: MeetingCalendar[],
  ): Promise<MeetingPage> {
    await new Promise((resolve) => setTimeout(resolve, this.readMs));
    return super.listPage(window, zone, size, next, calendars);
  }

  override async cancelMeeting(id: string, comment: string): Promise<void> {
    try {
      await super.cancelMeeting(id, comment);
    } catch (error) {
      if (error instanceof OutcomeUnknownError) this.failReads = this.failReadsAfterLostCancel;
      throw error;
    }
  }
}

/** Memory storage whose writes of conversation records fail while `failing` (storage down for them). */
class ConversationsDown extends MemoryStateStorage {
  failing = false;
  override async write(changes: Parameters<MemoryStateStorage['write']>[0]) {
    if (this.failing && Object.keys(changes).some((key) => key.startsWith('conversations/'))) throw new Error('storage down');
    return super.write(changes);
  }
}

/**
 * Teams waits about 5 s for a click's answer: the bot answers a confirm within its deadline,
 * counted from the start of the click's turn, whatever the turn does first; what it finishes after
 * that reaches the chat proactively (botbuilder revokes the turn's context when the turn ends).
 */
describe('a click answered in time (the bot in process, its deadline shortened)', function () {
  this.timeout(20_000);
  let calendar: SlowCalendar;
  let out: Out[];
  let app: ReturnType<typeof createBot>;
  let adapter: ProactiveTestAdapter;
  let memoryStorage: ConversationsDown;
  let sent = 0;

  function build(rechecks: number[]) {
    const soon = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
    calendar = new SlowCalendar([
      meeting({ id: 'standup', subject: 'Daily standup', start: soon(2), end: soon(2.5) }),
      meeting({ id: 'review', subject: 'Design review', start: soon(5), end: soon(6) }),
    ]);
    out = [];
    memoryStorage = new ConversationsDown();
    const storage = new GuardedStorage(memoryStorage);
    const access = { open: async (_user: UserRef) => calendar, signOut: async () => undefined } as unknown as CalendarAccess;
    adapter = new ProactiveTestAdapter(listen);
    app = createBot({
      adapter: adapter as unknown as TeamsAdapter,
      access,
      tickets: new TicketStore(storage, Sealer.ephemeral()),
      memory: new ConversationMemory(storage),
      settings: { horizonDays: 7, pageSize: 5, commentMaxLength: 50 },
      defaultTenantId: USER.tenantId,
      unconfirmed: new UnconfirmedWatch(rechecks),
      invokeDeadlineMs: DEADLINE_MS,
    } as BotDeps);
  }

  function listen(context: TurnContext): void {
    context.onSendActivities(async (ctx, activities) => {
      for (const activity of activities) {
        out.push({ at: Date.now(), op: 'send', activity });
        // As the adapter does: the turn's invoke is answered.
        if (activity.type === ActivityTypes.InvokeResponse) ctx.turnState.set(INVOKE_RESPONSE_KEY, activity);
      }
      return activities.map(() => ({ id: `card-${++sent}` }));
    });
    context.onUpdateActivity(async (_ctx, activity) => {
      out.push({ at: Date.now(), op: 'update', activity });
    });
  }

  async function turn(activity: Partial<Activity>): Promise<void> {
    const context = new TurnContext(adapter, { ...personalChat(USER), ...activity } as Activity);
    listen(context);
    await adapter.run(context, (c) => app.run(c).then(() => undefined));
  }

  /** Asks for the confirm card of `subject`; its id and its Cancel button's data. */
  async function confirmCard(words: string): Promise<{ id: string; data: Record<string, unknown> }> {
    const from = out.length;
    await turn({ type: 'message', text: words });
    const card = out.slice(from).find((o) => o.op === 'send' && o.activity.attachments?.length);
    assert.ok(card, `a card for "${words}"`);
    const found = JSON.stringify(card.activity).match(/"verb":"confirmCancel","data":(\{[^}]*\})/);
    assert.ok(found, 'a Cancel meeting button');
    return { id: `card-${sent}`, data: JSON.parse(found[1]) };
  }

  const click = (cardId: string, data: Record<string, unknown>) =>
    turn({
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: cardId,
      value: { action: { type: 'Action.Execute', verb: String(data.verb), data: { ...data, comment: 'Sorry' } }, trigger: 'manual' },
    });

  /** The data of the first button with `verb` in what was sent. */
  function buttonIn(o: Out, verb: string): Record<string, unknown> {
    const found = textOf(o).match(new RegExp(`"verb":"${verb}","data":(\\{[^}]*\\})`));
    assert.ok(found, `a ${verb} button`);
    return JSON.parse(found[1]);
  }

  const textOf = (o: Out) => JSON.stringify(o.activity);

  async function until(what: string, found: () => Out | undefined, withinMs = 5000): Promise<Out> {
    const end = Date.now() + withinMs;
    for (;;) {
      const hit = found();
      if (hit) return hit;
      if (Date.now() > end) throw new Error(`never: ${what}; sent: ${out.map(textOf).join('\n').slice(-1500)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('a confirm whose turn first settles a slow leftover is answered within the deadline; the leftover and the result follow', async () => {
    build([]);
    const review = await confirmCard('cancel my design review');
    // A cancel whose answer was lost and whose re-read failed: left for the user's next turn.
    const standup = await confirmCard('cancel my standup');
    calendar.loseWrites = 1;
    calendar.failReadsAfterLostCancel = 1;
    await click(standup.id, standup.data);
    assert.match(textOf(out.at(-1)!), /couldn't confirm whether Daily standup/);

    // Graph is slow now: settling the leftover alone takes longer than the deadline.
    calendar.readMs = 4 * DEADLINE_MS;
    const from = out.length;
    const clicked = Date.now();
    await click(review.id, review.data);
    const answer = out.slice(from).find((o) => o.activity.type === ActivityTypes.InvokeResponse);
    assert.ok(answer, 'the click is answered');
    assert.ok(answer.at - clicked < DEADLINE_MS + 200, `answered after ${answer.at - clicked} ms (deadline ${DEADLINE_MS} ms)`);
    assert.match(textOf(answer), /Working on it/);

    const leftover = await until('the leftover card shows the cancel', () =>
      out.find((o) => o.op === 'update' && o.activity.id === standup.id && /Cancelled Daily standup/.test(textOf(o))),
    );
    const result = await until('the clicked card shows its result', () =>
      out.find((o) => o.op === 'update' && o.activity.id === review.id && /Cancelled Design review/.test(textOf(o))),
    );
    assert.ok(leftover.at <= result.at, 'the leftover is settled first');
    assert.deepEqual(
      calendar.cancels.map((c) => c.id),
      ['standup', 'review'],
      'each cancelled once',
    );
    assert.ok(!out.some((o) => /something went wrong/.test(textOf(o))), 'no failure is reported');
  });

  it("a late confirm whose turn's memory cannot be saved still shows its result on the card (it was left 'Working on it')", async () => {
    build([]);
    const standup = await confirmCard('cancel my standup');
    calendar.readMs = 2 * DEADLINE_MS;
    memoryStorage.failing = true;
    // A client zone the conversation has not seen: the turn has a change to save when it is answered late.
    await turn({
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: standup.id,
      localTimezone: 'Europe/Berlin',
      value: { action: { type: 'Action.Execute', verb: 'confirmCancel', data: { ...standup.data, comment: 'Sorry' } }, trigger: 'manual' },
    });
    await until('the card shows the result', () =>
      out.find((o) => o.op === 'update' && o.activity.id === standup.id && /Cancelled Daily standup/.test(textOf(o))),
    );
    assert.equal(calendar.cancels.length, 1);
  });

  it("a late confirm that fails for a reason of the bot's own says it can't tell whether it went through, not 'try again'", async () => {
    build([]);
    const standup = await confirmCard('cancel my standup');
    calendar.readMs = 2 * DEADLINE_MS;
    calendar.bug = true;
    const from = out.length;
    await click(standup.id, standup.data);
    const told = await until('the user is told', () => out.slice(from).find((o) => o.op === 'send' && /went wrong/.test(textOf(o))));
    assert.match(textOf(told), /can't tell whether this went through/);
    assert.doesNotMatch(textOf(told), /try again/);
  });

  it('a late confirm whose answer was lost is watched in the background and ends "Cancelled", with no false failure', async () => {
    build([50]);
    const standup = await confirmCard('cancel my standup');
    calendar.readMs = 2 * DEADLINE_MS;
    calendar.loseWrites = 1;
    calendar.failReadsAfterLostCancel = 1;
    await click(standup.id, standup.data);
    await until('the card says it could not confirm', () =>
      out.find((o) => o.op === 'update' && o.activity.id === standup.id && /couldn't confirm whether Daily standup/.test(textOf(o))),
    );
    await until('the background re-read settles it', () =>
      out.find((o) => o.op === 'update' && o.activity.id === standup.id && /Cancelled Daily standup/.test(textOf(o))),
    );
    assert.ok(!out.some((o) => /something went wrong/.test(textOf(o))), 'no failure is reported');
    assert.equal(calendar.cancels.length, 1);
  });

  it('a late confirm that Graph throttles gives the card its buttons back, and says to press again', async () => {
    build([]);
    const standup = await confirmCard('cancel my standup');
    calendar.readMs = 2 * DEADLINE_MS;
    calendar.failCancels = [new ThrottledError(30)];
    const from = out.length;
    await click(standup.id, standup.data);
    assert.match(textOf(out.slice(from).find((o) => o.activity.type === ActivityTypes.InvokeResponse)!), /Working on it/);
    await until('the user is told to press again', () => out.find((o) => /press the button again/.test(textOf(o))));
    const restored = await until('the card is live again', () =>
      out.find((o) => o.op === 'update' && o.activity.id === standup.id && /"verb":"confirmCancel"/.test(textOf(o))),
    );
    calendar.readMs = 0;
    const again = await (async () => {
      const at = out.length;
      await click(standup.id, buttonIn(restored, 'confirmCancel'));
      return out.slice(at);
    })();
    assert.ok(
      again.some((o) => /Cancelled Daily standup/.test(textOf(o))),
      'pressed again, it cancels',
    );
    assert.equal(calendar.cancels.length, 1);
  });

  it('a list click that outlasts the deadline is answered in time, and its card follows as a message that works', async () => {
    build([]);
    const from = out.length;
    await turn({ type: 'message', text: 'show my meetings' });
    const list = out.slice(from).find((o) => o.op === 'send' && o.activity.attachments?.length)!;
    const offer = buttonIn(list, 'offerCancel');
    calendar.readMs = 2 * DEADLINE_MS;
    const clicked = Date.now();
    const at = out.length;
    await click('card-list', offer);
    const answer = out.slice(at).find((o) => o.activity.type === ActivityTypes.InvokeResponse)!;
    assert.ok(answer.at - clicked < DEADLINE_MS + 200, `answered after ${answer.at - clicked} ms`);
    assert.doesNotMatch(textOf(answer), /Working on it/, 'the list stays as it is');
    await until('the confirm card arrives', () => out.slice(at).find((o) => o.op === 'send' && /"verb":"confirmCancel"/.test(textOf(o))));
    calendar.readMs = 0;
    const yes = out.length;
    await turn({ type: 'message', text: 'yes' });
    assert.ok(
      out.slice(yes).some((o) => /Cancelled/.test(textOf(o))),
      'a typed "yes" answers that card',
    );
    assert.equal(calendar.cancels.length, 1);
  });
});
