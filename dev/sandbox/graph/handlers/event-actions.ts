import type { GraphRequest, GraphResponse } from '../../http/contract';
import { calendarOf, callerOrganizes, openCalendars, seesPrivateItems, type CalendarScope, type Need } from '../access';
import { graphErrors } from '../errors';
import { findInstance, instanceOfOccurrence, instanceOfStored, type EventInstance } from '../instances';
import {
  cancelMeeting,
  changeOccurrence,
  checkOccurrenceMove,
  declineMeeting,
  deleteEvent,
  updateEvent,
  type EventChanges,
} from '../meetings';
import { dateTimeTimeZoneToInstant } from '../../../../src/time/zones';
import { GraphHttpError } from '../../http/contract';
import { queryValue } from '../query';
import type { Mailbox } from '../store';
import { outputZoneOf, parseSelect, preferenceHeaders, toWireEvent } from '../wire';
import { contextOwner, type WorldState } from '../world-state';

interface Located {
  mailbox: Mailbox;
  instance: EventInstance;
  isOrganizer: boolean;
}

function locate(state: WorldState, request: GraphRequest, scope: CalendarScope, need: Need): Located {
  const { store } = state;
  const { mailbox, calendars } = openCalendars(store, request, scope, need);
  const instance = findInstance(mailbox, request.params.eventId, calendars);
  const { event } = instance;
  // Another user's private event cannot be got by id without Delegate + CanViewPrivateItems: "The specified object was not
  // found in the store" (calendar-list-events.md's note; docs #14494). Lists still show it, without details (inferred).
  if (event.sensitivity === 'private' && !seesPrivateItems(store, mailbox, request.caller, calendarOf(calendars)))
    throw graphErrors.itemNotFound();
  const isOrganizer = callerOrganizes(store, mailbox, event.organizer.emailAddress.address, event.isOrganizer, request.caller);
  return { mailbox, instance, isOrganizer };
}

/**
 * An action's JSON body as a map of lower-cased parameter names (Graph binds `Comment` as well as
 * `comment`). Unknown parameters and non-objects are OData binding errors: 400, nothing changes.
 */
function actionParameters(body: unknown, action: string, allowed: string[]): Map<string, unknown> {
  if (body === undefined || body === null) return new Map();
  if (typeof body !== 'object' || Array.isArray(body)) throw graphErrors.invalidBodyValue(action, 'microsoft.graph.' + action);
  const parameters = new Map<string, unknown>();
  for (const [name, value] of Object.entries(body)) {
    if (!allowed.includes(name.toLowerCase())) throw graphErrors.invalidActionParameter(name, action);
    parameters.set(name.toLowerCase(), value);
  }
  return parameters;
}

function stringParameter(parameters: Map<string, unknown>, name: string): string {
  const value = parameters.get(name.toLowerCase());
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw graphErrors.invalidBodyValue(name, 'Edm.String');
  return value;
}

export function getEvent(state: WorldState, scope: CalendarScope) {
  return (request: GraphRequest): GraphResponse => {
    const select = parseSelect(queryValue(request.query, '$select'));
    const { mailbox, instance, isOrganizer } = locate(state, request, scope, 'read');
    const zone = outputZoneOf(request.headers);
    const wire = toWireEvent(instance, { zone, isOrganizer }, select);
    return {
      status: 200,
      body: {
        '@odata.context': `${request.baseUrl}/$metadata#${contextOwner(state, mailbox.ownerId, request.caller)}/events/$entity`,
        ...wire,
      },
      headers: preferenceHeaders(zone),
    };
  };
}

/** event-cancel.md: organizer only (attendee: 400), 202 with no body. */
export function cancelEvent(state: WorldState, scope: CalendarScope) {
  return (request: GraphRequest): GraphResponse => {
    const comment = stringParameter(actionParameters(request.body, 'cancel', ['comment']), 'comment');
    const { mailbox, instance, isOrganizer } = locate(state, request, scope, 'write');
    if (!isOrganizer) throw graphErrors.organizerRequired();
    cancelMeeting(state.store, mailbox, instance, comment);
    return { status: 202 };
  };
}

