import { strict as assert } from 'node:assert';
import { button, cardText, subjectsIn } from './support/cards';
import { designReviewsSuite, ISAIAH, MEGAN } from './support/design-reviews';

/**
 * "No, the other one" / "nein, das andere" typed after a confirm card the bot went straight to: the
 * one other meeting it weighed gets its own confirm card (nothing is cancelled on those words), several
 * are a list to pick from. Bot over HTTP against the sandbox.
 */
describe('"no, the other one" after a confirm card (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  const { user, inboxOf } = designReviewsSuite();

  it('one other: its confirm card, nothing sent on the words; said again, back to the first, which "yes" cancels', async () => {
    const alex = user();
    const first = (await alex.say('cancel the design review at 9am tomorrow')).card();
    assert.match(cardText(first.content), /^Cancel this meeting\?\nDesign review\n.*9:00\s?AM/, cardText(first.content));
    const other = (await alex.say('no, the other one')).card();
    const text = cardText(other.content);
    assert.match(text, /^Cancel this meeting\?\nDesign review\n.*2:00\s?PM/, text);
    assert.equal(await inboxOf(MEGAN.emailAddress.address), 0);
    assert.equal(await inboxOf(ISAIAH.emailAddress.address), 0, 'nothing is cancelled without a new confirm');

    // Said again, it goes back to the first one.
    const back = cardText((await alex.say('no, the other one')).card().content);
    assert.match(back, /^Cancel this meeting\?\nDesign review\n.*9:00\s?AM/, back);

    const yes = await alex.say('yes');
    assert.match(cardText(yes.updated[0].attachments![0].content), /^Cancelled Design review/);
    assert.deepEqual([await inboxOf(MEGAN.emailAddress.address), await inboxOf(ISAIAH.emailAddress.address)], [1, 0]);
    // The 2 PM card was turned away from by "no, the other one": its button no longer cancels (replaced-cards.spec).
    const late = await alex.click(other.id, button(other.content, 'Cancel meeting'), { comment: 'Moved to Thursday' });
    assert.match(cardText(late.updated[0].attachments![0].content), /^Replaced by the card below/);
    assert.deepEqual([await inboxOf(MEGAN.emailAddress.address), await inboxOf(ISAIAH.emailAddress.address)], [1, 0]);
  });

  it('"no, the other design review at 2pm" picks among the others by its words; words none of them fit are a new search', async () => {
    const alex = user();
    await alex.say('cancel the design review at 9am tomorrow');
    const other = cardText((await alex.say('no, the other design review at 2pm')).card().content);
    assert.match(other, /^Cancel this meeting\?\nDesign review\n.*2:00\s?PM/, other);
    await alex.say('cancel the design review at 9am tomorrow');
    const search = cardText((await alex.say('no, the other standup')).card().content);
    assert.match(search, /^Cancel this meeting\?\nDaily standup\n/, search);
  });

  it('in German: "nein, das andere" shows the other one\'s confirm card', async () => {
    const alex = user('de-DE');
    const first = cardText((await alex.say('sag das Design review morgen um 9 Uhr ab')).card().content);
    assert.match(first, /Design review\n.*9:00/, first);
    const other = cardText((await alex.say('nein, das andere')).card().content);
    assert.match(other, /Design review\n.*14:00/, other);
    assert.equal(await inboxOf(ISAIAH.emailAddress.address), 0);
  });

  it('several others (the next standup was offered): a list of them to pick from, nothing sent', async () => {
    const alex = user();
    const first = cardText((await alex.say('cancel my standup')).card().content);
    assert.match(first, /^Cancel this meeting\?\nDaily standup/, first);
    const list = (await alex.say('no, the other one')).card();
    const subjects = subjectsIn(list.content);
    assert.ok(subjects.length > 1 && subjects.every((s) => s === 'Daily standup'), cardText(list.content));
    assert.doesNotMatch(cardText(list.content), /^Cancel this meeting\?/);
    assert.equal(await inboxOf(MEGAN.emailAddress.address), 0);
    // The list is what "the second one" now picks from.
    const picked = cardText((await alex.say('the second one')).card().content);
    assert.match(picked, /^Cancel this meeting\?\nDaily standup/, picked);
  });

  it('after a list (not a confirm card), "the other one" is still read against the list', async () => {
    const alex = user();
    await alex.say('cancel the design review at 9am tomorrow');
    const list = (await alex.say('cancel the design review tomorrow')).card();
    assert.deepEqual(subjectsIn(list.content), ['Design review', 'Design review'], cardText(list.content));
    const answer = cardText((await alex.say('the other one')).card().content);
    assert.doesNotMatch(answer, /^Cancel this meeting\?\nDesign review\n.*2:00\s?PM/, 'not the confirm card of before the list');
  });
});
