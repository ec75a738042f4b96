import { strict as assert } from 'node:assert';
import { GuardedStorage } from '../../../src/storage/guarded-storage';
import { MemoryStateStorage } from '../../../src/storage/memory-state-storage';
import { FakeCalendar, meeting } from '../flows/fake-calendar';
import { BotInProcess } from './bot-in-process';

const USER = { aadObjectId: '00000000-0000-4000-8000-000000000023', tenantId: 'tenant' };

/** Memory storage whose writes of tickets fail while `down` (Azure Storage unreachable for them). */
class TicketsDown extends MemoryStateStorage {
  down = false;
  override async write(changes: Parameters<MemoryStateStorage['write']>[0]) {
    if (this.down && Object.keys(changes).some((key) => key.startsWith('tickets/'))) throw new Error('storage down');
    return super.write(changes);
  }
}

/** A calendar that takes storage down the moment its cancel has gone through. */
class CancelThenStorageDown extends FakeCalendar {
  constructor(
    private readonly storage: TicketsDown,
    ...meetings: ConstructorParameters<typeof FakeCalendar>
  ) {
    super(...meetings);
  }
  override async cancelMeeting(id: string, comment: string): Promise<void> {
    await super.cancelMeeting(id, comment);
    this.storage.down = true;
  }
}

/**
 * The cancel went through and then the card's outcome could not be saved: the user is told the
 * meeting was cancelled (never "try again", which reads as if it had not), and the outcome lands
 * once storage is back: the same card's next click shows it, and nothing is sent twice.
 */
describe('storage down right after a cancel went through', () => {
  it('the click is answered "Cancelled"; pressed again once storage is back, the outcome, with no second cancel', async () => {
    const memory = new TicketsDown();
    const soon = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
    const calendar = new CancelThenStorageDown(memory, [
      meeting({ id: 'standup', subject: 'Daily standup', start: soon(2), end: soon(2.5) }),
    ]);
    const bot = new BotInProcess({ user: USER, calendar, storage: new GuardedStorage(memory) });
    await bot.say('cancel my standup');
    const card = bot.lastId;
    const confirm = bot.button('confirmCancel');
    const from = bot.out.length;
    const answer = await bot.click('confirmCancel', { ...confirm, comment: 'Sorry' }, { replyToId: card });
    assert.equal(answer?.body.type, 'application/vnd.microsoft.card.adaptive');
    assert.match(JSON.stringify(answer?.body.value), /Cancelled Daily standup/);
    assert.doesNotMatch(bot.texts(from).join('\n'), /try again/i);
    assert.deepEqual(calendar.cancels, [{ id: 'standup', comment: 'Sorry' }]);

    memory.down = false;
    const again = await bot.click('confirmCancel', { ...confirm, comment: 'Sorry' }, { replyToId: card });
    assert.match(JSON.stringify(again?.body.value), /Cancelled Daily standup/);
    assert.equal(calendar.cancels.length, 1, 'sent once');
  });
});
