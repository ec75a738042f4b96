import { strict as assert } from 'node:assert';
import { describeRequest, understand, type UserContext } from '../../../src/nlu';
import { findCandidates, straightToConfirm, type Meeting } from '../../../src/calendar';

const en: UserContext = { locale: 'en-GB', timeZone: 'Europe/London', now: new Date('2026-03-26T09:00:00Z') };
const de: UserContext = { locale: 'de-DE', timeZone: 'Europe/Berlin', now: new Date('2026-03-26T08:00:00Z') };
const listed = (context: UserContext): UserContext => ({ ...context, listShown: true });

function meeting(id: string, subject: string, start: string, minutes = 30, isOrganizer = true): Meeting {
  const end = new Date(Date.parse(start) + minutes * 60000).toISOString();
  return {
    id,
    subject,
    start,
    end,
    isAllDay: false,
    isCancelled: false,
    isOrganizer,
    organizer: { name: isOrganizer ? 'Sam Taylor' : 'Jordan Blake', email: isOrganizer ? 'sam@x.test' : 'jordan@x.test' },
    attendees: [],
  } as unknown as Meeting;
}

// Thursday 26 March 2026 in London (GMT): a standup, then a sync, then two meetings at the same time.
const day = [
  meeting('standup', 'Team stand-up', '2026-03-26T09:30:00Z', 15),
  meeting('sync', 'Vendor sync', '2026-03-26T11:00:00Z'),
  meeting('review', 'Design review', '2026-03-26T14:00:00Z', 60, false),
  meeting('prep', 'Board prep', '2026-03-26T14:00:00Z'),
];

describe('requests that ask for no cancellation', () => {
  const cases: Array<[UserContext, string]> = [
    [en, 'should we cancel the vendor sync?'],
    [en, 'what happens if I cancel board prep'],
    [en, 'Jordan said he cancelled the design review'],
    [en, 'I already cancelled that one'],
    [en, 'was the standup cancelled?'],
    [en, 'how come you cancelled my sync?'],
    [de, 'sollen wir die Retro absagen?'],
    [de, 'die Teamrunde wurde schon abgesagt'],
    [de, 'Jonas hat das Standup abgesagt'],
    [de, 'wieso hast du das abgesagt?'],
  ];
  for (const [context, text] of cases) {
    it(`${context.locale} "${text}" -> other`, () => assert.equal(understand(text, context).intent, 'other'));
  }
  const requests: Array<[UserContext, string]> = [
    [en, "why don't you cancel my 3pm"],
    [en, 'I need the vendor sync cancelled'],
    [en, 'can you get the standup cancelled'],
    [de, 'kann das Standup abgesagt werden?'],
    [de, 'das Standup soll abgesagt werden'],
    // A request made besides what is reported.
    [en, 'cancel the retro, I already declined the review'],
    [de, 'sag die Retro ab, die Teamrunde hab ich schon abgelehnt'],
  ];
  for (const [context, text] of requests) {
    it(`${context.locale} "${text}" is still a cancel`, () => assert.equal(understand(text, context).intent, 'cancel'));
  }
});

describe('the meeting next to another', () => {
  it('"right after the standup" is the next meeting that day, clear', () => {
    const request = understand('cancel the meeting right after the standup', en);
    assert.deepEqual(request.neighbour, { side: 'after', anchor: 'standup' });
    const candidates = findCandidates(request, day, en);
    assert.deepEqual(
      candidates.map((c) => c.meeting.id),
      ['sync'],
    );
    assert.equal(straightToConfirm(request, candidates)?.meeting.id, 'sync');
  });

  it('two meetings at the same time after it are both offered, neither clear', () => {
    const request = understand('den Termin nach dem Vendor Sync absagen', { ...de, timeZone: 'Europe/London', now: en.now });
    const candidates = findCandidates(request, day, en);
    assert.deepEqual(new Set(candidates.map((c) => c.meeting.id)), new Set(['review', 'prep']));
    assert.equal(straightToConfirm(request, candidates), undefined);
  });

  it('"after the 3pm" is a time, not a neighbour; an anchor that names nothing finds nothing', () => {
    assert.equal(understand('cancel the one after the 3pm', en).neighbour, undefined);
    assert.deepEqual(findCandidates(understand('cancel the meeting before the offsite', en), day, en), []);
  });
});

