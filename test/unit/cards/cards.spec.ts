import { strict as assert } from 'node:assert';
import {
  bulkCancelCard,
  chooseCard,
  confirmCancelCard,
  confirmDeclineCard,
  meetingListCard,
  noMatchCard,
  outcomeCard,
  welcomeCard,
  workingCard,
  parseCardAction,
  Verb,
  type Audience,
  type VerbName,
} from '../../../src/cards';
import type { Meeting } from '../../../src/calendar/meeting';
import { summarize, type Outcome } from '../../../src/flows/outcomes';
import { catalogFor } from '../../../src/i18n';
import { cardProblems, cardText, submitData } from '../../support/adaptive-card';
import { attendee, meeting as base } from '../../support/meeting';

const hostile = '[click me](https://evil.example) **bold** <at>Megan</at>';

/** The standup these card tests show: 15 minutes, id evt-1. */
function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return base({
    id: 'evt-1',
    subject: 'Daily standup',
    end: '2026-12-01T23:15:00.000Z',
    attendees: [attendee('Megan Bowen', 'MeganB@contoso.onmicrosoft.com'), attendee('Room 1', 'room1@contoso.onmicrosoft.com', 'resource')],
    ...overrides,
  });
}

/** English cards are for a Teams user (their refresh is checked too); German ones have no viewer, so no refresh. */
const en: Audience = { catalog: catalogFor('en-US'), locale: 'en-US', timeZone: 'America/Los_Angeles', viewer: '29:alex' };
const de: Audience = { catalog: catalogFor('de-DE'), locale: 'de-DE', timeZone: 'Europe/Berlin' };
const occurrence = meeting({ id: 'occ-1', kind: 'occurrence', seriesMasterId: 'master-1' });
const attended = meeting({
  id: 'evt-2',
  subject: 'All hands',
  isOrganizer: false,
  organizer: { name: 'Megan Bowen', email: 'MeganB@contoso.onmicrosoft.com' },
});

const outcomes: Outcome[] = [
  { kind: 'cancelled', meeting: summarize(meeting()), scope: 'occurrence', comment: 'Sorry!' },
  { kind: 'cancelled', meeting: summarize(meeting()), scope: 'series', comment: '' },
  { kind: 'declined', meeting: summarize(attended), comment: 'Out sick' },
  { kind: 'kept', meeting: summarize(meeting()) },
  { kind: 'gone', meeting: summarize(meeting()) },
  {
    kind: 'notOrganizer',
    meeting: summarize(attended),
    graphMessage: "Your request can't be completed. You need to be an organizer to cancel a meeting.",
    declineTicket: 'T'.repeat(22),
    comment: 'hi',
  },
  { kind: 'cancelledMany', cancelled: [summarize(meeting())], failed: [summarize(attended)], comment: 'x' },
  {
    kind: 'cancelledMany',
    cancelled: [],
    failed: [],
    comment: 'x',
    notCancelled: { why: 'busy', meetings: [summarize(meeting()), summarize(occurrence)], ticket: 'T'.repeat(22) },
  },
  { kind: 'gone', meeting: summarize(meeting()), cancelledHere: { at: '2026-12-01T06:05:00Z' } },
  { kind: 'gone', meeting: summarize(meeting()), started: true },
  { kind: 'gone', meeting: summarize(meeting()), ended: true },
  { kind: 'replaced', action: 'cancel', meeting: summarize(meeting()) },
  { kind: 'replaced', action: 'cancel', meetings: [summarize(meeting()), summarize(occurrence)] },
];

