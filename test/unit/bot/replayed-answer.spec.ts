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
      replayOf
        ? [
            [REPLAYED, true],
            [ANSWERS, replayOf],
          ]
        : [],
    );
  }

  it('only an answer waits with a card: another request carried out later must not make an older card the pending one', async () => {
    const owner = { userId: USER.aadObjectId, conversationId: CONVERSATION };
    const first = await tickets.issue({ action: 'cancel', meetingId: 'alex-1on1' }, owner);
    await memory.remember(CONVERSATION, USER.aadObjectId, { pendingTicketId: first.id });
    refuse = true;
    await say('show my meetings');
    await say('yes');
    assert.deepEqual(started, [undefined, first.id]);
  });

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
});
