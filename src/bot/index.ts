export { createBot, type BotDeps } from './app';
export { CalendarAccess, NeedsSignIn, type CalendarFactory } from './calendar-access';
