import { GraphHttpError } from '../http/contract';

/** Graph's answers for calendar failures, in one place so each status/code/message is written once. */
export const graphErrors = {
  itemNotFound: () => new GraphHttpError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.'),
  accessDenied: () => new GraphHttpError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.'),
  /**
   * A user without a mailbox Graph can use (no Exchange Online license, on-premises, inactive): 404 with
   * this code and message, as reported in msgraph-sdk-javascript #1756, microsoft/MicrosoftCloud #41 and
   * docs-contrib #405 (guests); undocumented in the API reference.
   */
  mailboxNotEnabled: () =>
    new GraphHttpError(404, 'MailboxNotEnabledForRESTAPI', 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.'),
  invalidUser: (user: string) => new GraphHttpError(404, 'ErrorInvalidUser', `The requested user '${user}' is invalid.`),
  resourceNotFound: (id: string) =>
    new GraphHttpError(
      404,
      'Request_ResourceNotFound',
      `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
    ),
  /** event-cancel.md: an attendee gets 400 with this message; the code is undocumented (ErrorInvalidRequest, inferred). */
  organizerRequired: () =>
    new GraphHttpError(400, 'ErrorInvalidRequest', "Your request can't be completed. You need to be an organizer to cancel a meeting."),
  /** Inferred: Exchange's ErrorCalendarIsOrganizerForDecline (HTTP 400) with its EWS description; Graph does not document it. */
  organizerCannotDecline: () =>
    new GraphHttpError(
      400,
      'ErrorCalendarIsOrganizerForDecline',
      'The user is the organizer of this meeting, and cannot, therefore, decline it.',
    ),
  /**
   * event-update.md: moving an occurrence "to or before the day of the previous occurrence", or "to or
   * after the day of the following occurrence", is 400 with this code and message.
   */
  occurrenceCrossingBoundary: () =>
    new GraphHttpError(400, 'ErrorOccurrenceCrossingBoundary', 'Modified occurrence is crossing or overlapping adjacent occurrence.'),
  missingTimeWindow: () =>
    new GraphHttpError(
      400,
      'ErrorInvalidParameter',
      'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
    ),
  /** The 400 and its code are documented; the message is inferred. */
  timeWindowTooLong: () =>
    new GraphHttpError(
      400,
      'ErrorInvalidRequest',
      'The time window specified by the query string parameters StartDateTime and EndDateTime exceeds 1825 days.',
    ),
  /** Inferred wording, Graph's usual OData parse error. */
  invalidParameter: (name: string, value: string) =>
    new GraphHttpError(400, 'ErrorInvalidParameter', `The value '${value}' of parameter '${name}' is invalid.`),
  unknownProperty: (name: string) =>
    new GraphHttpError(400, 'RequestBroker--ParseUri', `Could not find a property named '${name}' on type 'microsoft.graph.event'.`),
  unknownPropertyOf: (name: string, type: string) =>
    new GraphHttpError(400, 'RequestBroker--ParseUri', `Could not find a property named '${name}' on type '${type}'.`),
  invalidQueryOption: (option: string, value: string) =>
    new GraphHttpError(400, 'BadRequest', `Invalid value '${value}' for query option '${option}'.`),
  /** OData's answer to an action body it cannot bind. */
  invalidActionParameter: (name: string, action: string) =>
    new GraphHttpError(
      400,
      'RequestBodyRead',
      `The parameter '${name}' in the request payload is not a valid parameter for the operation '${action}'.`,
    ),
  invalidBodyValue: (name: string, type: string) =>
    new GraphHttpError(400, 'RequestBodyRead', `Cannot convert the value of parameter '${name}' to the expected type '${type}'.`),
  invalidRequest: (message: string) => new GraphHttpError(400, 'ErrorInvalidRequest', message),
};
