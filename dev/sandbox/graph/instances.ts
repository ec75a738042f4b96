import { dateTimeTimeZoneToInstant } from '../../../src/time/zones';
import { graphErrors } from './errors';
import { occurrenceId, readOccurrenceId } from './ids';
import { occurrenceAt, type Occurrence } from './recurrence';
import type { Mailbox, StoredCalendar, StoredEvent, StoredException } from './store';

/** One thing a calendar shows: a stored event (single or series master) or one occurrence of a series. */
export interface EventInstance {
  id: string;
  /** The stored event: the event itself, or the series master of an occurrence. */
  event: StoredEvent;
  type: 'singleInstance' | 'seriesMaster' | 'occurrence' | 'exception';
  /** Epoch milliseconds. */
  start: number;
  end: number;
  isCancelled: boolean;
  /** Set for occurrences and exceptions: the occurrence as the series' pattern places it. */
  occurrence?: Occurrence;
  /** Set for an occurrence changed on its own (moved, renamed): what differs from its series. */
  exception?: StoredException;
}

/** The change an occurrence of `master` carries, if it was changed on its own. */
export function exceptionOf(master: StoredEvent, originalStart: string): StoredException | undefined {
  return master.exceptions?.find((e) => e.originalStart === originalStart);
}

export function instanceOfOccurrence(
  master: StoredEvent,
  occurrence: Occurrence,
  id = occurrenceId(master.id, occurrence.originalStart),
): EventInstance {
  const cancelled = master.cancelledOccurrences.includes(occurrence.originalStart);
  const exception = exceptionOf(master, occurrence.originalStart);
  const moved = exception && instantsOf(exception);
  return {
    id,
    event: master,
    // An occurrence that differs from its series (moved, renamed, or cancelled by the organizer) is an exception.
    type: cancelled || exception ? 'exception' : 'occurrence',
    start: moved ? moved.start : occurrence.start.toMillis(),
    end: moved ? moved.end : occurrence.end.toMillis(),
    isCancelled: master.isCancelled || cancelled,
    occurrence,
    ...(exception ? { exception } : {}),
  };
}

/** An event's instants and the fields they were read from (compared by reference: no key is built per read). */
interface Instants {
  read: [string, string, string, string];
  start: number;
  end: number;
}

/** Each stored event's (and exception's) instants, read once: calendarView indexes a big calendar by them. */
const instants = new WeakMap<object, Instants>();

/** An event's (or a moved occurrence's) start and end, epoch milliseconds. */
export function instantsOf(event: Pick<StoredEvent, 'start' | 'end'>): { start: number; end: number } {
  const { start, end } = event;
  let known = instants.get(event);
  const read = known?.read;
  if (!known || read![0] !== start.dateTime || read![1] !== start.timeZone || read![2] !== end.dateTime || read![3] !== end.timeZone) {
    known = {
      read: [start.dateTime, start.timeZone, end.dateTime, end.timeZone],
      start: Date.parse(dateTimeTimeZoneToInstant(start)),
      end: Date.parse(dateTimeTimeZoneToInstant(end)),
    };
    instants.set(event, known);
  }
  return known;
}

export function instanceOfStored(event: StoredEvent, { start, end } = instantsOf(event)): EventInstance {
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
