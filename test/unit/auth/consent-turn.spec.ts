import { strict as assert } from 'node:assert';
import { MemoryStorage, type TurnContext } from 'botbuilder';
import { SignInNeeded, type UserRef } from '../../../src/auth';
import type { MissingConsent, TeamsSignIn } from '../../../src/bot';
import type { CalendarService } from '../../../src/calendar/calendar-service';
import { meeting } from '../../support/meeting';
import { BotInProcess } from '../bot/bot-in-process';
import { FakeCalendar } from '../flows/fake-calendar';

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

  /** One turn of a bot built for it (Teams mode: with SSO sign-in); what it said, a card as its content type. */
  async function say(teams: boolean, text: string): Promise<string[]> {
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
    };
    const signIn = teams
      ? ({
          start: async (context: TurnContext, _user: unknown, text: string, access: string) => {
            signInStarted.push(access);
            await context.sendActivity(`[oauth card: ${text}]`);
          },
        } as unknown as TeamsSignIn)
      : undefined;
    const bot = new BotInProcess({ user: USER, access, storage: new MemoryStorage(), deps: { signIn } });
    await bot.say(text);
    return bot
      .activities()
      .filter((a) => a.type === 'message')
      .map((a) => a.text ?? `[${a.attachments?.[0]?.contentType}]`);
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
