import type { Event } from '@microsoft/microsoft-graph-types';
import { dateTimeTimeZoneToInstant } from '../../time/zones';
import type { Attendee, AttendeeType, Meeting, MeetingCalendar, MeetingKind } from '../meeting';
import { containerAt, meetingKey, type Container } from './calendar-keys';

/** The event properties the bot asks Graph for ($select); toMeeting reads nothing else. */
export const MEETING_FIELDS = [
  'id',
  'subject',
  'start',
  'end',
  'isAllDay',
  'isCancelled',
  'isOrganizer',
  'organizer',
  'attendees',
  'type',
  'seriesMasterId',
  'originalStart',
  'isOnlineMeeting',
  'webLink',
  'location',
  'sensitivity',
  'iCalUId',
  'responseStatus',
] as const;

const KINDS: Record<string, MeetingKind> = {
  singleInstance: 'single',
  occurrence: 'occurrence',
  exception: 'exception',
  seriesMaster: 'seriesMaster',
};

/**
 * An all-day event's start and end are midnights of its dates, labelled UTC when no
 * `Prefer: outlook.timezone` is sent (as the bot reads), else a zone they ignore: the date in
 * them is the truth, the zone is not.
 */
function dateOf(value: { dateTime: string }): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(value.dateTime)?.[0];
  if (!date) throw new Error(`Unreadable dateTime "${value.dateTime}"`);
  return date;
}

/** The user's own default calendar: meetings there carry no `calendar`. */
export const DEFAULT_CALENDAR: MeetingCalendar = { key: '', owner: 'me', name: '', isDefault: true };

/**
 * A Graph event (as calendarView or GET event returns it) as a Meeting of `calendar`: its id and
 * series id become keys that name that calendar, so later reads and writes use its path.
 */
export function toMeeting(event: Event, calendar: MeetingCalendar = DEFAULT_CALENDAR): Meeting {
  if (!event.id || !event.start?.dateTime || !event.end?.dateTime) {
    throw new Error('A Graph event without id, start or end cannot be a meeting');
  }
  const attendees: Attendee[] = (event.attendees ?? []).map((a) => ({
    name: a.emailAddress?.name ?? a.emailAddress?.address ?? '',
    email: a.emailAddress?.address ?? '',
    type: (a.type ?? 'required') as AttendeeType,
    response: a.status?.response ?? 'none',
  }));
  const container: Container = containerAt(calendar.key);
  const isAllDay = event.isAllDay ?? false;
  const start = event.start as { dateTime: string; timeZone?: string };
  const end = event.end as { dateTime: string; timeZone?: string };
  // Graph writes it for occurrences and exceptions only (resources/event.md); anything unreadable is left out.
  const originalStart = event.seriesMasterId && event.originalStart ? Date.parse(event.originalStart) : NaN;
  return {
    id: meetingKey(container, event.id),
    subject: event.subject ?? '',
    start: isAllDay ? dateOf(start) : dateTimeTimeZoneToInstant(start),
    end: isAllDay ? dateOf(end) : dateTimeTimeZoneToInstant(end),
    isAllDay,
    isCancelled: event.isCancelled ?? false,
    ...(event.responseStatus?.response === 'declined' ? { declined: true as const } : {}),
    isOrganizer: event.isOrganizer ?? false,
    organizer: {
      name: event.organizer?.emailAddress?.name ?? event.organizer?.emailAddress?.address ?? '',
      email: event.organizer?.emailAddress?.address ?? '',
    },
    attendees,
    kind: KINDS[event.type ?? 'singleInstance'] ?? 'single',
    seriesMasterId: event.seriesMasterId ? meetingKey(container, event.seriesMasterId) : undefined,
    ...(Number.isFinite(originalStart) ? { originalStart: new Date(originalStart).toISOString() } : {}),
    isOnline: event.isOnlineMeeting ?? false,
    webLink: event.webLink ?? undefined,
    location: event.location?.displayName || undefined,
    ...(event.iCalUId ? { uid: event.iCalUId } : {}),
    ...(calendar.key ? { calendar } : {}),
  };
}
