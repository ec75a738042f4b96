export { createBot, type BotDeps } from './app';
export { CalendarAccess, NeedsSignIn, type CalendarFactory } from './calendar-access';
export { signInKinds, TeamsSignIn, type SignInSettings } from './sign-in';
export { signInPages, type ConsentSettings, type SignInPages } from './sign-in-pages';
