import assert from 'node:assert/strict';
import type { CalendarWorld } from '../../../dev/sandbox/http/contract';
import { ALEX, defaultWorld, findBySubject, graphOf, MEGAN, wholeWorld } from './support/world-calls';

describe('sandbox event update (event-update.md: PATCH .../events/{id})', () => {
  let world: CalendarWorld;
  let call: ReturnType<typeof graphOf>;
  beforeEach(() => {
    world = defaultWorld();
    call = graphOf(world);
  });

  it('"200 OK and the updated event"; properties not sent keep their values; the organizer\'s change reaches the attendees\' copies', async () => {
    const [oneOnOne] = await findBySubject(call, ALEX, '1:1 Alex / Megan');
    const answer = await call(ALEX, 'PATCH', `/me/events/${oneOnOne.id}`, {
      body: {
        subject: '1:1 moved',
        start: { dateTime: '2026-03-10T20:00:00', timeZone: 'UTC' },
        end: { dateTime: '2026-03-10T20:30:00', timeZone: 'UTC' },
      },
    });
    assert.equal(answer.status, 200);
    assert.equal(answer.body.id, oneOnOne.id, 'an update keeps the id');
    assert.equal(answer.body.subject, '1:1 moved');
    assert.equal(answer.body.start.dateTime, '2026-03-10T20:00:00.0000000');
    assert.deepEqual(answer.body.attendees, oneOnOne.attendees);
    assert.notEqual(answer.body['@odata.etag'], oneOnOne['@odata.etag'], 'a new change key');
    const read = await call(ALEX, 'GET', `/me/events/${oneOnOne.id}`);
    assert.equal(read.body.subject, '1:1 moved');
    const [hers] = await findBySubject(call, MEGAN, '1:1 moved');
    assert.equal(hers.start.dateTime, '2026-03-10T20:00:00.0000000');
  });

  it('an end before the start is a 400 and nothing changes; a property the sandbox does not model is a 501, never silently ignored', async () => {
    const [oneOnOne] = await findBySubject(call, ALEX, '1:1 Alex / Megan');
    const before = wholeWorld(world);
    const backwards = await call(ALEX, 'PATCH', `/me/events/${oneOnOne.id}`, {
      body: { end: { dateTime: '2020-01-01T00:00:00', timeZone: 'UTC' } },
    });
    assert.deepEqual([backwards.status, backwards.error?.code], [400, 'ErrorInvalidRequest']);
    const unmodelled = await call(ALEX, 'PATCH', `/me/events/${oneOnOne.id}`, { body: { showAs: 'free' } });
    assert.deepEqual([unmodelled.status, unmodelled.error?.code], [501, 'NotImplemented']);
    const badType = await call(ALEX, 'PATCH', `/me/events/${oneOnOne.id}`, { body: { subject: 42 } });
    assert.deepEqual([badType.status, badType.error?.code], [400, 'RequestBodyRead']);
    assert.equal(wholeWorld(world), before);
  });

  it('an id that is gone answers 404 ErrorItemNotFound', async () => {
    const [oneOnOne] = await findBySubject(call, ALEX, '1:1 Alex / Megan');
    await call(ALEX, 'POST', `/me/events/${oneOnOne.id}/cancel`, { body: {} });
    const answer = await call(ALEX, 'PATCH', `/me/events/${oneOnOne.id}`, { body: { subject: 'x' } });
    assert.deepEqual([answer.status, answer.error?.code], [404, 'ErrorItemNotFound']);
  });
});
