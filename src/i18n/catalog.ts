/** Every sentence the bot says, per language. Parameters are already formatted, plain text. */
export interface Catalog {
  welcomeTitle: string;
  welcomeBody: string;
  showMeetings: string;
  help: string;
  notUnderstood: string;
  personalOnly: string;
  /** A chat of another organization than the one the bot is set up for (or one that names two). */
  otherOrganization: string;

  /** `span` is spanUpcoming/spanDay/spanDays' phrase: what the list looked at. */
  listTitle: (span: string) => string;
  listEmpty: (span: string) => string;
  /** Empty, but meetings in that span have begun (they are not listed): none still to come. */
  listEmptyAhead: (span: string) => string;
  /** Under a list: how many meetings of its span have begun and are not listed. */
  begunNotListed: (count: number) => string;
  recurring: string;
  /** An occurrence of a series moved from its place in the series: `when` is that place ("Tue, Dec 1, 3:00 PM"). */
  movedFrom: (when: string) => string;
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
  /** A "which one?" of a single meeting: one that fits only part of the request. */
  chooseOnlyOneTitle: string;
  chooseOnlyOneNote: string;
  thisOne: string;
  /**
   * Why a candidate matched; `detail` is already localized (a time, a date, a subject, a name). For a
   * calendar, `owner` says whose: a person's ("in Alex Wilber's calendar"), else a group's or one of the user's own.
   */
  reason: (
    kind: 'time' | 'day' | 'title' | 'titleLike' | 'attendee' | 'location' | 'calendar' | 'position',
    detail: string,
    owner?: 'me' | 'person' | 'group',
  ) => string;
  position: (which: 'next' | 'last' | number) => string;
  /** `others`: the request named a calendar not the user's ("Omar's"): no "of yours". */
  noMatch: (understood: string, others?: boolean) => string;
  /** On the confirm card of a meeting under way: since when (`time`, none for an all-day one), and that people may be in it. */
  underWayNow: (time?: string) => string;
  nearest: string;
  /** After noMatch: the meetings so called on other days than the one asked, one or several. */
  onOtherDays: (count: number) => string;

  confirmTitle: string;
  confirmDeclineTitle: string;
  /** The decline card of an occurrence when the request named the whole series. */
  confirmDeclineSeriesTitle: string;
  /**
   * On the decline card of an occurrence of a series: what its decline does, the whole series (when asked) or only this
   * one, and how to ask for the other.
   */
  declineScopeNote: (scope: 'occurrence' | 'series') => string;
  attendees: (count: number) => string;
  commentLabel: (max: number) => string;
  declineCommentLabel: (max: number) => string;
  commentPlaceholder: string;
  cancelMeeting: string;
  keepIt: string;
  seriesNote: string;
  /** Atop a confirm card (one meeting or several) offered again because a meeting changed after the clicked card was made. */
  changedMeanwhile: string;
  onlyThisOne: string;
  wholeSeries: string;
  notOrganizerNote: (organizer: string) => string;
  /**
   * Atop a cancel card offered for a meeting the user asked to decline but organizes (Microsoft 365 lets an organizer only
   * cancel); `owner`: in a delegate's view, the person whose calendar it is, who organizes it (never "you" there).
   */
  organizesNotDecline: (owner?: string) => string;
  /**
   * Atop a bulk card whose request said an exception ("except the jour fixe") that names none of its meetings: the
   * exception as understood (`what`: as describeRequest says a request, 'called "jour fixe"', 'with Omar'), and that
   * nothing was left out for it.
   */
  exceptMatchedNothing: (what: string[]) => string;

  bulkTitle: (count: number) => string;
  /** A confirm whose work outlasts Teams' wait for the click's answer: the card says so, then shows the result. */
  working: string;
  bulkNotYours: string;
  cancelAll: (count: number) => string;

