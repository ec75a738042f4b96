import { strict as assert } from 'node:assert';
import { understand } from '../../../src/nlu';

/**
 * "now" says when to act, never which meeting by its clock (chrono read it as the time of the message: "cancel my 3pm now"
 * asked for the meeting at the current minute, and in a DST repeated hour for the earlier of two). With nothing else
 * named, "my meeting now" is the one going on.
 */
describe('"now", "right now", "jetzt", "sofort"', () => {
  // Berlin's fall-back night, 02:30 CET (the second 02:30), and an ordinary morning.
  for (const at of ['2027-10-31T01:30:00Z', '2026-12-01T10:00:00Z']) {
    const en = { locale: 'en-GB', timeZone: 'Europe/Berlin', now: new Date(at) };
    const de = { locale: 'de-DE', timeZone: 'Europe/Berlin', now: new Date(at) };

    it(`is no clock time: the time or meeting named is what is asked (${at})`, () => {
      assert.deepEqual(understand('cancel my 3pm now', en).clock, { hour: 15, minute: 0 });
      assert.equal(understand('drop the vendor sync right now', en).titleHint, 'vendor sync');
      assert.equal(understand('drop the vendor sync right now', en).clock, undefined);
      assert.equal(understand('cancel the board prep immediately', en).underway, undefined);
      assert.deepEqual(understand('sag das Standup um 15 Uhr jetzt ab', de).clock, { hour: 15, minute: 0 });
      assert.equal(understand('sag das Standup jetzt gleich ab', de).clock, undefined);
    });

    it(`alone with the meeting, it is the one going on (${at})`, () => {
      for (const [text, context] of [
        ['cancel my meeting now', en],
        ['cancel my meeting right now', en],
        ['sag den Termin sofort ab', de],
        ['sag mein Meeting jetzt ab', de],
      ] as const) {
        const request = understand(text, context);
        assert.equal(request.underway, true, text);
        assert.equal(request.clock, undefined, text);
      }
    });

    it(`"from now on", "for now", "ab jetzt" are no moment: no clock, no meeting going on (${at})`, () => {
      const series = understand('cancel the standup series from now on', en);
      assert.equal(series.series, true);
      assert.equal(series.clock, undefined);
      assert.equal(series.day, undefined);
      assert.equal(understand('cancel it for now', en).clock, undefined);
      assert.equal(understand('cancel it for now', en).underway, undefined);
      const serie = understand('sag die Serie ab jetzt ab', de);
      assert.equal(serie.series, true);
      assert.equal(serie.clock, undefined);
    });
  }
});