describe('follow-ups about the list on screen', () => {
  const shown = [day[3], day[1], day[0]];

  it('"both", "the last two", "die ersten beiden" are those rows, never one confirm card', () => {
    const pairs: Array<[string, UserContext, string[]]> = [
      ['both', en, ['prep', 'sync', 'standup']],
      ['the last two', en, ['sync', 'standup']],
      ['die ersten beiden', { ...de, timeZone: 'Europe/London' }, ['prep', 'sync']],
    ];
    for (const [text, context, ids] of pairs) {
      const request = understand(text, listed(context));
      const candidates = findCandidates(request, shown, listed(context));
      // "both" of three rows: all three offered, to ask which two.
      assert.deepEqual(
        text === 'both' ? new Set(candidates.map((c) => c.meeting.id)) : candidates.map((c) => c.meeting.id),
        text === 'both' ? new Set(ids) : ids,
        text,
      );
      assert.equal(straightToConfirm(request, candidates), undefined, text);
    }
  });

  it('"the later one" / "den früheren" go by start time, not by row', () => {
    const later = understand('the later one', listed(en));
    assert.equal(findCandidates(later, shown, listed(en))[0].meeting.id, 'prep');
    const earlier = understand('den früheren', listed({ ...de, timeZone: 'Europe/London' }));
    assert.equal(findCandidates(earlier, shown, listed(en))[0].meeting.id, 'standup');
  });

  it('"the one after" / "der danach" with no meeting named: the later of two rows; of more, the rows to choose from', () => {
    // `shown`: Board prep 14:00, Vendor sync 11:00, Team stand-up 09:30.
    const after = understand('the one after', listed(en));
    assert.equal(findCandidates(after, shown, listed(en)).length, 3);
    const two = [day[1], day[0]];
    assert.deepEqual(
      findCandidates(after, two, listed(en)).map((c) => c.meeting.id),
      ['sync'],
    );
    const before = understand('der davor', listed(de));
    assert.equal(findCandidates(before, shown, listed(de)).length, 3);
    assert.deepEqual(
      findCandidates(before, two, listed(de)).map((c) => c.meeting.id),
      ['standup'],
    );
  });

  it('with no list on screen they name nothing, and say they depend on one', () => {
    for (const text of ['both', 'the later one', 'the first two', 'no, the other one', 'beide', 'den späteren']) {
      const request = understand(text, text.match(/[äe]n?$/) && !text.startsWith('the') ? de : en);
      assert.equal(request.intent, 'other', text);
      assert.equal(request.dependsOnList, true, text);
    }
    const cancelBoth = understand('cancel both', en);
    assert.equal(cancelBoth.scope, 'one');
    assert.equal(cancelBoth.count, undefined);
  });

  it('a negated pick is dropped: "the second one, not the first"', () => {
    assert.equal(understand('the second one, not the first', listed(en)).ordinal, 2);
    assert.equal(understand('die zweite, nicht die erste', listed(de)).ordinal, 2);
  });
});

describe('the message, and saying there is none', () => {
  const none: Array<[UserContext, string]> = [
    [en, "cancel the sync, don't tell them anything"],
    [en, 'cancel the sync without a message'],
    [en, 'cancel the sync silently'],
    [de, 'Standup ohne Nachricht absagen'],
    [de, 'sag das Standup ab und niemandem was sagen'],
  ];
  for (const [context, text] of none) {
    it(`${context.locale} "${text}" carries no message`, () => {
      const request = understand(text, context);
      assert.equal(request.intent, 'cancel');
      assert.equal(request.comment, undefined);
    });
  }
  it('"tell Luis and Priya that ..." is a message to both', () =>
    assert.equal(understand('cancel the sync and tell Luis and Priya that the deal is off', en).comment, 'the deal is off'));
  it('"just say: ..." and "reason being ..." are cues', () => {
    assert.equal(understand('cancel the sync, just say: sorry all', en).comment, 'sorry all');
    assert.equal(understand('cancel the sync, reason being the vendor is ill', en).comment, 'the vendor is ill');
  });
});

describe('the series, said another way', () => {
  for (const [context, text] of [
    [en, 'cancel all future standups'],
    [en, 'cancel the standup going forward'],
    [de, 'alle zukünftigen Standups absagen'],
    [de, 'das Standup von nun an absagen'],
  ] as Array<[UserContext, string]>) {
    it(`${context.locale} "${text}" is the series, one of it`, () => {
      const request = understand(text, context);
      assert.equal(request.series, true);
      assert.equal(request.scope, 'one');
    });
  }
  it('"the next two standups" are the next two, in time order', () => {
    const request = understand('cancel the next two stand-ups', en);
    const standups = [
      meeting('s2', 'Team stand-up', '2026-03-27T09:30:00Z'),
      meeting('s1', 'Team stand-up', '2026-03-26T09:30:00Z'),
      meeting('s3', 'Team stand-up', '2026-03-30T08:30:00Z'),
    ];
    assert.deepEqual(
      findCandidates(request, standups, en).map((c) => c.meeting.id),
      ['s1', 's2'],
    );
  });
});

describe('chat markup', () => {
  it('a Teams mention is no part of the request', () => {
    const request = understand('<at>Cancel Bot</at> cancel the vendor sync', en);
    assert.equal(request.titleHint, 'vendor sync');
  });
});

describe('saying what was asked', () => {
  it('a neighbour that names nothing is said as asked', () => {
    const request = understand('cancel the meeting right after the offsite', en);
    assert.equal(describeRequest(request, en), 'right after "offsite"');
    const german = understand('den Termin vor der Klausur absagen', de);
    assert.equal(describeRequest(german, de), 'direkt vor „klausur“');
  });
});
