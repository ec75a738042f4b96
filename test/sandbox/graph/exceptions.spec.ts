import assert from 'node:assert/strict';
import { createCalendarWorld, SeedError } from '../../../dev/sandbox/graph';
import { defaultSeed } from '../../../dev/sandbox/seed/default-seed';
import type { CalendarWorld } from '../../../dev/sandbox/http/contract';
import { ALEX, defaultWorld, findBySubject, graphOf, mailboxOf, MEGAN, NOW, WEEK } from './support/world-calls';

/** Friday's standup (15:00 PST) in the pattern, and where it is moved: Saturday 10:00 PST (no standup at weekends). */
const FRIDAY = '2026-03-06T23:00:00Z';
const SATURDAY_10 = { dateTime: '2026-03-07T18:00:00', timeZone: 'UTC' };
const SATURDAY_1030 = { dateTime: '2026-03-07T18:30:00', timeZone: 'UTC' };

const startsOf = (events: any[]) => events.map((e) => e.start.dateTime);

/**
 * Occurrences changed on their own (resources/event.md: type "exception", `originalStart`, the
 * series' seriesMasterId; event-update.md: PATCH on an occurrence's id), as calendarView and GET show them.
 */
describe('sandbox exceptions: an occurrence moved or renamed on its own', () => {
  let world: CalendarWorld;
  let call: ReturnType<typeof graphOf>;
  beforeEach(() => {
    world = defaultWorld();
    call = graphOf(world);
  });

  async function fridayStandup(as = ALEX): Promise<any> {
    const friday = (await findBySubject(call, as, 'Daily standup')).find((e) => e.start.dateTime.startsWith('2026-03-06T23:00'));
    assert.ok(friday, 'Friday standup in the week');
    return friday;
  }

  it('PATCH on an occurrence: 200, same id and series, type exception with originalStart; the view lists it at its new time only', async () => {
    const friday = await fridayStandup();
    assert.equal(friday.type, 'occurrence');
    assert.equal(friday.originalStart, FRIDAY, 'an occurrence has its place in the pattern too');
    const answer = await call(ALEX, 'PATCH', `/me/events/${friday.id}`, { body: { start: SATURDAY_10, end: SATURDAY_1030 } });
    assert.equal(answer.status, 200);
    assert.deepEqual(
      [answer.body.id, answer.body.type, answer.body.seriesMasterId, answer.body.originalStart, answer.body.start.dateTime],
      [friday.id, 'exception', friday.seriesMasterId, FRIDAY, '2026-03-07T18:00:00.0000000'],
    );
    const standups = await findBySubject(call, ALEX, 'Daily standup');
    assert.ok(!startsOf(standups).some((s) => s.startsWith('2026-03-06')), 'nothing left on Friday');
    const moved = standups.filter((e) => e.id === friday.id);
    assert.deepEqual(
      moved.map((e) => [e.type, e.start.dateTime, e.end.dateTime]),
      [['exception', '2026-03-07T18:00:00.0000000', '2026-03-07T18:30:00.0000000']],
    );
    assert.equal(standups.filter((e) => e.start.dateTime.startsWith('2026-03-09')).length, 1, 'Monday keeps its own, one standup');
    const read = await call(ALEX, 'GET', `/me/events/${friday.id}`);
    assert.deepEqual(
      [read.body.type, read.body.start.dateTime, read.body.originalStart],
      ['exception', '2026-03-07T18:00:00.0000000', FRIDAY],
    );
    const master = await call(ALEX, 'GET', `/me/events/${friday.seriesMasterId}`);
    assert.equal(master.body.type, 'seriesMaster');
    assert.equal(master.body.originalStart, undefined, 'not returned for a series master or single instance');
  });

  it("the organizer's move reaches an attendee's copy of that occurrence; a renamed occurrence keeps the series' name elsewhere", async () => {
    const friday = await fridayStandup();
    await call(ALEX, 'PATCH', `/me/events/${friday.id}`, {
      body: { subject: 'Standup (Friday demo)', start: SATURDAY_10, end: SATURDAY_1030 },
    });
    const hers = (await findBySubject(call, MEGAN, 'Standup (Friday demo)'))[0];
    assert.deepEqual([hers.type, hers.start.dateTime, hers.originalStart], ['exception', '2026-03-07T18:00:00.0000000', FRIDAY]);
    assert.equal((await findBySubject(call, ALEX, 'Standup (Friday demo)')).length, 1);
    assert.ok((await findBySubject(call, ALEX, 'Daily standup')).length >= 4, 'the other occurrences keep the series name');
  });

  it('an exception is cancelled alone (attendees see it cancelled at its new time); a series cancel takes it along', async () => {
    const friday = await fridayStandup();
    await call(ALEX, 'PATCH', `/me/events/${friday.id}`, { body: { start: SATURDAY_10, end: SATURDAY_1030 } });
    assert.equal((await call(ALEX, 'POST', `/me/events/${friday.id}/cancel`, { body: { comment: 'No demo' } })).status, 202);
    assert.ok(!(await findBySubject(call, ALEX, 'Daily standup')).some((e) => e.id === friday.id));
    const hers = (await findBySubject(call, MEGAN, 'Daily standup')).find((e) => e.originalStart === FRIDAY);
    assert.deepEqual([hers?.isCancelled, hers?.start.dateTime], [true, '2026-03-07T18:00:00.0000000']);
    assert.equal(mailboxOf(world, 'MeganB').inbox.at(-1)?.comment, 'No demo');

    const again = await fridayStandup().catch(() => undefined);
    assert.equal(again, undefined, 'nothing on Friday either');
    const [monday] = await findBySubject(call, ALEX, 'Daily standup');
    assert.equal((await call(ALEX, 'POST', `/me/events/${monday.seriesMasterId}/cancel`, { body: {} })).status, 202);
    assert.equal((await findBySubject(call, ALEX, 'Daily standup')).length, 0);
    assert.equal((await call(ALEX, 'GET', `/me/events/${friday.id}`)).status, 404);
  });

  it('event-update.md: a move to or past the day of a neighbouring occurrence is 400 ErrorOccurrenceCrossingBoundary, and changes nothing', async () => {
    const friday = await fridayStandup();
    const before = JSON.stringify(mailboxOf(world, 'AlexW'));
    for (const [start, end] of [
      ['2026-03-09T17:00:00', '2026-03-09T17:15:00'], // Monday 10:00: the day of the next one
      ['2026-03-05T18:00:00', '2026-03-05T18:15:00'], // Thursday 10:00: the day of the previous one
      ['2026-03-07T18:00:00', '2026-03-09T18:00:00'], // from Saturday into Monday
    ]) {
      const answer = await call(ALEX, 'PATCH', `/me/events/${friday.id}`, {
        body: { start: { dateTime: start, timeZone: 'UTC' }, end: { dateTime: end, timeZone: 'UTC' } },
      });
      assert.deepEqual(
        [answer.status, answer.error?.code, answer.error?.message],
        [400, 'ErrorOccurrenceCrossingBoundary', 'Modified occurrence is crossing or overlapping adjacent occurrence.'],
      );
    }
    assert.equal(JSON.stringify(mailboxOf(world, 'AlexW')), before);
    const earlier = await call(ALEX, 'PATCH', `/me/events/${friday.id}`, {
      body: { start: { dateTime: '2026-03-06T17:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-03-06T17:15:00', timeZone: 'UTC' } },
    });
    assert.equal(earlier.status, 200, 'the same day, earlier, is fine');
  });

  it('an end before the start of the occurrence is a 400 and changes nothing', async () => {
    const friday = await fridayStandup();
    const answer = await call(ALEX, 'PATCH', `/me/events/${friday.id}`, {
      body: { end: { dateTime: '2026-03-06T22:00:00', timeZone: 'UTC' } },
    });
    assert.deepEqual([answer.status, answer.error?.code], [400, 'ErrorInvalidRequest']);
    assert.equal((await fridayStandup()).type, 'occurrence');
  });

  it('a seed can hold exceptions; one naming no occurrence of its series is a SeedError', async () => {
    const seed = defaultSeed(NOW);
    const standup = seed.events.find((e) => e.subject === 'Daily standup')!;
    const seeded = createCalendarWorld({
      now: NOW,
      seed: {
        ...seed,
        events: [
          ...seed.events.filter((e) => e !== standup),
          { ...standup, exceptions: [{ originalStart: '2026-03-06T15:00:00-08:00', start: SATURDAY_10, end: SATURDAY_1030 }] },
        ],
      },
    });
    const view = (await graphOf(seeded)(ALEX, 'GET', `/me/calendarView?${WEEK}`)).body.value.filter((e: any) => e.originalStart === FRIDAY);
    assert.deepEqual(
      view.map((e: any) => [e.type, e.start.dateTime]),
      [['exception', '2026-03-07T18:00:00.0000000']],
    );
    assert.throws(
      () =>
        createCalendarWorld({
          now: NOW,
          seed: {
            ...seed,
            events: [{ ...standup, exceptions: [{ originalStart: '2026-03-07T23:00:00Z', start: SATURDAY_10, end: SATURDAY_1030 }] }],
          },
        }),
      SeedError,
    );
  });
});
