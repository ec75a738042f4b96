import { strict as assert } from 'node:assert';
import { bulkCancelCard, meetingListCard, outcomeCard, type Audience } from '../../../src/cards';
import type { Meeting } from '../../../src/calendar/meeting';
import { toMeeting } from '../../../src/calendar/graph/to-meeting';
import { windowFrom } from '../../../src/flows';
import { summarize } from '../../../src/flows/outcomes';
import { catalogFor, formatWhen, formatZone } from '../../../src/i18n';
import { cardText, submitData } from '../../support/adaptive-card';
import { meeting as base } from '../../support/meeting';

const en = (timeZone: string): Audience => ({ catalog: catalogFor('en-US'), locale: 'en-US', timeZone });
const de: Audience = { catalog: catalogFor('de-DE'), locale: 'de-DE', timeZone: 'Europe/Berlin' };

/** The standup these card tests show: 15 minutes, id evt-1. */
function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return base({ id: 'evt-1', subject: 'Daily standup', end: '2026-12-01T23:15:00.000Z', attendees: [], ...overrides });
}

const offsite = (start: string, end: string, timeZone: string) =>
  toMeeting({
    id: 'evt-9',
    subject: 'Team offsite',
    isAllDay: true,
    start: { dateTime: start, timeZone },
    end: { dateTime: end, timeZone },
  });

