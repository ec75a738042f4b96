import { strict as assert } from 'node:assert';
import { ActivityTypes } from 'botbuilder';
import { UnconfirmedWatch } from '../../../src/bot/unconfirmed-watch';
import { OutcomeUnknownError, ThrottledError } from '../../../src/calendar/errors';
import type { MeetingPage, TimeWindow } from '../../../src/calendar/calendar-service';
import type { MeetingCalendar } from '../../../src/calendar/meeting';
import type { Meeting } from '../../../src/calendar/meeting';
import { GuardedStorage } from '../../../src/storage/guarded-storage';
import { MemoryStateStorage } from '../../../src/storage/memory-state-storage';
import { FakeCalendar, meeting } from '../flows/fake-calendar';
import { BotInProcess, buttonIn, textOf, type Out } from './bot-in-process';

const USER = { aadObjectId: '00000000-0000-4000-8000-000000000020', tenantId: 'tenant' };
const DEADLINE_MS = 300;

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
  let memoryStorage: ConversationsDown;
  let bot: BotInProcess;
  /** Everything the bot sent, in order (read live: the bot appends to it). */
  const out = (): Out[] => bot.out;

  function build(rechecks: number[]) {
    const soon = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
    calendar = new SlowCalendar([
      meeting({ id: 'standup', subject: 'Daily standup', start: soon(2), end: soon(2.5) }),
      meeting({ id: 'review', subject: 'Design review', start: soon(5), end: soon(6) }),
    ]);
    memoryStorage = new ConversationsDown();
    bot = new BotInProcess({
      user: USER,
      calendar,
      storage: new GuardedStorage(memoryStorage),
      deps: { unconfirmed: new UnconfirmedWatch(rechecks), invokeDeadlineMs: DEADLINE_MS },
    });
  }

  /** Asks for the confirm card of `subject`; its id and its Cancel button's data. */
  async function confirmCard(words: string): Promise<{ id: string; data: Record<string, unknown> }> {
    const from = out().length;
    await bot.say(words);
    const card = out()
      .slice(from)
      .find((o) => o.op === 'send' && o.activity.attachments?.length);
    assert.ok(card, `a card for "${words}"`);
    return { id: bot.lastId, data: buttonIn(card.activity, 'confirmCancel') };
  }

  const click = (cardId: string, data: Record<string, unknown>) =>
    bot.click(String(data.verb), { ...data, comment: 'Sorry' }, { replyToId: cardId });

  const until = (what: string, found: () => Out | undefined) => bot.until(what, found);

  it('a confirm whose turn first settles a slow leftover is answered within the deadline; the leftover and the result follow', async () => {
    build([]);
    const review = await confirmCard('cancel my design review');
    // A cancel whose answer was lost and whose re-read failed: left for the user's next turn.
    const standup = await confirmCard('cancel my standup');
    calendar.loseWrites = 1;
    calendar.failReadsAfterLostCancel = 1;
    await click(standup.id, standup.data);
    assert.match(textOf(out().at(-1)!), /couldn't confirm whether Daily standup/);

    // Graph is slow now: settling the leftover alone takes longer than the deadline.
    calendar.readMs = 4 * DEADLINE_MS;
    const from = out().length;
    const clicked = Date.now();
    await click(review.id, review.data);
    const answer = out()
      .slice(from)
      .find((o) => o.activity.type === ActivityTypes.InvokeResponse);
    assert.ok(answer, 'the click is answered');
    assert.ok(answer.at - clicked < DEADLINE_MS + 200, `answered after ${answer.at - clicked} ms (deadline ${DEADLINE_MS} ms)`);
    assert.match(textOf(answer), /Working on it/);

    const leftover = await until('the leftover card shows the cancel', () =>
      out().find((o) => o.op === 'update' && o.activity.id === standup.id && /Cancelled Daily standup/.test(textOf(o))),
    );
    const result = await until('the clicked card shows its result', () =>
      out().find((o) => o.op === 'update' && o.activity.id === review.id && /Cancelled Design review/.test(textOf(o))),
    );
    assert.ok(leftover.at <= result.at, 'the leftover is settled first');
    assert.deepEqual(
      calendar.cancels.map((c) => c.id),
      ['standup', 'review'],
      'each cancelled once',
    );
    assert.ok(!out().some((o) => /something went wrong/.test(textOf(o))), 'no failure is reported');
  });

  it("a late confirm whose turn's memory cannot be saved still shows its result on the card (it was left 'Working on it')", async () => {
    build([]);
    const standup = await confirmCard('cancel my standup');
    calendar.readMs = 2 * DEADLINE_MS;
    memoryStorage.failing = true;
    // A client zone the conversation has not seen: the turn has a change to save when it is answered late.
    await bot.turn({
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: standup.id,
      localTimezone: 'Europe/Berlin',
      value: { action: { type: 'Action.Execute', verb: 'confirmCancel', data: { ...standup.data, comment: 'Sorry' } }, trigger: 'manual' },
    });
    await until('the card shows the result', () =>
      out().find((o) => o.op === 'update' && o.activity.id === standup.id && /Cancelled Daily standup/.test(textOf(o))),
    );
    assert.equal(calendar.cancels.length, 1);
  });

  it("a late confirm that fails for a reason of the bot's own says it can't tell whether it went through, not 'try again'", async () => {
    build([]);
    const standup = await confirmCard('cancel my standup');
    calendar.readMs = 2 * DEADLINE_MS;
    calendar.bug = true;
    const from = out().length;
    await click(standup.id, standup.data);
    const told = await until('the user is told', () =>
      out()
        .slice(from)
        .find((o) => o.op === 'send' && /went wrong/.test(textOf(o))),
    );
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
      out().find((o) => o.op === 'update' && o.activity.id === standup.id && /couldn't confirm whether Daily standup/.test(textOf(o))),
    );
    await until('the background re-read settles it', () =>
      out().find((o) => o.op === 'update' && o.activity.id === standup.id && /Cancelled Daily standup/.test(textOf(o))),
    );
    assert.ok(!out().some((o) => /something went wrong/.test(textOf(o))), 'no failure is reported');
    assert.equal(calendar.cancels.length, 1);
  });

  it('a late confirm that Graph throttles gives the card its buttons back, and says to press again', async () => {
    build([]);
    const standup = await confirmCard('cancel my standup');
    calendar.readMs = 2 * DEADLINE_MS;
    calendar.failCancels = [new ThrottledError(30)];
    const from = out().length;
    await click(standup.id, standup.data);
    assert.match(
      textOf(
        out()
          .slice(from)
          .find((o) => o.activity.type === ActivityTypes.InvokeResponse)!,
      ),
      /Working on it/,
    );
    await until('the user is told to press again', () => out().find((o) => /press the button again/.test(textOf(o))));
    const restored = await until('the card is live again', () =>
      out().find((o) => o.op === 'update' && o.activity.id === standup.id && /"verb":"confirmCancel"/.test(textOf(o))),
    );
    calendar.readMs = 0;
    const again = await (async () => {
      const at = out().length;
      await click(standup.id, buttonIn(restored, 'confirmCancel'));
      return out().slice(at);
    })();
    assert.ok(
      again.some((o) => /Cancelled Daily standup/.test(textOf(o))),
      'pressed again, it cancels',
    );
    assert.equal(calendar.cancels.length, 1);
  });

  it('a list click that outlasts the deadline is answered in time, and its card follows as a message that works', async () => {
    build([]);
    const from = out().length;
    await bot.say('show my meetings');
    const list = out()
      .slice(from)
      .find((o) => o.op === 'send' && o.activity.attachments?.length)!;
    const offer = buttonIn(list, 'offerCancel');
    calendar.readMs = 2 * DEADLINE_MS;
    const clicked = Date.now();
    const at = out().length;
    await click('card-list', offer);
    const answer = out()
      .slice(at)
      .find((o) => o.activity.type === ActivityTypes.InvokeResponse)!;
    assert.ok(answer.at - clicked < DEADLINE_MS + 200, `answered after ${answer.at - clicked} ms`);
    assert.doesNotMatch(textOf(answer), /Working on it/, 'the list stays as it is');
    await until('the confirm card arrives', () =>
      out()
        .slice(at)
        .find((o) => o.op === 'send' && /"verb":"confirmCancel"/.test(textOf(o))),
    );
    calendar.readMs = 0;
    const yes = out().length;
    await bot.say('yes');
    assert.ok(
      out()
        .slice(yes)
        .some((o) => /Cancelled/.test(textOf(o))),
      'a typed "yes" answers that card',
    );
    assert.equal(calendar.cancels.length, 1);
  });
});
