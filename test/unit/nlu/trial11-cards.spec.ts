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
