import { strict as assert } from 'node:assert';
import { MemoryStorage, type TurnContext } from 'botbuilder';
import { SignInNeeded, type UserRef } from '../../../src/auth';
import type { TeamsSignIn } from '../../../src/bot';
import { ANSWERS, REPLAYED } from '../../../src/bot/sign-in';
import type { CalendarService } from '../../../src/calendar/calendar-service';
import { ConversationMemory, Sealer, TicketStore } from '../../../src/state';
import { FakeCalendar, meeting } from '../flows/fake-calendar';
import { BotInProcess } from './bot-in-process';

const USER = { aadObjectId: '00000000-0000-4000-8000-000000000020', tenantId: 'tenant' };
const CONVERSATION = 'a:1';

/**
 * A typed "yes" that sign-in interrupted answers, once signed in, the card it was typed under: a
 * confirm card shown meanwhile (a request that needed no new consent) is not the one it confirms.
 */
describe('a typed answer carried out after sign-in', () => {
  let calendar: FakeCalendar;
  let memory: ConversationMemory;
  let tickets: TicketStore;
  let refuse: boolean;
  let storage: MemoryStorage;
  let started: Array<string | undefined>;

  beforeEach(() => {
    storage = new MemoryStorage();
    const at = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString();
    calendar = new FakeCalendar([
      meeting({ id: 'alex-1on1', subject: "1:1 in Alex's calendar", start: at(2), end: at(3) }),
      meeting({ id: 'standup', subject: 'Daily standup', start: at(4), end: at(5) }),
      meeting({ id: 'retro', subject: 'Sprint retro', start: at(6), end: at(7) }),
    ]);
    memory = new ConversationMemory(storage);
    tickets = new TicketStore(storage, Sealer.ephemeral());
    refuse = false;
    started = [];
  });

  /** One turn of a bot built for it, on the shared storage (the replay comes after sign-in, maybe on another instance). */
  async function say(text: string, replayOf?: string): Promise<void> {
    const access = {
      open: async (): Promise<CalendarService> => {
        if (refuse) throw new SignInNeeded('consent', undefined, 'shared', 'Alex Wilber');
        return calendar;
      },
      needsAdmin: () => false,
      signOut: async () => undefined,
    };
    const signIn = {
      start: async (context: TurnContext, _user: UserRef, text: string, _access: string, answers?: string) => {
        started.push(answers);
        await context.sendActivity(`[oauth card: ${text}]`);
      },
    } as unknown as TeamsSignIn;
    const bot = new BotInProcess({ user: USER, access, storage, deps: { signIn, tickets, memory } });
    await bot.say(
      text,
      replayOf !== undefined
        ? [
            [REPLAYED, true],
            [ANSWERS, replayOf],
          ]
        : [],
    );
  }

  it('sign-in keeps the card a typed "yes" answered, and the carried-out "yes" confirms that one, not a newer card', async () => {
    const owner = { userId: USER.aadObjectId, conversationId: CONVERSATION };
    const first = await tickets.issue({ action: 'cancel', meetingId: 'alex-1on1' }, owner);
    await memory.remember(CONVERSATION, USER.aadObjectId, { pendingTicketId: first.id });
    refuse = true;
    await say('yes');
    assert.deepEqual(started, [first.id], 'the waiting request names the card it answers');
    assert.equal(calendar.cancels.length, 0, 'nothing cancelled before sign-in');

    // Meanwhile a request that needed no new consent showed another confirm card.
    const second = await tickets.issue({ action: 'cancel', meetingId: 'standup' }, owner);
    await memory.remember(CONVERSATION, USER.aadObjectId, { pendingTicketId: second.id });
    refuse = false;
    await say('yes', first.id);
    assert.deepEqual(
      calendar.cancels.map((c) => c.id),
      ['alex-1on1'],
    );
  });

  const owner = { userId: USER.aadObjectId, conversationId: CONVERSATION };
  const pendingNow = async () => (await memory.load(CONVERSATION, USER.aadObjectId)).pendingTicketId;

  /** `typed` needs a sign-in under the card `first` (none: no card waiting); a confirm card of the standup is shown meanwhile. */
  async function typedThenNewerCard(typed: string, first?: string): Promise<{ newer: string; replayed: string | undefined }> {
    if (first) await memory.remember(CONVERSATION, USER.aadObjectId, { pendingTicketId: first });
    refuse = true;
    await say(typed);
    const replayed = started.at(-1);
    const newer = (await tickets.issue({ action: 'cancel', meetingId: 'standup' }, owner)).id;
    await memory.remember(CONVERSATION, USER.aadObjectId, { pendingTicketId: newer });
    refuse = false;
    return { newer, replayed };
  }

  it('"yes, and cancel the retro too" carried out after sign-in confirms the card it was typed under, then offers the retro', async () => {
    const first = await tickets.issue({ action: 'cancel', meetingId: 'alex-1on1' }, owner);
    const { newer, replayed } = await typedThenNewerCard('yes, and cancel the sprint retro too', first.id);
    assert.equal(replayed, first.id, 'the waiting request names the card it was typed under');
    await say('yes, and cancel the sprint retro too', replayed);
    assert.deepEqual(
      calendar.cancels.map((c) => c.id),
      ['alex-1on1'],
    );
    const offered = await pendingNow();
    assert.ok(offered && offered !== first.id && offered !== newer, "the retro's card waits now");
    assert.deepEqual((await tickets.get(offered))?.target, { action: 'cancel', meetingId: 'retro' });
    assert.equal((await tickets.get(newer))?.status, 'open', 'the newer card is untouched');
  });

  it('any other request carried out after sign-in leaves the card shown since the one waiting (an older card never is again)', async () => {
    const first = await tickets.issue({ action: 'cancel', meetingId: 'alex-1on1' }, owner);
    const { newer, replayed } = await typedThenNewerCard('show my meetings', first.id);
    assert.equal(replayed, first.id);
    await say('show my meetings', replayed);
    assert.equal(await pendingNow(), newer);
    assert.equal(calendar.cancels.length, 0);
  });

  it('typed with no card waiting, it confirms none shown since; a carried-out "yes" leaves the newer card the one waiting', async () => {
    const { newer, replayed } = await typedThenNewerCard('yes, and cancel the sprint retro too');
    assert.equal(replayed, '', 'no card waited');
    await say('yes, and cancel the sprint retro too', replayed);
    assert.equal(calendar.cancels.length, 0, 'the standup card shown since is not confirmed');
    assert.equal((await tickets.get(newer))?.status, 'open');

    const first = await tickets.issue({ action: 'cancel', meetingId: 'alex-1on1' }, owner);
    const again = await typedThenNewerCard('yes', first.id);
    await say('yes', again.replayed);
    assert.deepEqual(
      calendar.cancels.map((c) => c.id),
      ['alex-1on1'],
    );
    assert.equal(await pendingNow(), again.newer, 'the card shown since is the one "yes" answers next');
  });
});
