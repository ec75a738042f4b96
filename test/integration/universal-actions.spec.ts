import { strict as assert } from 'node:assert';
import { cardProblems } from '../support/adaptive-card';
import { button, buttonFor, cardText, submitData, subjectsIn } from './support/cards';
import { ALEX, MEGAN, stackForSuite } from './support/stack';
import type { ChatUser, Turn } from './support/teams-channel';

/**
 * Universal Actions over the Bot Framework protocol: card buttons are Action.Execute, each click an
 * `adaptiveCard/action` invoke whose response is the clicked card's next state; cards that can go
 * stale carry a `refresh` for their user, and the refresh invoke returns the card's true state.
 */
describe('Universal Actions: clicks answered by the invoke, refreshes that tell the truth', function () {
  this.timeout(60000);
  let alex: ChatUser;
  let megan: ChatUser;

  const stack = stackForSuite();
  beforeEach(() => {
    alex = stack().channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    megan = stack().channel.user({ ...MEGAN, localTimezone: 'America/Los_Angeles' });
  });

  /** The list page showing `subject` (paging with "More"), and the card its row button opens. */
  async function listWith(user: ChatUser, subject: string): Promise<{ id: string; content: any }> {
    let page = (await user.say('show my meetings')).card();
    for (let i = 0; i < 5 && !subjectsIn(page.content).includes(subject); i++) {
      page = (await user.click(page.id, button(page.content, 'More'))).card();
    }
    assert.ok(subjectsIn(page.content).includes(subject), `${subject} is listed`);
    return page;
  }

  async function cardFor(user: ChatUser, subject: string): Promise<{ id: string; content: any }> {
    const page = await listWith(user, subject);
    return (await user.click(page.id, buttonFor(page.content, subject))).card();
  }

  function assertUnchangedElsewhere(turn: Turn): void {
    assert.deepEqual(turn.updateCalls, [], 'no update call: the invoke response carries the card');
    assert.deepEqual(turn.sent, [], 'nothing posted to the chat');
  }

  it('every button is Action.Execute with its verb; a confirm click is answered by the invoke with the outcome card', async () => {
    const confirm = await cardFor(alex, '1:1 Alex / Megan');
    const actions = JSON.stringify(confirm.content);
    assert.ok(!actions.includes('Action.Submit'), 'no Action.Submit left');
    const cancel = button(confirm.content, 'Cancel meeting');
    assert.equal(cancel.verb, 'confirmCancel');
    assert.deepEqual(cardProblems(confirm.content), [], 'a valid Adaptive Card 1.5 for Teams, refresh included');
    assert.deepEqual(confirm.content.refresh, {
      action: { type: 'Action.Execute', verb: 'refreshTicket', data: { verb: 'refreshTicket', ticket: cancel.ticket } },
      userIds: [`29:${ALEX.aadObjectId}`],
    });

    const done = await alex.click(confirm.id, cancel, { comment: 'Moved to Friday' });
    assert.equal(done.status, 200);
    assert.equal(done.body.statusCode, 200);
    assert.match(cardText(done.invokeCard), /^Cancelled 1:1 Alex \/ Megan, .*\.\nAttendees were told:\nMoved to Friday/);
    assert.deepEqual(submitData(done.invokeCard), [], 'the final card has no buttons');
    assert.equal(done.invokeCard.refresh, undefined, 'a final card never changes again');
    assertUnchangedElsewhere(done);
    assert.equal((await stack().stats()).graph.byRoute['POST /me/events/{eventId}/cancel'], 1);
  });

  it('a refresh of a card whose meeting was cancelled elsewhere (by its organizer) returns it as gone, with no buttons', async () => {
    const decline = await cardFor(alex, 'All hands');
    assert.equal(button(decline.content, 'Decline').verb, 'confirmDecline');
    const still = await alex.refresh(decline.id);
    assert.match(cardText(still.invokeCard), /All hands/);
    assert.deepEqual(
      submitData(still.invokeCard).map((d) => d.verb),
      ['confirmDecline', 'keep'],
      'still open: the same card, its buttons live',
    );
    assertUnchangedElsewhere(still);

    // Megan, the organizer, cancels All hands in her own chat: Alex's card is now stale.
    const hers = await cardFor(megan, 'All hands');
    await megan.click(hers.id, button(hers.content, 'Cancel meeting'), { comment: '' });
    const graphBefore = (await stack().stats()).graph.byRoute['POST /me/events/{eventId}/decline'] ?? 0;

    const refreshed = await alex.refresh(decline.id);
    assert.equal(refreshed.status, 200);
    assert.match(cardText(refreshed.invokeCard), /^All hands is already cancelled\./);
    assert.deepEqual(submitData(refreshed.invokeCard), [], 'nothing left to press');
    assertUnchangedElsewhere(refreshed);
    assert.equal((await stack().stats()).graph.byRoute['POST /me/events/{eventId}/decline'] ?? 0, graphBefore, 'a refresh only reads');
  });

  it('a refresh after the card was used (on another device) returns its outcome', async () => {
    const confirm = await cardFor(alex, '1:1 Alex / Megan');
    await alex.click(confirm.id, button(confirm.content, 'Keep it'));
    const refreshed = await alex.refresh(confirm.id, confirm.content);
    assert.match(cardText(refreshed.invokeCard), /Kept 1:1 Alex \/ Megan\. Nothing was cancelled\./);
    assertUnchangedElsewhere(refreshed);
  });

  it('a stale list refreshed drops the row of a meeting that is gone; the other rows stay', async () => {
    const list = await listWith(alex, '1:1 Alex / Megan');
    assert.deepEqual(cardProblems(list.content), []);
    assert.equal(list.content.refresh?.action?.verb, 'refreshList');
    assert.deepEqual(list.content.refresh?.userIds, [`29:${ALEX.aadObjectId}`]);
    const before = subjectsIn(list.content);

    const confirm = await cardFor(alex, '1:1 Alex / Megan');
    await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: '' });

    const refreshed = await alex.refresh(list.id);
    const after = subjectsIn(refreshed.invokeCard);
    assert.ok(!after.includes('1:1 Alex / Megan'), `the cancelled meeting's row is gone: ${after.join(', ')}`);
    for (const subject of before.filter((s) => s !== '1:1 Alex / Megan').slice(0, 3))
      assert.ok(after.includes(subject), `${subject} stays`);
    assert.deepEqual(cardProblems(refreshed.invokeCard), []);
    assertUnchangedElsewhere(refreshed);
  });

  it('a confirm that outlasts Teams\' wait is answered in time with a "working" card, then the card shows the result', async () => {
    const confirm = await cardFor(alex, '1:1 Alex / Megan');
    // Every Graph request now takes 2.5 s: the re-read and the cancel together outlast the 3 s the bot gives itself.
    await stack().admin('POST', '/faults', { latencyMs: 2500 });
    const started = Date.now();
    const click = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: '' });
    assert.ok(Date.now() - started < 4500, `answered in ${Date.now() - started} ms, within Teams' 5 s`);
    assert.match(cardText(click.invokeCard), /Working on it… This card shows the result when it is done\./);
    assert.deepEqual(submitData(click.invokeCard), [], 'nothing to press twice meanwhile');

    const deadline = Date.now() + 15000;
    let final: any;
    while (!final && Date.now() < deadline) {
      final = stack().channel.log.find((e) => e.op === 'update' && e.activity.id === confirm.id)?.activity;
      if (!final) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(final, 'the card was updated with the result');
    assert.match(cardText(final.attachments[0].content), /^Cancelled 1:1 Alex \/ Megan, /);
    assert.equal((await stack().stats()).graph.byRoute['POST /me/events/{eventId}/cancel'], 1);
  });

  it('a confirm at work when the bot is told to stop (a deploy, a scale-in) finishes first: one cancel, the card shows it', async () => {
    const confirm = await cardFor(alex, '1:1 Alex / Megan');
    await stack().admin('POST', '/faults', { latencyMs: 2000 });
    const click = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Moved' });
    assert.match(cardText(click.invokeCard), /Working on it/);
    // SIGTERM now, while the cancel is still on its way; a new instance takes over.
    await stack().restartBot();
    const final = stack().channel.log.find((e) => e.op === 'update' && e.activity.id === confirm.id)?.activity;
    assert.ok(final, 'the stopping instance updated the card before it exited');
    assert.match(cardText(final.attachments![0].content), /^Cancelled 1:1 Alex \/ Megan.*\nAttendees were told:\nMoved/s);
    assert.equal((await stack().stats()).graph.byRoute['POST /me/events/{eventId}/cancel'], 1);
  });

  it("another user's refresh of a card (a forged one) shows nothing of it", async () => {
    const confirm = await cardFor(alex, '1:1 Alex / Megan');
    const turn = await megan.act({
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: confirm.id,
      value: { action: confirm.content.refresh.action, trigger: 'automatic' },
    });
    assert.equal(turn.status, 200);
    assert.notEqual(turn.body?.type, 'application/vnd.microsoft.card.adaptive', 'no card of Alex goes to Megan');
    assert.deepEqual(turn.sent, []);
  });
});
