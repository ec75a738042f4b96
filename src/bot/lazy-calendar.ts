import type { CalendarService } from '../calendar/calendar-service';

/** A calendar that signs in only when first used, so help and stale clicks cost no token. */
export function lazyCalendar(open: () => Promise<CalendarService>): CalendarService {
  let opened: Promise<CalendarService> | undefined;
  const get = () =>
    (opened ??= open().catch((error) => {
      opened = undefined;
      throw error;
    }));
  return {
    calendars: async () => (await get()).calendars(),
    listMeetings: async (window, timeZone, calendars) => (await get()).listMeetings(window, timeZone, calendars),
    listPage: async (window, timeZone, size, next, calendars) => (await get()).listPage(window, timeZone, size, next, calendars),
    getMeeting: async (id) => (await get()).getMeeting(id),
    getMeetings: async (ids) => (await get()).getMeetings(ids),
    cancelMeetings: async (ids, comment) => (await get()).cancelMeetings(ids, comment),
    cancelMeeting: async (id, comment) => (await get()).cancelMeeting(id, comment),
    declineMeeting: async (id, comment) => (await get()).declineMeeting(id, comment),
    mailboxTimeZone: async () => (await get()).mailboxTimeZone(),
  };
}