describe('wording: dates, zones, lists and bulk cards', () => {
  it('reads an all-day event as its date whatever zone Graph labels it with (all-day events ignore Prefer: outlook.timezone)', () => {
    for (const zone of ['UTC', 'Pacific Standard Time', 'W. Europe Standard Time', 'Asia/Tokyo']) {
      const m = offsite('2026-12-02T00:00:00.0000000', '2026-12-03T00:00:00.0000000', zone);
      assert.equal(m.start, '2026-12-02', zone);
      assert.equal(m.end, '2026-12-03', zone);
    }
  });

  it('shows an all-day date as that date in every zone, one day or several; timed meetings still move with the zone', () => {
    const one = offsite('2026-12-02T00:00:00.0000000', '2026-12-03T00:00:00.0000000', 'UTC');
    for (const zone of ['America/Los_Angeles', 'UTC', 'Europe/Berlin', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      assert.equal(formatWhen(one, zone, 'en-US', catalogFor('en-US')), 'Wed, Dec 2, all day', zone);
      // The stored summary an outcome card shows is the same date.
      assert.equal(formatWhen(summarize(one), zone, 'en-US', catalogFor('en-US')), 'Wed, Dec 2, all day', zone);
    }
    const three = offsite('2026-12-02T00:00:00.0000000', '2026-12-05T00:00:00.0000000', 'UTC');
    assert.equal(formatWhen(three, 'America/Los_Angeles', 'en-US', catalogFor('en-US')), 'Wed, Dec 2 – Fri, Dec 4, all day');
    assert.match(formatWhen(one, 'Europe/Berlin', 'de-DE', catalogFor('de-DE')), /^Mi\.?, 2\. Dez\.?, ganztägig$/);
    assert.match(formatWhen(meeting(), 'Europe/Berlin', 'en-US', catalogFor('en-US')), /^Wed, Dec 2, 12:00/);
  });

  it("names the user's zone for people: Pacific Time, Mitteleuropäische Zeit, UTC", () => {
    assert.equal(formatZone('America/Los_Angeles', 'en-US'), 'Pacific Time');
    assert.equal(formatZone('Europe/Berlin', 'de-DE'), 'Mitteleuropäische Zeit');
    assert.equal(formatZone('UTC', 'en-US'), 'UTC');
  });

  it('titles a list by what it looked at, with the zone, and carries a day or range through "More"', () => {
    const a = en('America/Los_Angeles');
    const rows = [meeting()];
    const day = meetingListCard(a, { meetings: [], page: 1, hasMore: false, span: { kind: 'day', date: '2026-12-05' } });
    assert.equal(cardText(day), 'You have no meetings on Sat, Dec 5.\nTimes in Pacific Time');
    const upcoming = meetingListCard(a, { meetings: [], page: 1, hasMore: false, span: { kind: 'upcoming', days: 7 } });
    assert.equal(cardText(upcoming), 'You have no meetings in the next 7 days.\nTimes in Pacific Time');
    const window = { start: '2026-12-07T08:00:00.000Z', end: '2026-12-14T08:00:00.000Z' };
    const range = meetingListCard(a, {
      meetings: rows,
      page: 2,
      hasMore: true,
      span: { kind: 'days', first: '2026-12-07', last: '2026-12-13' },
      window,
    });
    assert.match(cardText(range), /^Your meetings from Mon, Dec 7 to Sun, Dec 13 · Page 2\nTimes in Pacific Time\n/);
    assert.deepEqual((range as { actions: Array<{ data: unknown }> }).actions[0].data, { verb: 'showMeetings', page: 3, ...window });
    const german = meetingListCard(de, { meetings: rows, page: 1, hasMore: false, span: { kind: 'day', date: '2026-12-05' } });
    assert.match(cardText(german), /^Deine Besprechungen am Sa\.?, 5\. Dez\.?\nZeitzone: Mitteleuropäische Zeit\n/);
  });

  it('a list whose span has begun meetings says how many are not listed, and an empty one says none are still to come (en, de)', () => {
    const a = en('America/Los_Angeles');
    const day = { kind: 'day', date: '2026-12-05' } as const;
    assert.equal(
      cardText(meetingListCard(a, { meetings: [], page: 1, hasMore: false, span: day, begun: 1 })),
      'You have no meetings still to come on Sat, Dec 5.\nTimes in Pacific Time\n1 meeting that has already begun is not listed.',
    );
    const listed = cardText(meetingListCard(a, { meetings: [meeting()], page: 1, hasMore: false, span: day, begun: 2 }));
    assert.match(listed, /\nDaily standup\n[^\n]+\nCancel\n2 meetings that have already begun are not listed\.$/);
    assert.equal(
      cardText(meetingListCard(de, { meetings: [], page: 1, hasMore: false, span: day, begun: 3 })),
      'Du hast am Sa., 5. Dez. keine anstehenden Besprechungen mehr.\nZeitzone: Mitteleuropäische Zeit\n3 Besprechungen, die schon begonnen haben, sind nicht aufgeführt.',
    );
  });

  it('"More" trusts only a sane window from card data: two instants in order, at most two months apart', () => {
    assert.deepEqual(windowFrom('2026-12-07T08:00:00Z', '2026-12-14T08:00:00Z'), {
      start: '2026-12-07T08:00:00.000Z',
      end: '2026-12-14T08:00:00.000Z',
    });
    for (const [start, end] of [
      [undefined, undefined],
      ['2026-12-14T08:00:00Z', '2026-12-07T08:00:00Z'],
      ['soon', '2026-12-07T08:00:00Z'],
      ['2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'],
      [{}, 3],
    ])
      assert.equal(windowFrom(start, end), undefined, `${String(start)} ${String(end)}`);
  });

  it('bulk cards count right: one meeting is "this meeting" / "Cancel it", never "these 1 meetings"', () => {
    for (const [a, one, many] of [
      [en('UTC'), /^Cancel this meeting\?/, /^Cancel these 2 meetings\?/],
      [de, /^Diese Besprechung absagen\?/, /^Diese 2 Besprechungen absagen\?/],
    ] as const) {
      const single = bulkCancelCard(a, { cancellable: [meeting()], notYours: [], ticket: 'T'.repeat(22), commentMaxLength: 500 });
      assert.match(cardText(single), one);
      assert.ok(!/\b1 (meetings|Besprechungen)\b|all 1|Alle 1/.test(cardText(single)), cardText(single));
      const two = bulkCancelCard(a, {
        cancellable: [meeting(), meeting({ id: 'e2' })],
        notYours: [],
        ticket: 'T'.repeat(22),
        commentMaxLength: 500,
      });
      assert.match(cardText(two), many);
    }
    // Only meetings of others: no "these 0 meetings", no cancel button, a Decline on each.
    const attended = meeting({ isOrganizer: false, organizer: { name: 'Megan Bowen', email: 'MeganB@contoso.onmicrosoft.com' } });
    const none = bulkCancelCard(en('UTC'), { cancellable: [], notYours: [attended], ticket: 'T'.repeat(22), commentMaxLength: 500 });
    assert.match(cardText(none), /^None of these meetings is yours to cancel\./);
    assert.deepEqual(submitData(none), [{ verb: 'offerDecline', meetingId: 'evt-1' }]);
  });

  it('a declined card without a message says the organizer got none; a cancelled one says the attendees got none', () => {
    const a = en('UTC');
    const declined = outcomeCard(a, { kind: 'declined', meeting: summarize(meeting({ isOrganizer: false })), comment: '' }, 500);
    assert.match(cardText(declined), /Alex Wilber was notified, with no message from you\./);
    const invited = meeting({
      attendees: [{ name: 'Megan Bowen', email: 'MeganB@contoso.onmicrosoft.com', type: 'required', response: 'none' }],
    });
    const cancelled = outcomeCard(a, { kind: 'cancelled', meeting: summarize(invited), scope: 'occurrence', comment: '' }, 500);
    assert.match(cardText(cancelled), /Attendees were notified, with no message from you\./);
  });

  it('a cancelled appointment nobody else was invited to (rooms aside) says nobody was notified, in both languages, even with a message typed', () => {
    const room = meeting({
      attendees: [{ name: 'Room 4.12', email: 'room412@contoso.onmicrosoft.com', type: 'resource', response: 'accepted' }],
    });
    for (const [a, words] of [
      [en('UTC'), /Nobody else was invited, so nobody was notified\./],
      [de, /Außer dir war niemand eingeladen, also wurde niemand benachrichtigt\./],
    ] as const) {
      const text = cardText(
        outcomeCard(a, { kind: 'cancelled', meeting: summarize(room), scope: 'occurrence', comment: 'typed anyway' }, 500),
      );
      assert.match(text, words);
      assert.doesNotMatch(text, /typed anyway/);
    }
    // A summary kept before the count existed still says what it always said.
    const { invited: _, ...old } = summarize(room);
    assert.match(
      cardText(outcomeCard(en('UTC'), { kind: 'cancelled', meeting: old, scope: 'occurrence', comment: '' }, 500)),
      /Attendees were notified/,
    );
  });

  it('help ends with its closing sentence on a paragraph of its own, not inside the last bullet', () => {
    for (const locale of ['en-US', 'de-DE']) {
      const lines = catalogFor(locale).help.split('\n');
      const last = lines.length - 1;
      assert.ok(!lines[last].startsWith('-'), locale);
      assert.ok(lines[last - 1] === '', locale);
      assert.ok(lines[last - 2].startsWith('- '), locale);
    }
  });
});
