import { strict as assert } from 'node:assert';
import { LEASE_MS, Sealer, TicketStore } from '../../../src/state';
import { GuardedStorage } from '../../../src/storage/guarded-storage';
import { MemoryStateStorage } from '../../../src/storage/memory-state-storage';
import { FakeCalendar, meeting } from '../flows/fake-calendar';
import { BotInProcess } from './bot-in-process';

const USER = { aadObjectId: '00000000-0000-4000-8000-000000000022', tenantId: 'tenant' };

/**
 * A confirm click whose process died after it claimed the card's ticket (and maybe after it sent
 * the cancel): Teams shows the card it was last given ("Working on it… This card shows the result
 * when it is done") and asks for its refresh whenever it shows it again. Once the claim's lease is
 * over nobody is working on it any more: the refresh tells the meeting's true state.
 */
describe('a card whose click died with its process', () => {
  let calendar: FakeCalendar;
  let bot: BotInProcess;
  let storage: GuardedStorage;
  const sealer = Sealer.ephemeral();

  beforeEach(() => {
    const soon = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
    calendar = new FakeCalendar([meeting({ id: 'standup', subject: 'Daily standup', start: soon(2), end: soon(2.5) })]);
    storage = new GuardedStorage(new MemoryStateStorage());
    bot = new BotInProcess({ user: USER, calendar, storage, deps: { tickets: new TicketStore(storage, sealer) } });
  });

  /** The confirm card for the standup, its ticket claimed `agoMs` ago by a process that then died; its refresh action's data. */
  async function claimedBy(agoMs: number): Promise<Record<string, unknown>> {
    await bot.say('cancel my standup');
    const refresh = JSON.stringify(bot.activities()).match(
      /"refresh":\{"action":\{"type":"Action.Execute","verb":"refreshTicket","data":(\{[^}]*\})/,
    );
    assert.ok(refresh, 'the confirm card has a refresh');
    const data = JSON.parse(refresh[1]);
    const then = Date.now() - agoMs;
    const claim = await new TicketStore(storage, sealer, 7, () => then).claim(String(data.ticket), USER.aadObjectId);
    assert.equal(claim.kind, 'claimed');
    return data;
  }

  const refresh = (data: Record<string, unknown>) => bot.click('refreshTicket', data, { replyToId: bot.lastId, trigger: 'automatic' });

  it('within the lease: the card is left as it is (that click may still finish and show its result)', async () => {
    const data = await claimedBy(1000);
    const answer = await refresh(data);
    assert.equal(answer?.body.type, 'application/vnd.microsoft.activity.message', 'unchanged');
  });

  it('past the lease, the cancel having gone through before the process died: the card says the meeting is gone, with no button', async () => {
    const data = await claimedBy(LEASE_MS + 1000);
    await calendar.cancelMeeting('standup', 'Sorry');
    const answer = await refresh(data);
    assert.equal(answer?.body.type, 'application/vnd.microsoft.card.adaptive');
    const card = JSON.stringify(answer?.body.value);
    assert.match(card, /Microsoft 365 no longer finds Daily standup in its calendar/);
    assert.doesNotMatch(card, /Action.Execute","verb":"confirmCancel/, 'no button to cancel it again');
  });

  it('past the lease, nothing having been sent: the card is offered again, and pressing it cancels once', async () => {
    const data = await claimedBy(LEASE_MS + 1000);
    const answer = await refresh(data);
    assert.equal(answer?.body.type, 'application/vnd.microsoft.card.adaptive');
    const confirm = JSON.stringify(answer?.body.value).match(/"verb":"confirmCancel","data":(\{[^}]*\})/);
    assert.ok(confirm, 'the confirm button is back');
    const done = await bot.click('confirmCancel', { ...JSON.parse(confirm[1]), comment: 'Sorry' }, { replyToId: bot.lastId });
    assert.match(JSON.stringify(done?.body.value), /Cancelled Daily standup/);
    assert.deepEqual(calendar.cancels, [{ id: 'standup', comment: 'Sorry' }]);
  });
});
