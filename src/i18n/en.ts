import { sentence, type Catalog, type MessageFrom } from './catalog';

export const en: Catalog = {
  welcomeTitle: 'Hi! I cancel meetings for you.',
  welcomeBody:
    'Tell me which one, for example "cancel my 3pm standup", or pick it from your list. Nothing is cancelled until you confirm, and your attendees get your message.',
  showMeetings: 'Show my meetings',
  help: [
    'I can show and cancel your meetings. Try:',
    '- "show my meetings"',
    '- "cancel my 3pm standup"',
    '- "cancel my next meeting"',
    '- "cancel my 1:1 with Megan tomorrow"',
    '- "cancel all my meetings on Friday"',
    '- "decline the all hands"',
    '- "sign out"',
    '',
    'Nothing is cancelled until you confirm on the card.',
  ].join('\n'),
  notUnderstood: "Sorry, I didn't get that.",
  personalOnly: 'I only work in our 1:1 chat, so nobody else sees your calendar. Open a chat with me to cancel meetings.',
  otherOrganization: "I only work for accounts of the organization I was set up for, so I can't reach your calendar from this chat.",

  listTitle: (span) => `Your meetings ${span}`,
  listEmpty: (span) => `You have no meetings ${span}.`,
  listEmptyAhead: (span) => `You have no meetings still to come ${span}.`,
  begunNotListed: (count) =>
    count === 1 ? '1 meeting that has already begun is not listed.' : `${count} meetings that have already begun are not listed.`,
  recurring: 'Recurring',
  movedFrom: (when) => `Moved from ${when}`,
  youOrganize: 'You organize this',
  organizedBy: (name) => `Organized by ${name}`,
  cancel: 'Cancel',
  decline: 'Decline',
  more: 'More',
  pageOf: (page) => `Page ${page}`,

  chooseTitle: 'Which meeting do you mean?',
  chooseOnlyOneTitle: 'Is this the meeting you mean?',
  chooseOnlyOneNote:
    'It fits only part of what you said (see why below), and nothing fits better. Press "This one" to go on; nothing is cancelled yet.',
  thisOne: 'This one',
  reason: (kind, detail, owner) =>
    ({
      time: `starts at ${detail}`,
      day: `on ${detail}`,
      title: `title matches "${detail}"`,
      titleLike: `no "${detail}" in its title, but the same kind of meeting`,
      attendee: `with ${detail}`,
      location: `at ${detail}`,
      calendar: owner === 'person' ? `in ${detail}'s calendar` : `in the ${detail} calendar`,
      position: detail,
    })[kind],
  position: (which) => (which === 'next' ? 'your next meeting' : which === 'last' ? 'your last meeting' : `number ${which} in the list`),
  noMatch: (understood, others) => sentence(`I found no meeting ${others ? '' : 'of yours '}${understood}`),
  underWayNow: (time) => `${time ? `It started at ${time}` : 'It has begun'} and is under way: its attendees may be in it now.`,
  nearest: 'These are the nearest ones:',
  onOtherDays: (count) => (count === 1 ? 'There is one on another day:' : 'There are some on other days:'),

  confirmTitle: 'Cancel this meeting?',
  confirmDeclineTitle: 'Decline this meeting?',
  confirmDeclineSeriesTitle: 'Decline the whole series?',
  declineScopeNote: (scope) =>
    scope === 'series'
      ? '"The whole series" declines every meeting of this series, not only the one below; "Only this one" declines just that one.'
      : 'Declining declines only this one; the rest of the series stays in your calendar. Say "the whole series" to decline all of it.',
  attendees: (count) => (count === 1 ? '1 attendee' : `${count} attendees`),
  commentLabel: (max) => `Message to the attendees (optional, up to ${max} characters)`,
  declineCommentLabel: (max) => `Message to the organizer (optional, up to ${max} characters)`,
  commentPlaceholder: 'Sorry, something came up.',
  cancelMeeting: 'Cancel meeting',
  keepIt: 'Keep it',
  seriesNote: 'This meeting is part of a series.',
  changedMeanwhile: 'Changed after your card was made (time, name or organizer). Nothing was sent yet: this is how it is now.',
  onlyThisOne: 'Only this one',
  wholeSeries: 'The whole series',
  notOrganizerNote: (organizer) => `${organizer} organizes this meeting.`,
  organizesNotDecline: (owner) =>
    owner
      ? `${owner} organizes this meeting, so it can't be declined in their calendar: you can cancel it for everyone instead. Nothing was sent yet.`
      : "You organize this meeting, so you can't decline it: you can cancel it for everyone instead. Nothing was sent yet.",
  exceptMatchedNothing: (what) =>
    `You asked to leave out the meeting ${what.join(' and the meeting ')}, but none here matches, so nothing was left out for ${what.length === 1 ? 'it' : 'them'}: if you confirm, every meeting on this card is cancelled.`,

  bulkTitle: (count) =>
    count === 0 ? 'None of these meetings is yours to cancel.' : count === 1 ? 'Cancel this meeting?' : `Cancel these ${count} meetings?`,
  working: 'Working on it… This card shows the result when it is done.',
  bulkNotYours: "You don't organize these, so you can't cancel them. Decline any of them instead:",
  cancelAll: (count) => (count === 1 ? 'Cancel it' : count === 2 ? 'Cancel both' : `Cancel all ${count}`),

  cancelled: (subject, when) => sentence(`Cancelled ${subject}, ${when}`),
  cancelledSeries: (subject) => sentence(`Cancelled the whole series ${subject}`),
  attendeesToldWith: 'Attendees were told:',
  attendeesTold: 'Attendees were notified, with no message from you.',
  nobodyInvited: 'Nobody else was invited, so nobody was notified.',
  nobodyToNotify: 'Nobody else is invited, so nobody will be notified.',
  declined: (subject, when) => sentence(`Declined ${subject}, ${when}`),
  declinedSeries: (subject) => sentence(`Declined the whole series ${subject}`),
  organizerToldWith: (organizer) => `${organizer} was told:`,
  kept: (subject, action) => `${sentence(`Kept ${subject ?? 'it'}`)} Nothing was ${action === 'decline' ? 'declined' : 'cancelled'}.`,
  replaced: (action) => `Replaced by the card below. Nothing was ${action === 'cancel' ? 'cancelled' : 'declined'} from this card.`,
  notOrganizer: (subject, when, organizer) =>
    `You can't cancel ${subject} (${when}): only its organizer, ${organizer}, can. You can decline it instead.`,
  graphSaid: 'Microsoft 365 said:',
  declineInstead: 'Decline instead',
  startedNothingSent: (subject) => `${subject} had already begun, so nothing was sent.`,
  endedNothingSent: (subject) => `${subject} has already ended, so nothing was sent.`,
  // Graph's 404 says only that the calendar no longer holds it (declined, cancelled, deleted): no more is known.
  gone: (subject) => `Microsoft 365 no longer finds ${subject} in its calendar.`,
  goneCancelled: (subject) => `${subject} is already cancelled.`,
  bulkLeftOut: (meetings) =>
    `Left out: ${meetings.join(', ')}. Only a meeting's organizer can cancel ${meetings.length === 1 ? 'it' : 'them'}.`,
  leftOutMeeting: (subject, organizer) => `${subject} (organized by ${organizer})`,
  bulkLeftOutSeveralDays: (meetings) =>
    `Left out: ${meetings.join('; ')}. ${meetings.length === 1 ? 'It runs' : 'They run'} over several days, and one day can't be cancelled on its own: cancelling ${meetings.length === 1 ? 'it' : 'one'} cancels every day of it. Name ${meetings.length === 1 ? 'it' : 'one'} to cancel all of it.`,
  leftOutSeveralDays: (subject, when) => `${subject} (${when})`,
  bulkNothingForTheDay: 'Nothing to cancel for that day alone.',
  runsSeveralDays: (days, when, action) =>
    `This meeting runs ${days} days (${when}). One day of it can't be ${action === 'cancel' ? 'cancelled' : 'declined'} on its own: this ${action === 'cancel' ? 'cancels' : 'declines'} ${days === 2 ? 'both days' : `all ${days} days`}.`,
  bulkLeftOutPersonal: (subjects) =>
    `Left out: ${subjects.join(', ')}. Nobody else is invited, so there is no one to tell; name ${subjects.length === 1 ? 'it' : 'one'} to cancel it here.`,
  bulkLeftOutYours: (subjects) =>
    `Not on this card: ${subjects.join(', ')}, which you organize yourself. Cancel ${subjects.length === 1 ? 'it' : 'them'} on ${subjects.length === 1 ? 'its' : 'their'} own if ${subjects.length === 1 ? 'it should' : 'they should'} not take place.`,
  noneCancelled: 'Nothing was cancelled.',
  notCancelledBusy: (count) =>
    count === 1
      ? 'Microsoft 365 was too busy to cancel this one (I checked: it is unchanged), so it was not cancelled and nobody was told. Press "Try again" in a minute:'
      : `Microsoft 365 was too busy to cancel these ${count} (I checked: they are unchanged), so they were not cancelled and nobody was told. Press "Try again" in a minute:`,
  notCancelledUnreachable: (count) =>
    count === 1
      ? 'Microsoft 365 did not cancel this one (it was not reachable; I checked: it is unchanged), and nobody was told. Press "Try again" in a moment:'
      : `Microsoft 365 did not cancel these ${count} (it was not reachable; I checked: they are unchanged), and nobody was told. Press "Try again" in a moment:`,
  tryAgain: 'Try again',
  goneCancelledHere: (subject, at) => `${subject} is already cancelled: you cancelled it in this chat${at ? ` on ${at}` : ''}.`,
  cancelledMany: (count) => (count === 1 ? 'Cancelled 1 meeting:' : `Cancelled ${count} meetings:`),
  failedMany: (count) => `${count} could not be cancelled, so ${count === 1 ? 'its' : 'their'} attendees were not told:`,
  refusedBecause: (why, graphMessage) =>
    why === 'refused'
      ? `Microsoft 365 said: “${graphMessage ?? ''}”`
      : why === 'conflict'
        ? 'Microsoft 365 refused: it was being changed at the same moment. You can cancel it on its own again.'
        : why === 'noAccess'
          ? "Microsoft 365 says you don't have access to its calendar (any more)."
          : 'Microsoft 365 refused without saying why.',
  throttled: 'Microsoft 365 is busy right now and nothing was changed. Please press the button again in a minute.',
  editConflict: (action) =>
    `Microsoft 365 refused because the meeting was being changed at the same moment. Nothing was ${action === 'cancel' ? 'cancelled' : 'declined'}. Please press the button again.`,
  refused: (action, graphMessage) =>
    `Microsoft 365 refused to ${action} it and said: “${graphMessage}” Nothing was ${action === 'cancel' ? 'cancelled' : 'declined'}.`,
  readThrottled: "Microsoft 365 is busy right now, so I can't read the calendar. Please try again in a minute.",
  readUnavailable: "I couldn't reach Microsoft 365 to read the calendar. Please try again in a moment.",
  noMailbox:
    "Microsoft 365 says the mailbox of this calendar can't be used: it is inactive, hosted on-premises, or has no Exchange Online license. I can only work with calendars in Exchange Online; an admin can check the license.",
  unavailable: "I couldn't reach Microsoft 365 and nothing was changed. Please try again in a moment.",
  storageUnavailable:
    "I couldn't reach my memory just now. Please try again in a moment: what you already confirmed is kept and nothing is done twice.",
  signInAgain: 'Please sign in so I can reach your calendar.',
  signInButton: 'Sign in',
  consentNeeded: 'I need your permission to read and change your calendar. Please sign in and accept.',
  consentShared: (owner) =>
    owner
      ? `To act on ${owner}'s calendar I need your permission to use calendars shared with you. Please sign in and accept.`
      : 'To use calendars other people share with you I need your permission. Please sign in and accept.',
  consentByAdmin: (calendar) =>
    calendar
      ? `The ${calendar} group calendar needs your administrator to approve access for this bot.`
      : 'Group calendars need your administrator to approve access for this bot.',
  commentTooLong: (length, max) =>
    `Your message has ${length} characters; the limit is ${max}. Please shorten it and press the button again.`,
  typedCommentTooLong: (length, max) =>
    `Your message has ${length} characters; the limit is ${max}. Nothing was sent: please type "yes, " with a shorter message.`,
  staleCard: 'This card is no longer active. Say "show my meetings" for a fresh list.',
  // All that is known is that a click holds the card: if that work died, nothing would ever show a result.
  busy: "That card's last click is still being worked on. If the card hasn't changed in a minute, press the button again.",
  signedOut: "You're signed out. I'll ask you to sign in next time.",
  nothingPending: 'There is nothing waiting for a yes or no right now. Say "show my meetings" to pick one.',
  nothingPendingListOpen:
    'There is nothing waiting for a yes or no: the list of meetings I showed last is still open. Pick one with its button (or say "the second one"); nothing is cancelled until you confirm it.',
  cardWaiting: (action, subject, count, series) => {
    const what = count > 1 ? `${count} meetings` : series ? `the whole series ${subject ?? ''}`.trim() : (subject ?? 'a meeting');
    const them = count > 1 ? 'them' : 'it';
    return `The card to ${action} ${what} is still waiting for your answer: say "yes" to ${action} ${them}, or "no" to keep ${them} (or use its buttons).`;
  },
  cannotDo: (what) =>
    what === 'undo'
      ? "I can't undo a cancel or a decline: Microsoft 365 has no way back, and the attendees (or the organizer) were already told. To meet after all, send a new invitation from Outlook or Teams; for a meeting you declined, accept it again from its invitation in Outlook or ask its organizer."
      : 'I can\'t move or reschedule meetings, only cancel or decline them. To move one, change its time in Outlook or Teams; or say "cancel …" and I\'ll cancel it, with your message to the attendees.',
  firstStillWaits: (action, subject, count, series) => {
    const what = count > 1 ? `${count} meetings` : series ? `the whole series ${subject ?? ''}`.trim() : (subject ?? 'a meeting');
    return `Here is a card for this one too. The card above to ${action} ${what} still waits: nothing of it is ${action === 'decline' ? 'declined' : 'cancelled'} until you answer it there.`;
  },
  lastCardDone:
    'The card I showed last is done already, so there is nothing for this to confirm or keep. A card further up that is still open works with its own buttons.',
  keptNotOnCard:
    'Nothing was cancelled: the meeting you want to keep is not one the card would cancel as I read it, so the card is still waiting. Press its button to cancel all it names, or say "cancel all my meetings tomorrow except …" again.',
  keptUnnamed:
    'Nothing was cancelled: I couldn\'t tell which meeting you want to keep, so the card is still waiting. Say which one ("yes, but not the standup"), press its button to cancel all it names, or say "no" to keep them all.',
  keptUnnamedOne:
    'Nothing was sent: this card is for one meeting, and you said yes but also to leave one out, so the card is still waiting. Say "yes" to go ahead, or "no" to leave the meeting as it is.',
  noMore: 'That was the whole list: there are no more meetings on it. Say "show my meetings" to start again.',
  noSuchRow: (rows) => (rows === 1 ? 'The list has only 1 meeting.' : `The list has only ${rows} meetings.`),
  allDay: 'all day',
  noSubject: '(no subject)',

  // Sign-in failures Teams reports itself (signin/failure).
  signInSetupBroken: (code) =>
    `Teams couldn't sign you in: this app's sign-in is set up wrongly in your organization, so trying again won't help. Please tell whoever runs this bot (Teams reported "${code}").`,
  signInFailed: (code) =>
    `Teams couldn't sign you in (it reported "${code}"). Please try again in a moment; if it keeps happening, tell whoever runs this bot.`,

  // Unconfirmed outcomes (issue 10)
  unconfirmed: (action, subject, when) =>
    `I couldn't confirm whether ${subject} (${when}) was ${action === 'cancel' ? 'cancelled' : 'declined'}: Microsoft 365 gave no clear answer. I'll check and update this card.`,
  notDone: (action, subject) =>
    action === 'cancel'
      ? `I checked: ${subject} was not cancelled, and nobody was told. The card works again if you still want to cancel it.`
      : `I checked: ${subject} was not declined, and the organizer was not told. The card works again if you still want to decline it.`,
  unconfirmedMany: (count) =>
    `I couldn't confirm whether ${count === 1 ? 'this one was' : `these ${count} were`} cancelled (Microsoft 365 gave no clear answer). I'll check and update this card:`,
  turnFailed: 'Sorry, something went wrong on my side. Please try again in a moment.',
  clickFailed: 'Sorry, something went wrong on my side; nothing was cancelled or declined. Please try again in a moment.',
  clickOutcomeUnknown:
    'Sorry, something went wrong on my side, and I can\'t tell whether this went through. Say "show my meetings" to see where your meetings stand.',

  spanUpcoming: (days) => `in the next ${days} days`,
  spanDay: (date) => `on ${date}`,
  spanDays: (first, last) => `from ${first} to ${last}`,
  timesIn: (zone) => `Times in ${zone}`,
  yesCancelsWithoutMessage: (count, recurring) =>
    `Typing "yes" in the chat cancels ${count === 2 ? 'both' : count > 1 ? `all ${count}` : recurring === 'series' ? 'the whole series' : recurring ? 'only this one' : 'it'} without a message while this is my latest question; "yes, " and your message sends one.`,
  yesDeclinesWithoutMessage: (recurring) =>
    `Typing "yes" in the chat declines ${recurring === 'series' ? 'the whole series' : recurring ? 'only this one' : 'it'} without a message while this is my latest question; "yes, " and your message sends one.`,
  yesCancelsWithYourMessage: (count, recurring, from) =>
    `Typing "yes" in the chat cancels ${count === 2 ? 'both' : count > 1 ? `all ${count}` : recurring === 'series' ? 'the whole series' : recurring ? 'only this one' : 'it'} with ${messageFrom(from)} (changes in the box are sent by the button only); "yes, " and another message sends that one instead.`,
  yesDeclinesWithYourMessage: (from, recurring) =>
    `Typing "yes" in the chat declines ${recurring === 'series' ? 'the whole series' : recurring ? 'only this one' : 'it'} with ${messageFrom(from)} (changes in the box are sent by the button only); "yes, " and another message sends that one instead.`,
  droppedSince: 'No longer on this card:',
  droppedNotCancelled: 'Not cancelled from this card:',
  droppedWhy: (why) =>
    ({
      cancelled: 'cancelled meanwhile',
      gone: 'no longer in the calendar: cancelled or deleted meanwhile',
      begun: 'it has begun or ended meanwhile',
    })[why],
  organizerToldNothing: (organizer) => `${organizer} was notified, with no message from you.`,
  keptMany: (count) =>
    count === 1
      ? 'Kept this meeting. Nothing was cancelled.'
      : count === 2
        ? 'Kept both meetings. Nothing was cancelled.'
        : `Kept all ${count} meetings. Nothing was cancelled.`,
  meetingAlreadyCancelled: (subject) => `${subject} is already cancelled. The rest of the list still works.`,
  meetingCancelledHere: (subject, at) =>
    `${subject} is already cancelled: you cancelled it in this chat${at ? ` on ${at}` : ''}, so nothing more was sent. The rest of the list still works.`,
  meetingEnded: (subject) => `${subject} has already ended, so there is nothing to cancel or decline. The rest of the list still works.`,
  meetingNotFound: 'Microsoft 365 no longer finds that meeting in its calendar, so nothing was sent. The rest of the list still works.',
  refusalWaiting: (subject, organizer) =>
    `Microsoft 365 refused to cancel ${subject}: only ${organizer} can. To decline it instead, press "Decline instead" on that card.`,
  // Said when none of a card's meetings is open any more: gone, cancelled or begun.
  goneUnnamed: 'This can no longer be cancelled or declined here.',
  commentLimit: (max) => `Your message can be up to ${max} characters. Please shorten it.`,

  calendarName: (owner, name) =>
    owner === 'person' ? `${name}'s calendar` : owner === 'group' ? `the ${name} group calendar` : `your ${name} calendar`,
  sharedCalendarName: (owner, name) => `${owner}'s ${name} calendar`,
  listTitleIn: (calendar, span) => `Meetings ${span} in ${calendar}`,
  listEmptyIn: (calendar, span) => `No meetings ${span} in ${calendar}.`,
  listEmptyAheadIn: (calendar, span) => `No meetings still to come ${span} in ${calendar}.`,
  showCalendar: (calendar) => `Show ${calendar}`,
  showMine: 'Show my meetings',
  delegateNote: (owner, many) =>
    many
      ? `These are ${owner}'s meetings: you act on them as their delegate, and the attendees get the cancellation from ${owner}.`
      : `This is ${owner}'s meeting: you act on it as their delegate, and the attendees get the cancellation from ${owner}.`,
  delegateDeclineNote: (owner) =>
    `This is in ${owner}'s calendar: you act on it as their delegate, and the organizer gets the decline from ${owner}.`,
  sharedNote: (calendar, many) => `${many ? 'These meetings are' : 'This meeting is'} in ${calendar}, which is shared with you.`,
  groupNote: (group, many) =>
    `${many ? 'These meetings are' : 'This meeting is'} in the ${group} group calendar: ${many ? 'their' : 'its'} attendees get the cancellation.`,
  unreadableConsent: (calendar) => `I can't show ${calendar} yet: you haven't allowed me to use it.`,
  unreadableNeedsAdmin: (calendar) =>
    `I can't show ${calendar}: group calendars need your administrator to approve this app's access to them first.`,
  unreadableClosed: (calendar) => `I can't open ${calendar}: Microsoft 365 says you no longer have access to it.`,
  unreadableNoMailbox: (calendar) => `I can't open ${calendar}: Microsoft 365 says its mailbox is inactive or not in Exchange Online.`,
  unreadableDown: (calendar) => `I couldn't read ${calendar} just now (Microsoft 365 did not answer); it isn't included.`,
  noAccess:
    "Microsoft 365 says you don't have access to the calendar this meeting is in (any more), so I didn't send anything. The calendar's owner can give it back.",
  noSuchCalendar: (named) => `I don't see a calendar for "${named}" that you can act on, so these are your own meetings.`,
};

function messageFrom(from: MessageFrom = 'request'): string {
  return from === 'earlierCard' ? 'the message from your earlier card' : 'the message you wrote in your request';
}
