import { strict as assert } from 'node:assert';
import { MIDDLE, describeRequest, rowOf, understand, type Intent, type UserContext } from '../../../src/nlu';

const en: UserContext = { locale: 'en-US', timeZone: 'America/Los_Angeles', now: new Date('2026-03-05T17:00:00Z') };
const de: UserContext = { locale: 'de-DE', timeZone: 'Europe/Berlin', now: new Date('2026-03-26T08:00:00Z') };

const expectations: Array<[Intent, UserContext, string[]]> = [
  [
    'cancel',
    en,
    [
      'cancel my standup',
      'call off the standup',
      'call the standup off',
      'drop the standup',
      'scrap the standup',
      'delete the standup',
      'remove the standup',
      'cancle the standup',
      'please cancel the standup',
    ],
  ],
  [
    'cancel',
    de,
    [
      'sag das Standup ab',
      'Standup absagen',
      'streich das Standup',
      'storniere das Standup',
      'lösche das Standup',
      'loesche das Standup',
      'bitte das Standup löschen',
      'das Standup streichen',
      'kannst du das Standup stornieren',
    ],
  ],
  [
    'list',
    en,
    [
      'meetings',
      'my meetings',
      'Meetings?',
      'show my meetings',
      'list my meetings',
      'what meetings do I have tomorrow',
      "what's on my calendar",
    ],
  ],
  [
    'list',
    de,
    [
      'Termine',
      'meine Besprechungen',
      'zeig meine Termine',
      'welche Termine habe ich morgen',
      'was steht morgen an',
      'liste meine Termine',
    ],
  ],
  ['decline', en, ['decline the design sync', "I can't make the design sync", 'reject the design sync']],
  ['decline', de, ['lehne die Teamrunde ab', 'die Teamrunde ablehnen']],
  ['help', en, ['help', 'what can you do', '?', 'how can I cancel a meeting?', "can I cancel a meeting I didn't organize?"]],
  ['help', de, ['hilfe', 'was kannst du', 'wie sage ich ein Meeting ab?', 'kann ich einen Termin absagen, den ich nicht organisiere?']],
  ['signOut', en, ['sign out', 'log out', 'logout', 'sign me out']],
  ['signOut', de, ['abmelden', 'ausloggen', 'melde mich ab']],
  ['yes', en, ['yes', 'Yes!', 'yep', 'sure', 'ok', 'go ahead']],
  ['yes', de, ['ja', 'Ja.', 'jep', 'genau', 'ok', 'passt']],
  ['no', en, ['no', 'nope', 'No.', 'never mind']],
  ['no', de, ['nein', 'nee', 'lieber nicht', 'abbrechen']],
  // Taken back or negated: never a request, whatever meeting it names.
  [
    'no',
    en,
    [
      'cancel that, never mind',
      'nvm',
      'can you not cancel the retro',
      "don't cancel the standup",
      'dont cancel the standup',
      'please do not decline the design sync',
    ],
  ],
  [
    'no',
    de,
    ['ach vergiss es', 'schon gut, lass es', 'das Standup nicht absagen', 'ne, lass mal, doch nicht', 'sag das Standup bitte nicht ab'],
  ],
  // A negation elsewhere, or "lass mal" leading a request, is no withdrawal.
  ['cancel', en, ['cxl the acme check-in tomorrow', 'canx the standup']],
  ['cancel', en, ["cancel the standup, we don't need it", 'can you cancel the standup? not sure i can make it', 'cancel the book club']],
  ['decline', en, ['I can not attend, please decline the standup']],
  // Saying one will not be there, then asking for a cancel, is a cancel; "drop me" is still a decline.
  ['cancel', en, ["I won't make the security training, please cancel it", "I can't do the retro on thursday, can you call it off"]],
  ['decline', en, ["I can't make the standup, drop me from it", "I won't make the retro", 'not attending the standup']],
  ['cancel', de, ['ich schaffe das Sprint Planning nicht, bitte absagen', 'ich kann morgen nicht, sag das Daily ab']],
  ['decline', de, ['ich schaffe das Sprint Planning nicht', 'bei der Retro bin ich nicht dabei']],
  // A slip in the request verb ("absagne", "camcel") is the verb.
  ['cancel', en, ['camcel my standup']],
  ['cancel', de, ['Daily morgen absagne', 'die Retro strechen']],
  ['cancel', de, ['die Retro verschieben und das Daily absagen', 'lass mal das Standup absagen', 'sag das Standup ab, ich kann nicht']],
  ['select', en, ['the second one', 'first one', 'no, the one tomorrow', 'the last one', '2', 'number 3']],
  ['select', de, ['die erste', 'die zweite', 'nein, die von morgen', 'die letzte', 'nummer 2']],
  ['other', en, ['what is the weather', 'hello', 'tell me a joke', '']],
  ['other', de, ['wie wird das Wetter', 'hallo', 'erzähl mir einen Witz']],
  // What the bot cannot do with a meeting is no pick of it.
  ['other', en, ['move my 1:1 with thomas to monday', 'reschedule the retro', 'can you push the standup back an hour']],
  ['other', de, ['kannst du die Retro auf Freitag verlegen?', 'den Zahnarzttermin verschieben']],
];

