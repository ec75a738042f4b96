import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { catalogFor, formatClock, formatMoment, formatWhen } from '../../../src/i18n';

/**
 * What formatWhen said when it formatted through luxon (before issue 13): the text must not change.
 * One exception, normalised here: in UTC only, luxon took another path and wrote a narrow no-break
 * space before AM/PM; now every zone writes what Intl writes (as luxon did in every other zone).
 */
function throughLuxon(start: string, end: string, zone: string, locale: string): string {
  const s = DateTime.fromISO(start, { zone }).setLocale(locale);
  const e = DateTime.fromISO(end, { zone }).setLocale(locale);
  // A 12-hour clock as is, a 24-hour clock with two digits (en-GB "00:30"); an end at the midnight closing the first day is that day's.
  const time = { hour: ['en-US'].includes(locale) ? 'numeric' : '2-digit', minute: '2-digit' } as const;
  const day = (d: DateTime) => d.toLocaleString({ weekday: 'short', month: 'short', day: 'numeric' });
  // Six days or more: the end's date too.
  const date = e.diff(s, 'days').days < 6 ? {} : ({ month: 'short', day: 'numeric' } as const);
  // A time in an hour a DST change repeats names two instants: its zone's short name says which (luxon's own reading).
  const named = (d: DateTime) => (d.getPossibleOffsets().length > 1 ? ({ timeZoneName: 'short' } as const) : {});
  const endText = e.minus({ milliseconds: 1 }).hasSame(s, 'day')
    ? e.toLocaleString({ ...time, ...named(e) })
    : e.toLocaleString({ weekday: 'short', ...date, ...time, ...named(e) });
  return `${day(s)}, ${s.toLocaleString({ ...time, ...named(s) })} – ${endText}`.replace(/\u202f/g, ' ');
}

describe('formatWhen with cached Intl formatters', () => {
  it('says what luxon said, across zones, locales, midnights and DST changes', () => {
    const zones = ['America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC', 'Pacific/Kiritimati'];
    const locales = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP'];
    // Around the 2026 DST changes (Mar 8 / Mar 29 / Oct 25 / Nov 1) and ordinary days, 15 min to 26 h long.
    const starts = [
      '2026-03-08T09:30:00.000Z',
      '2026-03-29T00:45:00.000Z',
      '2026-10-25T00:15:00.000Z',
      '2026-11-01T08:00:00.000Z',
      '2026-12-01T23:30:00.000Z',
    ];
    const lengths = [15, 30, 90, 24 * 60 + 120, 8 * 24 * 60];
    let compared = 0;
    for (const zone of zones)
      for (const locale of locales)
        for (const start of starts)
          for (const minutes of lengths) {
            const end = new Date(Date.parse(start) + minutes * 60_000).toISOString();
            const said = formatWhen({ start, end, isAllDay: false }, zone, locale, catalogFor(locale));
            assert.equal(said, throughLuxon(start, end, zone, locale), `${start} +${minutes} min in ${zone}, ${locale}`);
            compared++;
          }
    assert.equal(compared, zones.length * locales.length * starts.length * lengths.length);
  });

  it('a time with an offset is the same instant; a time without one is read in the user zone, as luxon reads it', () => {
    const withOffset = formatWhen(
      { start: '2026-12-01T16:00:00+01:00', end: '2026-12-01T17:00:00+01:00', isAllDay: false },
      'UTC',
      'en-US',
      catalogFor('en-US'),
    );
    assert.equal(withOffset, 'Tue, Dec 1, 3:00 PM – 4:00 PM');
    const local = formatWhen(
      { start: '2026-12-01T15:00:00', end: '2026-12-01T16:00:00', isAllDay: false },
      'Europe/Berlin',
      'en-US',
      catalogFor('en-US'),
    );
    assert.equal(local, 'Tue, Dec 1, 3:00 PM – 4:00 PM');
  });
});

