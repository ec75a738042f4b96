import type { Activity } from 'botbuilder';
import type { UserRef } from '../auth';

/** The Entra user behind an activity, or undefined when it names none (not a Teams user). */
export function userRefOf(activity: Partial<Activity>, defaultTenantId: string): UserRef | undefined {
  const aadObjectId = activity.from?.aadObjectId;
  return aadObjectId ? { aadObjectId, tenantId: activity.conversation?.tenantId ?? defaultTenantId } : undefined;
}