const allCards = (a: Audience) => ({
  welcome: welcomeCard(a),
  working: workingCard(a, 'T'.repeat(22)),
  list: meetingListCard(a, { meetings: [meeting(), occurrence, attended], page: 1, hasMore: true, span: { kind: 'upcoming', days: 7 } }),
  emptyList: meetingListCard(a, { meetings: [], page: 1, hasMore: false, span: { kind: 'upcoming', days: 7 } }),
  choose: chooseCard(a, [
    { meeting: meeting(), reasons: [{ kind: 'title', detail: 'standup' }] },
    { meeting: attended, reasons: [] },
  ]),
  noMatch: noMatchCard(a, 'at 4pm today', [meeting()]),
  confirmUnderWay: confirmCancelCard(a, meeting(), 'T'.repeat(22), 500, undefined, false, true),
  confirm: confirmCancelCard(a, meeting(), 'T'.repeat(22), 500),
  confirmOccurrence: confirmCancelCard(a, occurrence, 'T'.repeat(22), 500),
  confirmAttended: confirmCancelCard(a, attended, 'T'.repeat(22), 500),
  decline: confirmDeclineCard(a, attended, 'T'.repeat(22), 500, 'prefilled'),
  bulk: bulkCancelCard(a, { cancellable: [meeting(), occurrence], notYours: [attended], ticket: 'T'.repeat(22), commentMaxLength: 500 }),
  bulkLeftOut: bulkCancelCard(a, {
    cancellable: [meeting()],
    notYours: [],
    leftOut: [attended],
    ticket: 'T'.repeat(22),
    commentMaxLength: 500,
  }),
  ...Object.fromEntries(outcomes.map((o, i) => [`outcome-${o.kind}-${i}`, outcomeCard(a, o, 500)])),
});

