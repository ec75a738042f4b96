import { strict as assert } from 'node:assert';
import { understand, type UserContext } from '../../../src/nlu';

// Tuesday 1 December 2026, morning in Sydney and in Berlin.
const en: UserContext = { locale: 'en-AU', timeZone: 'Australia/Sydney', now: new Date('2026-11-30T22:00:00Z') };
const de: UserContext = { locale: 'de-DE', timeZone: 'Europe/Berlin', now: new Date('2026-12-01T08:00:00Z') };

/** What users type on and around an open card (trial 9's language findings). */
describe('understand: a yes and what follows it (trial 9)', () => {
  it('a message after a yes may name a day, a move, a reason or a time', () => {
    const messages: Array<[UserContext, string, string]> = [
      [en, 'yes, shifting it to Wednesday', 'shifting it to Wednesday'],
      [en, 'ok, rescheduled for next Tuesday at 2pm', 'rescheduled for next Tuesday at 2pm'],
      [en, 'yep, off sick tomorrow', 'off sick tomorrow'],
      [en, 'yes, on leave until Monday', 'on leave until Monday'],
      [en, 'sure, Thursday instead', 'Thursday instead'],
      [de, 'ja, vertagen auf nächsten Dienstag', 'vertagen auf nächsten Dienstag'],
      [de, 'ok, bin bis Freitag im Urlaub', 'bin bis Freitag im Urlaub'],
      [de, 'gerne, Montag um 9 dann', 'Montag um 9 dann'],
      [de, 'passt, krank bis Mittwoch', 'krank bis Mittwoch'],
    ];
    for (const [context, text, comment] of messages)
      assert.deepEqual(understand(text, context), { intent: 'yes', scope: 'one', language: context.locale.slice(0, 2), comment }, text);
  });

  it('words after a yes that point at other meetings are never the message, nor a bare yes', () => {
    const requests: Array<[UserContext, string]> = [
      [en, 'yes, and push the vendor sync too'],
      [en, "yes, wednesday's too"],
      [en, 'yes, the 4pm'],
      [en, 'ok, and cancel the retro on Friday as well'],
      [de, 'ja, und den am Freitag auch'],
      [de, 'ja, und sag das Weekly am Montag auch ab'],
      [de, 'ja, den um 15 Uhr'],
    ];
    for (const [context, text] of requests) {
      const request = understand(text, context);
      assert.notEqual(request.intent, 'yes', text);
      assert.equal(request.comment, undefined, text);
    }
    // A request of its own where it names one.
    assert.equal(understand('yes, and cancel the vendor sync on Friday too', en).intent, 'cancel');
    assert.equal(understand('yes, and cancel the vendor sync on Friday too', en).titleHint, 'vendor sync');
    assert.equal(understand('ja, und sag das Weekly am Montag auch ab', de).intent, 'cancel');
  });

  it('a yes-led day or time with nothing else names no meeting: never a request', () => {
    // With a comma it is a yes with a message (with nothing waiting, the bot says so); without one, not understood.
    for (const [context, text] of [
      [en, 'ok, Monday then'],
      [en, 'yeah, next Thursday at 10'],
      [de, 'klar, übernächste Woche'],
      [de, 'ja, morgen früh dann'],
    ] as Array<[UserContext, string]>)
      assert.equal(understand(text, context).intent, 'yes', text);
    for (const [context, text] of [
      [en, 'ok monday then'],
      [en, 'sure next week'],
      [de, 'ja übermorgen dann'],
      [de, 'klar nächsten Dienstag'],
      [de, 'gerne Donnerstag um 10'],
      [en, "yes, thursday's too"],
      [de, 'ja, und übermorgen auch'],
    ] as Array<[UserContext, string]>) {
      const request = understand(text, context);
      assert.equal(request.intent, 'other', text);
      assert.equal(request.day, undefined, text);
    }
    // A meeting named after the yes is still a request.
    assert.equal(understand("ok tomorrow's standup", en).titleHint, 'standup');
  });
});

describe('understand: the series asked for in the request (trial 9 #4)', () => {
  const series: Array<[UserContext, string, string | undefined]> = [
    [en, 'could you cancel the entire weekly sync series? we are going async', 'weekly sync'],
    [en, 'kill the recurring retro, all of them', 'retro'],
    [en, 'cancel the repeating one, every single one', undefined],
    [en, 'cancel the whole recurring thing', undefined],
    [de, 'sag de ganzi Serie vom Daily ab', 'daily'],
    [de, 'sag die Teamrunde ab, alle Termine der Serie', 'teamrunde'],
    [de, 'das wiederkehrende Weekly absagen, alle Termine', 'weekly'],
    [de, 'sämtliche Termine der Serie vom Jour fixe absagen', 'jour fixe'],
  ];
  for (const [context, text, title] of series) {
    it(`${context.locale} "${text}": the series, one request`, () => {
      const request = understand(text, context);
      assert.equal(request.intent, 'cancel');
      assert.equal(request.series, true);
      assert.equal(request.scope, 'one');
      assert.equal(request.titleHint, title);
    });
  }
  it('"recurring" without "all of them" is a word of the title, not the series', () => {
    const request = understand('cancel the recurring standup tomorrow', en);
    assert.equal(request.series, undefined);
    assert.equal(request.titleHint, 'recurring standup');
  });
});

