export type { FlowDeps, FlowSettings, FlowUser, ListSpan, View } from './context';
export { answerText } from './conversation';
export { showMeetings, showMeetingsIn, windowFrom } from './meetings-list';
export { offerCancel, offerDecline } from './offer';
export { summarize, type MeetingSummary, type Notice, type Outcome } from './outcomes';
export { confirmBulk, confirmCancel, confirmDecline, keep } from './settle';
export { resolveTimeZone } from './time-zone';
export { isUnsettled, settleUnconfirmed, unconfirmedTickets, type Settled } from './unconfirmed';
export { refreshChoice, refreshList, refreshTicket } from './refresh';
