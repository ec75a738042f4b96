import type { GraphRequest, GraphResponse } from '../../http/contract';
import type { Caller } from '../../http/contract';
import { listableCalendars, mailboxRefOf, openMailbox, roleOf, seesPrivateItems } from '../access';
import { graphErrors } from '../errors';
import type { CalendarStore, Mailbox, SharedCalendar, StoredCalendar, StoredUser } from '../store';
import { queryValue } from '../query';
import { contextOwner, type WorldState } from '../world-state';

function wireUser(user: StoredUser): Record<string, unknown> {
  return {
    businessPhones: [],
    displayName: user.displayName,
    givenName: user.givenName ?? null,
    jobTitle: user.jobTitle ?? null,
    mail: user.mail,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: 'en-US',
    surname: user.surname ?? null,
    userPrincipalName: user.userPrincipalName,
    id: user.id,
  };
}

/** GET /me, GET /users/{id|upn}: directory reads need no mailbox rights. */
export function getUser(state: WorldState) {
  return (request: GraphRequest): GraphResponse => {
    const ref = mailboxRefOf(request.path);
    const key = ref?.kind === 'users' ? ref.key : request.caller.userId;
    const user = state.store.findUser(key);
    if (!user) throw graphErrors.resourceNotFound(key);
    return { status: 200, body: { '@odata.context': `${request.baseUrl}/$metadata#users/$entity`, ...wireUser(user) } };
  };
}

/** GET /me/mailboxSettings: the time zone the bot falls back on. */
export function getMailboxSettings(state: WorldState) {
  return (request: GraphRequest): GraphResponse => {
    const mailbox = openMailbox(state.store, request, 'read', { calendarPermission: false });
    return {
      status: 200,
      body: {
        '@odata.context': `${request.baseUrl}/$metadata#${contextOwner(state, mailbox.ownerId, request.caller)}/mailboxSettings`,
        archiveFolder: null,
        timeZone: mailbox.timeZone,
        automaticRepliesSetting: { status: 'disabled', externalAudience: 'all', internalReplyMessage: '', externalReplyMessage: '' },
        dateFormat: 'M/d/yyyy',
        timeFormat: 'h:mm tt',
        userPurpose: 'user',
        delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
        language: { locale: 'en-US', displayName: 'English (United States)' },
        workingHours: {
          daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
          startTime: '08:00:00.0000000',
          endTime: '17:00:00.0000000',
          timeZone: { name: mailbox.timeZone },
        },
      },
    };
  };
}

/** What the caller may do with a calendar of this mailbox: everything in their own; a group's members edit; else by role. */
function abilities(
  store: CalendarStore,
  mailbox: Mailbox,
  caller: Caller,
  calendar?: StoredCalendar,
): { canShare: boolean; canEdit: boolean; canViewPrivateItems: boolean } {
  const own = mailbox.ownerId === caller.userId.toLowerCase();
  const role = own || mailbox.kind === 'group' ? 'write' : roleOf(store, mailbox, caller, calendar);
  return {
    canShare: own,
    canEdit: ['write', 'delegateWithoutPrivateEventAccess', 'delegateWithPrivateEventAccess'].includes(role),
    canViewPrivateItems: seesPrivateItems(store, mailbox, caller, calendar),
  };
}

function wireCalendar(state: WorldState, mailbox: Mailbox, calendar: StoredCalendar, caller: Caller): Record<string, unknown> {
  return {
    id: calendar.id,
    name: calendar.name,
    color: calendar.color,
    hexColor: '',
    isDefaultCalendar: calendar.isDefaultCalendar,
    changeKey: Buffer.from(calendar.id).toString('base64').slice(0, 24),
    ...abilities(state.store, mailbox, caller, calendar),
    allowedOnlineMeetingProviders: ['teamsForBusiness'],
    defaultOnlineMeetingProvider: 'teamsForBusiness',
    isTallyingResponses: true,
    isRemovable: !calendar.isDefaultCalendar,
    owner: ownerOf(state, mailbox),
  };
}

function ownerOf(state: WorldState, mailbox: Mailbox): { name: string; address: string } {
  return { name: mailbox.displayName, address: state.store.findUser(mailbox.ownerId)?.mail ?? mailbox.address };
}

/**
 * The caller's copy of a calendar shared or delegated to them (outlook-create-event-in-shared-delegated-calendar.md,
 * step 1): own id, named after the owner, owner the sharer, canShare false, canEdit and
 * canViewPrivateItems by the role the owner gave.
 */
