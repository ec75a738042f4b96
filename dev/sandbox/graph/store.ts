import type { DateTimeTimeZone, PatternedRecurrence } from '../seed';
import { itemId, type ItemKind } from './ids';

/** What Exchange keeps; the wire shape is made from it in wire.ts. */
export interface EmailAddress {
  name: string;
  address: string;
}

export type ResponseType = 'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';

export interface StoredAttendee {
  type: 'required' | 'optional' | 'resource';
  emailAddress: EmailAddress;
  status: { response: ResponseType; time: string };
}

export interface StoredEvent {
  id: string;
  iCalUId: string;
  calendarId: string;
  changeKey: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  subject: string;
  body: { contentType: 'text' | 'html'; content: string };
  start: DateTimeTimeZone;
  end: DateTimeTimeZone;
  isAllDay: boolean;
  isCancelled: boolean;
  isOrganizer: boolean;
  isOnlineMeeting: boolean;
  showAs: string;
  sensitivity: 'normal' | 'personal' | 'private' | 'confidential';
  location: { displayName: string };
  organizer: { emailAddress: EmailAddress };
  attendees: StoredAttendee[];
  responseStatus: { response: ResponseType; time: string };
  type: 'singleInstance' | 'seriesMaster';
  recurrence?: PatternedRecurrence;
  /** Original starts (UTC ISO) of occurrences no longer on this calendar (cancelled by the organizer, declined). */
  removedOccurrences: string[];
  /** Original starts (UTC ISO) of occurrences the organizer cancelled, still shown (isCancelled) on an attendee's copy. */
  cancelledOccurrences: string[];
  /** Occurrences changed on their own (moved, renamed): Graph lists them as `exception`s. Absent: none. */
  exceptions?: StoredException[];
}

/**
 * One occurrence of a series changed on its own: what differs from the series. Its identity stays
 * its original start (resources/event.md `originalStart`), whatever its new times.
 */
export interface StoredException {
  /** UTC ISO, as the occurrence's id names it. */
  originalStart: string;
  start: DateTimeTimeZone;
  end: DateTimeTimeZone;
  subject?: string;
  location?: { displayName: string };
}

export interface StoredCalendar {
  id: string;
  name: string;
  color: string;
  isDefaultCalendar: boolean;
  calendarGroupId: string;
  /** Who else may use this calendar, when it is not the default one (the default's are the mailbox's `permissions`). */
  permissions?: { address: string; role: CalendarRole }[];
}

export interface StoredCalendarGroup {
  id: string;
  name: string;
  classId: string;
}

/** A received meeting message (cancellation or response), as the admin API shows it. */
export interface InboxMessage {
  id: string;
  subject: string;
  from: { emailAddress: EmailAddress };
  meetingMessageType: 'meetingCancelled' | 'meetingDeclined';
  /** The recipient's copy of the event the message is about (its id in their mailbox). */
  eventId: string;
  comment: string;
  receivedDateTime: string;
  proposedNewTime?: unknown;
}

export type CalendarRole =
  'none' | 'freeBusyRead' | 'limitedRead' | 'read' | 'write' | 'delegateWithoutPrivateEventAccess' | 'delegateWithPrivateEventAccess';

export interface Mailbox {
  /** The owning user's or group's object id. */
  ownerId: string;
  kind: 'user' | 'group';
  address: string;
  displayName: string;
  /** As seeded: a Windows or IANA name. Groups use UTC. */
  timeZone: string;
  calendars: StoredCalendar[];
  calendarGroups: StoredCalendarGroup[];
  events: MailboxEvents;
  deletedItems: StoredEvent[];
  inbox: InboxMessage[];
  /** Who else may use the default calendar: delegates, shares (another calendar's are its own `permissions`). */
  permissions: { address: string; role: CalendarRole }[];
  /** This user's copies of calendars others shared or delegated to them, as /me/calendars lists them. */
  sharedCalendars: SharedCalendar[];
}

/** A calendar someone shared with (or delegated to) this mailbox's user: its own id here, the owner's calendar behind it. */
export interface SharedCalendar {
  id: string;
  /** The owner's display name: what Outlook names a shared primary calendar. */
  name: string;
  calendarGroupId: string;
  ownerId: string;
  calendarId: string;
}

export interface StoredUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail: string;
  givenName?: string;
  surname?: string;
  jobTitle?: string;
  /** The bot's delegated permissions this user consented to. */
  consentedScopes: string[];
  /** false: no mailbox Graph can use (seed `exchangeOnline`). */
  exchangeOnline: boolean;
}

export interface StoredGroup {
  id: string;
  displayName: string;
  mail: string;
  memberIds: string[];
}

/**
 * A mailbox's events by id, counting its changes: calendarView keeps an index of them by time
 * (calendar-index.ts) and rebuilds it when the count moved. Adding and removing count by
 * themselves; a change to an event in place must call changed().
 */
export class MailboxEvents extends Map<string, StoredEvent> {
  private changes = 0;

  get version(): number {
    return this.changes;
  }

  override set(id: string, event: StoredEvent): this {
    this.changes += 1;
    return super.set(id, event);
  }

  override delete(id: string): boolean {
    this.changes += 1;
    return super.delete(id);
  }

  override clear(): void {
    this.changes += 1;
    super.clear();
  }

  /** One of the events changed in place (times, calendar, series, cancellation). */
  changed(): void {
    this.changes += 1;
  }
}

/** The whole Exchange + directory state of the sandbox, with lookups. Mutated by meetings.ts. */
export class CalendarStore {
  readonly users: StoredUser[] = [];
  readonly groups: StoredGroup[] = [];
  readonly mailboxes = new Map<string, Mailbox>();
  /** The bot's delegated permissions the tenant admin consented to for every user. */
  adminConsentedScopes: string[] = [];
  private serial = 0;

  constructor(
    readonly tenantId: string,
    /** The sandbox's clock: the seed's "now" moving forward with real time. */
    readonly clock: () => Date,
  ) {}

  newId(kind: ItemKind): string {
    this.serial += 1;
    return itemId(kind, this.serial);
  }

  /** A change key that changes with each write, as Exchange's does. */
  newChangeKey(): string {
    this.serial += 1;
    return Buffer.from(`ck|${this.serial}`).toString('base64');
  }

  findUser(idOrUpn: string): StoredUser | undefined {
    const key = idOrUpn.toLowerCase();
    return this.users.find((u) => u.id === key || u.userPrincipalName.toLowerCase() === key || u.mail.toLowerCase() === key);
  }

  findGroup(idOrMail: string): StoredGroup | undefined {
    const key = idOrMail.toLowerCase();
    return this.groups.find((g) => g.id === key || g.mail.toLowerCase() === key);
  }

  mailboxOfAddress(address: string): Mailbox | undefined {
    const key = address.toLowerCase();
    for (const mailbox of this.mailboxes.values()) if (mailbox.address === key) return mailbox;
    return undefined;
  }

  defaultCalendar(mailbox: Mailbox): StoredCalendar {
    return mailbox.calendars.find((c) => c.isDefaultCalendar)!;
  }

  /** A user's copy of a meeting, found the way Exchange correlates them: by iCalUId. */
  copyOf(mailbox: Mailbox, iCalUId: string): StoredEvent | undefined {
    for (const event of mailbox.events.values()) if (event.iCalUId === iCalUId) return event;
    return undefined;
  }
}
