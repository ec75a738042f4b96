import type { GraphRequest, GraphResponse } from '../../http/contract';
import { mailboxRefOf, openMailbox } from '../access';
import { graphErrors } from '../errors';
import type { Mailbox, StoredCalendar, StoredUser } from '../store';
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
    const mailbox = openMailbox(state.store, request, 'read');
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

function wireCalendar(state: WorldState, mailbox: Mailbox, calendar: StoredCalendar, ownMailbox: boolean): Record<string, unknown> {
  return {
    id: calendar.id,
    name: calendar.name,
    color: calendar.color,
    hexColor: '',
    isDefaultCalendar: calendar.isDefaultCalendar,
    changeKey: Buffer.from(calendar.id).toString('base64').slice(0, 24),
    canShare: ownMailbox,
    canViewPrivateItems: ownMailbox,
    canEdit: true,
    allowedOnlineMeetingProviders: ['teamsForBusiness'],
    defaultOnlineMeetingProvider: 'teamsForBusiness',
    isTallyingResponses: true,
    isRemovable: !calendar.isDefaultCalendar,
    owner: { name: mailbox.displayName, address: state.store.findUser(mailbox.ownerId)?.mail ?? mailbox.address },
  };
}

/** GET /me/calendars, /me/calendarGroups/{id}/calendars, /me/calendar. */
export function listCalendars(state: WorldState, inGroup: boolean) {
  return (request: GraphRequest): GraphResponse => {
    const mailbox = openMailbox(state.store, request, 'read');
    let calendars = mailbox.calendars;
    if (inGroup) {
      if (!mailbox.calendarGroups.some((g) => g.id === request.params.calendarGroupId)) throw graphErrors.itemNotFound();
      calendars = calendars.filter((c) => c.calendarGroupId === request.params.calendarGroupId);
    }
    const own = mailbox.ownerId === request.caller.userId;
    return {
      status: 200,
      body: {
        '@odata.context': `${request.baseUrl}/$metadata#${contextOwner(state, mailbox.ownerId, request.caller)}/calendars`,
        value: calendars.map((c) => wireCalendar(state, mailbox, c, own)),
      },
    };
  };
}

export function getCalendar(state: WorldState, byId: boolean) {
  return (request: GraphRequest): GraphResponse => {
    const mailbox = openMailbox(state.store, request, 'read');
    const calendar = byId ? mailbox.calendars.find((c) => c.id === request.params.calendarId) : state.store.defaultCalendar(mailbox);
    if (!calendar) throw graphErrors.itemNotFound();
    return {
      status: 200,
      body: {
        '@odata.context': `${request.baseUrl}/$metadata#${contextOwner(state, mailbox.ownerId, request.caller)}/calendars/$entity`,
        ...wireCalendar(state, mailbox, calendar, mailbox.ownerId === request.caller.userId),
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
