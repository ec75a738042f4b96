export { GraphCalendar } from './graph-calendar';
export { MEETING_FIELDS, toMeeting } from './to-meeting';
