import type { Activity } from 'botbuilder';
import type { UserRef } from '../auth';

/**
 * The Entra user behind an activity, or undefined when it names none (not a Teams user). Their tenant
 * is the conversation's, else the one Teams puts in channelData (both in a 1:1 chat), else the bot's.
 */
export function userRefOf(activity: Partial<Activity>, defaultTenantId: string): UserRef | undefined {
  const aadObjectId = activity.from?.aadObjectId;
  if (!aadObjectId) return undefined;
  const fromChannel = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const tenantId = activity.conversation?.tenantId || (typeof fromChannel === 'string' && fromChannel) || defaultTenantId;
  return { aadObjectId, tenantId };
}
