import type { GraphAccess } from './access';

/**
 * Why the bot cannot reach the user's calendar until they sign in:
 * - `signIn`: no usable token (none cached, or the identity provider refused the SSO token);
 * - `consent`: the user (or an admin) has not consented to the bot's Graph permissions (AADSTS65001);
 * - `rejected`: Graph refused the token the bot holds (401/403): it is dropped before signing in again.
 */
export type SignInReason = 'signIn' | 'consent' | 'rejected';

export type { GraphAccess } from './access';

/** The one "needs sign-in" signal: raised by auth and the Graph adapter, turned into words once, in bot/. */
export class SignInNeeded extends Error {
  constructor(
    readonly reason: SignInReason,
    detail?: string,
    /** For `consent`: the access that lacks it (a user may have granted `own` and not `shared`). */
    readonly access: GraphAccess = 'own',
    /** For `consent`: whose calendar the request was for, when the raiser knows ("Alex Wilber", "Marketing"): the bot names it. */
    readonly calendarName?: string,
  ) {
    super(detail ?? `Sign-in needed (${reason})`);
    this.name = 'SignInNeeded';
  }

  /** The same refusal, naming whose calendar it was for (the token source knows the access, not the calendar). */
  forCalendar(name: string | undefined): SignInNeeded {
    return new SignInNeeded(this.reason, this.message, this.access, name || this.calendarName);
  }
}