  cancelled: (subject: string, when: string) => string;
  cancelledSeries: (subject: string) => string;
  attendeesToldWith: string;
  attendeesTold: string;
  /** After cancelling an appointment nobody else was invited to. */
  nobodyInvited: string;
  /** On the confirm card of an appointment nobody else is invited to: no message box, nobody hears of it. */
  nobodyToNotify: string;
  declined: (subject: string, when: string) => string;
  /** A whole series declined (on its master's id). */
  declinedSeries: (subject: string) => string;
  organizerToldWith: (organizer: string) => string;
  /** `subject` undefined: the meeting could not be read again; `action`: what the card offered (decline, else cancel). */
  kept: (subject?: string, action?: 'cancel' | 'decline') => string;
  /** A confirm card replaced by a newer one below it: nothing was done from it. */
  replaced: (action: 'cancel' | 'decline') => string;
  notOrganizer: (subject: string, when: string, organizer: string) => string;
  graphSaid: string;
  declineInstead: string;
  gone: (subject: string) => string;
  /** A confirm card clicked (or refreshed) after someone else cancelled its meeting. */
  goneCancelled: (subject: string) => string;
  /** Under a bulk card: the meetings it leaves out (leftOutMeeting each), as only their organizers can cancel them. */
  bulkLeftOut: (meetings: string[]) => string;
  leftOutMeeting: (subject: string, organizer: string) => string;
  /**
   * Under a bulk card for a day: meetings of several days it leaves out (leftOutSeveralDays each: subject, and its dates),
   * as cancelling one cancels every day of it, not only the day asked.
   */
  bulkLeftOutSeveralDays: (meetings: string[]) => string;
  leftOutSeveralDays: (subject: string, when: string) => string;
  /** A bulk card's title when the day asked holds only such meetings: nothing to cancel for that day alone. */
  bulkNothingForTheDay: string;
  /** On a confirm card of a meeting of several days: every day of it is cancelled (declined), no one day on its own. */
  runsSeveralDays: (days: number, when: string, action: 'cancel' | 'decline') => string;
  /** Atop a bulk card that swept a day: what it left out because nobody else is invited (a birthday, the dentist). */
  bulkLeftOutPersonal: (subjects: string[]) => string;
  /**
   * Under a delegate's bulk card for the boss's meetings: meetings the user organizes with the boss in them (their own
   * copy, not in the boss's calendar), left out and named, never dropped unsaid.
   */
  bulkLeftOutYours: (subjects: string[]) => string;
  /** A bulk card's outcome when none of its meetings was cancelled. */
  noneCancelled: string;
  /** Meetings of a bulk Microsoft 365 did not cancel: throttled to the end, or unreachable and found unchanged; nobody was told. */
  notCancelledBusy: (count: number) => string;
  notCancelledUnreachable: (count: number) => string;
  tryAgain: string;
  /** Cancelled by another card of this chat; `at` when that is known (a day and time, formatted). */
  goneCancelledHere: (subject: string, at?: string) => string;
  /** A confirm card clicked before a meeting under way could be cancelled, after its meeting began (kept tickets). */
  startedNothingSent: (subject: string) => string;
  /** A confirm card clicked (or refreshed) after its meeting ended. */
  endedNothingSent: (subject: string) => string;
  cancelledMany: (count: number) => string;
  /** Over the meetings of a bulk Microsoft 365 refused: nothing was sent for them. */
  failedMany: (count: number) => string;
  /** Under each of them: why, in Graph's words where it gave them. */
  refusedBecause: (why: 'refused' | 'conflict' | 'noAccess' | 'unexplained', graphMessage?: string) => string;
  throttled: string;
  /** Graph refused a cancel or decline: the meeting was being changed at the same moment; nothing was done. */
  editConflict: (action: 'cancel' | 'decline') => string;
  /** Graph refused the write and its own message is the only reason known. */
  refused: (action: 'cancel' | 'decline', graphMessage: string) => string;
  /** A read Microsoft 365 did not answer (throttled, or down): nothing was asked of it but to read. */
  readThrottled: string;
  readUnavailable: string;
  /** A calendar's mailbox (the user's own, or a person's they act for) cannot be used through Graph: no Exchange Online mailbox or license. */
  noMailbox: string;
  unavailable: string;
  /** The bot's own storage failed: nothing already confirmed is lost or done twice. */
  storageUnavailable: string;
  signInAgain: string;
  signInButton: string;
  consentNeeded: string;
  /** Another person's calendar needs a permission the user can grant (Calendars.ReadWrite.Shared); `owner` when known. */
  consentShared: (owner?: string) => string;
  /** Group calendars need a permission only an administrator can grant; `calendar` (the group's name) when known. */
  consentByAdmin: (calendar?: string) => string;
  commentTooLong: (length: number, max: number) => string;
  /** The same for a message typed with "yes, …" in the chat. */
  typedCommentTooLong: (length: number, max: number) => string;
  staleCard: string;
  busy: string;
  signedOut: string;
  nothingPending: string;
  /** "keep it", "yes" with a list to pick from open, and no confirm card. */
  nothingPendingListOpen: string;
  /** "yes, but not the standup" where no meeting of the bulk card waiting is the standup. */
  keptNotOnCard: string;
  /** "yes, but not that one" on a card of several: which meeting to keep is not said; nothing is cancelled. */
  keptUnnamed: string;
  /** "yes, but not that one" on a card of one meeting: a yes and a no at once; nothing is cancelled. */
  keptUnnamedOne: string;
  /** "yes"/"no" when the confirm card shown last is done already (an earlier card may still be open). */
  lastCardDone: string;
  /** After words that answer nothing while a confirm card waits: that card (`subject` when of one meeting), and how to answer it. */
  cardWaiting: (action: 'cancel' | 'decline', subject: string | undefined, count: number, series?: boolean) => string;
  /** "undo" (a cancel or decline cannot be taken back) or "move it" (this bot cancels): what to do instead. */
  cannotDo: (what: 'undo' | 'move') => string;
  /** Over a new card asked for "too", when the card before could not be joined with it: that one still waits, undone. */
  firstStillWaits: (action: 'cancel' | 'decline', subject: string | undefined, count: number, series?: boolean) => string;
  noMore: string;
  /** "the third one" picked from a list of `rows` rows. */
  noSuchRow: (rows: number) => string;

