import { ConsentRequiredError, SignInRequiredError, type GraphTokens, type SsoTokenSource, type UserRef } from '../auth';
import type { CalendarService } from '../calendar/calendar-service';

export type CalendarFactory = (accessToken: string) => CalendarService;

/** Why the bot cannot reach the user's calendar right now. */
export class NeedsSignIn extends Error {
  constructor(readonly consent: boolean) {
    super(consent ? 'Consent required' : 'Sign-in required');
    this.name = 'NeedsSignIn';
  }
}

/**
 * The user's calendar with a delegated token: from their persisted MSAL cache when it has one,
 * else on-behalf-of a fresh SSO token from `ssoSource` (the sandbox identity in the Playground).
 * In Teams without a cached token, sign-in is needed (the OAuth card path).
 */
export class CalendarAccess {
  constructor(
    private readonly tokens: GraphTokens,
    private readonly calendarFor: CalendarFactory,
    private readonly ssoSource?: SsoTokenSource,
  ) {}

  async open(user: UserRef): Promise<CalendarService> {
    try {
      const token = await this.tokens.tokenFor(user, async () => this.ssoSource?.tokenFor(user));
      if (!token) throw new NeedsSignIn(false);
      return this.calendarFor(token);
    } catch (error) {
      if (error instanceof ConsentRequiredError) throw new NeedsSignIn(true);
      if (error instanceof SignInRequiredError) throw new NeedsSignIn(false);
      throw error;
    }
  }

  async signOut(user: UserRef): Promise<void> {
    await this.tokens.signOut(user);
  }
}
