/**
 * Why the bot cannot reach the user's calendar until they sign in:
 * - `signIn`: no usable token (none cached, or the identity provider refused the SSO token);
 * - `consent`: the user (or an admin) has not consented to the bot's Graph permissions (AADSTS65001);
 * - `rejected`: Graph refused the token the bot holds (401/403): it is dropped before signing in again.
 */
export type SignInReason = 'signIn' | 'consent' | 'rejected';

/** The one "needs sign-in" signal: raised by auth and the Graph adapter, turned into words once, in bot/. */
export class SignInNeeded extends Error {
  constructor(
    readonly reason: SignInReason,
    detail?: string,
  ) {
    super(detail ?? `Sign-in needed (${reason})`);
    this.name = 'SignInNeeded';
  }
}