  // Sign-in failures Teams reports itself (signin/failure); `code` is Teams' failure code.
  /** The app's sign-in setup is wrong (an operator must fix it): nothing the user can do. */
  signInSetupBroken: (code: string) => string;
  /** Teams could not sign the user in for a reason we cannot name. */
  signInFailed: (code: string) => string;

  // Unconfirmed outcomes (issue 10): a write whose answer was lost, and what a later re-read found.
  /** Said on the card while the bot does not know whether the write ran. */
  unconfirmed: (action: 'cancel' | 'decline', subject: string, when: string) => string;
  /** A re-read showed the write did not run: the card works again. */
  notDone: (action: 'cancel' | 'decline', subject: string) => string;
  unconfirmedMany: (count: number) => string;
  /** A turn failed for a reason of the bot's own: no claim about what changed. */
  turnFailed: string;
  /** A click that changes nothing in Microsoft 365 failed for a reason of the bot's own. */
  clickFailed: string;
  /** A click that cancels or declines failed for a reason of the bot's own, before its outcome was known. */
  clickOutcomeUnknown: string;

  // Issue 11: what a list looked at, the zone, honest "yes", closed rows, bulk declines.
  spanUpcoming: (days: number) => string;
  /** `date`, `first`, `last` are already formatted ("Sat, Dec 5"). */
  spanDay: (date: string) => string;
  spanDays: (first: string, last: string) => string;
  /** `zone` is the zone's name for people ("Pacific Time"). */
  timesIn: (zone: string) => string;
  /** Under the message box: what a typed "yes" does with it (nothing: a client never sends an unsubmitted box). */
  /** What a typed "yes" does to the newest confirm card: cancels `count` meetings (1 of a series: this occurrence or the whole series). */
  yesCancelsWithoutMessage: (count: number, recurring?: 'occurrence' | 'series') => string;
  yesDeclinesWithoutMessage: (recurring?: 'occurrence' | 'series') => string;
  /** The same when the box is prefilled with the message typed with the request: a typed "yes" sends that one. */
  /** `from`: where the prefilled message came from, said truly: the request, or the card this one was offered again for. */
  yesCancelsWithYourMessage: (count: number, recurring?: 'occurrence' | 'series', from?: MessageFrom) => string;
  yesDeclinesWithYourMessage: (from?: MessageFrom, recurring?: 'occurrence' | 'series') => string;
  /** Over the meetings a bulk card offered again no longer holds, each with `droppedWhy`. */
  droppedSince: string;
  /** The same over an outcome: the bulk card's meetings it did not cancel because of that. */
  droppedNotCancelled: string;
  droppedWhy: (why: 'cancelled' | 'gone' | 'begun') => string;
  organizerToldNothing: (organizer: string) => string;
  keptMany: (count: number) => string;
  meetingAlreadyCancelled: (subject: string) => string;
  /** A list row's button for a meeting this chat cancelled (`at`: when, formatted, if known). */
  meetingCancelledHere: (subject: string, at?: string) => string;
  meetingEnded: (subject: string) => string;
  meetingNotFound: string;
  refusalWaiting: (subject: string, organizer: string) => string;
  goneUnnamed: string;
  commentLimit: (max: number) => string;

