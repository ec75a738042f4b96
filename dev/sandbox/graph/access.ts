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

/** Whose calendar, as the permissions reference tells them apart. */
type Family = 'own' | 'otherUser' | 'group';

/**
 * The delegated permissions that open each family of calendars. Own: Calendars.* (the .Shared ones
 * include the user's own, user-list-calendars.md lists Calendars.Read.Shared for /me/calendars).
 * Another user's: only Calendars.Read.Shared / Calendars.ReadWrite.Shared (outlook-get-shared-events-calendars.md;
 * Calendars.ReadWrite alone is refused, docs-contrib #4108). A group's: Group.Read.All /
 * Group.ReadWrite.All (group-list-calendarview.md, calendar-get.md), never Calendars.*.
 */
const PERMISSIONS: Record<Family, Record<Need, string[]>> = {
  own: {
    read: ['Calendars.Read', 'Calendars.ReadWrite', 'Calendars.Read.Shared', 'Calendars.ReadWrite.Shared'],
    write: ['Calendars.ReadWrite', 'Calendars.ReadWrite.Shared'],
  },
  otherUser: { read: ['Calendars.Read.Shared', 'Calendars.ReadWrite.Shared'], write: ['Calendars.ReadWrite.Shared'] },
  group: { read: ['Group.Read.All', 'Group.ReadWrite.All'], write: ['Group.ReadWrite.All'] },
};

function requirePermission(caller: Caller, family: Family, need: Need): void {
  const granted = new Set(caller.scopes.map((scope) => scope.toLowerCase()));
  if (!PERMISSIONS[family][need].some((scope) => granted.has(scope.toLowerCase()))) throw graphErrors.accessDenied();
}

/**
 * The role a calendar permission gives the caller in another user's mailbox ('none' without one):
 * on its default calendar, or on `calendar` when that is another one (permissions are per calendar,
 * calendarpermission.md).
 */
export function roleOf(store: CalendarStore, mailbox: Mailbox, caller: Caller, calendar?: StoredCalendar): CalendarRole {
  const user = store.findUser(caller.userId);
  const addresses = [user?.mail, user?.userPrincipalName, caller.upn].filter(Boolean).map((a) => a!.toLowerCase());
  const permissions = calendar && !calendar.isDefaultCalendar ? (calendar.permissions ?? []) : mailbox.permissions;
  return permissions.find((p) => addresses.includes(p.address))?.role ?? 'none';
}

function requireRole(store: CalendarStore, mailbox: Mailbox, caller: Caller, need: Need, calendar?: StoredCalendar): void {
  const role = roleOf(store, mailbox, caller, calendar);
  if (!(need === 'read' ? READ_ROLES : WRITE_ROLES).includes(role)) throw graphErrors.accessDenied();
}

/** Whether the caller sees the details of private events here: the owner, or a delegate given private access. */
export function seesPrivateItems(store: CalendarStore, mailbox: Mailbox, caller: Caller, calendar?: StoredCalendar): boolean {
  if (mailbox.kind === 'group' || mailbox.ownerId === caller.userId.toLowerCase()) return true;
  return roleOf(store, mailbox, caller, calendar) === 'delegateWithPrivateEventAccess';
}

export interface OpenOptions {
  /** false for reads that need no calendar permission (mailbox settings: the route's own scope covers them). */
  calendarPermission?: boolean;
}

/**
 * The mailbox a request may use, checked in Graph's order as far as it shows: an unknown user 404
 * ErrorInvalidUser, an unknown group 404; then the permission of the path's family; then, for another
 * user's mailbox, a delegate or share role, for a group's, membership. Every refusal is the same 403
 * ErrorAccessDenied "Access is denied. Check credentials and try again.", as Graph gives it.
 */