describe('intents in both languages', () => {
  for (const [intent, context, texts] of expectations) {
    for (const text of texts) {
      it(`${context.locale} "${text}" -> ${intent}`, () => assert.equal(understand(text, context).intent, intent));
    }
  }

  it('"more", "nächste Seite" ask for the next page of the list shown; a request with "more" in it is none', () => {
    for (const [text, context] of [
      ['more', en],
      ['show me more', en],
      ['next page', en],
      ['the rest please', en],
      ['what else?', en],
      ['mehr', de],
      ['weitere', de],
      ['nächste Seite', de],
      ['zeig mir noch mehr', de],
    ] as const)
      assert.deepEqual([understand(text, context).intent, understand(text, context).more], ['list', true], text);
    for (const [text, context] of [
      ['cancel one more', en],
      ['show more of the standups', en],
      ['sag noch mehr ab', de],
    ] as const)
      assert.equal(understand(text, context).more, undefined, text);
  });

  it('"all" means every meeting only when it is about meetings: "the all hands" is one meeting', () => {
    for (const text of ['cancel the all hands', 'decline the all hands', 'cancel all hands tomorrow']) {
      const request = understand(text, en);
      assert.equal(request.scope, 'one', text);
      assert.equal(request.titleHint, 'hands', text);
    }
    for (const text of [
      'cancel all my meetings tomorrow',
      'cancel all meetings today',
      'cancel them all',
      'cancel all tomorrow',
      'cancel everything on friday',
      'clear my calendar tomorrow',
    ]) {
      const request = understand(text, en);
      assert.equal(request.scope, 'all', text);
      assert.equal(request.titleHint, undefined, text);
    }
  });

  it('picks the pack from the activity locale, English for unknown ones', () => {
    assert.equal(understand('sag das Standup ab', { ...de, locale: 'de' }).language, 'de');
    assert.equal(understand('sag das Standup ab', { ...de, locale: 'de-AT' }).language, 'de');
    assert.equal(understand('cancel the standup', { ...en, locale: 'fr-FR' }).language, 'en');
    assert.equal(understand('cancel the standup', { ...en, locale: '' }).language, 'en');
  });
});

describe('what: titles, attendees, ordinals', () => {
  it('keeps the title words and drops the filler', () => {
    assert.equal(understand('cancel my 3pm standup', en).titleHint, 'standup');
    assert.equal(understand('i want to cancel the budget review on friday', en).titleHint, 'budget review');
    assert.equal(understand('i want to cancel my 1:1 with thomas tomorrow', en).titleHint, '1:1');
    assert.equal(understand('sag mein Standup um 15 Uhr ab', de).titleHint, 'standup');
  });

  it('reads attendees by name after "with" / "mit"', () => {
    assert.equal(understand('cancel my meeting with lidia', en).attendeeHint, 'lidia');
    assert.equal(understand('cancel my meeting with Anna Park tomorrow', en).attendeeHint, 'anna park');
    assert.equal(understand('sag den Termin mit Anna am Freitag ab', de).attendeeHint, 'anna');
  });

  it('reads ordinals, "last" as -1', () => {
    const ordinals: Array<[string, UserContext, number]> = [
      ['the second one', en, 2],
      ['first one', en, 1],
      ['the third', en, 3],
      ['the last one', en, -1],
      ['#2', en, 2],
      ['die erste', de, 1],
      ['den zweiten', de, 2],
      ['die letzte', de, -1],
      ['nummer 3', de, 3],
      ['cancel number one', en, 1],
      ['nummer zwei', de, 2],
      ['the middle one', en, MIDDLE],
      ['den mittleren', de, MIDDLE],
    ];
    for (const [text, context, ordinal] of ordinals) assert.equal(understand(text, context).ordinal, ordinal, text);
    // "middle" elsewhere is no pick.
    assert.equal(understand('cancel the meeting in the middle of the day', en).ordinal, undefined);
  });

  it('an ordinal picks its row of a list; the middle only of an odd count', () => {
    assert.deepEqual(
      [rowOf(1, 3), rowOf(3, 3), rowOf(4, 3), rowOf(-1, 3), rowOf(MIDDLE, 3), rowOf(MIDDLE, 5), rowOf(MIDDLE, 4), rowOf(1, 0)],
      [0, 2, undefined, 2, 1, 2, undefined, undefined],
    );
  });
});