  // Issue 14: every calendar the user may act on. `calendar` is calendarName's phrase.
  /** A calendar as people say it: one of the user's own ("your Projects calendar"), a person's, a group's. */
  calendarName: (owner: 'me' | 'person' | 'group', name: string) => string;
  /** A custom calendar someone shared with the user: "Alex Wilber's Kids parties calendar". */
  sharedCalendarName: (owner: string, name: string) => string;
  /** A list of another calendar: "Alex Wilber's calendar: meetings in the next 7 days". */
  listTitleIn: (calendar: string, span: string) => string;
  listEmptyIn: (calendar: string, span: string) => string;
  listEmptyAheadIn: (calendar: string, span: string) => string;
  /** Buttons on a list: open another calendar the user acts on, or back to their own. */
  showCalendar: (calendar: string) => string;
  showMine: string;
  /** Confirm card, a delegate in someone's calendar: whose meeting it is and who the attendees hear from. */
  /** `many`: said of the several meetings of a bulk card. */
  delegateNote: (owner: string, many?: boolean) => string;
  /** The decline card's: the organizer hears from the owner. */
  delegateDeclineNote: (owner: string) => string;
  /** A meeting in a custom calendar someone shared with the user (no delegate: the user edits it through the share). */
  sharedNote: (calendar: string, many?: boolean) => string;
  /** Confirm card, a group calendar's meeting. */
  groupNote: (group: string, many?: boolean) => string;
  /** A calendar that could not be read this time, and why. */
  unreadableConsent: (calendar: string) => string;
  /** Group calendars need a permission only an administrator can grant. */
  unreadableNeedsAdmin: (calendar: string) => string;
  unreadableClosed: (calendar: string) => string;
  unreadableDown: (calendar: string) => string;
  unreadableNoMailbox: (calendar: string) => string;
  /** Microsoft 365 refused the calendar a meeting is in (a delegation or membership removed): nothing was sent. */
  noAccess: string;
  /** "show Megan's meetings", "meetings in London" with no such calendar: the user's own list follows. */
  noSuchCalendar: (named: string) => string;
}

/**
 * A meeting's name in a sentence: its subject, or the catalog's words for none (Graph allows an
 * empty or absent subject; "Cancelled , Tue…" names nothing). The one rule for every card and message.
 */
export function meetingName(c: Pick<Catalog, 'noSubject'>, subject: string | undefined): string {
  return subject?.trim() ? subject : c.noSubject;
}

/** Where the message prefilled in a card's box came from: typed with the request, or given for the earlier card it replaces. */
export type MessageFrom = 'request' | 'earlierCard';

/** A sentence ends with one period, also when its last words end with one ("3:00 p.m.", "Inc.", a subject's own). */
export function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}
