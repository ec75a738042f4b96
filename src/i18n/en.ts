import type { Catalog } from './catalog';

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
    'Nothing is cancelled until you confirm on the card.',
  ].join('\n'),
  notUnderstood: "Sorry, I didn't get that.",
  personalOnly: 'I only work in our 1:1 chat, so nobody else sees your calendar. Open a chat with me to cancel meetings.',

  listTitle: (days) => `Your meetings in the next ${days} days`,
  listEmpty: (days) => `You have no upcoming meetings in the next ${days} days.`,
  recurring: 'Recurring',
  youOrganize: 'You organize this',
  organizedBy: (name) => `Organized by ${name}`,
  cancel: 'Cancel',
  decline: 'Decline',
  more: 'More',
  pageOf: (page) => `Page ${page}`,

  chooseTitle: 'Which meeting do you mean?',
  thisOne: 'This one',
  reason: (kind, detail) =>
    ({
      time: `starts at ${detail}`,
      day: `on ${detail}`,
      title: `title matches "${detail}"`,
      attendee: `with ${detail}`,
      position: detail,
    })[kind],
  position: (which) => (which === 'next' ? 'your next meeting' : which === 'last' ? 'your last meeting' : `number ${which} in the list`),
  noMatch: (understood) => `I found no meeting of yours ${understood}.`,
  nearest: 'These are the nearest ones:',

  confirmTitle: 'Cancel this meeting?',
  confirmDeclineTitle: 'Decline this meeting?',
  attendees: (count) => (count === 1 ? '1 attendee' : `${count} attendees`),
  commentLabel: (max) => `Message to the attendees (optional, up to ${max} characters)`,
  declineCommentLabel: (max) => `Message to the organizer (optional, up to ${max} characters)`,
  commentPlaceholder: 'Sorry, something came up.',
  cancelMeeting: 'Cancel meeting',
  keepIt: 'Keep it',
  seriesNote: 'This meeting is part of a series.',
  onlyThisOne: 'Only this one',
  wholeSeries: 'The whole series',
  notOrganizerNote: (organizer) => `${organizer} organizes this meeting.`,

  bulkTitle: (count) => `Cancel these ${count} meetings?`,
  bulkNotYours: "Not cancelled: you don't organize these (decline them one by one if you like):",
  cancelAll: (count) => `Cancel all ${count}`,

  cancelled: (subject, when) => `Cancelled ${subject}, ${when}.`,
  cancelledSeries: (subject) => `Cancelled the whole series ${subject}.`,
  attendeesToldWith: 'Attendees were told:',
  attendeesTold: 'Attendees were notified.',
  declined: (subject, when) => `Declined ${subject}, ${when}.`,
  organizerToldWith: (organizer) => `${organizer} was told:`,
  kept: (subject) => `Kept ${subject}. Nothing was cancelled.`,
  notOrganizer: (subject, when, organizer) =>
    `You can't cancel ${subject} (${when}): only its organizer, ${organizer}, can. You can decline it instead.`,
  graphSaid: 'Microsoft 365 said:',
  declineInstead: 'Decline instead',
  gone: (subject) => `${subject} is no longer on your calendar: it was cancelled, moved or deleted already.`,
  cancelledMany: (count) => (count === 1 ? 'Cancelled 1 meeting:' : `Cancelled ${count} meetings:`),
  failedMany: (count) => `${count} could not be cancelled:`,
  throttled: 'Microsoft 365 is busy right now and nothing was changed. Please press the button again in a minute.',
  unavailable: "I couldn't reach Microsoft 365 and nothing was changed. Please try again in a moment.",
  storageUnavailable:
    "I couldn't reach my memory just now. Please try again in a moment: what you already confirmed is kept and nothing is done twice.",
  signInAgain: 'Please sign in so I can reach your calendar.',
  signInButton: 'Sign in',
  consentNeeded: 'I need your permission to read and change your calendar. Please sign in and accept.',
  commentTooLong: (length, max) =>
    `Your message has ${length} characters; the limit is ${max}. Please shorten it and press the button again.`,
  staleCard: 'This card is no longer active. Say "show my meetings" for a fresh list.',
  busy: "I'm already working on this one.",
  signedOut: "You're signed out. I'll ask you to sign in next time.",
  allDay: 'all day',
  noSubject: '(no subject)',
  nothingPending: 'There is nothing waiting for a yes or no right now.',

  // Sign-in failures Teams reports itself (signin/failure).
  signInSetupBroken: (code) =>
    `Teams couldn't sign you in: this app's sign-in is set up wrongly in your organization, so trying again won't help. Please tell whoever runs this bot (Teams reported "${code}").`,
  signInFailed: (code) =>
    `Teams couldn't sign you in (it reported "${code}"). Please try again in a moment; if it keeps happening, tell whoever runs this bot.`,
};
