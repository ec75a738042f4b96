import { DateTime } from 'luxon';
import { graphErrors } from './errors';
import { exceptionOf, instantsOf } from './instances';
import { neighboursOf, seriesZone, type Occurrence } from './recurrence';
import { occurrenceId } from './ids';
import type { EventInstance } from './instances';
import type { CalendarStore, InboxMessage, Mailbox, StoredEvent } from './store';
import { wireTime } from './wire-time';

/** What Exchange does when meetings are cancelled, declined or deleted; handlers only parse and check. */

const utc = (instant: number) => wireTime(instant, 'UTC');

/** Every write to an event goes through here: a new change key, and the mailbox's index of events rebuilt. */
function touch(store: CalendarStore, mailbox: Mailbox, event: StoredEvent): void {
  mailbox.events.changed();
  event.changeKey = store.newChangeKey();
  event.lastModifiedDateTime = store.clock().toISOString();
}

/** Moving an item to Deleted Items gives it a new id, so its old id answers 404 (graph-facts.md). */
function moveToDeletedItems(store: CalendarStore, mailbox: Mailbox, instance: EventInstance, change: Partial<StoredEvent>): void {
  const { event } = instance;
  const moved: StoredEvent = { ...event, ...change, id: store.newId('event') };
  if (instance.occurrence) {
    // An occurrence leaves its series; what lands in Deleted Items is that one meeting.
    moved.type = 'singleInstance';
    moved.recurrence = undefined;
    moved.start = { dateTime: utc(instance.start), timeZone: 'UTC' };
    moved.end = { dateTime: utc(instance.end), timeZone: 'UTC' };
    event.removedOccurrences.push(instance.occurrence.originalStart);
    touch(store, mailbox, event);
  } else {
    mailbox.events.delete(event.id);
  }
  touch(store, mailbox, moved);
  mailbox.deletedItems.push(moved);
}

function deliver(store: CalendarStore, to: Mailbox, message: Omit<InboxMessage, 'id' | 'receivedDateTime'>): void {
  to.inbox.push({ id: store.newId('message'), receivedDateTime: store.clock().toISOString(), ...message });
}

/**
 * event-cancel.md: the organizer's event (or one occurrence) moves to Deleted Items; every
 * attendee's copy shows isCancelled and each attendee receives a cancellation carrying the comment.
 */
export function cancelMeeting(store: CalendarStore, mailbox: Mailbox, instance: EventInstance, comment: string): void {
  const { event } = instance;
  const originalStart = instance.occurrence?.originalStart;
  moveToDeletedItems(store, mailbox, instance, { isCancelled: true });
  for (const attendee of event.attendees) {
    const theirs = store.mailboxOfAddress(attendee.emailAddress.address);
    if (!theirs || theirs === mailbox || theirs.kind !== 'user') continue;
    const copy = store.copyOf(theirs, event.iCalUId);
    if (copy && originalStart) {
      if (!copy.cancelledOccurrences.includes(originalStart)) copy.cancelledOccurrences.push(originalStart);
      touch(store, theirs, copy);
    } else if (copy) {
      copy.isCancelled = true;
      touch(store, theirs, copy);
    }
    deliver(store, theirs, {
      subject: `Canceled: ${event.subject}`,
      from: event.organizer,
      meetingMessageType: 'meetingCancelled',
      eventId: copy ? (originalStart ? occurrenceId(copy.id, originalStart) : copy.id) : '',
      comment,
    });
  }
}

export interface DeclineOptions {
  comment: string;
  sendResponse: boolean;
  proposedNewTime?: unknown;
}

/**
 * event-decline.md: the attendee's copy is declined. Like Outlook, the declined meeting leaves the
 * calendar for Deleted Items (inferred: Exchange's DeclineItem does this by default); the organizer
 * gets the response, and sees the attendee as declined, only when sendResponse is true.
 */
export function declineMeeting(
  store: CalendarStore,
  mailbox: Mailbox,
  instance: EventInstance,
  isOrganizer: boolean,
  options: DeclineOptions,
): void {
  if (isOrganizer) throw graphErrors.organizerCannotDecline();
  const { event } = instance;
  const now = store.clock().toISOString();
  moveToDeletedItems(store, mailbox, instance, { responseStatus: { response: 'declined', time: now } });
  if (!options.sendResponse) return;
  const organizerMailbox = store.mailboxOfAddress(event.organizer.emailAddress.address);
  const original = organizerMailbox && store.copyOf(organizerMailbox, event.iCalUId);
  if (!organizerMailbox || organizerMailbox.kind !== 'user') return;
  if (original && !instance.occurrence) {
    const entry = original.attendees.find((a) => a.emailAddress.address.toLowerCase() === mailbox.address);
    if (entry) entry.status = { response: 'declined', time: now };
    touch(store, organizerMailbox, original);
  }
  deliver(store, organizerMailbox, {
    subject: `Declined: ${event.subject}`,
    from: { emailAddress: { name: mailbox.displayName, address: store.findUser(mailbox.ownerId)?.mail ?? mailbox.address } },
    meetingMessageType: 'meetingDeclined',
    eventId: original ? (instance.occurrence ? occurrenceId(original.id, instance.occurrence.originalStart) : original.id) : '',
    comment: options.comment,
    ...(options.proposedNewTime ? { proposedNewTime: options.proposedNewTime } : {}),
  });
}

