import type { MeetingCalendar } from '../calendar/meeting';
import { RecentMap } from '../recent-map';

/** How long the list of a user's calendars is trusted before it is read again (delegations and groups change rarely). */
const CALENDARS_FRESH_MS = 15 * 60_000;

type UserKey = { tenantId: string; id: string };

/** Users whose calendars one process keeps (a few hundred bytes each). */
const USERS_KEPT = 1000;

/**
 * The calendars each recent user may act on, kept by this process: a user's new conversations and
 * turns reuse them, and each instance learns them once per user and 15 minutes.
 */
export class KnownCalendars {
  private readonly users = new RecentMap<string, { readAt: number; list: MeetingCalendar[] }>(USERS_KEPT);

  get(user: UserKey, now: Date): MeetingCalendar[] | undefined {
    const known = this.users.get(keyOf(user));
    return known && now.getTime() - known.readAt < CALENDARS_FRESH_MS ? known.list : undefined;
  }

  remember(user: UserKey, list: MeetingCalendar[], now: Date): void {
    this.users.set(keyOf(user), { readAt: now.getTime(), list });
  }
}

function keyOf(user: UserKey): string {
  return `${user.tenantId}/${user.id}`;
}
