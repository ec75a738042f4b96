/**
 * Why the bot cannot reach the user's calendar until they sign in:
 * - `signIn`: no usable token (none cached, or the identity provider refused the SSO token);
 * - `consent`: the user (or an admin) has not consented to the bot's Graph permissions (AADSTS65001);
 * - `rejected`: Graph refused the token the bot holds (401/403): it is dropped before signing in again.
 */
export type SignInReason = 'signIn' | 'consent' | 'rejected';

/**
 * What a Graph call reaches, each with its own delegated permissions, asked for only on first use:
 * - `own`: the user's own mailbox (Calendars.ReadWrite, MailboxSettings.Read, User.Read);
 * - `shared`: another person's calendar as their delegate (+ Calendars.ReadWrite.Shared);
 * - `groups`: the calendars of Microsoft 365 groups the user belongs to (+ Group.ReadWrite.All, admin consent).
 */
export type GraphAccess = 'own' | 'shared' | 'groups';

/** The one "needs sign-in" signal: raised by auth and the Graph adapter, turned into words once, in bot/. */
export class SignInNeeded extends Error {
  constructor(
    readonly reason: SignInReason,
    detail?: string,
    /** For `consent`: the access that lacks it (a user may have granted `own` and not `shared`). */
    readonly access: GraphAccess = 'own',
  ) {
    super(detail ?? `Sign-in needed (${reason})`);
    this.name = 'SignInNeeded';
  }
}
