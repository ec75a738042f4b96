import { DateTime } from 'luxon';
import { toIanaZone } from '../../../src/time/zones';
import { OWN_CALENDAR_PERMISSIONS } from '../http/contract';
import { parseSeed } from './load';
import type { Seed, SeedInput } from './schema';

export const SANDBOX_TENANT_ID = '00000000-0000-4000-8000-000000000001';
/** The Playground user: Alex Wilber, as in Graph Explorer's sample tenant. */
export const DEFAULT_USER_UPN = 'AlexW@contoso.onmicrosoft.com';
export const DEFAULT_USER_ID = '00000000-0000-4000-8000-000000000020';

const DOMAIN = 'contoso.onmicrosoft.com';
const ALEX_ZONE = 'Pacific Standard Time';

const person = (id: string, given: string, surname: string, alias: string, jobTitle: string, timeZone: string, consented = true) => ({
  id: `00000000-0000-4000-8000-0000000000${id}`,
  displayName: `${given} ${surname}`,
  givenName: given,
  surname,
  jobTitle,
  userPrincipalName: `${alias}@${DOMAIN}`,
  mail: `${alias}@${DOMAIN}`,
  consented,
  mailboxSettings: { timeZone },
});

const address = (alias: string, name: string) => ({ emailAddress: { address: `${alias}@${DOMAIN}`, name } });
const ALEX = address('AlexW', 'Alex Wilber');
const MEGAN = address('MeganB', 'Megan Bowen');
const ADELE = address('AdeleV', 'Adele Vance');
const ISAIAH = address('IsaiahL', 'Isaiah Langer');
const PATTI = address('PattiF', 'Patti Fernandez');
const LYNNE = address('LynneR', 'Lynne Robbins');
const invite = (...people: { emailAddress: { address: string; name: string } }[]) =>
  people.map((p) => ({ type: 'required' as const, ...p, status: { response: 'none' as const } }));

/**
 * The built-in world, laid out around `now` in Alex's mailbox zone so "tomorrow 11:00" is
 * tomorrow 11:00 for him whatever the machine's zone.
 */
export function defaultSeed(now: Date): Seed {
  const today = DateTime.fromJSDate(now, { zone: toIanaZone(ALEX_ZONE)! }).startOf('day');
  const day = (offset: number) => today.plus({ days: offset });
  const at = (offset: number, time: string) => ({ dateTime: `${day(offset).toISODate()}T${time}:00`, timeZone: ALEX_ZONE });
  const meeting = (subject: string, offset: number, from: string, to: string) => ({
    subject,
    start: at(offset, from),
    end: at(offset, to),
  });
  // The weekly sync starts on the first Tuesday on or after two weeks ago (luxon: Tuesday = 2).
  const syncStart = day(-14).plus({ days: (2 - day(-14).weekday + 7) % 7 });
  const syncDay = Math.round(syncStart.diff(today, 'days').days);

  const seed: SeedInput = {
    tenantId: SANDBOX_TENANT_ID,
    users: [
      {
        ...person('20', 'Alex', 'Wilber', 'AlexW', 'Marketing Assistant', ALEX_ZONE),
        calendars: [{ name: 'Projects', color: 'lightGreen' }],
        // Patti manages Alex's calendar (a delegate), so /users/AlexW/... works for her.
        calendarPermissions: [{ ...PATTI, role: 'delegateWithoutPrivateEventAccess' }],
      },
      person('21', 'Megan', 'Bowen', 'MeganB', 'Marketing Manager', ALEX_ZONE),
      person('22', 'Adele', 'Vance', 'AdeleV', 'Retail Manager', 'Mountain Standard Time'),
      person('23', 'Isaiah', 'Langer', 'IsaiahL', 'Sales Rep', 'Eastern Standard Time'),
      // Patti consented to act as Alex's delegate too; the others consented for their own calendar only.
      {
        ...person('24', 'Patti', 'Fernandez', 'PattiF', 'President', ALEX_ZONE),
        consentedScopes: [...OWN_CALENDAR_PERMISSIONS, 'Calendars.ReadWrite.Shared'],
      },
      // Lynne has not consented to the bot: the OBO exchange for her answers AADSTS65001.
      person('25', 'Lynne', 'Robbins', 'LynneR', 'Product Manager', 'W. Europe Standard Time', false),
    ],
    // Group calendars need Group.ReadWrite.All, which only an admin can consent to: done for the tenant.
    adminConsent: ['Group.ReadWrite.All'],
    groups: [
      {
        id: '00000000-0000-4000-8000-000000000040',
        displayName: 'Marketing',
        mail: `Marketing@${DOMAIN}`,
        members: [`AlexW@${DOMAIN}`, `MeganB@${DOMAIN}`],
      },
    ],
    events: [
      {
        ...meeting('Daily standup', -7, '15:00', '15:15'),
        isOnlineMeeting: true,
        organizer: ALEX,
        attendees: invite(MEGAN, ADELE, ISAIAH),
        recurrence: {
          pattern: {
            type: 'weekly',
            interval: 1,
            daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
            firstDayOfWeek: 'sunday',
          },
          range: { type: 'noEnd', startDate: day(-7).toISODate()!, recurrenceTimeZone: ALEX_ZONE },
        },
      },
      {
        ...meeting('Weekly sync', syncDay, '10:00', '10:30'),
        isOnlineMeeting: true,
        organizer: ALEX,
        attendees: invite(MEGAN, PATTI),
        recurrence: {
          pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'], firstDayOfWeek: 'sunday' },
          range: { type: 'noEnd', startDate: syncStart.toISODate()!, recurrenceTimeZone: ALEX_ZONE },
        },
      },
      { ...meeting('1:1 Alex / Megan', 1, '11:00', '11:30'), isOnlineMeeting: true, organizer: ALEX, attendees: invite(MEGAN) },
      {
        ...meeting('Interview: frontend candidate', 2, '14:00', '15:00'),
        isOnlineMeeting: true,
        organizer: ALEX,
        attendees: invite(ISAIAH, LYNNE),
      },
      {
        subject: 'Team offsite',
        start: at(3, '00:00'),
        end: at(4, '00:00'),
        isAllDay: true,
        showAs: 'oof',
        location: { displayName: 'Lake Washington lodge' },
        organizer: ALEX,
        attendees: invite(MEGAN, ADELE, ISAIAH, PATTI),
      },
      { ...meeting('Budget review', 2, '10:00', '11:00'), calendar: 'Projects', organizer: ALEX, attendees: invite(PATTI) },
      {
        ...meeting('Campaign planning', 1, '09:00', '09:30'),
        mailbox: `Marketing@${DOMAIN}`,
        isOnlineMeeting: true,
        organizer: ALEX,
        attendees: invite(MEGAN),
      },
      {
        ...meeting('All hands', 1, '16:00', '17:00'),
        isOnlineMeeting: true,
        organizer: MEGAN,
        attendees: invite(ALEX, ADELE, ISAIAH, PATTI, LYNNE),
      },
      { ...meeting('Retro', -1, '14:00', '15:00'), organizer: ALEX, attendees: invite(MEGAN, ADELE) },
      // Adele already cancelled this one: it sits in her Deleted Items, Alex's copy shows isCancelled.
      { ...meeting('Design review', 1, '13:00', '14:00'), isCancelled: true, organizer: ADELE, attendees: invite(ALEX, MEGAN) },
      // Private: Patti, his delegate without private access, sees only that Alex is busy then.
      { ...meeting('Dentist', 4, '08:00', '09:00'), sensitivity: 'private', organizer: ALEX },
    ],
  };
  return parseSeed(seed, 'default seed');
}
