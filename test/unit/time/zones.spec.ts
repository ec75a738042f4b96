import { strict as assert } from 'node:assert';
import { DateTime, Settings } from 'luxon';
import { dateTimeTimeZoneToInstant, luxonZone, midnightOf, midnightsBetween, toIanaZone, wallClockAt } from '../../../src/time/zones';

/**
 * What luxon makes of a wall time, the earlier instant where a DST change repeats it. luxon starts
 * from the zone's offset at Settings.now(): asked in January and in July, it gives both instants.
 */
function luxonEarlier(read: () => DateTime): number {
  const now = Settings.now;
  try {
    return Math.min(
      ...[Date.UTC(2026, 0, 15), Date.UTC(2026, 6, 15)].map((at) => {
        Settings.now = () => at;
        return read().toMillis();
      }),
    );
  } finally {
    Settings.now = now;
  }
}

describe('time zones', () => {
  it('reads Graph times exactly as luxon does, across DST changes, in Windows and IANA zones', function () {
    // luxon, the reference, is the slow side of each comparison.
    this.timeout(60_000);
    const zones = ['Pacific Standard Time', 'W. Europe Standard Time', 'Europe/Berlin', 'Australia/Lord_Howe', 'America/St_Johns', 'UTC'];
    // 2026's DST changes (US, EU, Lord Howe's half hour), swept every 20 minutes, plus the whole year every 11 hours.
    const changes = ['2026-03-08', '2026-11-01', '2026-03-29', '2026-10-25', '2026-04-05', '2026-10-04'].map((d) =>
      Date.parse(`${d}T00:00:00Z`),
    );
    const instants: number[] = [];
    for (const day of changes) for (let t = day - 86_400_000; t < day + 2 * 86_400_000; t += 20 * 60_000) instants.push(t);
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 11 * 3_600_000) instants.push(t);
    let compared = 0;
    for (const name of zones) {
      for (const t of instants) {
        const dateTime = `${new Date(t).toISOString().slice(0, 19)}.0000000`;
        const expected = new Date(luxonEarlier(() => DateTime.fromISO(dateTime, { zone: toIanaZone(name)! }))).toISOString();
        assert.equal(dateTimeTimeZoneToInstant({ dateTime, timeZone: name }), expected, `${dateTime} in ${name}`);
        compared++;
      }
    }
    assert.ok(compared > 5_000);
  });

  it('local wall clocks, midnights of dates and the days of a range agree with luxon, across DST changes', function () {
    // luxon, the reference, is the slow side of each comparison.
    this.timeout(60_000);
    // America/Santiago and America/Havana change DST at midnight: some of their dates begin at 01:00.
    const zones = [
      'America/Los_Angeles',
      'Europe/Berlin',
      'Australia/Lord_Howe',
      'America/Santiago',
      'America/Havana',
      'Asia/Kolkata',
      'UTC',
    ];
    let compared = 0;
    for (const zone of zones) {
      for (let t = Date.UTC(2026, 0, 1, 0, 7); t < Date.UTC(2027, 0, 1); t += 3 * 3_600_000 + 60_000) {
        const local = DateTime.fromMillis(t, { zone });
        assert.equal(wallClockAt(t, zone).toISOString().slice(0, 16), local.toFormat("yyyy-MM-dd'T'HH:mm"), `${t} in ${zone}`);
        const date = local.toISODate()!;
        assert.equal(
          midnightOf(date, zone),
          luxonEarlier(() => DateTime.fromISO(date, { zone })),
          `${date} in ${zone}`,
        );
        compared++;
      }
      // A week from mid-afternoon: the 7 midnights after it, each as luxon reads that date in the zone.
      const from = DateTime.fromISO('2026-10-29T15:20:00', { zone });
      const expected = Array.from({ length: 7 }, (_, i) =>
        luxonEarlier(() => DateTime.fromISO(from.plus({ days: i + 1 }).toISODate()!, { zone })),
      );
      assert.deepEqual(midnightsBetween(from.toMillis(), from.plus({ days: 7 }).toMillis(), zone), expected, zone);
    }
    assert.ok(compared > 10_000);
    assert.deepEqual(midnightsBetween(Date.UTC(2026, 11, 1), Date.UTC(2026, 11, 1, 12), 'UTC'), [], 'no midnight inside half a day');
    assert.deepEqual(
      midnightsBetween(Date.UTC(2026, 11, 1), Date.UTC(2026, 11, 2), 'UTC'),
      [],
      'a range from midnight to midnight is one day',
    );
  });

  it('a wall time a DST change repeats is its earlier instant, a skipped one moves forward, whatever the time of year it is read in', () => {
    // Wall times in a zone (a seed's, or Graph's under a Prefer zone, which the bot no longer sends); read in winter, the repeated hour was the later one.
    const read = (dateTime: string, timeZone: string) => dateTimeTimeZoneToInstant({ dateTime: `${dateTime}.0000000`, timeZone });
    assert.equal(read('2027-10-31T02:30:00', 'W. Europe Standard Time'), '2027-10-31T00:30:00.000Z');
    assert.equal(read('2027-11-07T01:30:00', 'Pacific Standard Time'), '2027-11-07T08:30:00.000Z');
    assert.equal(read('2027-04-04T01:45:00', 'Australia/Lord_Howe'), '2027-04-03T14:45:00.000Z');
    assert.equal(read('2027-03-28T02:30:00', 'Europe/Berlin'), '2027-03-28T01:30:00.000Z', 'skipped: 03:30 CEST');
    assert.equal(read('2027-03-14T02:30:00', 'America/Los_Angeles'), '2027-03-14T10:30:00.000Z', 'skipped: 03:30 PDT');
    // Havana falls back at 01:00 to 00:00: its date begins at the first of two midnights.
    assert.equal(midnightOf('2026-11-01', 'America/Havana'), Date.parse('2026-11-01T04:00:00Z'));
  });

  it('refuses impossible times and unknown zones instead of guessing', () => {
    assert.throws(() => dateTimeTimeZoneToInstant({ dateTime: '2026-02-30T10:00:00', timeZone: 'UTC' }), /Unreadable dateTime/);
    assert.throws(() => dateTimeTimeZoneToInstant({ dateTime: '2026-12-01T25:00:00', timeZone: 'UTC' }), /Unreadable dateTime/);
    assert.throws(() => dateTimeTimeZoneToInstant({ dateTime: '2026-12-01T10:00:00', timeZone: 'Mars/Olympus' }), /Unknown time zone/);
    assert.equal(toIanaZone('Mars/Olympus'), undefined);
    assert.equal(toIanaZone('Mars/Olympus'), undefined, 'an unknown name stays unknown when asked again');
    assert.equal(toIanaZone(' W. Europe Standard Time '), 'Europe/Berlin');
  });

  it('names the zones of users nobody here has seen either way: Windows names (mailboxes, Graph) and IANA names (Teams clients)', () => {
    const windows: Record<string, string> = {
      'India Standard Time': 'Asia/Kolkata',
      'Lord Howe Standard Time': 'Australia/Lord_Howe',
      'Line Islands Standard Time': 'Pacific/Kiritimati',
      'Newfoundland Standard Time': 'America/St_Johns',
      'W. Europe Standard Time': 'Europe/Berlin',
    };
    for (const [name, iana] of Object.entries(windows)) {
      const zone = toIanaZone(name)!;
      // The same clock (windows-iana may answer an older alias, "Asia/Calcutta"), all year.
      for (const month of [1, 4, 7, 10]) {
        const at = Date.UTC(2026, month - 1, 15, 12);
        assert.equal(DateTime.fromMillis(at, { zone }).offset, DateTime.fromMillis(at, { zone: iana }).offset, `${name} in month ${month}`);
      }
      assert.equal(toIanaZone(iana), iana);
    }
    // +14 and half-hour offsets: midnight of a date is that zone's.
    assert.equal(new Date(midnightOf('2026-12-04', 'Pacific/Kiritimati')).toISOString(), '2026-12-03T10:00:00.000Z');
    assert.equal(new Date(midnightOf('2026-12-04', 'America/St_Johns')).toISOString(), '2026-12-04T03:30:00.000Z');
    assert.equal(new Date(midnightOf('2026-12-04', 'Australia/Lord_Howe')).toISOString(), '2026-12-03T13:00:00.000Z');
    // A midnight skipped by DST (Santiago, Sep 6 2026) is the first instant of that day: 01:00.
    assert.equal(new Date(midnightOf('2026-09-06', 'America/Santiago')).toISOString(), '2026-09-06T04:00:00.000Z');
  });

  it('builds no Intl formatter per call once a zone is known (the cost and the memory growth of issue 13)', () => {
    const Original = Intl.DateTimeFormat;
    let built = 0;
    const counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      built++;
      return new Original(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    Object.assign(counting, Original);
    const read = () => {
      for (let i = 0; i < 1000; i++) {
        toIanaZone('America/New_York');
        dateTimeTimeZoneToInstant({
          dateTime: `2026-12-0${1 + (i % 7)}T${String(i % 24).padStart(2, '0')}:30:00.0000000`,
          timeZone: 'Eastern Standard Time',
        });
      }
    };
    read();
    Intl.DateTimeFormat = counting;
    try {
      read();
    } finally {
      Intl.DateTimeFormat = Original;
    }
    assert.equal(built, 0);
  });
});

