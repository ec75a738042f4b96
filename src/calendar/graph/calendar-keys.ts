import type { GraphAccess } from '../../auth/errors';

/**
 * Where an event lives, as a Graph path: the user's own mailbox (default calendar or another of
 * theirs), another person's primary calendar (the user is their delegate, or it is shared with
 * them), another person's custom calendar shared with the user (reached through the user's own
 * copy of it: outlook-get-shared-events-calendars.md), or a Microsoft 365 group's.
 * Keys are this adapter's own spelling of that place; nothing outside calendar/graph reads them.
 */
export type Container =
  | { kind: 'me' }
  | { kind: 'myCalendar'; calendarId: string }
  | { kind: 'person'; address: string }
  | { kind: 'sharedCopy'; calendarId: string }
  | { kind: 'group'; groupId: string };

const SEPARATOR = '|';

/** A calendar's key: '' for the user's default calendar. Segments are URI-encoded, so never hold the separator. */
export function calendarKey(container: Container): string {
  switch (container.kind) {
    case 'me':
      return '';
    case 'myCalendar':
      return `me/calendars/${encodeURIComponent(container.calendarId)}`;
    case 'person':
      return `users/${encodeURIComponent(container.address)}`;
    case 'sharedCopy':
      return `shared/${encodeURIComponent(container.calendarId)}`;
    case 'group':
      return `groups/${encodeURIComponent(container.groupId)}`;
  }
}

/** Reads a calendar key back; undefined for anything this adapter did not write. */
export function containerOf(key: string): Container | undefined {
  if (key === '') return { kind: 'me' };
  const match = /^(me\/calendars|users|shared|groups)\/([^/|]+)$/.exec(key);
  if (!match) return undefined;
  let value: string;
  try {
    value = decodeURIComponent(match[2]);
  } catch {
    return undefined;
  }
  if (!value) return undefined;
  if (match[1] === 'users') return { kind: 'person', address: value };
  if (match[1] === 'groups') return { kind: 'group', groupId: value };
  if (match[1] === 'shared') return { kind: 'sharedCopy', calendarId: value };
  return { kind: 'myCalendar', calendarId: value };
}

/** A stored calendar key's container; the user's default calendar for a key this adapter did not write. */
export function containerAt(key: string): Container {
  return containerOf(key) ?? { kind: 'me' };
}

/** A meeting's key: the event id alone in the default calendar (so /me/events/{id}), else calendar and event. */
export function meetingKey(container: Container, eventId: string): string {
  const calendar = calendarKey(container);
  return calendar ? `${calendar}${SEPARATOR}${eventId}` : eventId;
}

export interface EventPlace {
  container: Container;
  eventId: string;
}

/** Graph event ids never hold the separator; a key that does not read back names no meeting. */
export function placeOf(key: string): EventPlace | undefined {
  const at = key.indexOf(SEPARATOR);
  if (at < 0) return key ? { container: { kind: 'me' }, eventId: key } : undefined;
  const container = containerOf(key.slice(0, at));
  const eventId = key.slice(at + 1);
  return container && eventId && container.kind !== 'me' ? { container, eventId } : undefined;
}

/** The path of the calendar's container, as event-cancel.md lists them. */
function root(container: Container): string {
  switch (container.kind) {
    case 'me':
      return '/me';
    case 'myCalendar':
    case 'sharedCopy':
      return `/me/calendars/${encodeURIComponent(container.calendarId)}`;
    case 'person':
      return `/users/${encodeURIComponent(container.address)}`;
    case 'group':
      return `/groups/${encodeURIComponent(container.groupId)}`;
  }
}

/** `/me/events/{id}`, `/me/calendars/{c}/events/{id}` (also a shared copy's), `/users/{owner}/events/{id}`, `/groups/{g}/events/{id}`. */
export function eventPath(place: EventPlace): string {
  return `${root(place.container)}/events/${encodeURIComponent(place.eventId)}`;
}

/** A delegate reads the owner's default calendar (delegation is granted on it); a group has one calendar. */
export function viewPath(container: Container): string {
  return container.kind === 'person' ? `${root(container)}/calendar/calendarView` : `${root(container)}/calendarView`;
}

/**
 * Which delegated permissions a container's paths need. A shared copy is a custom calendar someone
 * shared with the user (a copy of their primary one is read through their mailbox, see
 * isPrimaryCopy): the user's own permissions reach it (outlook-get-shared-events-calendars.md, "Get
 * shared, custom calendar or its events from share recipient's mailbox"), so no consent is asked for it.
 * A copy of a primary calendar the user renamed lands here too; Graph then refuses it (403), said as
 * no access to that calendar.
 */
export function accessOf(container: Container): GraphAccess {
  return container.kind === 'person' ? 'shared' : container.kind === 'group' ? 'groups' : 'own';
}
