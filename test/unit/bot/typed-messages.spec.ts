import { strict as assert } from 'node:assert';
import { FakeCalendar, meeting } from '../flows/fake-calendar';
import { BotInProcess } from './bot-in-process';

const USER = { aadObjectId: '00000000-0000-4000-8000-000000000020', tenantId: 'tenant' };

/** What a user types reaches the flows whole, up to what the bot accepts: nothing they wrote is cut off unseen. */
describe('typed messages (the bot in process)', () => {
  it('a typed "yes" with a message as long as the configured limit sends all of it', async () => {
    const soon = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
    const calendar = new FakeCalendar([meeting({ id: 'standup', subject: 'Daily standup', start: soon(2), end: soon(2.5) })]);
    const bot = new BotInProcess({ user: USER, calendar, settings: { commentMaxLength: 2000 } });
    const say = (text: string) => bot.say(text);
    await say('cancel my standup');
    const message = `Sorry, ${'we moved it. '.repeat(150)}`.trim();
    assert.ok(message.length > 1000 && message.length <= 2000);
    await say(`yes, ${message}`);
    assert.deepEqual(calendar.cancels, [{ id: 'standup', comment: message }]);
  });
});
