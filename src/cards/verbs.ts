/**
 * What the cards' buttons send back (Action.Submit data). Card data is never trusted: ids in it are
 * re-read with the clicking user's token, and tickets are checked against the store.
 */
export const Verb = {
  showMeetings: 'showMeetings',
  offerCancel: 'offerCancel',
  offerDecline: 'offerDecline',
  confirmCancel: 'confirmCancel',
  confirmDecline: 'confirmDecline',
  confirmBulk: 'confirmBulk',
  keep: 'keep',
} as const;

export type VerbName = (typeof Verb)[keyof typeof Verb];

/** The id of the message input on confirm cards; Teams merges inputs into the submit data. */
export const COMMENT_INPUT = 'comment';

export interface CardAction {
  verb: VerbName;
  page?: number;
  /** With "More" on a list of one day or range: the window it looked at (UTC instants). */
  start?: string;
  end?: string;
  meetingId?: string;
  ticket?: string;
  scope?: 'occurrence' | 'series';
  comment?: string;
}
