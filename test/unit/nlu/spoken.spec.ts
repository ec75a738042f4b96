import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { understand, type UserContext } from '../../../src/nlu';

// Thursday 26 March 2026, 09:00 in London (GMT; BST from Sunday 29 March) and 10:00 in Berlin.
const en: UserContext = { locale: 'en-GB', timeZone: 'Europe/London', now: new Date('2026-03-26T09:00:00Z') };
const de: UserContext = { locale: 'de-DE', timeZone: 'Europe/Berlin', now: new Date('2026-03-26T09:00:00Z') };

const dayOf = (text: string, context: UserContext): string | undefined => {
  const day = understand(text, context).day;
  return day ? DateTime.fromISO(day.start, { zone: context.timeZone }).toISODate()! : undefined;
};
const clockOf = (text: string, context: UserContext): string | undefined => {
  const clock = understand(text, context).clock;
  return clock ? `${clock.hour}:${String(clock.minute).padStart(2, '0')}` : undefined;
};

describe('understand: a message for the attendees', () => {
  const cases: Array<[string, UserContext, string, string]> = [
    ["cancel my 3pm standup and tell them we'll catch up Friday", en, 'cancel', "we'll catch up Friday"],
    ['drop the vendor sync, let them know I will send notes', en, 'cancel', 'I will send notes'],
    ['cancel the retro with the message: Moving to Monday', en, 'cancel', 'Moving to Monday'],
    ['cancel the board prep and say "see you next week"', en, 'cancel', 'see you next week'],
    ['decline the QBR, note: on leave', en, 'decline', 'on leave'],
    ['sag das Standup ab, Nachricht: Wir holen das am Freitag nach', de, 'cancel', 'Wir holen das am Freitag nach'],
    ['sag die Retro ab und sag allen, dass wir sie verschieben', de, 'cancel', 'wir sie verschieben'],
    ['Teamrunde absagen mit der Nachricht: Thomas ist krank', de, 'cancel', 'Thomas ist krank'],
    // A person named after "tell" / "sag", and a quote after "schreib".
    ["decline the design sync, tell anna I'm double booked", en, 'decline', "I'm double booked"],
    ['cancel the client call and let Hank know we need to reschedule', en, 'cancel', 'we need to reschedule'],
    ['sag das Daily ab, sag Sven, dass wir verschieben', de, 'cancel', 'wir verschieben'],
    ['sag das Daily morgen ab und schreib "heute async"', de, 'cancel', 'heute async'],
    ['cancel the catch-up tomorrow, note to ana: sorry, something came up', en, 'cancel', 'sorry, something came up'],
    [
      'Kundentermin morgen absagen und Hans schreiben, dass wir einen neuen Termin vorschlagen',
      de,
      'cancel',
      'wir einen neuen Termin vorschlagen',
    ],
    ['Retro absagen, Hinweis an Petra: wir holen das nach', de, 'cancel', 'wir holen das nach'],
  ];
  for (const [text, context, intent, comment] of cases) {
    it(`"${text}" carries "${comment}", as typed`, () => {
      const request = understand(text, context);
      assert.equal(request.intent, intent);
      assert.equal(request.comment, comment);
    });
  }

  it('"show and tell" is a title, not a message to someone', () => {
    const request = understand('cancel show and tell on friday', en);
    assert.equal(request.comment, undefined);
    assert.equal(request.intent, 'cancel');
  });

  it('a day in the message is not the day of the meeting', () => {
    const request = understand("cancel my 3pm standup and tell them we'll catch up Friday", en);
    assert.equal(request.day, undefined);
    assert.deepEqual(request.clock, { hour: 15, minute: 0 });
    assert.equal(request.titleHint, 'standup');
  });

  it('"yes, <message>" is a yes that carries it; a bare or repeated yes carries none', () => {
    assert.deepEqual(understand('yes, tell them we moved it to Friday', en), {
      intent: 'yes',
      scope: 'one',
      language: 'en',
      comment: 'we moved it to Friday',
    });
    assert.equal(understand("ok - we'll pick this up next sprint", en).comment, "we'll pick this up next sprint");
    assert.equal(understand('ja, sag ihnen wir verschieben auf Freitag', de).comment, 'wir verschieben auf Freitag');
    for (const text of ['yes', 'yes please', 'yes, thanks!', 'ok, cancel it', 'ja bitte', 'ja, danke']) {
      const request = understand(text, text.startsWith('j') ? de : en);
      assert.equal(request.intent, 'yes', text);
      assert.equal(request.comment, undefined, text);
    }
  });

  it('after "yes," whatever says more than yes is the message, however short; a clause naming another meeting is a new request', () => {
    const said = (text: string, context = en) => {
      const request = understand(text, context);
      return request.intent === 'yes' ? (request.comment ?? '(no message)') : `(${request.intent})`;
    };
    // Short messages (the card asks for "yes, " and the message).
    assert.equal(said('yes, candidate withdrew'), 'candidate withdrew');
    assert.equal(said('yes - out sick'), 'out sick');
    assert.equal(said('ja, leider krank. Grüße', de), 'leider krank. Grüße');
    assert.equal(said('ok, Kunde hat abgesagt', de), 'Kunde hat abgesagt');
    // A clause that only confirms again is no part of the message; an apology is.
    assert.equal(said('yes, please cancel it, the client moved the deadline'), 'the client moved the deadline');
    assert.equal(said('ja, bitte absagen, der Kunde hat verschoben', de), 'der Kunde hat verschoben');
    assert.equal(said('sure, sorry all, something came up'), 'sorry all, something came up');
    // A cancel of the meeting on the card, said with a reason, is the message; messages may name times.
    assert.equal(
      said('yes, we need to cancel this because the client moved the deadline'),
      'we need to cancel this because the client moved the deadline',
    );
    assert.equal(said("ok - we'll pick this up next sprint"), "we'll pick this up next sprint");
    assert.equal(said('yes, no standup today, see you tomorrow'), 'no standup today, see you tomorrow');
    assert.equal(said('yes, no longer needed'), 'no longer needed');
    // Only a yes.
    for (const text of ['yes, do it now', 'yes, go ahead and cancel it', 'yes please, thanks'])
      assert.equal(said(text), '(no message)', text);
    for (const text of ['ja, passt so', 'ja, mach das', 'ja, bitte absagen', 'ok, danke dir'])
      assert.equal(said(text, de), '(no message)', text);
    // Taken back in the same breath: no yes at all.
    for (const text of ["yes, don't cancel it", 'yes, never mind', 'yes, wait', 'yes, hold on', 'yes, actually no'])
      assert.notEqual(understand(text, en).intent, 'yes', text);
    assert.notEqual(understand('ja, nein doch nicht', de).intent, 'yes');
    // Other meetings pointed at: a request of their own, never a message to this meeting's attendees (nor a bare yes).
    for (const text of [
      'ok, cancel the standup tomorrow',
      'yes, and cancel the vendor sync too',
      'yes, and cancel my 4pm too',
      'yes, cancel friday too',
      'yes, and cancel the next one too',
      'yes, and the 4pm one too',
      'yes, also the next one',
      'yes, the vendor sync as well',
      'yes, the 3pm one',
      'yes, the 3pm standup',
    ])
      assert.doesNotMatch(said(text), /^[^(]|^\(no message\)$/, text);
    // The series named after the yes is the scope the yes answers with, and what follows it the message.
    for (const [text, message] of [
      ['yes, cancel the whole series', undefined],
      ['yes, the whole series - we are moving to async updates', 'we are moving to async updates'],
    ] as const) {
      const request = understand(text, en);
      assert.deepEqual([request.intent, request.series, request.comment], ['yes', true, message], text);
    }
    // A yes leaving meetings of the card out: they are no message, what follows them is.
    for (const [text, left, message, context] of [
      ['yes, but keep the interview', 'interview', undefined, en],
      ['yes, but not the standup, sorry all', 'standup', 'sorry all', en],
      ['yes, apart from the 1:1', '1:1', undefined, en],
      ['ja, aber nicht die Retro', 'retro', undefined, de],
      ['ja, aber nicht das Budget Review', 'budget review', undefined, de],
      ['ja, außer dem Jour fixe - bin krank', 'jour fixe', 'bin krank', de],
    ] as const) {
      const request = understand(text, context);
      assert.deepEqual([request.intent, request.except?.titleHint, request.comment], ['yes', left, message], text);
    }
    assert.deepEqual(
      [understand('yes, but tell them sorry', en).except, understand('yes, only this one', en).comment],
      [undefined, undefined],
    );
    // A yes without a message sends none (an empty one: not even the card's); words about nothing on the card are a message.
    for (const [text, context] of [
      ['yes, without a message', en],
      ['yes, no message needed', en],
      ['ja, ohne Nachricht', de],
    ] as const)
      assert.equal(understand(text, context).comment, '', text);
    assert.deepEqual(
      [understand('yes, keep it short', en).except, understand('yes, keep it short', en).comment],
      [undefined, 'keep it short'],
    );
    // Additions without a verb: never sent as the message, and never a bare yes that drops them.
    for (const text of [
      'yes, and the vendor sync',
      'yes, and the standup on Friday',
      'ok, and the Budget Review',
      'yes, and the one after',
      'yes, and the rest of my meetings today',
      'yes, both',
      'yes, all of them',
    ])
      assert.notEqual(understand(text, en).intent, 'yes', text);
    for (const text of ['ja, und das Standup', 'ja, und den Jour fixe']) assert.notEqual(understand(text, de).intent, 'yes', text);
    // What speaks of the user, or says something of its own, is the message even with "too" or a time in it.
    for (const text of [
      "yes, I'm out sick too",
      'ok, I have a conflict too',
      'yes, because the client is out too',
      'yes, sorry, I also have a conflict',
      'yes, the agenda is not ready yet, I have to wait for legal',
      'yes, the client moved the deadline to 3pm',
    ])
      assert.equal(said(text), text.replace(/^(?:yes|ok), /, ''), text);
    for (const text of ['ja, ich bin auch krank', 'ja, wir machen es morgen', 'ja, die Unterlagen sind noch nicht da'])
      assert.equal(said(text, de), text.replace(/^ja, /, ''), text);
    for (const text of [
      'ja, und sag auch das Daily mit Anna ab',
      'ja, und morgen auch',
      'ja, und sag auch den Termin um 16 Uhr ab',
      'ja, Leider muss ich den Termin am Donnerstag absagen',
    ])
      assert.doesNotMatch(said(text, de), /^[^(]|^\(no message\)$/, text);
  });

  it('a "yes" with a long run of hyphens or clauses is read once, as text like any other', () => {
    // Each "ok-" was a yes whose rest was read again, the rest's rest again, and so on (seconds for 1,000 characters).
    assert.notEqual(understand(`${'ok-'.repeat(327)}cancel the standup`, en).intent, 'yes');
    assert.equal(understand(`yes, ${'we will see, '.repeat(90)}`, en).intent, 'yes');
  });
});

describe('understand: chatter, reasons and people', () => {
  it('greetings, thanks and reasons are not title words', () => {
    for (const text of [
      'morning! can you drop the vendor sync for me, cheers',
      "hey bot, need to drop the vendor sync - I'm off sick",
      'could you drop the vendor sync? running late all week, thanks',
      'drop the vendor sync because the vendor cancelled on us',
    ]) {
      const request = understand(text, en);
      assert.equal(request.intent, 'cancel', text);
      assert.equal(request.titleHint, 'vendor sync', text);
      assert.equal(request.scope, 'one', text);
    }
    const german = understand('Moin! Kannst du bitte das Daily morgen absagen? Danke dir, bin krank', de);
    assert.equal(german.titleHint, 'daily');
    assert.equal(dayOf('Moin! Kannst du bitte das Daily morgen absagen? Danke dir, bin krank', de), '2026-03-27');
    assert.equal(dayOf('guten Morgen, das Daily absagen', de), undefined, '"guten Morgen" is a greeting, not tomorrow');
  });

  it('organizers by possessive, several people, honorifics', () => {
    // A possessive names whose calendar, or a person in the meeting: the ranking weighs both.
    const jordans = understand("decline Jordan's planning session", en);
    assert.deepEqual([jordans.titleHint, jordans.calendarHint], ['planning', 'jordan']);
    assert.equal(understand('the catch-up with Ana and Luis', en).attendeeHint, 'ana luis');
    assert.equal(understand('sag den Termin mit Frau Weber und Herrn Kurz ab', de).attendeeHint, 'weber kurz');
  });

  it('decline phrasings are declines, and their verbs are not title words', () => {
    const cases: Array<[string, UserContext, string]> = [
      ['I won\u2019t make it to the board prep', en, 'board prep'],
      ["count me out of Friday's social", en, 'social'],
      ['drop out of the all hands', en, 'hands'],
      ['ich bin beim Kundentermin nicht dabei', de, 'kundentermin'],
      ['ich nehme an der Teamrunde nicht teil', de, 'teamrunde'],
      ['ich schaffe es nicht zur Retro', de, 'retro'],
    ];
    for (const [text, context, title] of cases) {
      const request = understand(text, context);
      assert.equal(request.intent, 'decline', text);
      assert.equal(request.titleHint, title, text);
    }
  });

  it('list questions are lists', () => {
    for (const [text, context] of [
      ['anything on Thursday?', en],
      ['am I busy tomorrow afternoon', en],
      ['what does my Monday look like?', en],
      ['tomorrow?', en],
      ['Termine morgen?', de],
      ['hab ich am Montag was?', de],
      ['bin ich Freitag frei?', de],
    ] as const) {
      assert.equal(understand(text, context).intent, 'list', text);
    }
  });

  it('series and plurals', () => {
    const series = understand('cancel the whole retro series', en);
    assert.deepEqual([series.series, series.scope, series.titleHint], [true, 'one', 'retro']);
    assert.equal(understand('sag die ganze Serie vom Daily ab', de).series, true);
    assert.equal(understand('cancel my standups this week', en).scope, 'all');
    assert.deepEqual([understand('cancel all my 1:1s', en).scope, understand('cancel all my 1:1s', en).titleHint], ['all', '1:1']);
    assert.equal(understand('cancel the all hands', en).scope, 'one');
    assert.equal(understand('cancel the 5pm drinks friday', en).scope, 'one');
  });
});

describe('understand: dates and times people say', () => {
  it('a day of the month, with or without its weekday, the first that fits', () => {
    assert.equal(dayOf('cancel the design review on Tuesday the 7th', en), '2026-04-07');
    assert.equal(dayOf('cancel the retro on the 14th', en), '2026-04-14');
    assert.equal(dayOf('cancel the review on the 31st', en), '2026-03-31');
    assert.equal(dayOf('cancel the stand-up on 1 april', en), '2026-04-01');
    assert.equal(dayOf('sag das Review am 14. ab', de), '2026-04-14');
    assert.equal(dayOf('sag das Daily am Dienstag, den 31. ab', de), '2026-03-31');
  });

  it('a weekday in another week', () => {
    assert.equal(dayOf('drop the stand-up on Thursday next week', en), '2026-04-02');
    assert.equal(dayOf('next week Thursday', en), '2026-04-02');
    assert.equal(dayOf('cancel the retro a week from Monday', en), '2026-04-06');
    assert.equal(dayOf('die Retro nächste Woche Donnerstag absagen', de), '2026-04-02');
    assert.equal(dayOf('die Retro Donnerstag nächste Woche absagen', de), '2026-04-02');
  });

  it('a weekday said on that weekday is today, and a week on when nothing fits today', () => {
    const request = understand("cancel Thursday's standup", en);
    assert.equal(DateTime.fromISO(request.day!.start, { zone: 'Europe/London' }).toISODate(), '2026-03-26');
    assert.equal(DateTime.fromISO(request.laterDay!.start, { zone: 'Europe/London' }).toISODate(), '2026-04-02');
  });

  it('"the 2nd" is a row of a list just shown, else the 2nd of the month', () => {
    const noList = understand('cancel the 2nd', en);
    assert.equal(noList.ordinal, undefined);
    assert.equal(dayOf('cancel the 2nd', en), '2026-04-02');
    assert.equal(noList.dependsOnList, true);
    const withList = understand('the 2nd', { ...en, listShown: true });
    assert.deepEqual([withList.intent, withList.ordinal, withList.day], ['select', 2, undefined]);
    assert.equal(understand('the second one', en).ordinal, 2);
  });

  it('clock times as spoken', () => {
    assert.equal(clockOf('cancel the meeting at half past four', en), '16:30');
    assert.equal(clockOf('cancel my half four', en), '16:30');
    assert.equal(clockOf('cancel the quarter to ten', en), '9:45');
    assert.equal(clockOf('cancel my quarter past two', en), '14:15');
    assert.equal(clockOf('scrap my 4.45 today', en), '16:45');
    assert.equal(clockOf('sag den Termin um Dreiviertel vier ab', de), '15:45');
    assert.equal(clockOf('sag den Termin um Viertel nach neun ab', de), '9:15');
  });

  it('end of day and first thing are parts of the day', () => {
    const late = understand('cancel my end of day meeting', en).day!;
    assert.equal(DateTime.fromISO(late.start, { zone: 'Europe/London' }).hour, 15);
    const early = understand('cancel first thing tomorrow', en);
    assert.equal(early.ordinal, undefined);
    assert.equal(DateTime.fromISO(early.day!.start, { zone: 'Europe/London' }).toISODate(), '2026-03-27');
    assert.equal(DateTime.fromISO(early.day!.end, { zone: 'Europe/London' }).hour, 11);
    assert.equal(DateTime.fromISO(understand('sag das Meeting gegen Feierabend ab', de).day!.start, { zone: 'Europe/Berlin' }).hour, 15);
  });
});

describe('understand: words that look like ranges or "now" but are not', () => {
  it('"from 3pm" alone is the meeting\'s time; "from 3pm on" a range; "ab 2 Teilnehmer" no time at all', () => {
    assert.deepEqual(understand('cancel my meeting from 3pm', en).clock, { hour: 15, minute: 0 });
    assert.deepEqual(understand('cancel the 1:1 from 2pm', en).clock, { hour: 14, minute: 0 });
    assert.equal(understand('cancel everything from 3pm on', en).clock, undefined);
    assert.ok(understand('cancel everything from 3pm on', en).day, 'a range narrows the day');
    const particle = understand('sag den Call ab 2 Teilnehmer sind krank', de);
    assert.equal(particle.clock, undefined);
    assert.equal(particle.day, undefined, '"ab" is the particle of "absagen" here');
    assert.ok(understand('sag alle Termine ab 16 Uhr ab', de).day, '"ab 16 Uhr" is a range');
  });

  it('"the meeting I\'m in" is the one under way only when nothing follows that makes it another', () => {
    for (const text of ["cancel the meeting I'm in right now", "cancel the call I'm on, please", "cancel the meeting I'm in"])
      assert.equal(understand(text, en).underway, true, text);
    for (const text of ["cancel the meeting I'm in charge of tomorrow", "cancel the call we're on with Anna tomorrow"])
      assert.equal(understand(text, en).underway, undefined, text);
  });
});
