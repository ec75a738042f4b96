import { GraphClientError, GraphError } from '@microsoft/microsoft-graph-client';
import { SignInNeeded } from '../../auth/errors';
import {
  CalendarAccessDeniedError,
  CalendarError,
  CalendarUnavailableError,
  EditConflictError,
  MailboxUnavailableError,
  MeetingNotFoundError,
  OrganizerRequiredError,
  RequestRefusedError,
  ThrottledError,
} from '../errors';

/**
 * Graph's error envelope as a domain error. Branches on status and code, as Graph asks; the one
 * exception is the organizer refusal (400), identified only by its message (graph-facts.md).
 */
export function toCalendarError(error: unknown): Error {
  if (error instanceof CalendarError || error instanceof SignInNeeded) return error;
  // Raised while getting the token (sign-in, consent, the bot's own storage down): that error, as itself.
  if (error instanceof GraphClientError && error.customError instanceof Error) {
    return error.customError instanceof GraphError ? toCalendarError(error.customError) : error.customError;
  }
  if (!(error instanceof GraphError)) return new CalendarUnavailableError(`Graph could not be reached (${describe(error)})`);
  const status = error.statusCode;
  // No Exchange Online mailbox behind the path: not a meeting that is gone (graph-facts: MailboxNotEnabledForRESTAPI).
  if (error.code === 'MailboxNotEnabledForRESTAPI') return new MailboxUnavailableError(error.message);
  if (status === 404 || error.code === 'ErrorItemNotFound') return new MeetingNotFoundError(error.message);
  // An id Graph cannot even parse names no meeting of this user's.
  if (status === 400 && /^ErrorInvalidIdMalformed$|^ErrorInvalidId/.test(error.code ?? '')) return new MeetingNotFoundError(error.message);
  if (status === 400 && /organizer/i.test(error.message ?? '')) return new OrganizerRequiredError(error.message);
  if (status === 401) return new SignInNeeded('rejected', `Graph rejected the token (${error.code})`);
  // Another person's or a group's calendar the user may not (or no longer) use: said as such, never as "gone".
  if (status === 403 && error.code === 'ErrorAccessDenied') return new CalendarAccessDeniedError(error.message);
  if (status === 403) return new SignInNeeded('rejected', `Graph refused access (${error.code})`);
  if (status === 429) return new ThrottledError(retryAfter(error));
  // Graph answered: the item changed under the request (graph-facts: errors.md 409/412); nothing was done.
  if (status === 409 || status === 412) return new EditConflictError(`Graph answered ${status} (${error.code})`);
  if (status >= 500 || status === -1) return new CalendarUnavailableError(`Graph answered ${status} (${error.code})`);
  // Any other refusal (400 ErrorInvalidRequest, 405, ...): Graph answered, nothing was done, its message says why.
  if (status >= 400 && status < 500) return new RequestRefusedError(error.message || `${status} ${error.code ?? ''}`.trim());
  return new CalendarUnavailableError(`Graph answered ${status} (${error.code}): ${error.message}`);
}

/**
 * A token source's failure (SignInNeeded: sign-in, or consent for that access), as the Graph client
 * lets it through: it turns any other error thrown by the auth provider into a GraphError with
 * status -1 (losing what it was), but passes a GraphClientError on untouched.
 */
export function carriedThroughClient(error: unknown): GraphClientError {
  const carried = new GraphClientError(error instanceof Error ? error.message : String(error));
  carried.customError = error;
  return carried;
}

/** For a write: Graph did not say it refused (a 5xx or no answer at all), so it may have run. */
export function writeMayHaveRun(error: unknown): boolean {
  // Raised by the client before sending (no token: sign-in or consent needed): nothing went out.
  if (error instanceof GraphClientError) return false;
  if (!(error instanceof GraphError)) return true;
  return error.statusCode >= 500 || error.statusCode === -1;
}

function retryAfter(error: GraphError): number | undefined {
  const value = error.headers?.get('Retry-After');
  const seconds = value ? Number(value) : NaN;
  return Number.isFinite(seconds) ? seconds : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
