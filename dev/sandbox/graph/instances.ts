import { DateTime } from 'luxon';
import { dateTimeTimeZoneToInstant } from '../../../src/time/zones';
import { graphErrors } from './errors';
import { occurrenceId, readOccurrenceId } from './ids';
import { occurrenceAt, occurrencesBetween, type Occurrence } from './recurrence';
import type { Mailbox, StoredCalendar, StoredEvent } from './store';

/** One thing a calendar shows: a stored event (single or series master) or one occurrence of a series. */
export interface EventInstance {
  id: string;
  /** The stored event: the event itself, or the series master of an occurrence. */
  event: StoredEvent;
  type: 'singleInstance' | 'seriesMaster' | 'occurrence' | 'exception';
  start: DateTime;
  end: DateTime;
  isCancelled: boolean;
  /** Set for occurrences and exceptions. */
  occurrence?: Occurrence;
}

function instanceOfOccurrence(master: StoredEvent, occurrence: Occurrence): EventInstance {
  const cancelled = master.cancelledOccurrences.includes(occurrence.originalStart);
  return {
    id: occurrenceId(master.id, occurrence.originalStart),
    event: master,
    // An occurrence that differs from its series (here: cancelled by the organizer) is an exception.
    type: cancelled ? 'exception' : 'occurrence',
    start: occurrence.start,
    end: occurrence.end,
    isCancelled: master.isCancelled || cancelled,
    occurrence,
  };
}

/** Each stored event's instants, read once: calendarView pages through a big calendar request by request. */
const instants = new WeakMap<StoredEvent, { wire: string; start: DateTime; end: DateTime }>();

function instantsOf(event: StoredEvent): { start: DateTime; end: DateTime } {
  const wire = `${event.start.dateTime}|${event.start.timeZone}|${event.end.dateTime}|${event.end.timeZone}`;
  let known = instants.get(event);
  if (!known || known.wire !== wire) {
    const at = (value: StoredEvent['start']) => DateTime.fromMillis(Date.parse(dateTimeTimeZoneToInstant(value)), { zone: 'utc' });
    known = { wire, start: at(event.start), end: at(event.end) };
    instants.set(event, known);
  }
  return known;
}

export function instanceOfStored(event: StoredEvent): EventInstance {
  const { start, end } = instantsOf(event);
  return { id: event.id, event, type: event.type, start, end, isCancelled: event.isCancelled };
}

/**
 * The event or occurrence an id names in this mailbox (within `calendars` when the path names
 * some). Ids that are gone (moved to Deleted Items, cancelled occurrences) are 404, as in Graph.
 */
export function findInstance(mailbox: Mailbox, id: string, calendars: StoredCalendar[]): EventInstance {
  const inScope = (event: StoredEvent | undefined) => !!event && calendars.some((c) => c.id === event.calendarId);
  const stored = mailbox.events.get(id);
  if (stored && inScope(stored)) return instanceOfStored(stored);
  const ref = readOccurrenceId(id);
  const master = ref && mailbox.events.get(ref.seriesMasterId);
  if (ref && master && master.type === 'seriesMaster' && inScope(master) && !master.removedOccurrences.includes(ref.originalStart)) {
    const occurrence = occurrenceAt(master, ref.originalStart);
    if (occurrence) return instanceOfOccurrence(master, occurrence);
  }
  throw graphErrors.itemNotFound();
}

/** calendarView's content: single events and expanded occurrences overlapping [from, to), by start. */
export function instancesBetween(mailbox: Mailbox, calendars: StoredCalendar[], from: Date, to: Date): EventInstance[] {
  const ids = new Set(calendars.map((c) => c.id));
  const found: EventInstance[] = [];
  for (const event of mailbox.events.values()) {
    if (!ids.has(event.calendarId)) continue;
    if (event.type === 'seriesMaster') {
      for (const occurrence of occurrencesBetween(event, from, to)) {
        if (!event.removedOccurrences.includes(occurrence.originalStart)) found.push(instanceOfOccurrence(event, occurrence));
      }
      continue;
    }
    const instance = instanceOfStored(event);
    if (instance.start.toMillis() < to.getTime() && instance.end.toMillis() > from.getTime()) found.push(instance);
  }
  return found.sort((a, b) => a.start.toMillis() - b.start.toMillis() || a.id.localeCompare(b.id));
}
