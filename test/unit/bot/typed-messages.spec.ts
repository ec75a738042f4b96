import { strict as assert } from 'node:assert';
import type { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import type { UserRef } from '../../../src/auth';
import { createBot, type BotDeps, type CalendarAccess } from '../../../src/bot';
import { ConversationMemory, Sealer, TicketStore } from '../../../src/state';
import { GuardedStorage } from '../../../src/storage/guarded-storage';
import { MemoryStateStorage } from '../../../src/storage/memory-state-storage';
import { personalChat } from '../../support/activity';
import { FakeCalendar, meeting } from '../flows/fake-calendar';

const USER = { aadObjectId: '00000000-0000-4000-8000-000000000020', tenantId: 'tenant' };

/** What a user types reaches the flows whole, up to what the bot accepts: nothing they wrote is cut off unseen. */
describe('typed messages (the bot in process)', () => {
  it('a typed "yes" with a message as long as the configured limit sends all of it', async () => {
    const soon = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
    const calendar = new FakeCalendar([meeting({ id: 'standup', subject: 'Daily standup', start: soon(2), end: soon(2.5) })]);
    const storage = new GuardedStorage(new MemoryStateStorage());
    const adapter = new TestAdapter();
    const app = createBot({
      adapter: adapter as unknown as TeamsAdapter,
      access: { open: async (_user: UserRef) => calendar, signOut: async () => undefined } as unknown as CalendarAccess,
      tickets: new TicketStore(storage, Sealer.ephemeral()),
      memory: new ConversationMemory(storage),
      settings: { horizonDays: 7, pageSize: 5, commentMaxLength: 2000 },
      defaultTenantId: USER.tenantId,
    } as BotDeps);
    let sent = 0;
    const say = async (text: string) => {
      const context = new TurnContext(adapter, { ...personalChat(USER), type: 'message', text } as Activity);
      context.onSendActivities(async (_ctx, activities) => activities.map(() => ({ id: `card-${++sent}` })));
      context.onUpdateActivity(async () => undefined);
      await app.run(context);
    };
    await say('cancel my standup');
    const message = `Sorry, ${'we moved it. '.repeat(150)}`.trim();
    assert.ok(message.length > 1000 && message.length <= 2000);
    await say(`yes, ${message}`);
    assert.deepEqual(calendar.cancels, [{ id: 'standup', comment: message }]);
  });
});
