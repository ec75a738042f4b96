import { strict as assert } from 'node:assert';
import type { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import { MemoryStorage, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { SignInNeeded, type UserRef } from '../../../src/auth';
import { createBot, type BotDeps, type CalendarAccess, type MissingConsent } from '../../../src/bot';
import type { CalendarService } from '../../../src/calendar/calendar-service';
import { ConversationMemory, Sealer, TicketStore } from '../../../src/state';
import { meeting } from '../../support/meeting';
import { FakeCalendar } from '../flows/fake-calendar';
import { personalChat } from '../../support/activity';

const USER = { aadObjectId: '00000000-0000-4000-8000-000000000020', tenantId: 'tenant' };

/**
 * The bot's turn, in process, with a calendar standing in for the Graph adapter: how a missing
 * consent reaches the user, whether the flow let it through or went on without that calendar.
 */
describe('consent on first use, through a turn', () => {
  let calendar: FakeCalendar;
  /** What the stand-in adapter does on a list: go on without a calendar whose consent is missing, or let the refusal through. */
  let onList: (missing: MissingConsent | undefined) => void;
  let signInStarted: string[];

  function bot(teams: boolean) {
    const storage = new MemoryStorage();
    const access = {
      open: async (_user: UserRef, missing?: MissingConsent): Promise<CalendarService> =>
        Object.assign(Object.create(calendar) as CalendarService, {
          listPage: (...args: Parameters<CalendarService['listPage']>) => {
            onList(missing);
            return calendar.listPage(...args);
          },
        }),
      needsAdmin: (access: string) => access === 'groups',
      signOut: async () => undefined,
    } as unknown as CalendarAccess;
    const signIn = teams
      ? {
          start: async (context: TurnContext, _user: unknown, text: string, access: string) => {
            signInStarted.push(access);
            await context.sendActivity(`[oauth card: ${text}]`);
          },
        }
      : undefined;
    const adapter = new TestAdapter() as unknown as TeamsAdapter;
    const deps = {
      adapter,
      access,
      signIn,
      tickets: new TicketStore(storage, Sealer.ephemeral()),
      memory: new ConversationMemory(storage),
      settings: { horizonDays: 7, pageSize: 5, commentMaxLength: 50 },
      defaultTenantId: USER.tenantId,
    } as unknown as BotDeps;
    return { app: createBot(deps), adapter };
  }

  async function say(teams: boolean, text: string): Promise<string[]> {
    const { app, adapter } = bot(teams);
    const context = new TurnContext(
      adapter as unknown as TestAdapter,
      personalChat(USER, { type: 'message', text }) as unknown as Activity,
    );
    const sent: string[] = [];
    context.onSendActivities(async (_ctx, activities) => {
      for (const a of activities) if (a.type === 'message') sent.push(a.text ?? `[${a.attachments?.[0]?.contentType}]`);
      return activities.map((_, i) => ({ id: `r${i}` }));
    });
    await app.run(context);
    return sent;
  }

  beforeEach(() => {
    const start = new Date(Date.now() + 3600_000).toISOString();
    calendar = new FakeCalendar([
      meeting({ id: 'm1', subject: 'Daily standup', start, end: new Date(Date.now() + 5400_000).toISOString() }),
    ]);
    signInStarted = [];
    onList = () => undefined;
  });

  it('a list that went on without a delegate’s and a group’s calendar: the list, then what is missing, then one consent sign-in', async () => {
    onList = (missing) => {
      missing?.note(new SignInNeeded('consent', undefined, 'shared', 'Alex Wilber'));
      missing?.note(new SignInNeeded('consent', undefined, 'groups'));
    };
    const sent = await say(true, 'show my meetings');
    assert.deepEqual(sent, [
      '[application/vnd.microsoft.card.adaptive]',
      'Group calendars need your administrator to approve access for this bot.',
      "[oauth card: To act on Alex Wilber's calendar I need your permission to use calendars shared with you. Please sign in and accept.]",
    ]);
    assert.deepEqual(signInStarted, ['shared']);
  });

  it('the own calendar alone needs nothing more: no consent words', async () => {
    assert.deepEqual(await say(true, 'show my meetings'), ['[application/vnd.microsoft.card.adaptive]']);
    assert.deepEqual(signInStarted, []);
  });

  it('a refusal the flow lets through: no list, the consent words and sign-in for shared; for groups the words alone', async () => {
    onList = () => {
      throw new SignInNeeded('consent', undefined, 'shared', 'Alex Wilber');
    };
    assert.deepEqual(await say(true, 'show my meetings'), [
      "[oauth card: To act on Alex Wilber's calendar I need your permission to use calendars shared with you. Please sign in and accept.]",
    ]);
    onList = () => {
      throw new SignInNeeded('consent', undefined, 'groups', 'Marketing');
    };
    assert.deepEqual(await say(true, 'show my meetings'), [
      'The Marketing group calendar needs your administrator to approve access for this bot.',
    ]);
    assert.deepEqual(signInStarted, ['shared']);
  });
});
