import { OWN_CALENDAR_PERMISSIONS } from '../http/contract';

/** The registered applications and well-known ids of the sandbox tenant. */

/** Microsoft Graph's resource: its URI and its well-known application id. Both are valid audiences. */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

/** The Bot Framework channel service: the audience of the tokens a bot uses to reply. */
export const BOT_FRAMEWORK_RESOURCE = 'https://api.botframework.com';

/** The bot's app registration: a fixed id so env files and manifests can name it. */
export const BOT_CLIENT_ID = '00000000-0000-4000-8000-00000000b07a';
export const BOT_DISPLAY_NAME = 'Meeting Cancel Bot (sandbox)';

/**
 * The delegated Graph permissions configured on the bot's app registration: the user's own calendar,
 * other people's calendars as their delegate, and group calendars. `.default` means the ones of these
 * that the user or the admin consented to. /me/memberOf needs only User.Read (user-list-memberof.md).
 */
export const BOT_GRAPH_PERMISSIONS = [...OWN_CALENDAR_PERMISSIONS, 'Calendars.ReadWrite.Shared', 'Group.ReadWrite.All'] as const;

/** Permissions only an administrator can consent to (permissions-reference.md: "Admin consent required: Yes"). */
export const ADMIN_ONLY_PERMISSIONS: readonly string[] = [
  'Group.Read.All',
  'Group.ReadWrite.All',
  'GroupMember.Read.All',
  'Directory.Read.All',
];

/** OpenID Connect scopes: granted to anyone, never part of a Graph token's `scp`. */
export const OIDC_SCOPES = ['openid', 'profile', 'offline_access', 'email'] as const;

export const SSO_SCOPE = 'access_as_user';

export function appIdUriOf(clientId: string): string {
  return `api://botid-${clientId}`;
}

/** The bot's app registration as the token endpoint checks it. */
export interface AppRegistration {
  clientId: string;
  clientSecret: string;
  appIdUri: string;
}