/** What PATCH .../events/{id} may change here (event-update.md lists more writable properties; the sandbox models these). */
export interface EventChanges {
  subject?: string;
  start?: StoredEvent['start'];
  end?: StoredEvent['end'];
  location?: { displayName: string };
}

/**
 * event-update.md: the event takes the new values, the others keep theirs. The organizer's change
 * reaches every attendee's copy (Exchange sends them the update and processes it on arrival:
 * inferred, as Outlook shows it); an attendee's change stays on their own copy.
 */
export function updateEvent(
  store: CalendarStore,
  mailbox: Mailbox,
  instance: EventInstance,
  isOrganizer: boolean,
  changes: EventChanges,
): void {
  const apply = (target: Mailbox, event: StoredEvent) => {
    Object.assign(event, changes);
    touch(store, target, event);
  };
  apply(mailbox, instance.event);
  if (isOrganizer) forEachAttendeeCopy(store, mailbox, instance.event, apply);
}

/**
 * event-update.md: "an occurrence cannot be moved to or before the day of the previous occurrence, and
 * cannot be moved to or after the day of the following occurrence" (400 ErrorOccurrenceCrossingBoundary).
 * The neighbours are where they are now (moved ones at their new times; cancelled ones still count:
 * inferred), days in the series' zone.
 */
export function checkOccurrenceMove(master: StoredEvent, originalStart: string, start: number, end: number): void {
  const zone = seriesZone(master);
  const dayOf = (instant: number) => DateTime.fromMillis(instant, { zone }).toISODate()!;
  const { previous, next } = neighboursOf(master, originalStart);
  const now = (o: Occurrence) => {
    const exception = exceptionOf(master, o.originalStart);
    return exception ? instantsOf(exception) : { start: o.start.toMillis(), end: o.end.toMillis() };
  };
  if (previous && dayOf(start) <= dayOf(now(previous).end - 1)) throw graphErrors.occurrenceCrossingBoundary();
  if (next && dayOf(Math.max(start, end - 1)) >= dayOf(now(next).start)) throw graphErrors.occurrenceCrossingBoundary();
}

/**
 * PATCH on an occurrence's id: that occurrence alone changes and becomes an `exception` (same id and
 * seriesMasterId, `originalStart` its place in the pattern; resources/event.md). The organizer's
 * change reaches the attendees' copies of that occurrence, as updateEvent's does (inferred likewise).
 */
export function changeOccurrence(
  store: CalendarStore,
  mailbox: Mailbox,
  instance: EventInstance,
  isOrganizer: boolean,
  changes: EventChanges,
): void {
  const { originalStart } = instance.occurrence!;
  const now = { start: { dateTime: utc(instance.start), timeZone: 'UTC' }, end: { dateTime: utc(instance.end), timeZone: 'UTC' } };
  const apply = (target: Mailbox, master: StoredEvent) => {
    const exceptions = (master.exceptions ??= []);
    let exception = exceptions.find((e) => e.originalStart === originalStart);
    if (!exception) exceptions.push((exception = { originalStart, ...now }));
    if (changes.start) exception.start = { ...changes.start };
    if (changes.end) exception.end = { ...changes.end };
    if (changes.subject !== undefined) exception.subject = changes.subject;
    if (changes.location) exception.location = { ...changes.location };
    touch(store, target, master);
  };
  apply(mailbox, instance.event);
  if (isOrganizer)
    forEachAttendeeCopy(store, mailbox, instance.event, (theirs, copy) => copy.type === 'seriesMaster' && apply(theirs, copy));
}

/** Each attendee's copy of the organizer's event (in their own mailbox), as the organizer's change reaches it. */
function forEachAttendeeCopy(
  store: CalendarStore,
  organizer: Mailbox,
  event: StoredEvent,
  each: (mailbox: Mailbox, copy: StoredEvent) => unknown,
): void {
  for (const attendee of event.attendees) {
    const theirs = store.mailboxOfAddress(attendee.emailAddress.address);
    const copy = theirs && theirs !== organizer ? store.copyOf(theirs, event.iCalUId) : undefined;
    if (theirs && copy) each(theirs, copy);
  }
}

/**
 * event-delete.md: deleting on the organizer's calendar sends attendees a cancellation (no comment
 * possible); an attendee's delete only removes their own copy.
 */
export function deleteEvent(store: CalendarStore, mailbox: Mailbox, instance: EventInstance, isOrganizer: boolean): void {
  if (isOrganizer && instance.event.attendees.length > 0) cancelMeeting(store, mailbox, instance, '');
  else moveToDeletedItems(store, mailbox, instance, {});
}
