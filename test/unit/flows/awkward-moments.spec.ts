import { strict as assert } from 'node:assert';
import { MemoryStorage } from 'botbuilder';
import { DateTime } from 'luxon';
import { answerText, showMeetings, type FlowUser, type View } from '../../../src/flows';
import { FakeCalendar, flowDepsFor, meeting } from './fake-calendar';

/**
 * "today", "tomorrow", "Friday" and clock times at the edges of the user's day, in zones nobody here
 * lives in, and on DST switch days: the flows given a fixed now (the bot's clock is the real one).
 */
const ZONES = ['Asia/Kolkata', 'Pacific/Kiritimati', 'America/St_Johns', 'Australia/Lord_Howe', 'Europe/Berlin'];

/** Nights at 23:30 before a DST switch (the next day has 23, 23.5 or 25 hours), besides an ordinary Thursday. */
const SWITCH_EVES: Record<string, string[]> = {
  'Europe/Berlin': ['2026-03-28T23:30', '2026-10-24T23:30'],
  'Australia/Lord_Howe': ['2026-04-04T23:30', '2026-10-03T23:30'],
  'America/St_Johns': ['2026-03-07T23:30', '2026-10-31T23:30'],
};

function world(zone: string, nowLocal: string) {
  const now = DateTime.fromISO(nowLocal, { zone });
  const today = now.startOf('day');
  const at = (day: number, hour: number, minute = 0) => today.plus({ days: day }).set({ hour, minute });
  const timed = (subject: string, from: DateTime, minutes = 30) =>
    meeting({ subject, start: from.toUTC().toISO()!, end: from.plus({ minutes }).toUTC().toISO()! });
  const meetings = [
    timed('Eleven PM', at(0, 23), 60), // 23:00-00:00: at 23:30 it has started
    timed('Quarter to midnight', at(0, 23, 45)),
    timed('Quarter past midnight', at(1, 0, 15)),
    timed('Nine tomorrow', at(1, 9)),
    timed('Late tomorrow', at(1, 23, 45)),
    timed('Day after', at(2, 10)),
  ];
  const calendar = new FakeCalendar(meetings, zone);
  const deps = flowDepsFor(calendar, now.toJSDate(), new MemoryStorage(), async () => undefined);
  const user: FlowUser = { id: 'u', tenantId: 't', conversationId: `c-${zone}-${nowLocal}`, locale: 'en-US', timeZone: zone };
  return { deps, user, now, meetings };
}

const subjects = (view: View): string[] => {
  if (view.kind === 'list') return view.meetings.map((m) => m.subject);
  if (view.kind === 'choose') return view.candidates.map((c) => c.meeting.subject);
  if (view.kind === 'confirmCancel') return [view.meeting.subject];
  return [`(${view.kind})`];
};

