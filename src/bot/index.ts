export { createBot } from './app';
export type { BotDeps } from './deps';
export { LateWork } from './late-work';
export { CalendarAccess, MissingConsent, type CalendarFactory, type GraphTokenSource } from './calendar-access';
export { signInKinds, TeamsSignIn, type SignInSettings } from './sign-in';
export { signInPages, type ConsentSettings, type SignInPages } from './sign-in-pages';
