/** Every sentence the bot says, per language. Parameters are already formatted, plain text. */
export interface Catalog {
  welcomeTitle: string;
  welcomeBody: string;
  showMeetings: string;
  help: string;
  notUnderstood: string;
  personalOnly: string;

  listTitle: (days: number) => string;
  listEmpty: (days: number) => string;
  recurring: string;
  /** In place of a time for an all-day meeting. */
  allDay: string;
  /** A meeting without a subject. */
  noSubject: string;
  youOrganize: string;
  organizedBy: (name: string) => string;
  cancel: string;
  decline: string;
  more: string;
  pageOf: (page: number) => string;

  chooseTitle: string;
  thisOne: string;
  /** Why a candidate matched; `detail` is already localized (a time, a date, a subject, a name). */
  reason: (kind: 'time' | 'day' | 'title' | 'attendee' | 'position', detail: string) => string;
  position: (which: 'next' | 'last' | number) => string;
  noMatch: (understood: string) => string;
  nearest: string;

  confirmTitle: string;
  confirmDeclineTitle: string;
  attendees: (count: number) => string;
  commentLabel: (max: number) => string;
  declineCommentLabel: (max: number) => string;
  commentPlaceholder: string;
  cancelMeeting: string;
  keepIt: string;
  seriesNote: string;
  onlyThisOne: string;
  wholeSeries: string;
  notOrganizerNote: (organizer: string) => string;

  bulkTitle: (count: number) => string;
  bulkNotYours: string;
  cancelAll: (count: number) => string;

  cancelled: (subject: string, when: string) => string;
  cancelledSeries: (subject: string) => string;
  attendeesToldWith: string;
  attendeesTold: string;
  declined: (subject: string, when: string) => string;
  organizerToldWith: (organizer: string) => string;
  kept: (subject: string) => string;
  notOrganizer: (subject: string, when: string, organizer: string) => string;
  graphSaid: string;
  declineInstead: string;
  gone: (subject: string) => string;
  cancelledMany: (count: number) => string;
  failedMany: (count: number) => string;
  throttled: string;
  unavailable: string;
  /** The bot's own storage failed: nothing already confirmed is lost or done twice. */
  storageUnavailable: string;
  signInAgain: string;
  signInButton: string;
  consentNeeded: string;
  commentTooLong: (length: number, max: number) => string;
  staleCard: string;
  busy: string;
  signedOut: string;
  nothingPending: string;

  // Sign-in failures Teams reports itself (signin/failure); `code` is Teams' failure code.
  /** The app's sign-in setup is wrong (an operator must fix it): nothing the user can do. */
  signInSetupBroken: (code: string) => string;
  /** Teams could not sign the user in for a reason we cannot name. */
  signInFailed: (code: string) => string;
}