describe('describeRequest', () => {
  it('says what was understood, for "no meeting of yours ..."', () => {
    assert.equal(describeRequest(understand('cancel my meeting at 4pm today', en), en), 'at 4pm today');
    assert.equal(describeRequest(understand('cancel the standup with anna tomorrow', en), en), 'called "standup" with Anna tomorrow');
    assert.equal(describeRequest(understand('cancel my meetings on monday', en), en), 'on Monday, Mar 9');
    assert.equal(describeRequest(understand('cancel my meeting this afternoon', en), en), 'this afternoon');
    assert.equal(describeRequest(understand('sag den Termin um 16 Uhr heute ab', de), de), 'um 16 Uhr heute');
    assert.equal(describeRequest(understand('sag den Termin um halb drei morgen ab', de), de), 'um 14:30 Uhr morgen');
    assert.equal(describeRequest(understand('sag das Standup am Montag ab', de), de), 'namens „standup“ am Montag, 30. März');
  });
});

describe('what a request is, when it also says why, asks, or names a person to tell (review of unseen phrasings)', () => {
  const decemberEn: UserContext = { ...en, now: new Date('2026-12-02T17:00:00Z') };
  const decemberDe: UserContext = { ...de, now: new Date('2026-12-02T09:00:00Z') };

  it('a "don\'t" that is not about the cancel does not withdraw it; one that is does', () => {
    for (const text of [
      "I don't feel well, cancel my meetings today",
      "I don't have time, clear my afternoon",
      "why don't you cancel my 3pm",
      "don't forget to cancel the standup tomorrow",
    ])
      assert.equal(understand(text, decemberEn).intent, 'cancel', text);
    for (const text of ["I don't want to cancel the standup", "please don't cancel the standup", 'no need to cancel the standup'])
      assert.equal(understand(text, decemberEn).intent, 'no', text);
  });

  it('a person named only to be told or asked carries no message for the attendees; a message after them does', () => {
    assert.equal(understand('cancel the standup and let Anna know', decemberEn).comment, undefined);
    assert.equal(understand('cancel the standup, ask Tom if friday works', decemberEn).comment, undefined);
    assert.equal(understand('cancel the standup, tell Anna: we moved it', decemberEn).comment, 'we moved it');
    assert.equal(understand('sag das Jour fixe ab, sag Sven, dass wir verschieben', decemberDe).comment, 'wir verschieben');
    const saidNow = understand('das Jour fixe um 10, sag jetzt ab', decemberDe);
    assert.equal(saidNow.comment, undefined);
    assert.equal(understand('Ich fühl mich nicht gut, sag alle Termine heute ab', decemberDe).intent, 'cancel');
  });

  it('a question naming a day or a time asks for that meeting; one about meetings in general is help', () => {
    assert.equal(understand('can you cancel a meeting for me tomorrow at 3?', decemberEn).intent, 'cancel');
    assert.equal(understand('Can I cancel a meeting at 3pm today?', decemberEn).intent, 'cancel');
    assert.equal(understand('kann ich einen Termin morgen absagen?', decemberDe).intent, 'cancel');
    assert.equal(understand("can I cancel a meeting I didn't organize?", decemberEn).intent, 'help');
    assert.equal(understand('kann ich einen Termin absagen, den ich nicht organisiere?', decemberDe).intent, 'help');
  });

  it("a German date with a year is that year's date", () => {
    assert.equal(understand('sag den Termin am 3.4.2028 ab', decemberDe).day?.start, '2028-04-02T22:00:00.000Z');
    assert.equal(understand('sag den Termin am 3.4.28 ab', decemberDe).day?.start, '2028-04-02T22:00:00.000Z');
    assert.equal(understand('sag den Termin am 3.4. ab', decemberDe).day?.start, '2027-04-02T22:00:00.000Z');
  });
});

describe('a reason said first', () => {
  it('"ich bin krank, …" is no meeting name; a clause that names the meeting is kept', () => {
    const sick = understand('ich bin krank, sag bitte alle Termine heute ab', de);
    assert.deepEqual([sick.intent, sick.scope, sick.titleHint], ['cancel', 'all', undefined]);
    assert.equal(understand('mir ist was dazwischengekommen, bitte die Retro absagen', de).titleHint, 'retro');
    assert.equal(understand('ich bin beim Daily nicht dabei, bitte absagen', de).titleHint, 'daily');
  });
});
