export { CARD_VERSION, type Element as CardJson } from './elements';
export {
  bulkCancelCard,
  calendarLabel,
  chooseCard,
  confirmCancelCard,
  confirmDeclineCard,
  meetingListCard,
  noMatchCard,
  welcomeCard,
  workingCard,
  type Audience,
} from './meeting-cards';
export { outcomeCard } from './outcome-card';
export { COMMENT_INPUT, parseCardAction, Verb, type CardAction, type CardData, type RefreshData, type VerbName } from './verbs';