function wireSharedCalendar(state: WorldState, copy: SharedCalendar, caller: Caller): Record<string, unknown> {
  const owner = state.store.mailboxes.get(copy.ownerId)!;
  return {
    id: copy.id,
    name: copy.name,
    color: 'auto',
    hexColor: '',
    isDefaultCalendar: false,
    changeKey: Buffer.from(copy.id).toString('base64').slice(0, 24),
    ...abilities(
      state.store,
      owner,
      caller,
      owner.calendars.find((c) => c.id === copy.calendarId),
    ),
    allowedOnlineMeetingProviders: ['teamsForBusiness'],
    defaultOnlineMeetingProvider: 'teamsForBusiness',
    isTallyingResponses: false,
    isRemovable: true,
    owner: ownerOf(state, owner),
  };
}

/** Calendar properties a `$select` may name (resources/calendar.md). */
const CALENDAR_PROPERTIES = [
  'id',
  'name',
  'color',
  'hexColor',
  'isDefaultCalendar',
  'changeKey',
  'canShare',
  'canEdit',
  'canViewPrivateItems',
  'allowedOnlineMeetingProviders',
  'defaultOnlineMeetingProvider',
  'isTallyingResponses',
  'isRemovable',
  'owner',
];

function selectCalendar(wire: Record<string, unknown>, select: string | null): Record<string, unknown> {
  if (select === null || select.trim() === '') return wire;
  const known = new Map(CALENDAR_PROPERTIES.map((name) => [name.toLowerCase(), name]));
  const keep = new Set(['id']);
  for (const raw of select.split(',')) {
    const name = known.get(raw.trim().toLowerCase());
    if (!name) throw graphErrors.unknownPropertyOf(raw.trim(), 'microsoft.graph.calendar');
    keep.add(name);
  }
  return Object.fromEntries(Object.entries(wire).filter(([key]) => keep.has(key)));
}

/**
 * GET /me/calendars, /me/calendarGroups/{id}/calendars: the user's own calendars and their copies of
 * calendars shared or delegated to them; another user's: the one shared with the caller.
 */
export function listCalendars(state: WorldState, inGroup: boolean) {
  return (request: GraphRequest): GraphResponse => {
    const mailbox = openMailbox(state.store, request, 'read');
    const groupId = request.params.calendarGroupId;
    if (inGroup && !mailbox.calendarGroups.some((g) => g.id === groupId)) throw graphErrors.itemNotFound();
    const inScope = (c: { calendarGroupId: string }) => !inGroup || c.calendarGroupId === groupId;
    const own = mailbox.ownerId === request.caller.userId.toLowerCase();
    const select = queryValue(request.query, '$select');
    const value = [
      ...listableCalendars(mailbox, request.caller)
        .filter(inScope)
        .map((c) => wireCalendar(state, mailbox, c, request.caller)),
      ...(own ? mailbox.sharedCalendars.filter(inScope).map((c) => wireSharedCalendar(state, c, request.caller)) : []),
    ].map((wire) => selectCalendar(wire, select));
    return {
      status: 200,
      body: { '@odata.context': `${request.baseUrl}/$metadata#${contextOwner(state, mailbox.ownerId, request.caller)}/calendars`, value },
    };
  };
}

export function getCalendar(state: WorldState, byId: boolean) {
  return (request: GraphRequest): GraphResponse => {
    const mailbox = openMailbox(state.store, request, 'read');
    const own = mailbox.ownerId === request.caller.userId.toLowerCase();
    const copy = byId && own ? mailbox.sharedCalendars.find((c) => c.id === request.params.calendarId) : undefined;
    let wire: Record<string, unknown>;
    if (copy) {
      wire = wireSharedCalendar(state, copy, request.caller);
    } else {
      const calendar = byId ? mailbox.calendars.find((c) => c.id === request.params.calendarId) : state.store.defaultCalendar(mailbox);
      if (!calendar) throw graphErrors.itemNotFound();
      if (!listableCalendars(mailbox, request.caller).includes(calendar)) throw graphErrors.accessDenied();
      wire = wireCalendar(state, mailbox, calendar, request.caller);
    }
    return {
      status: 200,
      body: {
        '@odata.context': `${request.baseUrl}/$metadata#${contextOwner(state, mailbox.ownerId, request.caller)}/calendars/$entity`,
        ...selectCalendar(wire, queryValue(request.query, '$select')),
      },
    };
  };
}

export function listCalendarGroups(state: WorldState) {
  return (request: GraphRequest): GraphResponse => {
    const mailbox = openMailbox(state.store, request, 'read');
    return {
      status: 200,
      body: {
        '@odata.context': `${request.baseUrl}/$metadata#${contextOwner(state, mailbox.ownerId, request.caller)}/calendarGroups`,
        value: mailbox.calendarGroups.map((g) => ({
          id: g.id,
          name: g.name,
          classId: g.classId,
          changeKey: Buffer.from(g.id).toString('base64').slice(0, 24),
        })),
      },
    };
  };
}