/** event-decline.md: {comment, sendResponse (default true), proposedNewTime?} -> 202. */
export function declineEvent(state: WorldState, scope: CalendarScope) {
  return (request: GraphRequest): GraphResponse => {
    const parameters = actionParameters(request.body, 'decline', ['comment', 'sendresponse', 'proposednewtime']);
    const comment = stringParameter(parameters, 'comment');
    const sendResponse = parameters.get('sendresponse') ?? true;
    if (typeof sendResponse !== 'boolean') throw graphErrors.invalidBodyValue('sendResponse', 'Edm.Boolean');
    const proposedNewTime = parameters.get('proposednewtime') ?? undefined;
    if (proposedNewTime !== undefined && (typeof proposedNewTime !== 'object' || Array.isArray(proposedNewTime))) {
      throw graphErrors.invalidBodyValue('proposedNewTime', 'microsoft.graph.timeSlot');
    }
    // event-decline.md: proposedNewTime with sendResponse false is a 400 (code and wording inferred).
    if (proposedNewTime && !sendResponse) {
      throw graphErrors.invalidRequest('A new time can be proposed only when a response is sent to the organizer.');
    }
    const { mailbox, instance, isOrganizer } = locate(state, request, scope, 'write');
    declineMeeting(state.store, mailbox, instance, isOrganizer, { comment, sendResponse, proposedNewTime });
    return { status: 202 };
  };
}

/** event-delete.md: 204 No Content. */
export function removeEvent(state: WorldState, scope: CalendarScope) {
  return (request: GraphRequest): GraphResponse => {
    const { mailbox, instance, isOrganizer } = locate(state, request, scope, 'write');
    deleteEvent(state.store, mailbox, instance, isOrganizer);
    return { status: 204 };
  };
}

/**
 * event-update.md: PATCH with the properties to change -> 200 and the updated event. The sandbox
 * models subject, start, end and location of an event, a series master or one occurrence (which
 * becomes an exception); anything else is answered 501 so a test never relies on a pretence.
 */
export function patchEvent(state: WorldState, scope: CalendarScope) {
  return (request: GraphRequest): GraphResponse => {
    const changes = eventChanges(request.body);
    const { mailbox, instance, isOrganizer } = locate(state, request, scope, 'write');
    const { occurrence } = instance;
    const start = changes.start ? Date.parse(dateTimeTimeZoneToInstant(changes.start)) : instance.start;
    const end = changes.end ? Date.parse(dateTimeTimeZoneToInstant(changes.end)) : instance.end;
    if (end < start) throw graphErrors.invalidRequest('The end time of the event must not be before its start time.');
    // An occurrence changed on its own becomes an exception of its series, under the same id.
    if (occurrence && (changes.start || changes.end)) checkOccurrenceMove(instance.event, occurrence.originalStart, start, end);
    if (occurrence) changeOccurrence(state.store, mailbox, instance, isOrganizer, changes);
    else updateEvent(state.store, mailbox, instance, isOrganizer, changes);
    const zone = outputZoneOf(request.headers);
    const updated = occurrence ? instanceOfOccurrence(instance.event, occurrence, instance.id) : instanceOfStored(instance.event);
    return {
      status: 200,
      body: {
        '@odata.context': `${request.baseUrl}/$metadata#${contextOwner(state, mailbox.ownerId, request.caller)}/events/$entity`,
        ...toWireEvent(updated, { zone, isOrganizer }),
      },
      headers: preferenceHeaders(zone),
    };
  };
}

const notModelled = (what: string) => new GraphHttpError(501, 'NotImplemented', `The sandbox does not model ${what}.`);

function eventChanges(body: unknown): EventChanges {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw graphErrors.invalidBodyValue('event', 'microsoft.graph.event');
  const changes: EventChanges = {};
  for (const [name, value] of Object.entries(body)) {
    switch (name) {
      case 'subject':
        if (typeof value !== 'string') throw graphErrors.invalidBodyValue(name, 'Edm.String');
        changes.subject = value;
        break;
      case 'start':
      case 'end':
        if (!isDateTimeTimeZone(value)) throw graphErrors.invalidBodyValue(name, 'microsoft.graph.dateTimeTimeZone');
        changes[name] = { dateTime: value.dateTime, timeZone: value.timeZone };
        break;
      case 'location':
        if (typeof value !== 'object' || value === null || typeof (value as { displayName?: unknown }).displayName !== 'string')
          throw graphErrors.invalidBodyValue(name, 'microsoft.graph.location');
        changes.location = { displayName: (value as { displayName: string }).displayName };
        break;
      default:
        throw notModelled(`updating '${name}'`);
    }
  }
  return changes;
}

function isDateTimeTimeZone(value: unknown): value is { dateTime: string; timeZone: string } {
  const v = value as { dateTime?: unknown; timeZone?: unknown } | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.dateTime === 'string' &&
    typeof v.timeZone === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?$/.test(v.dateTime) &&
    (() => {
      try {
        return Number.isFinite(Date.parse(dateTimeTimeZoneToInstant({ dateTime: v.dateTime as string, timeZone: v.timeZone as string })));
      } catch {
        return false;
      }
    })()
  );
}