export function openMailbox(
  store: CalendarStore,
  request: Pick<GraphRequest, 'path' | 'caller'>,
  need: Need,
  options: OpenOptions = {},
): Mailbox {
  const ref = mailboxRefOf(request.path);
  const { caller } = request;
  const callerId = caller.userId.toLowerCase();
  const permission = (family: Family) => {
    if (options.calendarPermission !== false) requirePermission(caller, family, need);
  };
  if (!ref) throw graphErrors.accessDenied();
  // A user without a usable mailbox: checked after the permission (inferred order; Graph does not document it).
  const usable = (mailbox: Mailbox) => {
    if (mailbox.kind === 'user' && store.findUser(mailbox.ownerId)?.exchangeOnline === false) throw graphErrors.mailboxNotEnabled();
    return mailbox;
  };
  if (ref.kind === 'me') {
    const own = store.mailboxes.get(callerId);
    if (!own) throw graphErrors.invalidUser(caller.upn);
    permission('own');
    return usable(own);
  }
  if (ref.kind === 'groups') {
    const group = store.findGroup(ref.key);
    if (!group) throw graphErrors.resourceNotFound(ref.key);
    permission('group');
    if (!group.memberIds.includes(callerId)) throw graphErrors.accessDenied();
    return store.mailboxes.get(group.id)!;
  }
  const user = store.findUser(ref.key);
  if (!user) throw graphErrors.invalidUser(ref.key);
  const mailbox = store.mailboxes.get(user.id)!;
  if (user.id === callerId) {
    permission('own');
    return usable(mailbox);
  }
  permission('otherUser');
  requireRole(store, mailbox, caller, need);
  return usable(mailbox);
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

/**
 * The mailbox and calendars a calendar or event request reaches. A calendar id may name the
 * caller's copy of a calendar someone shared or delegated to them (as /me/calendars lists it):
 * that reaches the owner's calendar, with the owner's role for the caller on that calendar. A copy
 * of the owner's primary calendar needs the sharing permissions, as the same request through
 * /users/{owner}/calendar would (outlook-create-event-in-shared-delegated-calendar.md posts to
 * /me/calendars/{copy id}/events with Calendars.ReadWrite.Shared); a copy of a custom calendar the
 * user's own ones, Calendars.Read or Calendars.ReadWrite (outlook-get-shared-events-calendars.md,
 * "Get shared, custom calendar or its events from share recipient's mailbox").
 */
export function openCalendars(
  store: CalendarStore,
  request: Pick<GraphRequest, 'path' | 'caller' | 'params'>,
  scope: CalendarScope,
  need: Need,
): { mailbox: Mailbox; calendars: StoredCalendar[] } {
  const mailbox = openMailbox(store, request, need);
  const { calendarId, calendarGroupId } = request.params;
  const copy =
    scope === 'calendarById' || scope === 'calendarInGroup' || scope === 'calendarInDefaultGroup'
      ? mailbox.sharedCalendars.find(
          (c) =>
            c.id === calendarId &&
            (scope === 'calendarById' ||
              c.calendarGroupId === (scope === 'calendarInGroup' ? calendarGroupId : mailbox.calendarGroups[0].id)),
        )
      : undefined;
  if (!copy) return { mailbox, calendars: reachable(mailbox, request.caller, scopedCalendars(mailbox, scope, request.params)) };
  const owner = store.mailboxes.get(copy.ownerId)!;
  const calendars = owner.calendars.filter((c) => c.id === copy.calendarId);
  requirePermission(request.caller, calendars[0].isDefaultCalendar ? 'otherUser' : 'own', need);
  requireRole(store, owner, request.caller, need, calendars[0]);
  return { mailbox: owner, calendars };
}

/** The one calendar a request reached, whose own permissions then apply; undefined when it reached several. */
export function calendarOf(calendars: StoredCalendar[]): StoredCalendar | undefined {
  return calendars.length === 1 ? calendars[0] : undefined;
}

/**
 * In another user's mailbox a delegate or share recipient reaches the calendar the permission is on,
 * the default one (calendarpermission.md: permissions are per calendar; the seed shares the default).
 * Inferred: a path naming another of that user's calendars is refused like a missing share.
 */
function reachable(mailbox: Mailbox, caller: Caller, calendars: StoredCalendar[]): StoredCalendar[] {
  const all = listableCalendars(mailbox, caller);
  // A path naming one calendar the caller cannot reach; a path over all calendars just sees fewer.
  if (calendars.length === 1 && !all.includes(calendars[0])) throw graphErrors.accessDenied();
  return calendars.filter((c) => all.includes(c));
}

/** The calendars of a mailbox the caller may list: their own, a group's, or another user's shared one. */
export function listableCalendars(mailbox: Mailbox, caller: Caller): StoredCalendar[] {
  return mailbox.kind === 'group' || mailbox.ownerId === caller.userId.toLowerCase()
    ? mailbox.calendars
    : mailbox.calendars.filter((c) => c.isDefaultCalendar);
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
