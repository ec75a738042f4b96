import type { GraphRequest, GraphRoute, RequiredScope } from '../http/contract';
import { openCalendars, openMailbox, type CalendarScope, type Need } from './access';
import { calendarView } from './handlers/calendar-view';
import { listMemberOf } from './handlers/directory';
import { cancelEvent, declineEvent, getEvent, patchEvent, removeEvent } from './handlers/event-actions';
import { getCalendar, getMailboxSettings, getUser, listCalendarGroups, listCalendars } from './handlers/mailbox';
import type { WorldState } from './world-state';

type Handler = GraphRoute['handle'];
type Check = (request: GraphRequest) => void;
/** A route whose permission is fixed (a scope name) or depends on whose calendar the path names (a check). */
const route = (method: GraphRoute['method'], pattern: string, access: RequiredScope | Check, handle: Handler): GraphRoute =>
  typeof access === 'string' ? { method, pattern, scope: access, handle } : { method, pattern, authorize: access, handle };

const USER_OWNERS = ['/me', '/users/{userId}'];
const GROUP_OWNER = '/groups/{groupId}';

/**
 * The calendar containers of event-cancel.md's path list, and which calendars each addresses.
 * The docs spell the group segment both calendarGroups/{id} and calendargroup (the default group);
 * the router already matches case-insensitively, so one spelling of each is declared.
 */
const USER_CONTAINERS: [string, CalendarScope][] = [
  ['', 'anyCalendar'],
  ['/calendar', 'defaultCalendar'],
  ['/calendars/{calendarId}', 'calendarById'],
  ['/calendarGroups/{calendarGroupId}/calendars/{calendarId}', 'calendarInGroup'],
  ['/calendarGroup/calendars/{calendarId}', 'calendarInDefaultGroup'],
];
const GROUP_CONTAINERS: [string, CalendarScope][] = [
  ['', 'anyCalendar'],
  ['/calendar', 'defaultCalendar'],
];

/** /me/calendarView is the default calendar's view (user-list-calendarview.md); by id otherwise. */
const viewScope = (scope: CalendarScope): CalendarScope => (scope === 'anyCalendar' ? 'defaultCalendar' : scope);

export function calendarRoutes(state: WorldState): GraphRoute[] {
  const routes: GraphRoute[] = [];
  // The permission, the delegation or membership, and the calendar id, checked before throttling and faults.
  const mailbox =
    (need: Need): Check =>
    (request) =>
      void openMailbox(state.store, request, need);
  const calendars =
    (scope: CalendarScope, need: Need): Check =>
    (request) =>
      void openCalendars(state.store, request, scope, need);
  const addEventRoutes = (prefix: string, scope: CalendarScope, canDecline: boolean) => {
    const event = `${prefix}/events/{eventId}`;
    routes.push(
      route('GET', event, calendars(scope, 'read'), getEvent(state, scope)),
      route('DELETE', event, calendars(scope, 'write'), removeEvent(state, scope)),
      route('PATCH', event, calendars(scope, 'write'), patchEvent(state, scope)),
      route('POST', `${event}/cancel`, calendars(scope, 'write'), cancelEvent(state, scope)),
      route('GET', `${prefix}/calendarView`, calendars(viewScope(scope), 'read'), calendarView(state, viewScope(scope))),
    );
    // event-decline.md lists user paths only.
    if (canDecline) routes.push(route('POST', `${event}/decline`, calendars(scope, 'write'), declineEvent(state, scope)));
  };
  for (const owner of USER_OWNERS) {
    for (const [container, scope] of USER_CONTAINERS) addEventRoutes(`${owner}${container}`, scope, true);
    routes.push(
      route('GET', owner, 'User.Read', getUser(state)),
      route('GET', `${owner}/mailboxSettings`, 'MailboxSettings.Read', getMailboxSettings(state)),
      route('GET', `${owner}/calendars`, mailbox('read'), listCalendars(state, false)),
      route('GET', `${owner}/calendar`, mailbox('read'), getCalendar(state, false)),
      route('GET', `${owner}/calendars/{calendarId}`, mailbox('read'), getCalendar(state, true)),
      route('GET', `${owner}/calendarGroups`, mailbox('read'), listCalendarGroups(state)),
      route('GET', `${owner}/calendarGroups/{calendarGroupId}/calendars`, mailbox('read'), listCalendars(state, true)),
    );
  }
  for (const [container, scope] of GROUP_CONTAINERS) addEventRoutes(`${GROUP_OWNER}${container}`, scope, false);
  routes.push(route('GET', `${GROUP_OWNER}/calendar`, mailbox('read'), getCalendar(state, false)));
  // user-list-memberof.md: /me/memberOf with User.Read (docs-contrib #3350), and its OData cast to groups.
  routes.push(
    route('GET', '/me/memberOf', 'User.Read', listMemberOf(state, false)),
    route('GET', '/me/memberOf/microsoft.graph.group', 'User.Read', listMemberOf(state, true)),
  );
  return routes;
}
