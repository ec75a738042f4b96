import { strict as assert } from 'node:assert';
import { understand, type UserContext } from '../../../src/nlu';

// Trial 12 #13 (/work/notes/trial12-report.md): everyday chat replies to a waiting card, and asks this bot cannot do.
const kolkata: UserContext = { locale: 'en-IN', timeZone: 'Asia/Kolkata', now: new Date('2026-12-01T10:30:00Z') };
const berlin: UserContext = { locale: 'de-DE', timeZone: 'Europe/Berlin', now: new Date('2026-12-01T10:30:00Z') };

describe('trial 12: everyday replies', () => {
  it('a yes with emoji or a stretched letter is a yes; a no so said is a no', () => {
    for (const [text, context, intent] of [
      ['yes 👍', kolkata, 'yes'],
      ['ok 👍', kolkata, 'yes'],
      ['yess', kolkata, 'yes'],
      ['yesss!! 🙏', kolkata, 'yes'],
      ['yep thanks 😊', kolkata, 'yes'],
      ['sure 👍🏽', kolkata, 'yes'],
      ['jaaa', berlin, 'yes'],
      ['ja danke 👍', berlin, 'yes'],
      ['nooo', kolkata, 'no'],
      ['nein 🙅', berlin, 'no'],
    ] as const) {
      const request = understand(text, context);
      assert.equal(request.intent, intent, text);
      assert.equal(request.comment, undefined, text);
    }
  });

  it('an emoji alone says no word: no yes, and nothing the bot does', () => {
    for (const [text, context] of [
      ['👍', kolkata],
      ['👍👍', kolkata],
      ['🙏', berlin],
    ] as const) {
      const request = understand(text, context);
      assert.equal(request.intent, 'other', text);
      assert.equal(request.cannot, undefined, text);
    }
  });

  it('emoji beside a request, or a stretched word that is no yes, are read as before', () => {
    assert.equal(understand('cancel 🚀 launch tomorrow', kolkata).intent, 'cancel');
    assert.notEqual(understand('yess the vendor one', kolkata).intent, 'yes');
    assert.equal(understand('cancel the standup, we moved it', kolkata).intent, 'cancel');
    assert.equal(understand('yes, moved to thursday', kolkata).comment, 'moved to thursday');
  });

  it('"undo", "move X", "verschiebe X": what this bot does not do, said as such', () => {
    for (const [text, context, cannot] of [
      ['undo', kolkata, 'undo'],
      ['undo that please', kolkata, 'undo'],
      ['can you uncancel it', kolkata, 'undo'],
      ['bring it back', kolkata, 'undo'],
      ['mach das rückgängig', berlin, 'undo'],
      ['move my 1:1 with Bea to friday', kolkata, 'move'],
      ['reschedule the design crit to next week', kolkata, 'move'],
      ['push the standup to 10', kolkata, 'move'],
      ['verschiebe das Daily morgen auf 10 Uhr', berlin, 'move'],
      ['kannst du den Jour fixe auf Donnerstag verlegen?', berlin, 'move'],
    ] as const) {
      const request = understand(text, context);
      assert.equal(request.intent, 'other', text);
      assert.equal(request.cannot, cannot, text);
    }
  });

  it('news of a move is no ask to move: a row picked with news, "the client moved it", "wurde verschoben"', () => {
    assert.equal(understand('the 3rd one, client rescheduled', kolkata).cannot, undefined);
    assert.equal(understand('the client moved it', kolkata).cannot, undefined);
    assert.equal(understand('das Daily wurde verschoben', berlin).cannot, undefined);
  });

  it('"stop the team standup for good", "stoppe das Daily für immer": a cancel of the series', () => {
    for (const [text, context, title] of [
      ['stop the team standup for good', kolkata, 'team standup'],
      ['stop my weekly sync from now on', kolkata, 'weekly sync'],
      ['stoppe das Daily für immer', berlin, 'daily'],
      ['beende die Serie vom Jour fixe', berlin, 'jour fixe'],
    ] as const) {
      const request = understand(text, context);
      assert.equal(request.intent, 'cancel', text);
      assert.equal(request.series, true, text);
      assert.equal(request.titleHint, title, text);
    }
    assert.equal(understand('stop', kolkata).intent, 'no');
  });
});
