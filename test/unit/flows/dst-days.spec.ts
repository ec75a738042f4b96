import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { answerText, type FlowUser, type View } from '../../../src/flows';
import { catalogFor, formatWhen } from '../../../src/i18n';
import { FakeCalendar, flowDepsFor, meeting } from './fake-calendar';

/**
 * Days on which the user's clock jumps: Berlin's spring-forward (02:00 -> 03:00) and fall-back
 * (03:00 -> 02:00), St John's spring-forward at 02:00 (-03:30 -> -02:30), Lord Howe's half-hour
 * change (02:00 -> 01:30 in April, 02:00 -> 02:30 in October). For each: "today" and "tomorrow"
 * are that local day (23, 23.5, 24.5 or 25 hours), "tomorrow 9" is 09:00 on the clock after the
 * change, and a meeting from 01:30 to 03:30 on the clock (across the change) is on that day's list,
 * found by its local start, and written with its wall-clock times.
 */
const SWITCHES = [
  { zone: 'Europe/Berlin', date: '2027-03-28', hours: 23 },
  { zone: 'Europe/Berlin', date: '2027-10-31', hours: 25 },
  { zone: 'America/St_Johns', date: '2027-03-14', hours: 23 },
  { zone: 'America/St_Johns', date: '2027-11-07', hours: 25 },
  { zone: 'Australia/Lord_Howe', date: '2027-04-04', hours: 24.5 },
  { zone: 'Australia/Lord_Howe', date: '2026-10-04', hours: 23.5 },
];

/** A day as the cards write it: "Sun, Mar 28", "So., 28. März". */
const day = (d: DateTime, locale: string) => d.setLocale(locale).toLocaleString({ weekday: 'short', month: 'short', day: 'numeric' });

const listOf = (view: View) => {
  assert.equal(view.kind, 'list', view.kind);
  return view as Extract<View, { kind: 'list' }>;
};

for (const { zone, date, hours } of SWITCHES) {
  describe(`a DST switch day in the user's zone: ${zone} on ${date}`, () => {
    const local = (time: string, day = date) => DateTime.fromISO(`${day}T${time}`, { zone });
    const user: FlowUser = { id: 'u', tenantId: 't', conversationId: 'c', locale: 'en-US', timeZone: zone };
    const dayBefore = DateTime.fromISO(date).minus({ days: 1 }).toISODate()!;
    const across = () => meeting({ subject: 'Night shift', start: local('01:30').toUTC().toISO()!, end: local('03:30').toUTC().toISO()! });
    const nine = () => meeting({ subject: 'Nine', start: local('09:00').toUTC().toISO()!, end: local('09:30').toUTC().toISO()! });
    const setup = (now: DateTime) => {
      const meetings = [across(), nine()];
      return { deps: flowDepsFor(new FakeCalendar(meetings, zone), now.toJSDate()), meetings };
    };

    it(`"today" (from 00:30) and "tomorrow" (from the afternoon before) are the whole local day: ${hours} hours`, async () => {
      for (const [now, text] of [
        [local('00:30'), 'show my meetings today'],
        [local('15:00', dayBefore), 'show my meetings tomorrow'],
      ] as const) {
        const { deps } = setup(now);
        const list = listOf(await answerText(deps, user, text));
        assert.deepEqual(list.span, { kind: 'day', date });
        assert.ok(list.window);
        assert.equal((Date.parse(list.window.end) - Date.parse(list.window.start)) / 3_600_000, hours);
        assert.deepEqual(
          list.meetings.map((m) => m.subject),
          ['Night shift', 'Nine'],
        );
      }
    });

    it('"cancel my meeting tomorrow at 9" is 09:00 on the clock after the change; "cancel my 1:30am meeting" is the one across it', async () => {
      const { deps, meetings } = setup(local('15:00', dayBefore));
      const nineView = await answerText(deps, user, 'cancel my meeting tomorrow at 9');
      assert.equal(nineView.kind, 'confirmCancel', nineView.kind);
      assert.equal((nineView as Extract<View, { kind: 'confirmCancel' }>).meeting.id, meetings[1].id);
      const night = await answerText(deps, user, 'cancel my 1:30am meeting tomorrow');
      assert.equal(night.kind, 'confirmCancel', night.kind);
      assert.equal((night as Extract<View, { kind: 'confirmCancel' }>).meeting.id, meetings[0].id);
    });

    it('the meeting across the change is written with its wall-clock times, in English and German', () => {
      const m = across();
      // 01:30 in a repeated stretch (St John's and Lord Howe fall back over it) names two instants: its zone's name says which.
      const pass = (locale: string) => {
        const start = local('01:30').setLocale(locale);
        return start.getPossibleOffsets().length > 1 ? ` ${start.offsetNameShort}` : '';
      };
      assert.equal(formatWhen(m, zone, 'en-US', catalogFor('en')), `${day(local('01:30'), 'en-US')}, 1:30 AM${pass('en-US')} – 3:30 AM`);
      assert.equal(formatWhen(m, zone, 'de-DE', catalogFor('de')), `${day(local('01:30'), 'de-DE')}, 01:30${pass('de-DE')} – 03:30`);
    });
  });
}
