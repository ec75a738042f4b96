import { OWN_CALENDAR_PERMISSIONS } from '../http/contract';
import { SeedError, type Seed, type SeedEvent } from '../seed';
import { instantsOf } from './instances';
import { checkOccurrenceMove } from './meetings';
import { occurrenceAt } from './recurrence';
import { CalendarStore, MailboxEvents, type Mailbox, type StoredAttendee, type StoredEvent, type StoredException } from './store';

/** Loads a validated seed into a fresh store. Same seed, same ids (serials restart per load). */
export function storeFromSeed(seed: Seed, clock: () => Date): CalendarStore {
  const store = new CalendarStore(seed.tenantId, clock);
  const seededAt = clock().toISOString();

  const newMailbox = (ownerId: string, kind: Mailbox['kind'], address: string, displayName: string, timeZone: string): Mailbox => {
    const groupId = store.newId('calendarGroup');
    const mailbox: Mailbox = {
      ownerId,
      kind,
      address: address.toLowerCase(),
      displayName,
      timeZone,
      calendars: [{ id: store.newId('calendar'), name: 'Calendar', color: 'auto', isDefaultCalendar: true, calendarGroupId: groupId }],
      calendarGroups: [{ id: groupId, name: 'My Calendars', classId: MY_CALENDARS_CLASS_ID }],
      events: new MailboxEvents(),
      deletedItems: [],
      inbox: [],
      permissions: [],
      sharedCalendars: [],
    };
    store.mailboxes.set(ownerId, mailbox);
    return mailbox;
  };

  for (const user of seed.users) {
    const mail = user.mail ?? user.userPrincipalName;
    store.users.push({
      id: user.id.toLowerCase(),
      displayName: user.displayName,
      userPrincipalName: user.userPrincipalName,
      mail,
      givenName: user.givenName,
      surname: user.surname,
      jobTitle: user.jobTitle,
      consentedScopes: [...(user.consentedScopes ?? (user.consented ? OWN_CALENDAR_PERMISSIONS : []))],
      exchangeOnline: user.exchangeOnline ?? true,
    });
    const mailbox = newMailbox(user.id.toLowerCase(), 'user', mail, user.displayName, user.mailboxSettings.timeZone);
    for (const calendar of user.calendars) {
      let group = mailbox.calendarGroups.find((g) => g.name === (calendar.calendarGroup ?? 'My Calendars'));
      if (!group) {
        group = { id: store.newId('calendarGroup'), name: calendar.calendarGroup!, classId: classIdFor(mailbox) };
        mailbox.calendarGroups.push(group);
      }
      mailbox.calendars.push({
        id: store.newId('calendar'),
        name: calendar.name,
        color: calendar.color ?? 'auto',
        isDefaultCalendar: false,
        calendarGroupId: group.id,
        permissions: (calendar.calendarPermissions ?? []).map((p) => ({ address: p.emailAddress.address.toLowerCase(), role: p.role })),
      });
    }
    mailbox.permissions = user.calendarPermissions.map((p) => ({ address: p.emailAddress.address.toLowerCase(), role: p.role }));
  }
  for (const group of seed.groups) {
    store.groups.push({
      id: group.id.toLowerCase(),
      displayName: group.displayName,
      mail: group.mail,
      memberIds: group.members.map((m) => store.findUser(m)!.id),
    });
    newMailbox(group.id.toLowerCase(), 'group', group.mail, group.displayName, 'UTC');
  }
  store.adminConsentedScopes = [...seed.adminConsent];
  for (const event of seed.events) placeMeeting(store, event, seededAt);
  // After the events, so adding a share to a seed does not renumber its events' ids.
  for (const owner of store.mailboxes.values()) addSharedCopies(store, owner);
  return store;
}

/** Outlook's third default calendar group, where calendars of other people are added (docs-contrib #3678 lists it). */
const PEOPLES_CALENDARS = "People's Calendars";

/**
 * Each delegate or share recipient of a user's calendar has that calendar in their own mailbox,
 * with its own id, in their People's Calendars group: a shared primary calendar named after its
 * owner (outlook-create-event-in-shared-delegated-calendar.md, step 1), a shared custom one by its
 * own name ("Kids parties", outlook-get-shared-events-calendars.md).
 */
function addSharedCopies(store: CalendarStore, owner: Mailbox): void {
  const shares = [
    ...owner.permissions.map((permission) => ({ permission, calendar: store.defaultCalendar(owner) })),
    ...owner.calendars.flatMap((calendar) => (calendar.permissions ?? []).map((permission) => ({ permission, calendar }))),
  ];
  for (const { permission, calendar } of shares) {
    const sharee = store.mailboxOfAddress(permission.address);
    if (!sharee || sharee === owner || permission.role === 'none') continue;
    let group = sharee.calendarGroups.find((g) => g.name === PEOPLES_CALENDARS);
    if (!group) {
      group = { id: store.newId('calendarGroup'), name: PEOPLES_CALENDARS, classId: classIdFor(sharee) };
      sharee.calendarGroups.push(group);
    }
    sharee.sharedCalendars.push({
      id: store.newId('calendar'),
      name: calendar.isDefaultCalendar ? owner.displayName : calendar.name,
      calendarGroupId: group.id,
      ownerId: owner.ownerId,
      calendarId: calendar.id,
    });
  }
}

