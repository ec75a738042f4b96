import { strict as assert } from 'node:assert';
import { understand, type UserContext } from '../../../src/nlu';

// "cancel all but the last" names nothing of its own and leaves rows out by their place: it is about rows on screen.
const la: UserContext = { locale: 'en-US', timeZone: 'America/Los_Angeles', now: new Date('2026-12-08T17:00:00Z') };
const berlin: UserContext = { locale: 'de-DE', timeZone: 'Europe/Berlin', now: new Date('2026-12-08T17:00:00Z') };

describe('a bulk that leaves rows out by their place (NLU)', () => {
  const aboutRows = [
    ['cancel all but the last', la, -1],
    ['cancel them all except the first', la, 1],
    ['cancel everything but the last two', la, -2],
    ['cancel all of them except the 2nd', la, 2],
    ['sag alle außer dem letzten ab', berlin, -1],
    ['sag sie alle ab außer der ersten', berlin, 1],
    ['alle bis auf den letzten absagen', berlin, -1],
  ] as const;

  it('is about the rows on screen: read with rows shown, it has no day of its own; with none, today', () => {
    for (const [text, context, ordinal] of aboutRows) {
      const onScreen = understand(text, { ...context, listShown: true });
      assert.deepEqual([onScreen.intent, onScreen.scope, onScreen.except?.ordinal], ['cancel', 'all', ordinal], text);
      assert.equal(onScreen.dependsOnList, true, text);
      assert.equal(onScreen.day, undefined, text);
      const alone = understand(text, context);
      assert.equal(alone.dependsOnList, true, text);
      assert.ok(alone.day, `${text}: a bulk naming nothing stays within today`);
    }
  });

  it('one that names its own day, meetings or time, or leaves a meeting out by name, is a request of its own', () => {
    for (const [text, context] of [
      ['cancel all today except the last', la],
      ['cancel all my meetings tomorrow except the first', la],
      ['cancel everything after 3pm but the last', la],
      ['cancel all except the standup', la],
      ['cancel all the design reviews except the first', la],
      ['sag alle heute außer dem letzten ab', berlin],
      ['sag alle Termine morgen außer dem ersten ab', berlin],
    ] as const) {
      const request = understand(text, { ...context, listShown: true });
      assert.equal(request.intent, 'cancel', text);
      assert.notEqual(request.dependsOnList, true, text);
    }
  });

  it('German: the particle ending the sentence belongs to the verb, not to the exception', () => {
    for (const [text, left] of [
      ['sag alle außer dem letzten ab', { ordinal: -1 }],
      ['sag alle Termine morgen außer dem Daily ab', { titleHint: 'daily' }],
      ['nimm alle außer dem Daily raus', { titleHint: 'daily' }],
    ] as const) {
      const request = understand(text, berlin);
      assert.deepEqual([request.intent, request.scope], ['cancel', 'all'], text);
      for (const [key, value] of Object.entries(left)) assert.equal(request.except?.[key as keyof typeof left], value, text);
    }
  });
});
