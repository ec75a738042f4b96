import { SignInNeeded, type GraphTokens, type SsoTokenSource, type UserRef } from '../auth';
import type { CalendarService } from '../calendar/calendar-service';

export type CalendarFactory = (accessToken: string) => CalendarService;

/**
 * The user's calendar with a delegated token: from their persisted MSAL cache when it has one,
 * else on-behalf-of a fresh SSO token from `ssoSource` (the sandbox identity in the Playground).
 * In Teams without a cached token, sign-in is needed (SignInNeeded: the OAuth card path).
 */
export class CalendarAccess {
  constructor(
    private readonly tokens: GraphTokens,
    private readonly calendarFor: CalendarFactory,
    private readonly ssoSource?: SsoTokenSource,
  ) {}

  async open(user: UserRef): Promise<CalendarService> {
    const token = await this.tokens.tokenFor(user, async () => this.ssoSource?.tokenFor(user));
    if (!token) throw new SignInNeeded('signIn');
    return this.calendarFor(token);
  }

  async signOut(user: UserRef): Promise<void> {
    await this.tokens.signOut(user);
  }
}
