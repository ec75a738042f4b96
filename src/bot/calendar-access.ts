import { SignInNeeded, type GraphAccess, type GraphTokens, type SsoTokenSource, type UserRef } from '../auth';
import type { CalendarService } from '../calendar/calendar-service';

/** A delegated Graph token for the access a path needs: me → own, users/{other} → shared, groups/{id} → groups. */
export type GraphTokenSource = (access: GraphAccess) => Promise<string>;

/** The Graph adapter over a token source; it asks for each access's token when a path first needs it. */
export type CalendarFactory = (tokens: GraphTokenSource) => CalendarService | Promise<CalendarService>;

/**
 * The consents a turn found missing while it went on without them (a flow skipped a delegate's or
 * a group's calendar and showed the others): the bot says what is missing after the answer.
 */
export class MissingConsent {
  private readonly found = new Map<GraphAccess, SignInNeeded>();

  note(needed: SignInNeeded): void {
    // The first one names its calendar; a later one for the same access says nothing new.
    if (!this.found.has(needed.access)) this.found.set(needed.access, needed);
  }

  /** One per access, `shared` before `groups`. */
  list(): SignInNeeded[] {
    return (['own', 'shared', 'groups'] as const).flatMap((access) => this.found.get(access) ?? []);
  }
}

/**
 * The user's calendar with delegated tokens: from their persisted MSAL cache when it has one,
 * else on-behalf-of a fresh SSO token from `ssoSource` (the sandbox identity in the Playground).
 * In Teams without a cached token, sign-in is needed (SignInNeeded: the OAuth card path); a
 * calendar the user has not consented to for its access throws SignInNeeded('consent', _, access).
 */
export class CalendarAccess {
  constructor(
    private readonly tokens: GraphTokens,
    private readonly calendarFor: CalendarFactory,
    private readonly ssoSource?: SsoTokenSource,
  ) {}

  /**
   * `missing` hears of every consent refused in this calendar's life, whether or not a flow went on
   * without it. `signOuts`: how often the user signed out, as their conversation's record says (a
   * process that holds their tokens from before the last one reads them again).
   */
  async open(user: UserRef, missing?: MissingConsent, signOuts?: number): Promise<CalendarService> {
    // One token per access for this calendar's life (a turn): the user's cache is read once each.
    const known = new Map<GraphAccess, Promise<string>>();
    const tokenFor: GraphTokenSource = (access) => {
      let token = known.get(access);
      if (!token) {
        token = this.token(user, access, signOuts).catch((error) => {
          known.delete(access);
          if (error instanceof SignInNeeded && error.reason === 'consent') missing?.note(error);
          throw error;
        });
        known.set(access, token);
      }
      return token;
    };
    return this.calendarFor(tokenFor);
  }

  /** Whether only an administrator can grant `access`: the user is told so, not asked. */
  needsAdmin(access: GraphAccess): boolean {
    return this.tokens.needsAdmin(access);
  }

  async signOut(user: UserRef): Promise<void> {
    await this.tokens.signOut(user);
  }

  private async token(user: UserRef, access: GraphAccess, signOuts?: number): Promise<string> {
    const token = await this.tokens.tokenFor(user, async () => this.ssoSource?.tokenFor(user), access, signOuts);
    if (!token) throw new SignInNeeded('signIn');
    return token;
  }
}