describe("formatWhen: the user's clock, midnights and dates", () => {
  const when = (start: string, end: string, zone: string, locale: string, isAllDay = false) =>
    formatWhen({ start, end, isAllDay }, zone, locale, catalogFor(locale));

  it('writes a 24-hour clock with two digits whatever the language (en-GB "00:30", never "0:30"), a 12-hour clock as is', () => {
    const [start, end] = ['2026-12-01T00:30:00.000Z', '2026-12-01T01:00:00.000Z'];
    assert.equal(when(start, end, 'UTC', 'en-GB'), 'Tue 1 Dec, 00:30 – 01:00');
    assert.equal(when(start, end, 'UTC', 'en-IE'), 'Tue, 1 Dec, 00:30 – 01:00');
    assert.equal(when(start, end, 'UTC', 'de-DE'), 'Di., 1. Dez., 00:30 – 01:00');
    assert.equal(when(start, end, 'UTC', 'en-US'), 'Tue, Dec 1, 12:30 AM – 1:00 AM');
    assert.equal(when(start, end, 'Asia/Kolkata', 'en-IN'), 'Tue, 1 Dec, 6:00 am – 6:30 am');
    assert.equal(formatClock(0, 30, 'en-GB'), '00:30');
    assert.equal(formatClock(15, 0, 'en-US'), '3:00 PM');
    assert.equal(formatClock(9, 5, 'de-DE'), '09:05');
  });

  it('a meeting ending at the midnight that closes its day stays on that day; one running past it names the next day', () => {
    // 23:00-00:00 and 23:30-00:30 in Kolkata (+05:30).
    assert.equal(when('2026-12-01T17:30:00.000Z', '2026-12-01T18:30:00.000Z', 'Asia/Kolkata', 'en-US'), 'Tue, Dec 1, 11:00 PM – 12:00 AM');
    assert.equal(
      when('2026-12-01T18:00:00.000Z', '2026-12-01T19:00:00.000Z', 'Asia/Kolkata', 'en-US'),
      'Tue, Dec 1, 11:30 PM – Wed 12:30 AM',
    );
    assert.equal(when('2026-12-01T18:00:00.000Z', '2026-12-01T19:00:00.000Z', 'Asia/Kolkata', 'de-DE'), 'Di., 1. Dez., 23:30 – Mi., 00:30');
    // A week or more: the end's weekday alone would read as the start's day; it gets its date.
    assert.equal(
      when('2026-12-07T17:00:00.000Z', '2026-12-15T01:00:00.000Z', 'America/Los_Angeles', 'en-US'),
      'Mon, Dec 7, 9:00 AM – Mon, Dec 14, 5:00 PM',
    );
    assert.equal(
      when('2026-12-07T08:00:00.000Z', '2026-12-14T16:00:00.000Z', 'Europe/Berlin', 'de-DE'),
      'Mo., 7. Dez., 09:00 – Mo., 14. Dez., 17:00',
    );
    assert.equal(
      when('2026-12-07T17:00:00.000Z', '2026-12-13T01:00:00.000Z', 'America/Los_Angeles', 'en-US'),
      'Mon, Dec 7, 9:00 AM – Sat 5:00 PM',
    );
    // Till midnight a day later: that day is named.
    assert.equal(
      when('2026-12-01T17:30:00.000Z', '2026-12-02T18:30:00.000Z', 'Asia/Kolkata', 'en-US'),
      'Tue, Dec 1, 11:00 PM – Thu 12:00 AM',
    );
  });

  it("times on DST switch days are the wall clock of that day: Lord Howe moves half an hour, Berlin and St John's an hour", () => {
    // Lord Howe, Sun Oct 4 2026: 02:00 +10:30 becomes 02:30 +11. A meeting 01:30-03:00 local lasts an hour.
    assert.equal(
      when('2026-10-03T15:00:00.000Z', '2026-10-03T16:00:00.000Z', 'Australia/Lord_Howe', 'en-US'),
      'Sun, Oct 4, 1:30 AM – 3:00 AM',
    );
    // Berlin, Sun Oct 25 2026: 03:00 CEST becomes 02:00 CET; 02:30 happens twice (see the repeated hour below).
    assert.equal(
      when('2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z', 'Europe/Berlin', 'de-DE'),
      'So., 25. Okt., 02:30 MESZ – 02:30 MEZ',
    );
    // St John's, Sun Mar 8 2026: 02:00 NST becomes 03:00 NDT.
    assert.equal(
      when('2026-03-08T05:00:00.000Z', '2026-03-08T06:00:00.000Z', 'America/St_Johns', 'en-US'),
      'Sun, Mar 8, 1:30 AM – 3:30 AM',
    );
  });

  it('a time in the hour a DST change repeats says which pass it is (its zone name or offset), in any zone; other times do not', () => {
    // Berlin, Sun Oct 25 2026 (01:00 UTC): 02:00-03:00 twice. An hour-long meeting reads the same at both ends.
    assert.equal(
      when('2026-10-25T00:25:00.000Z', '2026-10-25T01:25:00.000Z', 'Europe/Berlin', 'en-US'),
      'Sun, Oct 25, 2:25 AM GMT+2 – 2:25 AM GMT+1',
    );
    assert.equal(
      when('2026-10-25T00:25:00.000Z', '2026-10-25T01:25:00.000Z', 'Europe/Berlin', 'en-GB'),
      'Sun 25 Oct, 02:25 CEST – 02:25 CET',
    );
    // Inside the repeated hour: the first pass and the second are told apart, though the second reads earlier.
    assert.equal(
      when('2026-10-25T00:20:00.000Z', '2026-10-25T00:50:00.000Z', 'Europe/Berlin', 'en-US'),
      'Sun, Oct 25, 2:20 AM GMT+2 – 2:50 AM GMT+2',
    );
    assert.equal(
      when('2026-10-25T01:10:00.000Z', '2026-10-25T01:40:00.000Z', 'Europe/Berlin', 'en-US'),
      'Sun, Oct 25, 2:10 AM GMT+1 – 2:40 AM GMT+1',
    );
    // Only the end in it: only the end says which.
    assert.equal(
      when('2026-10-24T23:30:00.000Z', '2026-10-25T01:30:00.000Z', 'Europe/Berlin', 'en-US'),
      'Sun, Oct 25, 1:30 AM – 2:30 AM GMT+1',
    );
    // New York, Sun Nov 1 2026 (06:00 UTC): 01:00-02:00 twice.
    assert.equal(
      when('2026-11-01T05:30:00.000Z', '2026-11-01T06:30:00.000Z', 'America/New_York', 'en-US'),
      'Sun, Nov 1, 1:30 AM EDT – 1:30 AM EST',
    );
    // Lord Howe, Sun Apr 5 2026 (15:00 UTC the day before): 02:00 +11 becomes 01:30 +10:30; 01:30-02:00 twice.
    assert.equal(
      when('2026-04-04T14:45:00.000Z', '2026-04-04T15:15:00.000Z', 'Australia/Lord_Howe', 'en-US'),
      'Sun, Apr 5, 1:45 AM GMT+11 – 1:45 AM GMT+10:30',
    );
    // Just outside the repeated half hour: nothing added.
    assert.equal(
      when('2026-04-04T14:00:00.000Z', '2026-04-04T14:25:00.000Z', 'Australia/Lord_Howe', 'en-US'),
      'Sun, Apr 5, 1:00 AM – 1:25 AM',
    );
    // A spring-forward night repeats nothing.
    assert.equal(when('2026-03-29T00:30:00.000Z', '2026-03-29T01:30:00.000Z', 'Europe/Berlin', 'en-US'), 'Sun, Mar 29, 1:30 AM – 3:30 AM');
    // A moment ("moved from", "cancelled on") in the repeated hour too.
    assert.equal(formatMoment('2026-10-25T01:25:00.000Z', 'Europe/Berlin', 'de-DE'), 'So., 25. Okt., 02:25 MEZ');
    assert.equal(formatMoment('2026-10-25T02:25:00.000Z', 'Europe/Berlin', 'de-DE'), 'So., 25. Okt., 03:25');
    // A time without an offset (read in the user zone, as luxon picks one of the two) says which it was read as.
    assert.match(
      when('2026-10-25T02:25:00', '2026-10-25T02:55:00', 'Europe/Berlin', 'en-US'),
      /^Sun, Oct 25, 2:25 AM (GMT\+[12]) – 2:55 AM \1$/,
    );
  });

  it('an all-day meeting is its dates in every zone, one day or several (the end is exclusive)', () => {
    for (const zone of ['Pacific/Kiritimati', 'America/St_Johns', 'Australia/Lord_Howe', 'UTC']) {
      assert.equal(when('2026-12-04', '2026-12-05', zone, 'en-US', true), 'Fri, Dec 4, all day');
      assert.equal(when('2026-12-04', '2026-12-07', zone, 'en-US', true), 'Fri, Dec 4 – Sun, Dec 6, all day');
      assert.equal(when('2026-12-04', '2026-12-07', zone, 'de-DE', true), 'Fr., 4. Dez. – So., 6. Dez., ganztägig');
    }
  });
});
