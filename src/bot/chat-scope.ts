import type { Activity } from 'botbuilder';

/** Why the bot will not act in a chat: it is shared, or not of the organization the bot serves. */
export type ChatRefusal = 'shared' | 'otherOrganization';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether the bot may show a calendar in this activity's chat; fails closed.
 * - Anything but a recognised 1:1 chat is shared: a missing, unknown or oddly spelled
 *   conversationType ("GroupChat", " channel"), and a "personal" one that carries a team or channel,
 *   or a group chat's or channel's conversation id (Teams' ids for those are `19:...@thread.*`;
 *   a bot's 1:1 chat is `a:...`).
 * - A chat of another organization than the bot's (`botTenantId`, when it names one tenant), or one
 *   whose two tenant fields disagree: the bot's identity can reach no calendar of it, and sign-in
 *   would only go round in circles.
 */
export function chatRefusal(activity: Partial<Activity>, botTenantId: string): ChatRefusal | undefined {
  const conversation = activity.conversation;
  const channelData = activity.channelData as { team?: unknown; channel?: unknown; tenant?: { id?: unknown } } | undefined;
  if (
    conversation?.conversationType !== 'personal' ||
    conversation.isGroup === true ||
    /@thread\./i.test(String(conversation.id)) ||
    channelData?.team != null ||
    channelData?.channel != null
  ) {
    return 'shared';
  }
  const named = [conversation.tenantId, channelData?.tenant?.id].filter((id) => id != null).map((id) => String(id).toLowerCase());
  if (named.some((id) => id !== named[0])) return 'otherOrganization';
  if (GUID.test(botTenantId) && named.length > 0 && named[0] !== botTenantId.toLowerCase()) return 'otherOrganization';
  return undefined;
}
