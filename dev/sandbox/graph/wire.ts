import type { IncomingHttpHeaders } from 'node:http';
import { toIanaZone } from '../../../src/time/zones';
import { graphErrors } from './errors';
import type { EventInstance } from './instances';
import { wireTime } from './wire-time';

/** The zone times are written in: `Prefer: outlook.timezone="..."` when Graph knows it, else UTC. */
export interface OutputZone {
  iana: string;
  /** The name as the client wrote it (Graph echoes it in timeZone and Preference-Applied). */
  name: string;
  applied: boolean;
}

export function outputZoneOf(headers: IncomingHttpHeaders): OutputZone {
  const prefer = ([] as string[]).concat(headers.prefer ?? []).join(',');
  const asked = /outlook\.timezone\s*=\s*"([^"]+)"/i.exec(prefer)?.[1];
  const iana = toIanaZone(asked);
  return asked && iana ? { iana, name: asked, applied: true } : { iana: 'UTC', name: 'UTC', applied: false };
}

export function preferenceHeaders(zone: OutputZone): Record<string, string> {
  return zone.applied ? { 'Preference-Applied': `outlook.timezone="${zone.name}"` } : {};
}

/** All-day events are floating dates: midnight to midnight in whatever zone is asked for. */
const floatingMidnight = (dateTime: string) => `${dateTime.slice(0, 10)}T00:00:00.0000000`;

export interface WireContext {
  zone: OutputZone;
  /** Whether the caller organizes it (per copy; in group calendars per caller). */
  isOrganizer: boolean;
}

/** An event as Graph serializes it (the properties of resources/event.md the bot can meet). */
export function toWireEvent(instance: EventInstance, context: WireContext): Record<string, unknown> {
  const { event } = instance;
  const isSeriesItem = instance.type === 'occurrence' || instance.type === 'exception';
  const start = event.isAllDay && !isSeriesItem ? floatingMidnight(event.start.dateTime) : wireTime(instance.start, context.zone.iana);
  const end = event.isAllDay && !isSeriesItem ? floatingMidnight(event.end.dateTime) : wireTime(instance.end, context.zone.iana);
  const joinUrl = event.isOnlineMeeting
    ? `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${Buffer.from(event.iCalUId).toString('base64url').slice(0, 32)}%40thread.v2/0`
    : undefined;
  return {
    '@odata.etag': `W/"${event.changeKey}"`,
    id: instance.id,
    createdDateTime: event.createdDateTime,
    lastModifiedDateTime: event.lastModifiedDateTime,
    changeKey: event.changeKey,
    categories: [],
    transactionId: null,
    originalStartTimeZone: event.start.timeZone,
    originalEndTimeZone: event.end.timeZone,
    iCalUId: event.iCalUId,
    reminderMinutesBeforeStart: 15,
    isReminderOn: true,
    hasAttachments: false,
    subject: event.subject,
    bodyPreview: event.body.content.replace(/<[^>]*>/g, '').slice(0, 255),
    importance: 'normal',
    sensitivity: event.sensitivity,
    isAllDay: event.isAllDay,
    isCancelled: instance.isCancelled,
    isOrganizer: context.isOrganizer,
    responseRequested: true,
    seriesMasterId: isSeriesItem ? event.id : null,
    showAs: event.showAs,
    type: instance.type,
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(instance.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: event.isOnlineMeeting,
    onlineMeetingProvider: event.isOnlineMeeting ? 'teamsForBusiness' : 'unknown',
    allowNewTimeProposals: true,
    isDraft: false,
    hideAttendees: false,
    responseStatus: context.isOrganizer ? { response: 'organizer', time: '0001-01-01T00:00:00Z' } : event.responseStatus,
    body: event.body,
    start: { dateTime: start, timeZone: context.zone.name },
    end: { dateTime: end, timeZone: context.zone.name },
    location: { displayName: event.location.displayName, locationType: 'default', uniqueIdType: 'unknown', address: {}, coordinates: {} },
    locations: event.location.displayName
      ? [{ displayName: event.location.displayName, locationType: 'default', uniqueIdType: 'unknown' }]
      : [],
    recurrence: instance.type === 'seriesMaster' ? (event.recurrence ?? null) : null,
    attendees: event.attendees,
    organizer: event.organizer,
    onlineMeeting: joinUrl ? { joinUrl } : null,
  };
}

/** The property names `$select` may use: exactly toWireEvent's keys (a unit test holds them equal). */
export const EVENT_PROPERTIES: readonly string[] = [
  '@odata.etag',
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'categories',
  'transactionId',
  'originalStartTimeZone',
  'originalEndTimeZone',
  'iCalUId',
  'reminderMinutesBeforeStart',
  'isReminderOn',
  'hasAttachments',
  'subject',
  'bodyPreview',
  'importance',
  'sensitivity',
  'isAllDay',
  'isCancelled',
  'isOrganizer',
  'responseRequested',
  'seriesMasterId',
  'showAs',
  'type',
  'webLink',
  'onlineMeetingUrl',
  'isOnlineMeeting',
  'onlineMeetingProvider',
  'allowNewTimeProposals',
  'isDraft',
  'hideAttendees',
  'responseStatus',
  'body',
  'start',
  'end',
  'location',
  'locations',
  'recurrence',
  'attendees',
  'organizer',
  'onlineMeeting',
];

/** Parses `$select` (case-insensitive names, as Graph's); undefined means everything. */
export function parseSelect(value: string | null): string[] | undefined {
  if (value === null || value.trim() === '') return undefined;
  const known = new Map(EVENT_PROPERTIES.map((name) => [name.toLowerCase(), name]));
  return value.split(',').map((raw) => {
    const name = known.get(raw.trim().toLowerCase());
    if (!name) throw graphErrors.unknownProperty(raw.trim());
    return name;
  });
}

/** Keeps the selected properties; id and the etag always come along, as in Graph. */
export function applySelect(wire: Record<string, unknown>, select: string[] | undefined): Record<string, unknown> {
  if (!select) return wire;
  const keep = new Set(['@odata.etag', 'id', ...select]);
  return Object.fromEntries(Object.entries(wire).filter(([key]) => keep.has(key)));
}

/**
 * A private event as someone without private access sees it in a list: when and how busy, not
 * what. Inferred: Graph lists such events (docs #14494) and Outlook shows them without details; the
 * exact blanked fields are the sandbox's choice (subject, body, location, attendees, join link).
 */
export function withoutPrivateDetails(wire: Record<string, unknown>): Record<string, unknown> {
  const hidden: Record<string, unknown> = {
    subject: '',
    bodyPreview: '',
    body: { contentType: 'html', content: '' },
    location: { displayName: '', locationType: 'default', uniqueIdType: 'unknown', address: {}, coordinates: {} },
    locations: [],
    attendees: [],
    onlineMeeting: null,
  };
  return Object.fromEntries(Object.entries(wire).map(([key, value]) => [key, key in hidden ? hidden[key] : value]));
}
