import type { IncomingHttpHeaders } from 'node:http';
import { toIanaZone } from '../../../src/time/zones';
import { graphErrors } from './errors';
import type { EventInstance } from './instances';
import type { StoredEvent } from './store';
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

const isSeriesItem = (instance: EventInstance) => instance.type === 'occurrence' || instance.type === 'exception';

/**
 * Start or end as Graph writes it: timed ones in the asked zone (UTC without a Prefer header); all-day
 * ones as floating dates, midnight to midnight labelled with the asked zone (Q&A 978210: "T00:00" "UTC"
 * for an all-day event made in EST). An all-day series' occurrence is a date too (inferred: Outlook shows
 * it on its date everywhere): the date its midnight has in the series' own zone.
 */
function wireDateTime(instance: EventInstance, context: WireContext, which: 'start' | 'end'): { dateTime: string; timeZone: string } {
  const { event } = instance;
  const dateTime = !event.isAllDay
    ? wireTime(instance[which], context.zone.iana)
    : isSeriesItem(instance)
      ? floatingMidnight(wireTime(instance[which], toIanaZone(event.start.timeZone) ?? 'UTC'))
      : floatingMidnight(event[which].dateTime);
  return { dateTime, timeZone: context.zone.name };
}

type Property = (instance: EventInstance, context: WireContext, event: StoredEvent) => unknown;

/**
 * An event as Graph serializes it (the properties of resources/event.md the bot can meet), in
 * Graph's order, one entry per property: a $select computes only what it names.
 */
const PROPERTIES: [string, Property][] = [
  ['@odata.etag', (_, __, event) => `W/"${event.changeKey}"`],
  ['id', (instance) => instance.id],
  ['createdDateTime', (_, __, event) => event.createdDateTime],
  ['lastModifiedDateTime', (_, __, event) => event.lastModifiedDateTime],
  ['changeKey', (_, __, event) => event.changeKey],
  ['categories', () => []],
  ['transactionId', () => null],
  ['originalStartTimeZone', (_, __, event) => event.start.timeZone],
  ['originalEndTimeZone', (_, __, event) => event.end.timeZone],
  ['iCalUId', (_, __, event) => event.iCalUId],
  ['reminderMinutesBeforeStart', () => 15],
  ['isReminderOn', () => true],
  ['hasAttachments', () => false],
  ['subject', (_, __, event) => event.subject],
  ['bodyPreview', (_, __, event) => event.body.content.replace(/<[^>]*>/g, '').slice(0, 255)],
  ['importance', () => 'normal'],
  ['sensitivity', (_, __, event) => event.sensitivity],
  ['isAllDay', (_, __, event) => event.isAllDay],
  ['isCancelled', (instance) => instance.isCancelled],
  ['isOrganizer', (_, context) => context.isOrganizer],
  ['responseRequested', () => true],
  ['seriesMasterId', (instance, _, event) => (isSeriesItem(instance) ? event.id : null)],
  // resources/event.md: the start the series gave an occurrence or exception, in UTC; not returned for single instances.
  [
    'originalStart',
    (instance) => (instance.occurrence ? new Date(instance.occurrence.originalStart).toISOString().replace('.000Z', 'Z') : undefined),
  ],
  ['showAs', (_, __, event) => event.showAs],
  ['type', (instance) => instance.type],
  ['webLink', (instance) => `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(instance.id)}&exvsurl=1&path=/calendar/item`],
  ['onlineMeetingUrl', () => null],
  ['isOnlineMeeting', (_, __, event) => event.isOnlineMeeting],
  ['onlineMeetingProvider', (_, __, event) => (event.isOnlineMeeting ? 'teamsForBusiness' : 'unknown')],
  ['allowNewTimeProposals', () => true],
  ['isDraft', () => false],
  ['hideAttendees', () => false],
  [
    'responseStatus',
    (_, context, event) => (context.isOrganizer ? { response: 'organizer', time: '0001-01-01T00:00:00Z' } : event.responseStatus),
  ],
  ['body', (_, __, event) => event.body],
  ['start', (instance, context) => wireDateTime(instance, context, 'start')],
  ['end', (instance, context) => wireDateTime(instance, context, 'end')],
  [
    'location',
    (_, __, event) => ({
      displayName: event.location.displayName,
      locationType: 'default',
      uniqueIdType: 'unknown',
      address: {},
      coordinates: {},
    }),
  ],
  [
    'locations',
    (_, __, event) =>
      event.location.displayName ? [{ displayName: event.location.displayName, locationType: 'default', uniqueIdType: 'unknown' }] : [],
  ],
  ['recurrence', (instance, _, event) => (instance.type === 'seriesMaster' ? (event.recurrence ?? null) : null)],
  ['attendees', (_, __, event) => event.attendees],
  ['organizer', (_, __, event) => event.organizer],
  [
    'onlineMeeting',
    (_, __, event) =>
      event.isOnlineMeeting
        ? {
            joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${Buffer.from(event.iCalUId).toString('base64url').slice(0, 32)}%40thread.v2/0`,
          }
        : null,
  ],
];

/** The property names `$select` may use: exactly what toWireEvent writes. */
export const EVENT_PROPERTIES: readonly string[] = PROPERTIES.map(([name]) => name);

/** Which properties to write, in Graph's order: all of them, or what a `$select` names. */
export type Selection = readonly [string, Property][];

/** An event as Graph serializes it, with the selected properties only. */
export function toWireEvent(instance: EventInstance, context: WireContext, selection: Selection = PROPERTIES): Record<string, unknown> {
  const wire: Record<string, unknown> = {};
  const event = shownEvent(instance);
  for (const [name, property] of selection) {
    const value = property(instance, context, event);
    if (value !== undefined) wire[name] = value;
  }
  return wire;
}

/** What an instance shows of its event: a changed occurrence its own subject and location over the series'. */
function shownEvent({ event, exception }: EventInstance): StoredEvent {
  if (!exception) return event;
  return { ...event, subject: exception.subject ?? event.subject, location: exception.location ?? event.location };
}

/** Parses `$select` (case-insensitive names, as Graph's); id and the etag always come along, as in Graph. */
export function parseSelect(value: string | null): Selection {
  if (value === null || value.trim() === '') return PROPERTIES;
  const keep = new Set(['@odata.etag', 'id']);
  for (const raw of value.split(',')) {
    const name = EVENT_PROPERTIES.find((known) => known.toLowerCase() === raw.trim().toLowerCase());
    if (!name) throw graphErrors.unknownProperty(raw.trim());
    keep.add(name);
  }
  return PROPERTIES.filter(([name]) => keep.has(name));
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
