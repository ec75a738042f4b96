import type { Caller, GraphRequest } from '../http/contract';
import { graphErrors } from './errors';
import type { CalendarRole, CalendarStore, Mailbox, StoredCalendar } from './store';

/** Whose mailbox a path names: /me, /users/{id|upn}, /groups/{id}. */
export type MailboxRef = { kind: 'me' } | { kind: 'users' | 'groups'; key: string };

export function mailboxRefOf(path: string): MailboxRef | undefined {
  const [first, second] = path.split('/').filter(Boolean);
  const kind = first?.toLowerCase();
  if (kind === 'me') return { kind: 'me' };
  if ((kind === 'users' || kind === 'groups') && second) return { kind, key: safeDecode(second) };
  return undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The mailbox's owner id a request targets, for per-mailbox throttling; no checks. */
export function mailboxKeyOf(store: CalendarStore, path: string, caller: Caller): string | undefined {
  const ref = mailboxRefOf(path);
  if (!ref) return undefined;
  if (ref.kind === 'me') return caller.userId;
  const owner = ref.kind === 'users' ? store.findUser(ref.key) : store.findGroup(ref.key);
  return owner?.id ?? ref.key.toLowerCase();
}

const READ_ROLES: CalendarRole[] = ['read', 'write', 'delegateWithoutPrivateEventAccess', 'delegateWithPrivateEventAccess'];
const WRITE_ROLES: CalendarRole[] = ['write', 'delegateWithoutPrivateEventAccess', 'delegateWithPrivateEventAccess'];

export type Need = 'read' | 'write';

/**
 * The mailbox a request may use: the caller's own; another user's only with a seeded delegate or
 * share role; a group's only for its members. Otherwise 403 ErrorAccessDenied; unknown owners 404.
 */
export function openMailbox(store: CalendarStore, request: Pick<GraphRequest, 'path' | 'caller'>, need: Need): Mailbox {
  const ref = mailboxRefOf(request.path);
  const callerId = request.caller.userId.toLowerCase();
  if (!ref) throw graphErrors.accessDenied();
  if (ref.kind === 'me') {
    const own = store.mailboxes.get(callerId);
    if (!own) throw graphErrors.invalidUser(request.caller.upn);
    return own;
  }
  if (ref.kind === 'groups') {
    const group = store.findGroup(ref.key);
    if (!group) throw graphErrors.resourceNotFound(ref.key);
    if (!group.memberIds.includes(callerId)) throw graphErrors.accessDenied();
    return store.mailboxes.get(group.id)!;
  }
  const user = store.findUser(ref.key);
  if (!user) throw graphErrors.invalidUser(ref.key);
  const mailbox = store.mailboxes.get(user.id)!;
  if (user.id === callerId) return mailbox;
  const caller = store.findUser(callerId);
  const addresses = [caller?.mail, caller?.userPrincipalName, request.caller.upn].filter(Boolean).map((a) => a!.toLowerCase());
  const role = mailbox.permissions.find((p) => addresses.includes(p.address))?.role ?? 'none';
  if (!(need === 'read' ? READ_ROLES : WRITE_ROLES).includes(role)) throw graphErrors.accessDenied();
  return mailbox;
}

/** Which calendars of the mailbox a path addresses (by the route's shape). */
export type CalendarScope = 'anyCalendar' | 'defaultCalendar' | 'calendarById' | 'calendarInGroup' | 'calendarInDefaultGroup';

/** The calendars a request may see through its path; unknown calendar or group ids: 404. */
export function scopedCalendars(mailbox: Mailbox, scope: CalendarScope, params: Record<string, string>): StoredCalendar[] {
  const byId = (groupId?: string) => {
    const calendar = mailbox.calendars.find((c) => c.id === params.calendarId && (!groupId || c.calendarGroupId === groupId));
    if (!calendar) throw graphErrors.itemNotFound();
    return [calendar];
  };
  switch (scope) {
    case 'anyCalendar':
      return mailbox.calendars;
    case 'defaultCalendar':
      return mailbox.calendars.filter((c) => c.isDefaultCalendar);
    case 'calendarById':
      return byId();
    case 'calendarInGroup': {
      if (!mailbox.calendarGroups.some((g) => g.id === params.calendarGroupId)) throw graphErrors.itemNotFound();
      return byId(params.calendarGroupId);
    }
    case 'calendarInDefaultGroup':
      return byId(mailbox.calendarGroups[0].id);
  }
}

/** Is the caller this copy's organizer? In a group calendar that depends on who asks. */
export function callerOrganizes(
  store: CalendarStore,
  mailbox: Mailbox,
  organizerAddress: string,
  isOrganizerCopy: boolean,
  caller: Caller,
): boolean {
  if (mailbox.kind === 'user') return isOrganizerCopy;
  const user = store.findUser(caller.userId);
  const address = organizerAddress.toLowerCase();
  return !!user && (user.mail.toLowerCase() === address || user.userPrincipalName.toLowerCase() === address);
}