describe('flows at the edges of the user\'s day: "today", "tomorrow", "Friday", clock times', () => {
  for (const zone of ZONES)
    describe(zone, () => {
      for (const night of ['2026-12-03T23:30', ...(SWITCH_EVES[zone] ?? [])])
        it(`at 23:30 (${night.slice(0, 10)}), "today" is what is left of today, "tomorrow" the next local day; a clock time is its next occurrence`, async () => {
          const { deps, user, now } = world(zone, night);
          const next = now.plus({ days: 1 });
          assert.deepEqual(subjects(await answerText(deps, user, 'show my meetings today')), ['Quarter to midnight']);
          // A meeting running into tomorrow is on its list too (as in the user's calendar's day view).
          assert.deepEqual(subjects(await answerText(deps, user, 'show my meetings tomorrow')), [
            'Quarter to midnight',
            'Quarter past midnight',
            'Nine tomorrow',
            'Late tomorrow',
          ]);
          const named = await answerText(deps, user, `show my meetings on ${next.setLocale('en-US').toFormat('cccc')}`);
          assert.ok(named.kind === 'list' && named.span.kind === 'day' && named.span.date === next.toISODate(), JSON.stringify(named));
          assert.deepEqual(subjects(named), subjects(await answerText(deps, user, 'show my meetings tomorrow')));
          assert.deepEqual(subjects(await answerText(deps, user, 'cancel my 9am meeting')), ['Nine tomorrow']);
          // Two meetings at 11:45 PM this week: tonight's, 15 minutes ahead, comes first.
          assert.deepEqual(subjects(await answerText(deps, user, 'cancel my 11:45pm meeting')), ['Quarter to midnight', 'Late tomorrow']);
          assert.deepEqual(subjects(await answerText(deps, user, 'cancel my 11:45pm meeting tomorrow')), ['Late tomorrow']);
          assert.deepEqual(subjects(await answerText(deps, user, 'cancel my 12:15am meeting')), ['Quarter past midnight']);
          // Started meetings are not offered; the week's list starts now.
          assert.deepEqual(subjects(await showMeetings(deps, user)).slice(0, 2), ['Quarter to midnight', 'Quarter past midnight']);
        });

      it('at 00:30, "today" is the day just begun, "tomorrow" the one after, "Friday" said on a Friday is today', async () => {
        const { deps, user } = world(zone, '2026-12-04T00:30');
        // This world's "today" is Friday: its meetings start at 23:00 and 23:45 tonight.
        const today = await answerText(deps, user, 'show my meetings today');
        assert.ok(today.kind === 'list' && today.span.kind === 'day' && today.span.date === '2026-12-04', JSON.stringify(today));
        assert.deepEqual(subjects(today), ['Eleven PM', 'Quarter to midnight']);
        const tomorrow = await answerText(deps, user, 'show my meetings tomorrow');
        assert.ok(
          tomorrow.kind === 'list' && tomorrow.span.kind === 'day' && tomorrow.span.date === '2026-12-05',
          JSON.stringify(tomorrow),
        );
        assert.deepEqual(subjects(tomorrow), ['Quarter to midnight', 'Quarter past midnight', 'Nine tomorrow', 'Late tomorrow']);
        const friday = await answerText(deps, user, 'show my meetings on Friday');
        assert.ok(friday.kind === 'list' && friday.span.kind === 'day' && friday.span.date === '2026-12-04', JSON.stringify(friday));
      });
    });
});

describe('"this weekend" is Saturday and Sunday of the user\'s week, said on any day of it, in en and de', () => {
  const listed = async (zone: string, nowLocal: string, text: string, locale = 'en-US') => {
    const { deps, user } = world(zone, nowLocal);
    const view = await answerText(deps, { ...user, locale }, text);
    assert.ok(view.kind === 'list', JSON.stringify(view));
    return view.span;
  };
  for (const zone of ['Asia/Kolkata', 'Pacific/Kiritimati', 'Europe/Berlin']) {
    it(`${zone}: on Friday night the coming weekend; on Sunday what is left of it; "next weekend" the one after`, async () => {
      const weekend = { kind: 'days', first: '2026-12-05', last: '2026-12-06' };
      assert.deepEqual(await listed(zone, '2026-12-04T23:30', 'show my meetings this weekend'), weekend);
      assert.deepEqual(await listed(zone, '2026-12-03T09:00', 'show my meetings on the weekend'), weekend);
      assert.deepEqual(await listed(zone, '2026-12-04T23:30', 'zeig meine Termine am Wochenende', 'de-DE'), weekend);
      assert.deepEqual(await listed(zone, '2026-12-01T09:00', 'zeig meine Termine am kommenden Wochenende', 'de-DE'), weekend);
      assert.deepEqual(await listed(zone, '2026-12-06T00:30', 'show my meetings this weekend'), { kind: 'day', date: '2026-12-06' });
      assert.deepEqual(await listed(zone, '2026-12-06T00:30', 'zeig meine Termine dieses Wochenende', 'de-DE'), {
        kind: 'day',
        date: '2026-12-06',
      });
      // Said on Saturday night: Saturday (what is left of it) and Sunday.
      assert.deepEqual(await listed(zone, '2026-12-05T23:30', 'show my meetings this weekend'), weekend);
      const next = { kind: 'days', first: '2026-12-12', last: '2026-12-13' };
      assert.deepEqual(await listed(zone, '2026-12-03T09:00', 'show my meetings next weekend'), next);
      assert.deepEqual(await listed(zone, '2026-12-03T09:00', 'zeig meine Termine nächstes Wochenende', 'de-DE'), next);
    });
  }
});
