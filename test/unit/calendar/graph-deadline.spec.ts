import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CalendarUnavailableError, OutcomeUnknownError } from '../../../src/calendar/errors';
import { GraphCalendar } from '../../../src/calendar/graph';

/**
 * A Graph that takes the request and never answers: every call gives up at its deadline, a read as
 * "unavailable", a write as an unknown outcome (it may have run), so no write outlives its claim.
 */
describe('Graph calls have a deadline', () => {
  let server: Server;
  let endpoint: string;
  let requests = 0;

  before(async () => {
    server = createServer(() => void requests++); // never answers
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('a read that gets no answer fails as unavailable at the deadline; a write as an unknown outcome; a batch too', async () => {
    const calendar = new GraphCalendar(endpoint, async () => 'token', 300);
    const started = Date.now();
    await assert.rejects(calendar.getMeeting('AAMk-1'), CalendarUnavailableError);
    await assert.rejects(calendar.cancelMeeting('AAMk-1', 'sorry'), OutcomeUnknownError);
    const batch = await calendar.cancelMeetings(['AAMk-1', 'AAMk-2'], 'sorry');
    assert.ok(batch.every((outcome) => outcome instanceof OutcomeUnknownError));
    assert.ok(Date.now() - started < 5000, `gave up at the deadlines, took ${Date.now() - started} ms`);
    assert.equal(requests, 3, 'each call reached the server once');
  });
});
