/**
 * What a Graph call reaches, each with its own delegated permissions, asked for only on first use:
 * - `own`: the user's own mailbox (Calendars.ReadWrite, MailboxSettings.Read, User.Read);
 * - `shared`: another person's calendar as their delegate (+ Calendars.ReadWrite.Shared);
 * - `groups`: the calendars of Microsoft 365 groups the user belongs to (+ Group.ReadWrite.All, admin consent).
 */
export type GraphAccess = 'own' | 'shared' | 'groups';

/** The permissions of one access tier. */
export interface AccessTier {
  /** Full scope URIs (https://graph.microsoft.com/Calendars.ReadWrite), as MSAL asks for them. */
  scopes: string[];
  /** Only an administrator can grant it: the user is told so, never sent to a consent page. */
  adminConsent: boolean;
}

export type GraphAccessScopes = Record<GraphAccess, AccessTier>;
