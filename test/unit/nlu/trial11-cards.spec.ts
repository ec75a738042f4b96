import { strict as assert } from 'node:assert';
import { understand, type UserContext } from '../../../src/nlu';

// What the user trial of session 11 found about typed answers to cards, in sentences other than its own.
const la: UserContext = { locale: 'en-US', timeZone: 'America/Los_Angeles', now: new Date('2026-12-08T17:00:00Z') };

describe('causes of user trial 11: typed answers to cards (NLU)', () => {
  it('"all but the last one", "everything but the first two": all of them, except those rows', () => {
    for (const [text, ordinal] of [
      ['all but the last one', -1],
      ['everything but the first', 1],
      ['cancel them all but the second one', 2],
    ] as const) {
      const request = understand(text, la);
      assert.equal(request.scope, 'all', text);
      assert.equal(request.except?.ordinal, ordinal, text);
    }
    // "but" after other words is no exception: "all my meetings tomorrow but tell them sorry" keeps its message.
    assert.equal(understand('cancel all my meetings tomorrow but tell them sorry', la).except, undefined);
  });
});

describe('causes of user trial 11: a yes with more words (NLU)', () => {
  it('"yes but keep the dinner" with no comma: a yes without the dinner; "ok but I\'m sad" is no such yes', () => {
    for (const text of ['yes but keep the dinner', 'ok but not the dinner', 'yes but leave out the dinner, sorry all']) {
      const request = understand(text, la);
      assert.equal(request.intent, 'yes', text);
      assert.equal(request.except?.titleHint, 'dinner', text);
    }
    assert.equal(understand('yes but leave out the dinner, sorry all', la).comment, 'sorry all');
    const berlin: UserContext = { ...la, locale: 'de-DE', timeZone: 'Europe/Berlin' };
    assert.equal(understand('ja aber nicht das Abendessen', berlin).except?.titleHint, 'abendessen');
    assert.notEqual(understand("ok but I'm sad", la).intent, 'yes');
  });

  it('"go ahead, sam\'s out today": someone is out, news for the attendees, not another calendar', () => {
    for (const [text, message] of [
      ["go ahead, sam's out today", "sam's out today"],
      ['yes, half the team is out', 'half the team is out'],
      ["yes - we're out tomorrow", "we're out tomorrow"],
    ] as const) {
      const request = understand(text, la);
      assert.deepEqual([request.intent, request.comment], ['yes', message], text);
    }
  });
});
