/**
 * What can go wrong with a user's calendar, in the domain's words. The Graph adapter turns Graph's
 * error envelope into these; flows reason about them; bot/ turns them into sentences.
 */
export class CalendarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The meeting is not (or no longer) on the user's calendar: cancelled, deleted, or never theirs. */
export class MeetingNotFoundError extends CalendarError {}

/**
 * Microsoft 365 refused the user the calendar a meeting is in (403): a delegation or a group
 * membership removed since, or a key into a mailbox that is not theirs. Nothing was sent.
 */
export class CalendarAccessDeniedError extends CalendarError {}

/** Only the organizer can cancel. `graphMessage` is Graph's own sentence, relayed to the user. */
export class OrganizerRequiredError extends CalendarError {
  constructor(readonly graphMessage: string) {
    super(graphMessage);
  }
}

/** Graph kept throttling after the retries it asked for. */
export class ThrottledError extends CalendarError {
  constructor(readonly retryAfterSeconds?: number) {
    super('Microsoft Graph is throttling requests');
  }
}

/**
 * The calendar's mailbox cannot be used through Graph: inactive, soft-deleted, hosted on-premises,
 * or its user has no Exchange Online license (Graph's 404 MailboxNotEnabledForRESTAPI).
 */
export class MailboxUnavailableError extends CalendarError {}

/** Graph is unavailable (5xx, timeouts, network). The outcome of a write is unknown. */
export class CalendarUnavailableError extends CalendarError {}

/**
 * Graph refused a write because the meeting was being changed at the same moment (409
 * ErrorIrresolvableConflict, 412 Precondition Failed): it answered, and nothing was done. Reads
 * treat it as any other unavailability.
 */
export class EditConflictError extends CalendarUnavailableError {}

/**
 * Graph answered a write with a refusal it explains (a 4xx other than the ones above: e.g. an action
 * it does not allow on this item): nothing was done, and only its own words say why. Reads treat it
 * as any other unavailability.
 */
export class RequestRefusedError extends CalendarUnavailableError {
  constructor(readonly graphMessage: string) {
    super(graphMessage);
  }
}

/**
 * A write (cancel, decline) was sent and no answer came back (a 5xx, a timeout, a dropped
 * connection), or Graph answered 429 (`throttled`: documented as "the requests fail", yet a
 * $batch step answered 429 has been seen to run, Microsoft Q&A 5529013): it may have run. Only a
 * re-read can tell; never report it as "nothing changed".
 */
export class OutcomeUnknownError extends CalendarError {
  constructor(
    message: string,
    readonly throttled = false,
  ) {
    super(message);
  }
}
