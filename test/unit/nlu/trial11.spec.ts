import { strict as assert } from 'node:assert';
import { wordsOf } from '../../../src/calendar/words';
import { understand, type UserContext } from '../../../src/nlu';

// Causes found by the user trial of session 11 (/work/notes/trial11-report.md), with sentences of our own beside the quoted ones.
const denver: UserContext = { locale: 'en-US', timeZone: 'America/Denver', now: new Date('2026-12-08T15:00:00Z') };
const zurich: UserContext = { locale: 'de-CH', timeZone: 'Europe/Zurich', now: new Date('2026-12-01T08:00:00Z') };

describe('trial 11', () => {
  describe('a bulk word said only to be left alone ("not the whole thing", "nicht alle") asks for one meeting', () => {
    const one: Array<[string, UserContext, string]> = [
      ['cancel the client sync tomorrow, not the whole thing', denver, 'client sync'],
      ["can you cancel the client sync tomorrow (only tomorrow's, not the whole thing)", denver, 'client sync'],
      ['cancel the client sync tomorrow but not the whole thing', denver, 'client sync'],
      ["cancel tomorrow's standup, not all of them", denver, 'standup'],
      ['cancel the standup tomorrow - just that one, not every day', denver, 'standup'],
      ['drop the design review on friday, not every week', denver, 'design review'],
      ['cancel the retro tomorrow and not the entire thing', denver, 'retro'],
      ['cancel the 1:1 tomorrow, not them all', denver, '1:1'],
      ['sag das Standup morgen ab, nur dieses, nicht alle', zurich, 'standup'],
      ['bitte das Bewerbungsgespräch morgen absagen, nur dieses, nicht alle', zurich, 'bewerbungsgespräch'],
      ['die Retro am Freitag absagen, aber nicht jede Woche', zurich, 'retro'],
      ['den Jour fixe morgen absagen, nicht das Ganze', zurich, 'jour fixe'],
    ];
    for (const [text, context, title] of one)
      it(text, () => {
        const request = understand(text, context);
        assert.equal(request.intent, 'cancel');
        assert.equal(request.scope, 'one');
        assert.equal(request.titleHint, title);
        assert.notEqual(request.day, undefined);
      });

    it('a bulk said plainly stays a bulk', () => {
      for (const [text, context] of [
        ['cancel all my meetings tomorrow, not just the standup', denver],
        ['cancel the whole thing, every standup', denver],
        ['cancel all of them tomorrow', denver],
        ['sag morgen alle Termine ab, nicht nur das Standup', zurich],
      ] as const)
        assert.equal(understand(text, context).scope, 'all', text);
    });
  });

  describe('on a confirm card, a yes said with the verb again is a bare yes; an apology for cancelling is its message', () => {
    const bare: Array<[string, UserContext]> = [
      ['yes please cancel', denver],
      ['yes cancel it', denver],
      ['ok cancel', denver],
      ['ok, go ahead and cancel', denver],
      ['sure cancel it please', denver],
      ['yep drop it, thanks', denver],
      ['ja bitte absagen', zurich],
      ['ok absagen', zurich],
      ['ja sag ab', zurich],
    ];
    for (const [text, context] of bare)
      it(text, () => {
        const request = understand(text, context);
        assert.equal(request.intent, 'yes');
        assert.equal(request.comment, undefined);
        assert.equal(request.titleHint, undefined);
      });

    const withMessage: Array<[string, UserContext, string]> = [
      ['yes, sorry to cancel at such short notice', denver, 'sorry to cancel at such short notice'],
      ['yes, sorry for cancelling last minute', denver, 'sorry for cancelling last minute'],
      ['ok - apologies for cancelling the review so late', denver, 'apologies for cancelling the review so late'],
      ['ja, tut mir leid, dass ich so kurzfristig absage', zurich, 'tut mir leid, dass ich so kurzfristig absage'],
      ['ja, sorry dass ich das Meeting so spät absage', zurich, 'sorry dass ich das Meeting so spät absage'],
    ];
    for (const [text, context, comment] of withMessage)
      it(text, () => {
        const request = understand(text, context);
        assert.equal(request.intent, 'yes');
        assert.equal(request.comment, comment);
      });

    it('a yes and a meeting named with the verb is still a request about that meeting', () => {
      assert.notEqual(understand('ok cancel my 3pm', denver).intent, 'yes');
      assert.notEqual(understand('yes, and cancel the standup tomorrow too', denver).intent, 'yes');
      // "bitte" is a yes on its own, but "bitte absagen" asks to cancel.
      assert.equal(understand('bitte absagen', zurich).intent, 'cancel');
    });
  });

  it('"Sitzungen", the plural of "Sitzung", is a meeting noun: "alle Sitzungen am 3.12." is every meeting that day', () => {
    for (const text of [
      'Bitte alle Sitzungen am 3.12. absagen, ich bin an einer Weiterbildung',
      'sag alle meine Sitzungen morgen ab',
      'sämtliche Sitzungen am Freitag absagen',
    ]) {
      const request = understand(text, zurich);
      assert.equal(request.intent, 'cancel', text);
      assert.equal(request.scope, 'all', text);
      assert.equal(request.titleHint, undefined, text);
      assert.notEqual(request.day, undefined, text);
    }
    assert.equal(
      understand('Bitte alle Sitzungen am 3.12. absagen, ich bin an einer Weiterbildung', zurich).reason,
      'ich bin an einer Weiterbildung',
    );
  });

  describe('a part of the day said with no day, once that part is over, is the next one ("in the morning" at 23:24)', () => {
    // 23:24 on Monday 7 December in Denver; 23:24 on Tuesday 1 December in Zurich.
    const lateDenver: UserContext = { ...denver, now: new Date('2026-12-08T06:24:00Z') };
    const lateZurich: UserContext = { ...zurich, now: new Date('2026-12-01T22:24:00Z') };
    const cases: Array<[string, UserContext, string]> = [
      ["cancel my standup in the morning, I'll be at the dentist", lateDenver, '2026-12-08T07:00:00.000Z'],
      ['cancel the morning standup', lateDenver, '2026-12-08T07:00:00.000Z'],
      ['cancel my 1:1 in the afternoon', lateDenver, '2026-12-08T19:00:00.000Z'],
      ['cancel my standup tomorrow morning', lateDenver, '2026-12-08T07:00:00.000Z'],
      ['sag mein Standup am Vormittag ab', lateZurich, '2026-12-01T23:00:00.000Z'],
      ['sag mein Standup morgen früh ab', lateZurich, '2026-12-01T23:00:00.000Z'],
      // Said while it is still that part of the day, or said of today: today's.
      ['cancel my standup in the morning', denver, '2026-12-08T07:00:00.000Z'],
      ['cancel my standup this morning', lateDenver, '2026-12-07T07:00:00.000Z'],
      ['sag mein Standup heute Morgen ab', lateZurich, '2026-11-30T23:00:00.000Z'],
    ];
    for (const [text, context, start] of cases)
      it(text, () => {
        const request = understand(text, context);
        assert.equal(request.intent, 'cancel');
        assert.equal(request.day?.start, start);
      });
    it('the reason is kept', () => {
      assert.equal(understand("cancel my standup in the morning, I'll be at the dentist", lateDenver).reason, "I'll be at the dentist");
    });
  });

  describe('a title written with slashes and hyphens ("Go/no-go: Phoenix launch") can be named as it is written', () => {
    const cases: Array<[string, UserContext, string]> = [
      ["cancel tomorrow's go/no-go", denver, 'go nogo'],
      ["could you cancel tomorrow's go/no-go and tell people we'll regroup monday", denver, 'go nogo'],
      ['cancel the Go/No-Go meeting on friday', denver, 'go nogo'],
      ['cancel the design/ux sync tomorrow', denver, 'design ux sync'],
      ['sag das Go/No-Go morgen ab', zurich, 'go nogo'],
    ];
    for (const [text, context, title] of cases)
      it(text, () => {
        const request = understand(text, context);
        assert.equal(request.intent, 'cancel');
        assert.equal(request.titleHint, title);
      });
    it('the words match the title as the calendar reads it', () => {
      const hint = understand("cancel tomorrow's go/no-go", denver).titleHint!;
      assert.deepEqual(wordsOf(hint), wordsOf('Go/no-go: Phoenix launch').slice(0, 2));
    });
  });
});
