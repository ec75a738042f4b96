import type { GraphRoute, RequiredScope } from '../http/contract';
import type { CalendarScope } from './access';
import { calendarView } from './handlers/calendar-view';
import { cancelEvent, declineEvent, getEvent, removeEvent } from './handlers/event-actions';
import { getCalendar, getMailboxSettings, getUser, listCalendarGroups, listCalendars } from './handlers/mailbox';
import type { WorldState } from './world-state';

type Handler = GraphRoute['handle'];
const route = (method: GraphRoute['method'], pattern: string, scope: RequiredScope, handle: Handler): GraphRoute => ({
  method,
  pattern,
  scope,
  handle,
});

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
  const addEventRoutes = (prefix: string, scope: CalendarScope, canDecline: boolean) => {
    const event = `${prefix}/events/{eventId}`;
    routes.push(
      route('GET', event, 'Calendars.Read', getEvent(state, scope)),
      route('DELETE', event, 'Calendars.ReadWrite', removeEvent(state, scope)),
      route('POST', `${event}/cancel`, 'Calendars.ReadWrite', cancelEvent(state, scope)),
      route('GET', `${prefix}/calendarView`, 'Calendars.Read', calendarView(state, viewScope(scope))),
    );
    // event-decline.md lists user paths only.
    if (canDecline) routes.push(route('POST', `${event}/decline`, 'Calendars.ReadWrite', declineEvent(state, scope)));
  };
  for (const owner of USER_OWNERS) {
    for (const [container, scope] of USER_CONTAINERS) addEventRoutes(`${owner}${container}`, scope, true);
    routes.push(
      route('GET', owner, 'User.Read', getUser(state)),
      route('GET', `${owner}/mailboxSettings`, 'MailboxSettings.Read', getMailboxSettings(state)),
      route('GET', `${owner}/calendars`, 'Calendars.Read', listCalendars(state, false)),
      route('GET', `${owner}/calendar`, 'Calendars.Read', getCalendar(state, false)),
      route('GET', `${owner}/calendars/{calendarId}`, 'Calendars.Read', getCalendar(state, true)),
      route('GET', `${owner}/calendarGroups`, 'Calendars.Read', listCalendarGroups(state)),
      route('GET', `${owner}/calendarGroups/{calendarGroupId}/calendars`, 'Calendars.Read', listCalendars(state, true)),
    );
  }
  for (const [container, scope] of GROUP_CONTAINERS) addEventRoutes(`${GROUP_OWNER}${container}`, scope, false);
  routes.push(route('GET', `${GROUP_OWNER}/calendar`, 'Calendars.Read', getCalendar(state, false)));
  return routes;
}