describe('understand: rows past the first page (trial 9 #5)', () => {
  const listed = (context: UserContext): UserContext => ({ ...context, listShown: true });
  const rows: Array<[UserContext, string, number]> = [
    [en, 'cancel the 8th', 8],
    [en, 'the 6th one please', 6],
    [en, 'number 9', 9],
    [en, 'decline the tenth one', 10],
    [en, '#10', 10],
    [de, 'sag die achte ab', 8],
    [de, 'den sechsten bitte', 6],
    [de, 'die 9.', 9],
    [de, 'Nummer 10', 10],
  ];
  for (const [context, text, row] of rows) {
    it(`${context.locale} "${text}" with a list on screen is its row ${row}, a pick from that list`, () => {
      const request = understand(text, listed(context));
      assert.equal(request.ordinal, row);
      assert.equal(request.day, undefined);
      assert.equal(request.dependsOnList, true);
    });
  }
  it('with no list on screen a day of the month is a date (and may be a row once the list is known)', () => {
    const request = understand('cancel the 8th', en);
    assert.equal(request.ordinal, undefined);
    assert.equal(request.day?.start, '2026-12-07T13:00:00.000Z');
    assert.equal(request.dependsOnList, true);
    // Past the rows two pages show, or said as a date, a date even with a list on screen.
    assert.equal(understand('cancel the 14th', listed(en)).day?.start, '2026-12-13T13:00:00.000Z');
    assert.equal(understand('cancel the 8th of December', listed(en)).ordinal, undefined);
    assert.equal(understand('sag den 8. ab', listed(de)).day?.start, '2026-12-07T23:00:00.000Z');
    // "um 10." is a time, not the tenth row.
    assert.deepEqual(understand('sag das Meeting morgen um 10. ab', listed(de)).clock, { hour: 10, minute: 0 });
    assert.deepEqual(understand('um acht', listed(de)).clock, { hour: 8, minute: 0 });
  });
  it('"cancel the second one" is a pick from the list on screen (its page), not the second meeting to come', () => {
    assert.equal(understand('cancel the second one', en).dependsOnList, true);
    assert.equal(understand('sag die zweite ab', de).dependsOnList, true);
    // A row of something else is no pick from the list: "my second meeting tomorrow".
    assert.equal(understand('cancel my second meeting tomorrow', listed(en)).dependsOnList, undefined);
  });
});

describe('understand: trial 9 #10', () => {
  it('a correction in the same message: the corrected part wins', () => {
    const cases: Array<[UserContext, string, Partial<Record<'titleHint' | 'intent', string>>]> = [
      [en, 'decline the all hands, oops, the vendor sync', { intent: 'decline', titleHint: 'vendor sync' }],
      [en, 'cancel the retro, wait no, the board prep', { intent: 'cancel', titleHint: 'board prep' }],
      [en, 'cancel the standup, or rather the retro', { intent: 'cancel', titleHint: 'retro' }],
      [de, 'sag die Retro ab, ups, das Daily', { intent: 'cancel', titleHint: 'daily' }],
      [de, 'sag das Weekly ab, nee sorry, die Teamrunde', { intent: 'cancel', titleHint: 'teamrunde' }],
    ];
    for (const [context, text, expected] of cases) {
      const request = understand(text, context);
      assert.equal(request.intent, expected.intent, text);
      assert.equal(request.titleHint, expected.titleHint, text);
    }
    const day = understand('cancel the retro on Thursday, no wait, Friday', en);
    assert.equal(day.titleHint, 'retro');
    assert.equal(day.day?.start, '2026-12-03T13:00:00.000Z');
    assert.equal(understand('sag die Retro am Donnerstag ab, oder besser am Freitag', de).day?.start, '2026-12-03T23:00:00.000Z');
    // A reason or an apology is no correction.
    assert.equal(understand("cancel the standup, sorry, I'm sick", en).titleHint, 'standup');
    assert.equal(understand('sag das Daily ab, sorry', de).titleHint, 'daily');
  });

  it('wanting out of a meeting is a decline', () => {
    for (const [context, text, title] of [
      [en, 'get me out of the vendor sync tomorrow', 'vendor sync'],
      [en, 'I need to get out of the board prep', 'board prep'],
      [de, 'ich möchte aus der Teamrunde am Freitag raus', 'teamrunde'],
      [de, 'nimm mich aus dem Jour fixe raus', 'jour fixe'],
    ] as Array<[UserContext, string, string]>) {
      const request = understand(text, context);
      assert.equal(request.intent, 'decline', text);
      assert.equal(request.titleHint, title, text);
    }
    // Taking a meeting out of the calendar is still a cancel.
    assert.equal(understand('nimm das Standup raus', de).intent, 'cancel');
  });

  it('a yes with thanks, then words for the attendees: a yes with that message; a request after "bitte" stays one', () => {
    assert.deepEqual(understand('yep thanks, sorry all', en), { intent: 'yes', scope: 'one', language: 'en', comment: 'sorry all' });
    assert.deepEqual(understand('ok thx, cu next week', en), { intent: 'yes', scope: 'one', language: 'en', comment: 'cu next week' });
    assert.deepEqual(understand('ja danke, wir sehen uns Montag', de), {
      intent: 'yes',
      scope: 'one',
      language: 'de',
      comment: 'wir sehen uns Montag',
    });
    assert.equal(understand('bitte absagen: Kundentermin Fabrikam', de).intent, 'cancel');
    assert.equal(understand('ok cancel the standup, sorry', en).intent, 'cancel');
  });
});
