import { strict as assert } from 'node:assert';
import { button, cardText } from './support/cards';
import { designReviewsSuite, ISAIAH, MEGAN } from './support/design-reviews';
import type { Turn } from './support/teams-channel';

/**
 * A confirm card the user turned away from by words ("no, the other one", "the second one" of the list it came from)
 * is replaced: updated in place to say so, its refresh shows the same, and a click that still reaches it sends
 * nothing. A row clicked on a list, or a new typed cancel, may be one more meeting to cancel: the earlier card stays live.
 * Bot over HTTP against the sandbox.
 */
describe('a confirm card replaced by a newer one (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  const { user, inboxOf } = designReviewsSuite();
  const REPLACED = /^Replaced by the card below\. Nothing was cancelled from this card\.\nDesign review\n/;

  /** The update call this turn made to the card in `cardId`, as its text. */
  const updateOf = (turn: Turn, cardId: string): string => {
    const update = turn.updateCalls.find((u) => u.id === cardId);
    assert.ok(update, `card ${cardId} was not updated: ${JSON.stringify(turn.events.map((e) => [e.op, e.activity.id]))}`);
    return cardText(update.attachments![0].content);
  };

  it('"no, the other one": the first card turns inert in place, on refresh and on a late click, which cancels nothing', async () => {
    const alex = user();
    const first = (await alex.say('cancel the design review at 9am tomorrow')).card();
    assert.match(cardText(first.content), /^Cancel this meeting\?\nDesign review\n.*9:00\s?AM/, cardText(first.content));
    const turn = await alex.say('no, the other one');
    assert.match(cardText(turn.card().content), /^Cancel this meeting\?\nDesign review\n.*2:00\s?PM/);
    const inert = updateOf(turn, first.id);
    assert.match(inert, REPLACED, inert);
    assert.doesNotMatch(inert, /Cancel meeting|Keep it/);

    // Another device still showing the old card: its refresh shows it replaced.
    const refreshed = await alex.refresh(first.id, first.content);
    assert.match(cardText(refreshed.invokeCard), REPLACED, cardText(refreshed.invokeCard));
    // A click that still arrives from the old card (sent before the update reached the client): nothing is sent.
    const click = await alex.click(first.id, button(first.content, 'Cancel meeting'), { comment: 'Sorry' });
    assert.match(cardText(click.invokeCard), REPLACED, cardText(click.invokeCard));
    assert.equal(await inboxOf(MEGAN.emailAddress.address), 0, 'the meeting said to be wrong is not cancelled');
    assert.equal(await inboxOf(ISAIAH.emailAddress.address), 0);
  });

  it('a new typed cancel of another meeting may be one more to cancel: the card stays live, "yes" answers the new one', async () => {
    const alex = user();
    const first = (await alex.say('cancel the design review at 9am tomorrow')).card();
    const turn = await alex.say('cancel the design review at 2pm tomorrow');
    assert.match(cardText(turn.card().content), /^Cancel this meeting\?\nDesign review\n.*2:00\s?PM/);
    assert.equal(turn.updateCalls.length, 0, 'the first card is not touched');
    const yes = await alex.say('yes');
    assert.match(cardText(yes.updated[0].attachments![0].content), /^Cancelled Design review.*2:00\s?PM/);
    assert.deepEqual([await inboxOf(MEGAN.emailAddress.address), await inboxOf(ISAIAH.emailAddress.address)], [0, 1]);
    const click = await alex.click(first.id, button(first.content, 'Cancel meeting'));
    assert.match(cardText(click.invokeCard), /^Cancelled Design review.*9:00\s?AM/);
    assert.deepEqual([await inboxOf(MEGAN.emailAddress.address), await inboxOf(ISAIAH.emailAddress.address)], [1, 1]);
  });

  it('"the second one" after the confirm card of the list\'s first row: a new pick, the first card is replaced', async () => {
    const alex = user();
    const list = (await alex.say('cancel the design review tomorrow')).card();
    const first = (await alex.say('the first one')).card();
    assert.match(cardText(first.content), /9:00\s?AM/);
    const turn = await alex.say('the second one');
    assert.match(cardText(turn.card().content), /^Cancel this meeting\?\nDesign review\n.*2:00\s?PM/);
    assert.match(updateOf(turn, first.id), REPLACED);
    assert.ok(!turn.updateCalls.some((u) => u.id === list.id), 'the list stays');
  });

  it('in German: "nein, das andere" replaces the first card with words of its own', async () => {
    const alex = user('de-DE');
    const first = (await alex.say('sag das Design review morgen um 9 Uhr ab')).card();
    const turn = await alex.say('nein, das andere');
    assert.match(updateOf(turn, first.id), /^Durch die Karte darunter ersetzt\. Über diese Karte wurde nichts abgesagt\.\nDesign review\n/);
  });

  it('a list click on another row: both confirm cards stay live, each cancels its own meeting once', async () => {
    const alex = user();
    const list = (await alex.say('cancel the design review tomorrow')).card();
    const rows = list.content.body.filter((e: any) => e.type === 'Container');
    assert.equal(rows.length, 2, cardText(list.content));
    const pick = (index: number) => rows[index].items.filter((i: any) => i.type === 'ActionSet').flatMap((s: any) => s.actions)[0].data;
    const nine = (await alex.click(list.id, pick(0))).card();
    const turn = await alex.click(list.id, pick(1));
    const two = turn.card();
    assert.match(cardText(two.content), /2:00\s?PM/);
    assert.equal(turn.updateCalls.length, 0, 'the first confirm card is not touched');
    const done = await alex.click(nine.id, button(nine.content, 'Cancel meeting'));
    assert.match(cardText(done.invokeCard), /^Cancelled Design review/);
    assert.deepEqual([await inboxOf(MEGAN.emailAddress.address), await inboxOf(ISAIAH.emailAddress.address)], [1, 0]);
  });
});
