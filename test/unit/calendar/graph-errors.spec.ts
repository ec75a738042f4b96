import { strict as assert } from 'node:assert';
import { GraphError } from '@microsoft/microsoft-graph-client';
import {
  CalendarUnavailableError,
  EditConflictError,
  MeetingNotFoundError,
  OrganizerRequiredError,
  RequestRefusedError,
} from '../../../src/calendar/errors';
import { toCalendarError, writeMayHaveRun } from '../../../src/calendar/graph/graph-errors';

function graphError(statusCode: number, code: string, message: string): GraphError {
  const error = new GraphError(statusCode, message);
  error.code = code;
  return error;
}

/** Graph's answers to a write as the domain's errors: what the bot may then truthfully say. */
describe("Graph's refusals as domain errors", () => {
  it('a 4xx Graph explains only in its message (an action it does not allow here) is a refusal with that message, not "unreachable"', () => {
    for (const [status, code] of [
      [400, 'ErrorInvalidRequest'],
      [400, 'BadRequest'],
      [405, 'Request_BadRequest'],
    ] as const) {
      const error = toCalendarError(graphError(status, code, 'Your request cannot be completed.'));
      assert.ok(error instanceof RequestRefusedError, `${status} ${code}`);
      assert.equal(error.graphMessage, 'Your request cannot be completed.');
      assert.equal(writeMayHaveRun(graphError(status, code, 'x')), false, 'Graph answered: nothing ran');
    }
  });

  it('the refusals with their own meaning keep it', () => {
    assert.ok(
      toCalendarError(graphError(400, 'ErrorInvalidRequest', 'You need to be an organizer to cancel a meeting.')) instanceof
        OrganizerRequiredError,
    );
    assert.ok(toCalendarError(graphError(404, 'ErrorItemNotFound', 'x')) instanceof MeetingNotFoundError);
    assert.ok(toCalendarError(graphError(400, 'ErrorInvalidIdMalformed', 'x')) instanceof MeetingNotFoundError);
    assert.ok(toCalendarError(graphError(409, 'ErrorIrresolvableConflict', 'x')) instanceof EditConflictError);
    const down = toCalendarError(graphError(503, 'serviceNotAvailable', 'x'));
    assert.ok(down instanceof CalendarUnavailableError && !(down instanceof RequestRefusedError));
  });
});
