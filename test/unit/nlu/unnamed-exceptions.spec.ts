import { strict as assert } from 'node:assert';
import { namesAMeeting, understand, type UserContext } from '../../../src/nlu';

const en: UserContext = { locale: 'en-US', timeZone: 'America/Los_Angeles', now: new Date('2026-12-01T17:00:00Z') };
const de: UserContext = { locale: 'de-DE', timeZone: 'Europe/Berlin', now: new Date('2026-12-01T09:00:00Z') };

describe('understand: a meeting left out that the words do not name (session 11)', () => {
  it('"yes, but not that one", "ja, aber nicht den": a yes leaving out a meeting it names none of, never a message', () => {
    for (const [text, context] of [
      ['yes, but not that one', en],
      ['yes, but not this one', en],
      ['yes, except the one', en],
      ['yes, but keep it', en],
      ['yes, but not now', en],
      ['ok, but not that meeting', en],
      ['ja, aber nicht den', de],
      ['ja, aber nicht diesen', de],
      ['ja, aber nicht das', de],
      ['ja, bis auf den', de],
      ['ja, aber nicht diesen Termin', de],
    ] as const) {
      const request = understand(text, context);
      assert.equal(request.intent, 'yes', text);
      assert.equal(request.comment, undefined, text);
      assert.ok(request.except && !namesAMeeting(request.except), text);
    }
  });

  it('a meeting named is left out as before; a pronoun with more words is the message', () => {
    assert.equal(understand('yes, but not the standup', en).except?.titleHint, 'standup');
    assert.equal(understand('ja, aber nicht die Retro', de).except?.titleHint, 'retro');
    for (const [text, context] of [
      ['yes, keep it short', en],
      ['ja, lass es kurz', de],
    ] as const) {
      const request = understand(text, context);
      assert.deepEqual([request.intent, request.except, request.comment], ['yes', undefined, text.slice(text.indexOf(',') + 2)], text);
    }
  });

  it('a bulk exception whose words name no meeting is kept as typed (exceptUnnamed), never dropped; one naming a meeting is not in it', () => {
    for (const [text, context, unnamed] of [
      ['cancel all my meetings tomorrow except that one', en, ['that one']],
      ['cancel all my meetings tomorrow except the interview and that one', en, ['that one']],
      ['sag alle meine Termine morgen ab außer dem einen', de, ['dem einen']],
      ['alle Termine morgen außer dem einen absagen', de, ['dem einen']],
      ['cancel all my meetings tomorrow except the interview', en, undefined],
      ['cancel all my meetings tomorrow except the lunch and learn', en, undefined],
      ['cancel all my meetings tomorrow', en, undefined],
    ] as const) {
      const request = understand(text, context);
      assert.deepEqual([request.scope, request.exceptUnnamed], ['all', unnamed], text);
    }
  });
});
