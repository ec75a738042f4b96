import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { catalogFor, formatWhen } from '../../../src/i18n';

/**
 * What formatWhen said when it formatted through luxon (before issue 13): the text must not change.
 * One exception, normalised here: in UTC only, luxon took another path and wrote a narrow no-break
 * space before AM/PM; now every zone writes what Intl writes (as luxon did in every other zone).
 */
function throughLuxon(start: string, end: string, zone: string, locale: string): string {
  const s = DateTime.fromISO(start, { zone }).setLocale(locale);
  const e = DateTime.fromISO(end, { zone }).setLocale(locale);
  const time = { hour: locale.startsWith('en') ? 'numeric' : '2-digit', minute: '2-digit' } as const;
  const day = (d: DateTime) => d.toLocaleString({ weekday: 'short', month: 'short', day: 'numeric' });
  const endText = e.hasSame(s, 'day') ? e.toLocaleString(time) : e.toLocaleString({ weekday: 'short', ...time });
  return `${day(s)}, ${s.toLocaleString(time)} – ${endText}`.replace(/\u202f/g, ' ');
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
    const lengths = [15, 90, 24 * 60 + 120];
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
