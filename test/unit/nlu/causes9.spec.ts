import { strict as assert } from 'node:assert';
import { outcome } from './outcome';
import { understand, type UserContext } from '../../../src/nlu';

// Sentences other than the held-out ones that showed each cause (test/fixtures/nlu/cases-heldout9-*.json).
const toronto: UserContext = { locale: 'en-US', timeZone: 'America/Toronto', now: new Date('2026-12-08T14:00:00Z') };
const basel: UserContext = { locale: 'de-CH', timeZone: 'Europe/Zurich', now: new Date('2026-12-08T08:00:00Z') };
// Saturday 30 October 2027 in Berlin; clocks go back at 03:00 on Sunday, so 02:30 happens twice.
const fallBack: UserContext = { locale: 'en-GB', timeZone: 'Europe/Berlin', now: new Date('2027-10-30T10:00:00Z') };

describe('causes of held-out round 9', () => {
  it('a length is never a start time', () => {
    for (const text of [
      'cancel the 3h onboarding',
      'drop my 45 min call',
      'cancel the 1.5h review',
      'sag das 3 Std. Training ab',
      'den 45-minütigen Call absagen',
    ]) {
      const request = understand(text, text.includes('sag') || text.includes('absagen') ? basel : toronto);
      assert.equal(request.clock, undefined, text);
      assert.ok(request.duration && request.duration >= 45, `${text}: ${request.duration}`);
    }
    assert.deepEqual(understand('cancel the 9h30 call', toronto).clock, { hour: 9, minute: 30 });
    assert.equal(understand('cancel the meeting at 8h', toronto).duration, undefined);
    // Of two syncs, the one that long comes first.
    assert.equal(outcome('cancel the 90 minute sync', 'toronto', toronto).ids[0], 'to-legal');
    assert.equal(outcome('den 2 Std. Termin mit Claudia absagen', 'basel', basel).ids[0], 'ba-workshop');
  });

  it('on the night clocks go back, a 2:30 finds both 02:30s, and a title picks one', () => {
    assert.deepEqual(new Set(outcome('cancel the 2:30 on sunday', 'basel', fallBack).ids), new Set(['ba-dst-a', 'ba-dst-b']));
    assert.equal(outcome('cancel the 2:30 on sunday', 'basel', fallBack).clear, undefined);
    assert.equal(outcome('cancel Sunday 2:30 Backup-Kontrolle', 'basel', fallBack).clear, 'ba-dst-b');
    assert.equal(outcome('Termin Sonntag 2:30 Nachtschicht-Übergabe absagen', 'basel', { ...fallBack, locale: 'de-DE' }).clear, 'ba-dst-a');
  });

  it('a meeting at the afternoon hour still comes before one at the same morning hour', () => {
    assert.deepEqual(outcome('cancel my 3:30', 'toronto', toronto).clear, 'to-1on1-omar');
  });

  it('"I will sort it out with X" is no cancel; a decline of my own meeting is asked, not confirmed', () => {
    for (const text of [
      "can't make the legal sync tomorrow, I'll talk it over with Ben",
      "I'll miss the Q4 review, gonna square it with Dana",
    ]) {
      const result = outcome(text, 'toronto', toronto);
      assert.equal(result.intent, 'decline', text);
      assert.equal(result.clear, undefined, text);
    }
    const de = outcome('ich kann morgen nicht zum Workshop, kläre ich selbst mit Claudia', 'basel', basel);
    assert.equal(de.intent, 'decline');
    assert.equal(de.ids[0], 'ba-workshop');
    assert.equal(de.clear, undefined);
    // Someone else's meeting: the decline goes straight to its card.
    assert.equal(outcome("can't make the all hands on thursday, will clear it with Rachel", 'toronto', toronto).clear, 'to-allhands');
  });

  it('a word naming a person in one meeting and part of a title word in another is asked', () => {
    const vienna: UserContext = { locale: 'de-AT', timeZone: 'Europe/Vienna', now: new Date('2026-12-08T07:00:00Z') };
    const sommer = outcome('bitte das Sommer Treffen streichen', 'vienna', vienna);
    assert.deepEqual(new Set(sommer.ids.slice(0, 2)), new Set(['vi-sommer', 'vi-rainer']));
    assert.equal(sommer.clear, undefined);
    // Said as a person, it is the person.
    assert.equal(outcome('den Termin mit Rainer Sommer absagen', 'vienna', vienna).ids[0], 'vi-rainer');
  });

  it('exceptions leave meetings out of a bulk request', () => {
    assert.deepEqual(
      new Set(outcome('cancel all my meetings tomorrow apart from the workshop', 'toronto', toronto).ids),
      new Set(['to-standup-wed', 'to-1on1-marta', 'to-legal']),
    );
    assert.deepEqual(new Set(outcome('alles morgen absagen ausser dem Standup', 'basel', basel).ids), new Set(['ba-kunde', 'ba-workshop']));
    // Not a bulk request: "except" is no exception of anything.
    assert.equal(understand('cancel the vendor sync except if Luis confirms', toronto).except, undefined);
    // "nur den X nicht" alone says keep X (found by review): never a request to cancel X.
    for (const text of ['nur den Workshop nicht absagen', 'bitte nur das Standup nicht absagen']) {
      const request = understand(text, basel);
      assert.notEqual(request.intent, 'cancel', text);
      assert.equal(request.titleHint, undefined, text);
    }
    assert.deepEqual(
      new Set(outcome('alles morgen absagen, nur den Standup nicht', 'basel', basel).ids),
      new Set(['ba-kunde', 'ba-workshop']),
    );
  });

  it('someone else cancelling, or "nichts absagen", asks for nothing', () => {
    assert.equal(understand('Dana is going to cancel the workshop', toronto).intent, 'other');
    assert.equal(understand('Priya will drop the sync herself', toronto).intent, 'other');
    assert.equal(understand('Claudia sagt den Workshop selbst ab', basel).intent, 'other');
    assert.equal(understand('bitte nix absagen', basel).intent, 'no');
  });
  it('positions that skip one, and weeks two on', () => {
    assert.equal(outcome('das übernächste Meeting absagen', 'basel', basel).ids[0], 'ba-jourfixe');
    assert.equal(outcome('cancel the meeting after next', 'toronto', toronto).ids[0], 'to-vendor');
    assert.equal(outcome('cancel the last but one meeting tomorrow', 'toronto', toronto).ids[0], 'to-1on1-marta');
    assert.equal(outcome('den vorletzten Termin morgen absagen', 'basel', basel).ids[0], 'ba-kunde');
    assert.equal(understand('übernächste Woche alles absagen', basel).day?.start, '2026-12-20T23:00:00.000Z');
    assert.equal(understand('show me the week after next', toronto).day?.start, '2026-12-20T05:00:00.000Z');
  });

  it('a whole month is its days, not a title word', () => {
    assert.deepEqual(understand('was hab ich im Jänner', { ...basel, locale: 'de-AT' }).day, {
      start: '2026-12-31T23:00:00.000Z',
      end: '2027-01-31T23:00:00.000Z',
    });
    assert.equal(understand('cancel the kickoff in january', toronto).titleHint, 'kickoff');
    assert.equal(understand('I may cancel', toronto).day, undefined);
  });

  it('Swiss German spellings read as their standard words', () => {
    assert.equal(outcome('chasch mer de Jour fixe hüt absäge', 'basel', basel).clear, 'ba-jourfixe');
    assert.equal(outcome('s Weihnachtsessen am Donschtig streiche', 'basel', basel).ids[0], 'ba-fest');
    // The word "Dienstag" is no article "d" and "ienstag".
    assert.equal(understand('den Jour fixe am Dienstag absagen', basel).titleHint, 'jour fixe');
  });

  it('an emoji, or a common word that is in a title, names that meeting', () => {
    assert.equal(outcome('cancel the 🎄 thing', 'basel', { ...basel, locale: 'en-GB' }).ids[0], 'ba-fest');
    assert.equal(outcome('drop the legal sync 🙏', 'toronto', toronto).clear, 'to-legal');
    assert.equal(outcome('Sitzung am Donnerstag streichen', 'basel', basel).ids[0], 'ba-vr');
  });
});