describe('luxonZone: luxon with remembered offsets gives what luxon with the zone name gives', () => {
  it('every 37 minutes of a year, across DST changes, in zones with odd offsets and midnight changes: same instants, days and wall clocks', function () {
    this.timeout(60_000);
    for (const zone of [
      'America/Los_Angeles',
      'Europe/Berlin',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'America/Santiago',
      'America/Havana',
      'UTC',
    ]) {
      const fast = luxonZone(zone);
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 37 * 60_000) {
        const a = DateTime.fromMillis(t, { zone });
        const b = DateTime.fromMillis(t, { zone: fast });
        if (a.toISO() !== b.toISO()) assert.fail(`${zone} ${new Date(t).toISOString()}: ${a.toISO()} vs ${b.toISO()}`);
        if (t % (12 * 37 * 60_000) === 0) {
          assert.equal(b.startOf('day').toISO(), a.startOf('day').toISO(), `${zone} start of day`);
          assert.equal(
            b.plus({ days: 1 }).set({ hour: 15 }).toMillis(),
            a.plus({ days: 1 }).set({ hour: 15 }).toMillis(),
            `${zone} 3pm tomorrow`,
          );
        }
      }
    }
  });

  it('a name luxon does not know stays a name (the DateTime is invalid, as before)', () => {
    assert.equal(luxonZone('Mars/Olympus'), 'Mars/Olympus');
    assert.equal(DateTime.now().setZone(luxonZone('Mars/Olympus')).isValid, false);
  });
});
