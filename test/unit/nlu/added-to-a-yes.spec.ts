import { strict as assert } from 'node:assert';
import { understand, type UserContext } from '../../../src/nlu';

const en: UserContext = { locale: 'en-US', timeZone: 'America/Los_Angeles', now: new Date('2026-12-01T17:00:00Z') };
const de: UserContext = { locale: 'de-DE', timeZone: 'Europe/Berlin', now: new Date('2026-12-01T09:00:00Z') };

describe('understand: a request added to a yes, and "his 3pm" (session 11)', () => {
  it('"yes - and cancel his 3pm too", "ja, und sag … auch ab": the request, marked as added to a yes (afterYes), no message', () => {
    for (const [text, context] of [
      ['yes - and cancel his 3pm too', en],
      ['yes, and cancel my 4pm too', en],
      ['ok, and cancel the retro on Friday as well', en],
      ['ja, und sag das Weekly am Montag auch ab', de],
      ['ja, und sag seinen Termin um 15 Uhr auch ab', de],
      ["yes. and henrik's 3pm as well", en],
      ["yes, and tomorrow's standup too", en],
      ['yes and decline the 1:1 too', en],
      ['ja und sag das Weekly auch ab', de],
    ] as const) {
      const request = understand(text, context);
      assert.ok(['cancel', 'decline', 'select'].includes(request.intent), text);
      assert.deepEqual([request.afterYes, request.comment], [true, undefined], text);
    }
  });

  it('words after a yes that may take it back or correct it are not added to it', () => {
    for (const [text, context] of [
      ['yes, the 4pm', en],
      ['yes, cancel the 4pm', en],
      ['yes, both', en],
      ['yes, and the vendor sync', en],
      ["yes, don't cancel it", en],
      ['ja, und morgen auch', de],
      ['ja, den um 15 Uhr', de],
      ['yes and thanks', en],
      ['ja und tschüss', de],
    ] as const)
      assert.equal(understand(text, context).afterYes, undefined, text);
  });

  it('"his", "her", "their", "seinen", "ihren" before a meeting: a third person\'s (theirs); "with her", "mit ihr" are not', () => {
    for (const [text, context] of [
      ['cancel his 3pm', en],
      ['cancel her standup tomorrow', en],
      ['decline their sync', en],
      ['sag seinen Termin um 15 Uhr ab', de],
      ['sag ihren Jour fixe ab', de],
    ] as const)
      assert.equal(understand(text, context).theirs, true, text);
    for (const [text, context] of [
      ['cancel my 1:1 with her tomorrow', en],
      ['cancel the meeting with her', en],
      ['cancel my 3pm', en],
      ["cancel alex's 3pm", en],
      ['sag das Meeting mit ihr ab', de],
      ['sag mein Standup ab', de],
    ] as const)
      assert.equal(understand(text, context).theirs, undefined, text);
  });
});
