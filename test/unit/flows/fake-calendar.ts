import type { CalendarService, MeetingPage, MeetingsRead, TimeWindow } from '../../../src/calendar/calendar-service';
import { CalendarUnavailableError, MeetingNotFoundError, OrganizerRequiredError, OutcomeUnknownError } from '../../../src/calendar/errors';
import type { Meeting, MeetingCalendar } from '../../../src/calendar/meeting';
import { attendee, meeting as base } from '../../support/meeting';
import { MemoryStorage, type Storage } from 'botbuilder';
import { KnownCalendars, type FlowDeps } from '../../../src/flows';
import { ConversationMemory, Sealer, TicketStore } from '../../../src/state';

/** An in-memory calendar for flow unit tests: records every write, fails on demand. */
export class FakeCalendar implements CalendarService {
  readonly cancels: Array<{ id: string; comment: string }> = [];
  readonly declines: Array<{ id: string; comment: string }> = [];
  reads = 0;
  lists = 0;
  /** Thrown (once each, in order) by the next cancel calls. */
  failCancels: Error[] = [];
  /** The next this many cancels and declines run, then their answer is lost (OutcomeUnknownError). */
  loseWrites = 0;
  /** The next this many reads fail as if Graph were down. */
  failReads = 0;

  constructor(
    public meetings: Meeting[],
    readonly zone = 'America/Los_Angeles',
  ) {}

  /** The user's own default calendar, unless a test gives more. */
  calendarList: MeetingCalendar[] = [{ key: '', owner: 'me', name: 'Calendar', isDefault: true }];

  async calendars(): Promise<MeetingCalendar[]> {
    this.calendarReads++;
    return this.calendarList;
  }

  /** A meeting is in the calendar its `calendar` names (none: the default). */
  private inCalendars(meeting: Meeting, calendars?: MeetingCalendar[]): boolean {
    return (calendars ?? [{ key: '' }]).some((c) => c.key === (meeting.calendar?.key ?? ''));
  }

  /** Calendars (by key) whose reads fail with this error, as Graph's would. */
  failingCalendars = new Map<string, Error>();
  /** How often the user's calendars were read. */
  calendarReads = 0;

  async listMeetings(window: TimeWindow, _timeZone: string, calendars?: MeetingCalendar[]): Promise<MeetingsRead> {
    this.lists++;
    const asked = (calendars ?? this.calendarList.slice(0, 1)).filter((c) => !this.failingCalendars.has(c.key));
    const meetings = this.meetings
      .filter((m) => m.end > window.start && m.start < window.end && this.inCalendars(m, asked))
      .sort((a, b) => a.start.localeCompare(b.start));
    const unreadable = (calendars ?? []).flatMap((calendar) => {
      const error = this.failingCalendars.get(calendar.key);
      return error ? [{ calendar, error }] : [];
    });
    return { meetings, unreadable };
  }

  /** Pages as Graph gives them: `next` is the offset of the next page. */
  async listPage(window: TimeWindow, _timeZone: string, size: number, next?: string, calendars?: MeetingCalendar[]): Promise<MeetingPage> {
    this.lists++;
    const all = this.meetings
      .filter((m) => m.end > window.start && m.start < window.end && this.inCalendars(m, calendars))
      .sort((a, b) => a.start.localeCompare(b.start));
    const from = Number(next ?? 0);
    return { meetings: all.slice(from, from + size), next: from + size < all.length ? String(from + size) : undefined, unreadable: [] };
  }

  async getMeetings(ids: string[]): Promise<Array<Meeting | Error>> {
    return Promise.all(ids.map((id) => this.getMeeting(id).catch((error: Error) => error)));
  }

  async cancelMeetings(ids: string[], comment: string): Promise<Array<Error | undefined>> {
    const outcomes: Array<Error | undefined> = [];
    for (const id of ids)
      outcomes.push(
        await this.cancelMeeting(id, comment).then(
          () => undefined,
          (error: Error) => error,
        ),
      );
    return outcomes;
  }

  async getMeeting(id: string): Promise<Meeting> {
    this.reads++;
    if (this.failReads > 0) {
      this.failReads--;
      throw new CalendarUnavailableError('Graph answered 503');
    }
    const meeting = this.find(id);
    // A calendar failing as a whole fails its meetings' reads too (a delegation removed: 403).
    const failure = this.failingCalendars.get(meeting.calendar?.key ?? '');
    if (failure) throw failure;
    return meeting;
  }

  /** Graph's own lookup, as a write does it (not a read the bot makes). */
  private find(id: string): Meeting {
    const meeting = this.meetings.find((m) => m.id === id);
    if (!meeting) throw new MeetingNotFoundError('The specified object was not found in the store.');
    return meeting;
  }

  async cancelMeeting(id: string, comment: string): Promise<void> {
    const failure = this.failCancels.shift();
    if (failure) throw failure;
    const meeting = this.find(id);
    if (!meeting.isOrganizer)
      throw new OrganizerRequiredError("Your request can't be completed. You need to be an organizer to cancel a meeting.");
    this.cancels.push({ id, comment });
    this.meetings = this.meetings.filter((m) => m.id !== id && m.seriesMasterId !== id);
    this.loseAnswer();
  }

  private loseAnswer(): void {
    if (this.loseWrites <= 0) return;
    this.loseWrites--;
    throw new OutcomeUnknownError('The write was sent and no answer came back');
  }

  /** Thrown (once each, in order) by the next decline calls. */
  failDeclines: Error[] = [];
  /** A declined copy stays on the calendar, marked declined (Outlook's "keep declined meetings"), instead of leaving it. */
  keepDeclined = false;

  async declineMeeting(id: string, comment: string): Promise<void> {
    const failure = this.failDeclines.shift();
    if (failure) throw failure;
    this.find(id);
    this.declines.push({ id, comment });
    this.meetings = this.keepDeclined
      ? this.meetings.map((m) => (m.id === id ? { ...m, declined: true as const } : m))
      : this.meetings.filter((m) => m.id !== id);
    this.loseAnswer();
  }

  async mailboxTimeZone(): Promise<string | undefined> {
    return this.zone;
  }
}

/** A meeting with Megan invited: what the flow tests act on. */
export function meeting(fields: Partial<Meeting> & { start: string; end: string }): Meeting {
  return base({ attendees: [attendee('Megan Bowen', 'meganb@contoso.com')], ...fields });
}

/** The flows' dependencies over memory storage and `calendar`, as the flow unit tests use them. */
export function flowDepsFor(
  calendar: FakeCalendar,
  now: Date,
  storage: Storage = new MemoryStorage(),
  signOut = async () => undefined,
): FlowDeps {
  return {
    calendar,
    signOut,
    tickets: new TicketStore(storage, Sealer.ephemeral()),
    memory: new ConversationMemory(storage),
    knownCalendars: new KnownCalendars(),
    settings: { horizonDays: 7, pageSize: 5, commentMaxLength: 50 },
    now,
  };
}