describe('cards', () => {
  it('the card check itself catches unknown elements, bad actions and versions above 1.5', () => {
    assert.notDeepEqual(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Carousel' }] }), []);
    assert.notDeepEqual(cardProblems({ type: 'AdaptiveCard', version: '1.6', body: [] }), []);
    assert.notDeepEqual(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [], actions: [{ type: 'Action.Teleport' }] }), []);
  });

  for (const [language, audience] of [
    ['en', en],
    ['de', de],
  ] as const) {
    for (const [name, json] of Object.entries(allCards(audience))) {
      it(`${language} ${name} parses with the adaptivecards object model without errors or warnings, at version <= 1.5`, () => {
        assert.deepEqual(cardProblems(json), []);
      });
    }
  }

  it("every button carries data of its verb's contract, which the handlers parse with the same schema", () => {
    let buttons = 0;
    for (const json of Object.values(allCards(en))) {
      for (const data of submitData(json)) {
        buttons++;
        const verb = data.verb as VerbName;
        assert.ok(Object.values(Verb).includes(verb), `known verb: ${String(data.verb)}`);
        assert.ok(parseCardAction(verb, { ...data, comment: 'typed' }), `${verb} button data parses: ${JSON.stringify(data)}`);
      }
    }
    assert.ok(buttons > 10, `checked ${buttons} buttons`);
  });

  it('buttons are Action.Execute with their verb; cards that can go stale refresh for their viewer with a verb the handlers parse', () => {
    const cards = allCards(en);
    const walk = (node: unknown, found: any[] = []): any[] => {
      if (Array.isArray(node)) node.forEach((n) => walk(n, found));
      else if (node && typeof node === 'object') {
        if ((node as any).type?.startsWith?.('Action.')) found.push(node);
        Object.values(node).forEach((n) => walk(n, found));
      }
      return found;
    };
    for (const action of walk(cards)) {
      assert.equal(action.type, 'Action.Execute');
      assert.equal(action.verb, action.data.verb, "the verb Teams routes by is the data contract's verb");
    }
    const stale = [
      'working',
      'list',
      'emptyList',
      'choose',
      'confirm',
      'confirmOccurrence',
      'confirmAttended',
      'confirmUnderWay',
      'decline',
      'bulk',
      'bulkLeftOut',
    ];
    for (const [name, json] of Object.entries(cards) as Array<[string, any]>) {
      if (!stale.includes(name)) {
        assert.equal(json.refresh, undefined, `${name} has no refresh`);
        continue;
      }
      assert.deepEqual(json.refresh.userIds, ['29:alex'], `${name} refreshes for its viewer only`);
      const verb = json.refresh.action.verb as VerbName;
      assert.ok(parseCardAction(verb, json.refresh.action.data), `${name} refresh data parses: ${JSON.stringify(json.refresh)}`);
    }
    assert.deepEqual((cards.bulk as any).refresh.action.data.others, ['evt-2'], "a bulk card's decline rows are read again too");
    assert.deepEqual((cards.list as any).refresh.action.data.meetingIds, ['evt-1', 'occ-1', 'evt-2']);
    assert.equal((allCards(de).confirm as any).refresh, undefined, 'no viewer, no refresh');
  });

  it('a click whose data does not fit its verb is refused by the contract', () => {
    assert.equal(parseCardAction('confirmCancel', { verb: 'confirmCancel', ticket: { $gt: '' } }), undefined);
    assert.equal(parseCardAction('confirmCancel', { verb: 'confirmCancel', ticket: 'T', scope: 'everything' }), undefined);
    assert.equal(parseCardAction('showMeetings', { verb: 'showMeetings', page: 'all' }), undefined);
    assert.equal(parseCardAction('offerCancel', { verb: 'confirmCancel', meetingId: 'x' }), undefined, 'another verb');
    assert.deepEqual(parseCardAction('showMeetings', { verb: 'showMeetings' }), { verb: 'showMeetings', page: 1 });
  });

  it("shows times in the user's zone, not the server's", () => {
    // 23:00Z on Dec 1 is 3:00 PM in Los Angeles and 00:00 on Dec 2 in Berlin.
    assert.match(cardText(confirmCancelCard(en, meeting(), 'T'.repeat(22), 500)), /Tue, Dec 1, 3:00\s?PM\s?[–-]\s?3:15\s?PM/);
    assert.match(cardText(confirmCancelCard(de, meeting(), 'T'.repeat(22), 500)), /Mi\.?, 2\. Dez\.?, 00:00\s?[–-]\s?00:15/);
  });

  it('an appointment nobody else is invited to: no message box, "nobody will be notified"; a group\'s meeting keeps its box', () => {
    const alone = meeting({ attendees: [attendee('Room 1', 'room1@contoso.onmicrosoft.com', 'resource')] });
    for (const [audience, words] of [
      [en, /Nobody else is invited, so nobody will be notified\./],
      [de, /Außer dir ist niemand eingeladen, also wird niemand benachrichtigt\./],
    ] as const) {
      const card = confirmCancelCard(audience, alone, 'T'.repeat(22), 500);
      assert.match(cardText(card), words);
      assert.ok(!JSON.stringify(card).includes('Input.Text'), 'no message box');
      assert.deepEqual(cardProblems(card), []);
    }
    const group = meeting({ attendees: [], calendar: { key: 'g', owner: 'group', name: 'Marketing', isDefault: false } });
    assert.ok(
      JSON.stringify(confirmCancelCard(en, group, 'T'.repeat(22), 500)).includes('Input.Text'),
      'members of a group may be told: the box stays',
    );
  });

  it("a moved occurrence says where its series had it, in the user's zone and language", () => {
    const moved = meeting({
      kind: 'exception',
      seriesMasterId: 'master-1',
      start: '2026-12-02T18:00:00.000Z',
      end: '2026-12-02T18:15:00.000Z',
      originalStart: '2026-12-01T23:00:00.000Z',
    });
    assert.match(cardText(confirmCancelCard(en, moved, 'T'.repeat(22), 500)), /Wed, Dec 2, 10:00\s?AM.*Moved from Tue, Dec 1, 3:00\s?PM/);
    assert.match(cardText(confirmCancelCard(de, moved, 'T'.repeat(22), 500)), /Verschoben vom Mi\.?, 2\. Dez\.?, 00:00/);
    const inPlace = meeting({ kind: 'occurrence', seriesMasterId: 'master-1', originalStart: '2026-12-01T23:00:00.000Z' });
    assert.doesNotMatch(cardText(confirmCancelCard(en, inPlace, 'T'.repeat(22), 500)), /Moved from/);
  });

  it('keeps subjects and comments literal: a markdown link is a TextRun, never a TextBlock', () => {
    const json = confirmCancelCard(en, meeting({ subject: hostile }), 'T'.repeat(22), 500);
    const serialized = JSON.stringify(json);
    assert.ok(serialized.includes(JSON.stringify(hostile).slice(1, -1)));
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if (o.type === 'TextBlock') assert.ok(!String(o.text).includes('evil.example'), 'user text leaked into a markdown TextBlock');
        Object.values(o).forEach(walk);
      }
    };
    walk(json);
    const done = outcomeCard(en, { kind: 'cancelled', meeting: summarize(meeting()), scope: 'occurrence', comment: hostile }, 500);
    walk(done);
    assert.ok(cardText(done).includes(hostile));
  });

  it("says why each candidate matched, in the user's language and clock", () => {
    const reasons = [
      { kind: 'time' as const, detail: '15:00' },
      { kind: 'day' as const, detail: '2026-12-01' },
      { kind: 'position' as const, detail: 'next' },
      { kind: 'attendee' as const, detail: 'Megan Bowen' },
    ];
    assert.match(
      cardText(chooseCard(en, [{ meeting: meeting(), reasons }])),
      /starts at 3:00\s?PM · on Tuesday, Dec 1 · your next meeting · with Megan Bowen/,
    );
    assert.match(
      cardText(chooseCard(de, [{ meeting: meeting(), reasons }])),
      /beginnt um 15:00 · am Dienstag, 1\. Dez\.? · deine nächste Besprechung · mit Megan Bowen/,
    );
  });

  it('offers Cancel to organizers and Decline to attendees on the list', () => {
    const data = submitData(
      meetingListCard(en, { meetings: [meeting(), attended], page: 1, hasMore: false, span: { kind: 'upcoming', days: 7 } }),
    );
    assert.deepEqual(data, [
      { verb: Verb.offerCancel, meetingId: 'evt-1' },
      { verb: Verb.offerDecline, meetingId: 'evt-2' },
    ]);
  });

  it('asks "only this one or the whole series" for an occurrence, and carries only the ticket', () => {
    const data = submitData(confirmCancelCard(en, occurrence, 'T'.repeat(22), 500));
    assert.deepEqual(
      data.map((d) => [d.verb, d.scope]),
      [
        [Verb.confirmCancel, 'occurrence'],
        [Verb.confirmCancel, 'series'],
        [Verb.keep, undefined],
      ],
    );
    assert.ok(data.every((d) => d.ticket === 'T'.repeat(22) && !('meetingId' in d)));
  });

  it('says the comment limit, and refuses longer text naming it instead of cutting it silently', () => {
    const json = confirmCancelCard(en, meeting(), 'T'.repeat(22), 321) as { body: Array<Record<string, unknown>> };
    const input = json.body.find((e) => e.type === 'Input.Text')!;
    // maxLength makes clients cut what is typed or pasted without a word.
    assert.equal(input.maxLength, undefined);
    assert.match(String(input.label), /321 characters/);
    const limit = new RegExp(String(input.regex));
    assert.ok(limit.test('x'.repeat(321)));
    assert.ok(limit.test('line one\nline two'));
    assert.ok(limit.test(''));
    assert.ok(!limit.test('x'.repeat(322)));
    assert.match(String(input.errorMessage), /up to 321 characters/);
  });

  it('final outcome cards have no live buttons, except "Decline instead" after an organizer refusal and "Try again" for what Microsoft 365 did not cancel', () => {
    for (const o of outcomes) {
      const data = submitData(outcomeCard(en, o, 500));
      if (o.kind === 'notOrganizer') assert.deepEqual(data, [{ verb: Verb.confirmDecline, ticket: o.declineTicket }]);
      else if (o.kind === 'cancelledMany' && o.notCancelled)
        assert.deepEqual(data, [{ verb: Verb.confirmBulk, ticket: o.notCancelled.ticket }]);
      else assert.deepEqual(data, [], o.kind);
    }
  });

  it('a bulk whose cancels all lost their answer never says "Nothing was cancelled" (they may have been)', () => {
    const unconfirmed = [
      { ...summarize(meeting()), id: 'e1' },
      { ...summarize(occurrence), id: 'e2' },
    ];
    const text = cardText(outcomeCard(en, { kind: 'cancelledMany', cancelled: [], failed: [], comment: 'x', unconfirmed }, 500));
    assert.doesNotMatch(text, /Nothing was cancelled/, text);
    assert.match(text, /couldn't confirm/, text);
    const none = cardText(outcomeCard(en, { kind: 'cancelledMany', cancelled: [], failed: [summarize(attended)], comment: 'x' }, 500));
    assert.match(none, /^Nothing was cancelled/, none);
  });

  it("names the meeting and its organizer in the organizer refusal and relays Graph's words", () => {
    const text = cardText(outcomeCard(en, outcomes[5], 500));
    assert.match(text, /All hands/);
    assert.match(text, /Megan Bowen/);
    assert.match(text, /You need to be an organizer to cancel a meeting\./);
  });
});
