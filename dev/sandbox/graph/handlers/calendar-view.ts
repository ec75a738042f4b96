import { DateTime } from 'luxon';
import type { GraphRequest, GraphResponse } from '../../http/contract';
import { calendarOf, callerOrganizes, openCalendars, seesPrivateItems, type CalendarScope } from '../access';
import { graphErrors } from '../errors';
import { viewPage, type ViewOrder } from '../calendar-index';
import { queryValue } from '../query';
import { outputZoneOf, parseSelect, preferenceHeaders, toWireEvent, withoutPrivateDetails } from '../wire';
import { contextOwner, type WorldState } from '../world-state';

const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 1000;
const MAX_WINDOW_DAYS = 1825;

const UTC_MILLIS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** ISO 8601; without an offset the time is UTC (user-list-calendarview.md). */
function readInstant(name: string, value: string): Date {
  // The form most clients send (JavaScript's toISOString) read directly; luxon reads any other (and refuses what Graph refuses).
  if (UTC_MILLIS.test(value)) {
    const at = new Date(value);
    if (!Number.isNaN(at.getTime()) && at.toISOString() === value) return at;
  }
  const parsed = DateTime.fromISO(value, { zone: 'utc', setZone: true });
  if (!parsed.isValid) throw graphErrors.invalidParameter(name, value);
  return parsed.toJSDate();
}

function readCount(option: string, value: string | null, min: number, max: number): number | undefined {
  if (value === null) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min || n > max) throw graphErrors.invalidQueryOption(option, value);
  return n;
}

/** $orderby: start/dateTime or end/dateTime, asc (default) or desc. */
function readOrder(value: string | null): ViewOrder {
  if (value === null) return { key: 'start', descending: false };
  const match = /^\s*(start|end)\/datetime(?:\s+(asc|desc))?\s*$/i.exec(value);
  if (!match) throw graphErrors.invalidQueryOption('$orderby', value);
  return { key: match[1].toLowerCase() as 'start' | 'end', descending: match[2]?.toLowerCase() === 'desc' };
}

/** The same request with another $skip, as an absolute https URL (the JS client needs https:// to follow it). */
function nextLinkOf(request: GraphRequest, skip: number): string {
  const parts = [...request.query]
    .filter(([key]) => key.toLowerCase() !== '$skip')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`);
  parts.push(`$skip=${skip}`);
  return `${request.baseUrl}${request.path}?${parts.join('&')}`;
}

/** user-list-calendarview.md: occurrences, exceptions and single instances in a time window. */
export function calendarView(state: WorldState, scope: CalendarScope) {
  return (request: GraphRequest): GraphResponse => {
    const startValue = queryValue(request.query, 'startDateTime');
    const endValue = queryValue(request.query, 'endDateTime');
    if (startValue === null || endValue === null) throw graphErrors.missingTimeWindow();
    const from = readInstant('StartDateTime', startValue);
    const to = readInstant('EndDateTime', endValue);
    if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * 86_400_000) throw graphErrors.timeWindowTooLong();
    const select = parseSelect(queryValue(request.query, '$select'));
    const top = readCount('$top', queryValue(request.query, '$top'), 1, MAX_PAGE_SIZE) ?? DEFAULT_PAGE_SIZE;
    const skip = readCount('$skip', queryValue(request.query, '$skip'), 0, Number.MAX_SAFE_INTEGER) ?? 0;
    const order = readOrder(queryValue(request.query, '$orderby'));

    const { store } = state;
    const { mailbox, calendars } = openCalendars(store, request, scope, 'read');
    const seesPrivate = seesPrivateItems(store, mailbox, request.caller, calendarOf(calendars));
    const { instances, total } = viewPage(mailbox, calendars, { from: from.getTime(), to: to.getTime() }, order, { skip, top });
    const zone = outputZoneOf(request.headers);
    const value = instances.map((instance) => {
      const isOrganizer = callerOrganizes(
        store,
        mailbox,
        instance.event.organizer.emailAddress.address,
        instance.event.isOrganizer,
        request.caller,
      );
      const wire = toWireEvent(instance, { zone, isOrganizer }, select);
      return instance.event.sensitivity === 'private' && !seesPrivate ? withoutPrivateDetails(wire) : wire;
    });
    const body: Record<string, unknown> = {
      '@odata.context': `${request.baseUrl}/$metadata#${contextOwner(state, mailbox.ownerId, request.caller)}/calendarView`,
      value,
    };
    if (skip + top < total) body['@odata.nextLink'] = nextLinkOf(request, skip + top);
    return { status: 200, body, headers: preferenceHeaders(zone) };
  };
}
