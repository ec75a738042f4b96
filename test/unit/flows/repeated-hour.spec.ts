import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { coverRepeatedTimes, upcomingWindow } from '../../../src/calendar/window';
import { answerText, type FlowUser, type View } from '../../../src/flows';
import { FakeCalendar, flowDepsFor, meeting } from './fake-calendar';

/**
 * A fall-back night repeats an hour of wall time: Berlin 2027-10-31 02:00-03:00 (CEST, then CET), Havana
 * 2027-11-07 00:00-01:00 (midnight itself twice). A window the user named that starts or ends on such a wall time
 * covers both of its instants: it starts at the first and ends at the second, never losing an hour or a meeting.
 */
describe('a window that starts or ends in a repeated hour (DST fall-back)', () => {
  const iso = (ms: number) => new Date(ms).toISOString();

  it('ends at the later of the two instants and starts at the earlier; other windows stay as they are', () => {
    // 02:30 in Berlin on Oct 31 is 00:30Z (CEST) and 01:30Z (CET).
    assert.deepEqual(coverRepeatedTimes({ start: '2027-10-30T22:00:00.000Z', end: '2027-10-31T00:30:00.000Z' }, 'Europe/Berlin'), {
      start: '2027-10-30T22:00:00.000Z',
      end: '2027-10-31T01:30:00.000Z',
    });
    assert.deepEqual(coverRepeatedTimes({ start: '2027-10-31T01:15:00.000Z', end: '2027-10-31T05:00:00.000Z' }, 'Europe/Berlin'), {
      start: '2027-10-31T00:15:00.000Z',
      end: '2027-10-31T05:00:00.000Z',
    });
    // Havana: midnight of Nov 7 is 04:00Z (CDT) and 05:00Z (CST); a day ending at that midnight ends at the second.
    assert.deepEqual(coverRepeatedTimes({ start: '2027-11-06T04:00:00.000Z', end: '2027-11-07T04:00:00.000Z' }, 'America/Havana'), {
      start: '2027-11-06T04:00:00.000Z',
      end: '2027-11-07T05:00:00.000Z',
    });
    for (const [window, zone] of [
      [{ start: '2027-10-30T22:00:00.000Z', end: '2027-10-31T23:00:00.000Z' }, 'Europe/Berlin'],
      [{ start: '2027-03-27T23:00:00.000Z', end: '2027-03-28T22:00:00.000Z' }, 'Europe/Berlin'],
      [{ start: iso(Date.UTC(2027, 0, 1)), end: iso(Date.UTC(2027, 0, 2)) }, 'UTC'],
    ] as const) {
      assert.deepEqual(coverRepeatedTimes(window, zone), window);
    }
  });

  it('"the next 7 days" ending on a repeated midnight end at the second one; they start now', () => {
    const now = new Date('2027-10-30T16:00:00.000Z');
    assert.deepEqual(upcomingWindow(now, 'America/Havana', 7), { start: now.toISOString(), end: '2027-11-07T05:00:00.000Z' });
  });

  it('"the next 7 days" asked on a day whose midnight is skipped end at the midnight ending the last day, not an hour past it', () => {
    // Santiago springs forward at midnight 2028-09-03 (00:00 -> 01:00): the day begins at 01:00, later days at midnight.
    const now = new Date('2028-09-03T16:00:00.000Z');
    assert.deepEqual(upcomingWindow(now, 'America/Santiago', 1), { start: now.toISOString(), end: '2028-09-05T03:00:00.000Z' });
    // Havana springs forward at midnight 2028-03-12.
    const then = new Date('2028-03-12T13:00:00.000Z');
    assert.deepEqual(upcomingWindow(then, 'America/Havana', 7), { start: then.toISOString(), end: '2028-03-20T04:00:00.000Z' });
  });

  const listOf = (view: View) => {
    assert.equal(view.kind, 'list', JSON.stringify(view));
    return (view as Extract<View, { kind: 'list' }>).meetings.map((m) => m.subject);
  };

  it('Berlin: "until 2:30am" on the fall-back night lists the meetings of both 2:00-2:30 hours', async () => {
    const zone = 'Europe/Berlin';
    const user: FlowUser = { id: 'u', tenantId: 't', conversationId: 'c', locale: 'en-US', timeZone: zone };
    const meetings = [
      meeting({ subject: 'First two', start: '2027-10-31T00:10:00.000Z', end: '2027-10-31T00:20:00.000Z' }),
      meeting({ subject: 'Second two', start: '2027-10-31T01:10:00.000Z', end: '2027-10-31T01:20:00.000Z' }),
      meeting({ subject: 'Three', start: '2027-10-31T02:00:00.000Z', end: '2027-10-31T02:30:00.000Z' }),
    ];
    const now = DateTime.fromISO('2027-10-30T12:00', { zone }).toJSDate();
    const deps = flowDepsFor(new FakeCalendar(meetings, zone), now);
    assert.deepEqual(listOf(await answerText(deps, user, 'show my meetings tomorrow until 2:30am')), ['First two', 'Second two']);
    const de = { ...user, locale: 'de-DE' };
    assert.deepEqual(listOf(await answerText(deps, de, 'zeig meine Termine morgen bis 2:30 Uhr')), ['First two', 'Second two']);
  });

  it('Havana: "until 12:30am" on the night midnight repeats lists the meetings of both half hours', async () => {
    const zone = 'America/Havana';
    const user: FlowUser = { id: 'u', tenantId: 't', conversationId: 'c', locale: 'en-US', timeZone: zone };
    const meetings = [
      meeting({ subject: 'First midnight', start: '2027-11-07T04:05:00.000Z', end: '2027-11-07T04:15:00.000Z' }),
      meeting({ subject: 'Second midnight', start: '2027-11-07T05:05:00.000Z', end: '2027-11-07T05:15:00.000Z' }),
    ];
    const now = DateTime.fromISO('2027-11-06T12:00', { zone }).toJSDate();
    const deps = flowDepsFor(new FakeCalendar(meetings, zone), now);
    assert.deepEqual(listOf(await answerText(deps, user, 'show my meetings tomorrow until 12:30am')), [
      'First midnight',
      'Second midnight',
    ]);
  });
});
