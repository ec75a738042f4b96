import type { Attendee, Meeting, MeetingCalendar, Person } from '../../src/calendar/meeting';

export const ALEX_PERSON: Person = { name: 'Alex Wilber', email: 'AlexW@contoso.onmicrosoft.com' };
export const attendee = (name: string, email: string, type: Attendee['type'] = 'required'): Attendee => ({
  name,
  email,
  type,
  response: 'accepted',
});

let sequence = 0;

/**
 * The one meeting builder of the unit tests: a single, online meeting the user (Alex) organizes,
 * 30 minutes from `start` unless `end` is given; every field can be set. Ids are unique per call.
 */
export function meeting(fields: Partial<Meeting> = {}): Meeting {
  const start = fields.start ?? '2026-12-01T23:00:00.000Z';
  const id = `evt-${++sequence}`;
  return {
    id,
    subject: `Meeting ${sequence}`,
    start,
    end: new Date(Date.parse(start) + 30 * 60_000).toISOString(),
    isAllDay: false,
    isCancelled: false,
    isOrganizer: true,
    organizer: ALEX_PERSON,
    attendees: [],
    kind: 'single',
    isOnline: true,
    ...fields,
  };
}

/** Calendars of the unit tests: Patti's own (default and "Projects"), Alex's as her delegate, the Marketing group's. */
export const CALENDARS = {
  own: { key: '', owner: 'me', name: 'Calendar', isDefault: true },
  projects: { key: 'me/calendars/p', owner: 'me', name: 'Projects', isDefault: false },
  alex: {
    key: 'users/alex',
    owner: 'person',
    name: 'Calendar',
    ownerName: 'Alex Wilber',
    ownerEmail: 'AlexW@contoso.onmicrosoft.com',
    isDefault: true,
  },
  marketing: { key: 'groups/m', owner: 'group', name: 'Marketing', ownerName: 'Marketing', isDefault: true },
} satisfies Record<string, MeetingCalendar>;
