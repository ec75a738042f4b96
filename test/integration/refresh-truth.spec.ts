import { strict as assert } from 'node:assert';
import { button, buttonFor, cardText, submitData, subjectsIn } from './support/cards';
import { standupEveryDay } from './support/every-day';
import { ALEX, MEGAN, stackForSuite } from './support/stack';
import type { ChatUser } from './support/teams-channel';

/**
 * Teams' automatic refresh (`adaptiveCard/action`, trigger "automatic") answered truthfully whoever
 * sends it: a refresh is read with the sender's own token, so a forged or foreign one never shows
 * another user's meetings, and a card whose meetings are gone says so.
 */
describe("card refreshes: the truth for whoever asks, never another user's data", function () {
  this.timeout(60000);
  let alex: ChatUser;
  let megan: ChatUser;

  const stack = stackForSuite(standupEveryDay);
  beforeEach(() => {
    alex = stack().channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    megan = stack().channel.user({ ...MEGAN, localTimezone: 'America/Los_Angeles' });
  });

  /** Sends `action` as an automatic refresh of card `cardId`, from `user` (what Teams would send, or a forgery). */
  const refreshAs = (user: ChatUser, cardId: string, action: unknown) =>
    user.act({ type: 'invoke', name: 'adaptiveCard/action', replyToId: cardId, value: { action, trigger: 'automatic' } });

  it("Megan sends the refresh of Alex's list (not in its userIds): she gets nothing of Alex's", async () => {
    const list = (await alex.say('show my meetings')).card();
    assert.equal(list.content.refresh.action.verb, 'refreshList');
    assert.ok(!list.content.refresh.userIds.includes(`29:${MEGAN.aadObjectId}`), 'the card refreshes for Alex only');
    const alexOnly = subjectsIn(list.content);
    const hers = subjectsIn((await megan.say('show my meetings')).card().content);

    const turn = await refreshAs(megan, list.id, list.content.refresh.action);
    assert.equal(turn.status, 200);
    assert.deepEqual(turn.sent, [], 'nothing posted to any chat');
    const shown = turn.body?.type === 'application/vnd.microsoft.card.adaptive' ? subjectsIn(turn.body.value) : [];
    for (const subject of shown) assert.ok(hers.includes(subject), `${subject} is one of Megan's own meetings`);
    // Alex's event ids mean nothing in Megan's mailbox: every row is gone for her, and no row of Alex's is shown.
    for (const subject of alexOnly.filter((s) => !hers.includes(s))) assert.ok(!shown.includes(subject), `${subject} is not shown`);
  });

  it("a forged refresh of Alex's confirm card, Megan's bulk card with Alex's ids as 'others': nothing of Alex's", async () => {
    const page = (await alex.say('show my meetings')).card();
    const confirm = (await alex.click(page.id, buttonFor(page.content, subjectsIn(page.content)[0]))).card();
    const ticketRefresh = confirm.content.refresh.action;
    const forged = await refreshAs(megan, confirm.id, ticketRefresh);
    assert.equal(forged.status, 200);
    assert.notEqual(forged.body?.type, 'application/vnd.microsoft.card.adaptive', 'no card of Alex goes to Megan');
    assert.deepEqual(forged.sent, []);

    // Megan's own bulk card, refreshed with Alex's meeting ids slipped in as the meetings she does not organize.
    const bulk = (await megan.say('cancel all my meetings tomorrow')).card();
    const action = bulk.content.refresh?.action;
    assert.equal(action?.verb, 'refreshTicket', cardText(bulk.content));
    {
      const alexIds = (list: any) =>
        JSON.stringify(list)
          .match(/"meetingId":"([^"]+)"/g)
          ?.map((m) => m.slice(13, -1)) ?? [];
      const turn = await refreshAs(megan, bulk.id, { ...action, data: { ...action.data, others: alexIds(page.content) } });
      assert.equal(turn.status, 200);
      const text = turn.body?.type === 'application/vnd.microsoft.card.adaptive' ? cardText(turn.body.value) : '';
      for (const subject of subjectsIn(page.content).filter((s) => !cardText(bulk.content).includes(s)))
        assert.ok(!text.includes(subject), `${subject} (Alex's) is not on Megan's card`);
    }
  });

  it('a choice card refreshed after some of its meetings were cancelled: those rows go; with all gone, it says so, nothing left to press', async () => {
    const choose = (await alex.say('cancel my meeting tomorrow')).card();
    assert.match(cardText(choose.content), /^Which meeting do you mean\?/);
    const action = choose.content.refresh?.action;
    assert.equal(action?.verb, 'refreshChoice');
    // The candidates Alex organizes are cancelled, each from its own confirm card.
    const cancelled: Array<{ id: string; subject: string }> = [];
    for (const data of submitData(choose.content).filter((d) => d.verb === 'offerCancel')) {
      const confirm = (await alex.click(choose.id, data)).card();
      const subject = cardText(confirm.content).split('\n')[1];
      const only = /Only this one/.test(cardText(confirm.content)) ? 'Only this one' : 'Cancel meeting';
      await alex.click(confirm.id, button(confirm.content, only), { comment: '' });
      cancelled.push({ id: String(data.meetingId), subject });
    }
    assert.ok(cancelled.length > 0, 'the choice offered a meeting Alex organizes');

    const refreshed = await refreshAs(alex, choose.id, action);
    assert.equal(refreshed.status, 200);
    assert.equal(refreshed.body?.type, 'application/vnd.microsoft.card.adaptive');
    const text = cardText(refreshed.body.value);
    for (const { subject } of cancelled) assert.ok(!text.includes(subject), `${subject} (cancelled) is no longer offered:\n${text}`);

    // The same card with only the cancelled meetings: all gone.
    const gone = await refreshAs(alex, choose.id, { ...action, data: { ...action.data, meetingIds: cancelled.map((c) => c.id) } });
    assert.equal(gone.body?.type, 'application/vnd.microsoft.card.adaptive');
    assert.match(cardText(gone.body.value), /^This can no longer be cancelled or declined here\./);
    assert.deepEqual(submitData(gone.body.value), [], 'nothing left to press');
    assert.deepEqual(gone.sent, []);
  });
});