/** Outlook's well-known class id of "My Calendars"; other groups get stable made-up ones. */
const MY_CALENDARS_CLASS_ID = '0006f0b7-0000-0000-c000-000000000046';
const classIdFor = (mailbox: Mailbox) => `0006f0b7-0000-0000-c000-${(0x46 + mailbox.calendarGroups.length).toString(16).padStart(12, '0')}`;

/**
 * Stores a meeting once in its organizer's (or group's) calendar, then gives each attendee with a
 * mailbox their own copy (own id, same iCalUId, isOrganizer false), as Exchange does.
 * A seeded `isCancelled` meeting is one the organizer already cancelled: it lies in their Deleted Items.
 */
function placeMeeting(store: CalendarStore, seeded: SeedEvent, seededAt: string): void {
  const owner = store.findUser(seeded.mailbox ?? seeded.organizer.emailAddress.address) ?? store.findGroup(seeded.mailbox!)!;
  const mailbox = store.mailboxes.get(owner.id)!;
  const calendar = seeded.calendar ? mailbox.calendars.find((c) => c.name === seeded.calendar)! : store.defaultCalendar(mailbox);
  const organizerAddress = seeded.organizer.emailAddress.address.toLowerCase();
  const attendees: StoredAttendee[] = seeded.attendees.map((a) => ({
    type: a.type,
    emailAddress: { name: a.emailAddress.name ?? a.emailAddress.address, address: a.emailAddress.address },
    status: { response: a.status?.response ?? 'none', time: '0001-01-01T00:00:00Z' },
  }));
  // Outlook's iCalUIds start with this fixed prefix; the tail only has to be unique.
  const iCalUId = `040000008200E00074C5B7101A82E008${Buffer.from(store.newId('event')).toString('hex').toUpperCase()}`;
  // An exception is known by its start in the pattern, spelt as the series spells its occurrences' (UTC ISO).
  const exceptions: StoredException[] = (seeded.exceptions ?? []).map((e) => ({
    ...e,
    originalStart: new Date(e.originalStart).toISOString(),
  }));
  const base = (): Omit<StoredEvent, 'id' | 'calendarId' | 'isOrganizer' | 'responseStatus'> => ({
    iCalUId,
    changeKey: store.newChangeKey(),
    createdDateTime: seededAt,
    lastModifiedDateTime: seededAt,
    subject: seeded.subject,
    body: seeded.body ?? { contentType: 'html', content: '' },
    start: { ...seeded.start },
    end: { ...seeded.end },
    isAllDay: seeded.isAllDay ?? false,
    isCancelled: seeded.isCancelled ?? false,
    isOnlineMeeting: seeded.isOnlineMeeting ?? false,
    showAs: seeded.showAs ?? 'busy',
    sensitivity: seeded.sensitivity ?? 'normal',
    location: seeded.location ?? { displayName: '' },
    organizer: {
      emailAddress: { name: seeded.organizer.emailAddress.name ?? organizerAddress, address: seeded.organizer.emailAddress.address },
    },
    attendees: attendees.map((a) => ({ ...a, emailAddress: { ...a.emailAddress }, status: { ...a.status } })),
    type: seeded.recurrence ? 'seriesMaster' : 'singleInstance',
    recurrence: seeded.recurrence,
    removedOccurrences: [],
    cancelledOccurrences: [],
    ...(exceptions.length ? { exceptions: exceptions.map((e) => ({ ...e, start: { ...e.start }, end: { ...e.end } })) } : {}),
  });
  const organizerCopy: StoredEvent = {
    ...base(),
    id: store.newId('event'),
    calendarId: calendar.id,
    isOrganizer: mailbox.kind === 'user' && mailbox.address === organizerAddress,
    responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
  };
  for (const exception of exceptions) {
    const { originalStart } = exception;
    if (!occurrenceAt(organizerCopy, originalStart))
      throw new SeedError(`"${seeded.subject}" has no occurrence at ${originalStart} to change`);
    const { start, end } = instantsOf(exception);
    try {
      checkOccurrenceMove(organizerCopy, originalStart, start, end);
    } catch {
      throw new SeedError(`"${seeded.subject}": the occurrence at ${originalStart} cannot move past its neighbours (event-update.md)`);
    }
  }
  if (organizerCopy.isCancelled) mailbox.deletedItems.push(organizerCopy);
  else mailbox.events.set(organizerCopy.id, organizerCopy);

  for (const attendee of attendees) {
    const theirs = store.mailboxOfAddress(attendee.emailAddress.address);
    if (!theirs || theirs === mailbox || theirs.kind !== 'user') continue;
    const copy: StoredEvent = {
      ...base(),
      id: store.newId('event'),
      calendarId: store.defaultCalendar(theirs).id,
      isOrganizer: theirs.address === organizerAddress,
      responseStatus: {
        response: attendee.status.response === 'none' ? 'notResponded' : attendee.status.response,
        time: '0001-01-01T00:00:00Z',
      },
    };
    theirs.events.set(copy.id, copy);
  }
}
