import { Client, GraphError, MiddlewareFactory, RetryHandlerOptions, type ShouldRetry } from '@microsoft/microsoft-graph-client';
import type { Calendar, Event, Group, User } from '@microsoft/microsoft-graph-types';
import { SignInNeeded, type GraphAccess } from '../../auth/errors';
import type { CalendarService, MeetingPage, MeetingsRead, TimeWindow, Unreadable } from '../calendar-service';
import { CalendarUnavailableError, MeetingNotFoundError, OutcomeUnknownError, ThrottledError } from '../errors';
import { startsAt, type Meeting, type MeetingCalendar } from '../meeting';
import { midnightsBetween } from '../../time/zones';
import {
  accessOf,
  calendarKey,
  containerAt,
  containerOf,
  eventPath,
  placeOf,
  viewPath,
  type Container,
  type EventPlace,
} from './calendar-keys';
import { carriedThroughClient, toCalendarError, writeMayHaveRun } from './graph-errors';
import { GRAPH_DEADLINE_MS, LANES, sendInBatches, stepError, withDeadline, type BatchRequest, type BatchResult } from './json-batch';
import { NodeHttpHandler } from './node-http-handler';
import { DEFAULT_CALENDAR, MEETING_FIELDS, toMeeting } from './to-meeting';

/**
 * A slice's page: a busy couple of days' meetings in one answer. Graph documents no maximum $top for calendarView
 * (microsoft-graph-docs#12653; list messages documents 1..1000); the sandbox takes 1..1000.
 */
const SLICE_TOP = 1000;
/** More calendars than anyone keeps; /me/calendars is read in one page. */
const CALENDARS_TOP = 100;

/**
 * Retries follow Graph's Retry-After, but only while the user can sensibly wait in a chat turn:
 * a longer wait is reported ("busy, try again in a minute") with the card left usable.
 */
const LONGEST_WAIT_SECONDS = 10;

function waitIsShort(response: Response): boolean {
  const seconds = Number(response.headers.get('Retry-After') ?? 0);
  return Number.isFinite(seconds) && seconds <= LONGEST_WAIT_SECONDS;
}

const forReads = new RetryHandlerOptions(undefined, undefined, (_delay, _attempt, _request, _options, response) => waitIsShort(response));

/**
 * A write is sent again only when Graph throttled it (429: documented as rejected, not run; sent again, one that did
 * run anyway answers 404, and the caller re-reads). After a 503/504 the write may have happened, so it is not blindly
 * sent again: the caller checks instead. `onThrottled` hears of every 429 the client saw.
 */
function forWrites(onThrottled: () => void = () => undefined): RetryHandlerOptions {
  return new RetryHandlerOptions(undefined, undefined, ((_delay, _attempt, _request, _options, response) => {
    if (response.status !== 429) return false;
    onThrottled();
    return waitIsShort(response);
  }) satisfies ShouldRetry);
}

/**
 * A write's last answer, knowing whether Graph answered it 429 on the way: then the write may have run (Microsoft Q&A
 * 5529013: a $batch step answered 429 whose operation ran), so a final 429, or the 404 of sending again a cancel that
 * had run, is an unknown outcome for a re-read to settle, never "not run".
 */
function writeOutcome(error: GraphError, throttled: boolean): Error {
  if (writeMayHaveRun(error)) return new OutcomeUnknownError('The write was sent and no answer came back');
  if (error.statusCode === 429 || (throttled && toCalendarError(error) instanceof MeetingNotFoundError)) {
    return new OutcomeUnknownError('The write was answered 429 (too many requests): it may have run', true);
  }
  return toCalendarError(error);
}

/** A delegated token for the permissions a path needs (see GraphAccess); asked for only when a path needs it. */
export type TokenSource = (access: GraphAccess) => Promise<string>;

/** One read of a batch or a single request: the body Graph answered, or the domain error it meant. */
type Read = { body: unknown } | { error: Error };

interface ReadStep {
  access: GraphAccess;
  /** Relative to the version root. */
  url: string;
}

/** Where a merged list of several calendars stands in each: the page being read (absent: the first) and how much of it was shown. */
interface Stream {
  calendar: MeetingCalendar;
  link?: string;
  skip: number;
}

/** The user's calendars over Microsoft Graph: their own, those they are a delegate for, their groups'. */
export class GraphCalendar implements CalendarService {
  private readonly clients = new Map<GraphAccess, Client>();
  private readonly root: URL;
  private readonly version: string;

  /** `endpoint` is Graph's versioned root, e.g. https://graph.microsoft.com/v1.0. `deadlineMs` bounds each call (see GRAPH_DEADLINE_MS). */
  constructor(
    endpoint: string,
    private readonly tokens: TokenSource,
    private readonly deadlineMs = GRAPH_DEADLINE_MS,
  ) {
    this.root = new URL(endpoint);
    this.version = this.root.pathname.replace(/^\/+|\/+$/g, '') || 'v1.0';
  }

  async calendars(): Promise<MeetingCalendar[]> {
    const [me, listed, groups] = await this.readEach([
      { access: 'own', url: '/me?$select=mail,userPrincipalName,displayName' },
      { access: 'own', url: `/me/calendars?$select=id,name,isDefaultCalendar,owner,canEdit,canViewPrivateItems&$top=${CALENDARS_TOP}` },
      { access: 'own', url: '/me/memberOf/microsoft.graph.group?$select=id,displayName,groupTypes' },
    ]);
    if ('error' in me) throw me.error;
    if ('error' in listed) throw listed.error;
    const user = me.body as User;
    const mine = new Set([user.mail, user.userPrincipalName].filter(Boolean).map((a) => a!.toLowerCase()));
    const own: MeetingCalendar[] = [];
    const people = new Map<string, MeetingCalendar>();
    const shared: MeetingCalendar[] = [];
    for (const calendar of ((listed.body as { value?: Calendar[] }).value ?? []).filter((c) => c.id)) {
      const owner = calendar.owner?.address?.toLowerCase();
      if (!owner || mine.has(owner)) {
        // The user's own name too, so "Patti's calendar" said by Patti names hers.
        const named = user.displayName ? { ownerName: user.displayName } : {};
        own.push(
          calendar.isDefaultCalendar
            ? { ...DEFAULT_CALENDAR, name: calendar.name ?? '', ...named }
            : {
                key: calendarKey({ kind: 'myCalendar', calendarId: calendar.id! }),
                owner: 'me',
                name: calendar.name ?? '',
                isDefault: false,
                ...named,
              },
        );
      } else if (calendar.canEdit) {
        const address = calendar.owner!.address!;
        const ownerName = calendar.owner?.name || address;
        const privately = calendar.canViewPrivateItems ? { seesPrivate: true } : {};
        if (isPrimaryCopy(calendar)) {
          // A second entry so named cannot be told apart from the first: skipped, so no calendar is read twice.
          if (people.has(owner)) continue;
          // Someone's primary calendar, delegated or shared: the bot acts in it through their mailbox (/users/{owner}).
          people.set(owner, {
            key: calendarKey({ kind: 'person', address }),
            owner: 'person',
            name: calendar.name ?? '',
            ownerName,
            ownerEmail: address,
            isDefault: true,
            ...privately,
          });
        } else {
          // A custom calendar of theirs shared with the user (or a copy the user renamed): through the user's copy of it.
          shared.push({
            key: calendarKey({ kind: 'sharedCopy', calendarId: calendar.id! }),
            owner: 'person',
            name: calendar.name ?? '',
            ownerName,
            ownerEmail: address,
            isDefault: false,
            ...privately,
          });
        }
      }
    }
    if (!own.some((c) => c.key === '')) own.unshift(DEFAULT_CALENDAR);
    own.sort((a, b) => Number(b.key === '') - Number(a.key === ''));
    // Groups are extra: a tenant that refuses the bot the list has none here. A passing failure (throttled,
    // unavailable) fails the read, so that no list without groups is kept for the next 15 minutes.
    // (A refusal, e.g. a directory's 403 Authorization_RequestDenied, is an answer: no groups.)
    if ('error' in groups && (groups.error instanceof ThrottledError || groups.error instanceof CalendarUnavailableError))
      throw groups.error;
    const unified =
      'body' in groups ? ((groups.body as { value?: Group[] }).value ?? []).filter((g) => g.id && g.groupTypes?.includes('Unified')) : [];
    const groupCalendars = unified.map((group): MeetingCalendar => ({
      key: calendarKey({ kind: 'group', groupId: group.id! }),
      owner: 'group',
      name: group.displayName ?? '',
      ownerName: group.displayName ?? '',
      isDefault: true,
    }));
    return [...own, ...people.values(), ...shared, ...groupCalendars];
  }

  /**
   * Every meeting of the window, read in slices sent together: each calendar's window cut at the user's
   * local midnights into a few slices of whole days, each with a large page, in one JSON batch per token.
   * A token's slices are at most the requests Outlook runs at once in a mailbox (json-batch's lanes), so
   * the batch runs in one go; only a slice Graph still has more of costs another round trip (its next
   * links, batched again). A meeting overlapping two slices is kept once, where it starts.
   */
  async listMeetings(window: TimeWindow, timeZone: string, calendars: MeetingCalendar[] = [DEFAULT_CALENDAR]): Promise<MeetingsRead> {
    const perToken = Math.max(...[...byAccess(calendars.map((c) => accessOf(containerAt(c.key))))].map(([, indices]) => indices.length));
    const slices = sliced(window, timeZone, Math.max(1, Math.floor(LANES / perToken)));
    const reads = calendars.flatMap((calendar) => slices.map(() => ({ calendar, events: [] as Event[] })));
    const failed = new Map<MeetingCalendar, Error>();
    let pending = reads.map((read, index) => ({ index, step: this.viewStep(read.calendar, slices[index % slices.length], SLICE_TOP) }));
    while (pending.length) {
      const answers = await this.readEach(pending.map((p) => p.step));
      const more: typeof pending = [];
      answers.forEach((answer, at) => {
        const { index, step } = pending[at];
        const { calendar, events } = reads[index];
        if ('error' in answer) return void (failed.has(calendar) || failed.set(calendar, answer.error));
        const page = answer.body as { value?: Event[]; '@odata.nextLink'?: string };
        events.push(...eventsOf(page, calendar));
        const next = page['@odata.nextLink'] && this.relative(page['@odata.nextLink']);
        if (next) more.push({ index, step: { access: step.access, url: next } });
      });
      pending = more;
    }
    const meetings: Meeting[] = [];
    const seen = new Map<MeetingCalendar, Set<string>>(calendars.map((calendar) => [calendar, new Set()]));
    // Slices in order, each sorted by start: an event's first copy is in the slice it starts in (the first, if it began before).
    for (const { calendar, events } of reads) {
      const ids = seen.get(calendar)!;
      for (const event of events) {
        if (event.id && ids.has(event.id)) continue;
        if (event.id) ids.add(event.id);
        meetings.push(toMeeting(event, calendar));
      }
    }
    const unreadable = [...failed].map(([calendar, error]) => ({ calendar, error }));
    return { meetings: byStart(meetings, timeZone), unreadable: failIfOwn(unreadable, calendars.length) };
  }

  /**
   * Pages through several calendars at once as one list by start: each calendar's view is read a
   * page at a time, and a merged page stops where the first calendar with more to read stops, so
   * nothing later in another calendar is shown before what that calendar still holds.
   */
  async listPage(
    window: TimeWindow,
    timeZone: string,
    size: number,
    next?: string,
    calendars: MeetingCalendar[] = [DEFAULT_CALENDAR],
  ): Promise<MeetingPage> {
    const streams: Stream[] = next ? readCursor(next) : calendars.map((calendar) => ({ calendar, skip: 0 }));
    const reads = await this.readEach(
      streams.map((stream) =>
        stream.link
          ? { access: accessOf(containerAt(stream.calendar.key)), url: stream.link }
          : this.viewStep(stream.calendar, window, size),
      ),
    );
    const unreadable: Unreadable[] = [];
    const failed: Stream[] = [];
    const open: Array<{ stream: Stream; meetings: Meeting[]; next?: string }> = [];
    streams.forEach((stream, index) => {
      const read = reads[index];
      if ('error' in read) {
        unreadable.push({ calendar: stream.calendar, error: read.error });
        // Tried again on the next page, where it stands: a calendar that failed once is not dropped from the list.
        failed.push(stream);
        return;
      }
      const page = read.body as { value?: Event[]; '@odata.nextLink'?: string };
      const meetings = eventsOf(page, stream.calendar).map((event) => toMeeting(event, stream.calendar));
      const link = page['@odata.nextLink'] ? this.relative(page['@odata.nextLink']) : undefined;
      open.push({ stream, meetings, next: link });
    });
    failIfOwn(unreadable, streams.length);
    const cutoff = Math.min(
      ...open.filter((o) => o.next && o.meetings.length).map((o) => startsAt(o.meetings[o.meetings.length - 1], timeZone)),
    );
    // Each calendar's page is taken from its front, in Graph's order, so where it goes on is one index:
    // the earliest next meeting of all first, up to the cutoff. Graph orders an all-day event by its own
    // zone's midnight, which may not be the user's: past the cutoff a meeting is taken only so that a
    // page moves on at all (before, counting the rows shown skipped the wrong ones: a row twice, one never).
    const heads = open.map((o) => ({ o, next: o.stream.skip }));
    const taken: Meeting[] = [];
    while (taken.length < size) {
      let pick: (typeof heads)[number] | undefined;
      let pickAt = Infinity;
      for (const head of heads) {
        const meeting = head.o.meetings[head.next];
        const at = meeting ? startsAt(meeting, timeZone) : Infinity;
        if (meeting && (!pick || at < pickAt)) [pick, pickAt] = [head, at];
      }
      if (!pick || (pickAt > cutoff && taken.length)) break;
      taken.push(pick.o.meetings[pick.next++]);
    }
    const rest: Stream[] = [];
    for (const { o, next } of heads) {
      if (next < o.meetings.length) rest.push({ calendar: o.stream.calendar, link: o.stream.link, skip: next });
      else if (o.next) rest.push({ calendar: o.stream.calendar, link: o.next, skip: 0 });
    }
    // Only when the page moved on: a page of failures alone must not loop.
    if (rest.length) rest.push(...failed);
    return { meetings: byStart(taken, timeZone), next: rest.length ? writeCursor(rest) : undefined, unreadable };
  }

  async getMeetings(ids: string[]): Promise<Array<Meeting | Error>> {
    const places = ids.map(placeOf);
    const steps = places.map((place) => (place ? this.eventStep(place, `?$select=${MEETING_FIELDS.join(',')}`) : undefined));
    const reads = await this.readEach(steps.filter((s): s is ReadStep => !!s));
    let at = 0;
    return places.map((place) => {
      if (!place) return notAKey();
      const read = reads[at++];
      return 'error' in read ? read.error : toMeeting(read.body as Event, calendarAt(place.container));
    });
  }

  async getMeeting(id: string): Promise<Meeting> {
    const [read] = await this.getMeetings([id]);
    if (read instanceof Error) throw read;
    return read;
  }

  async cancelMeetings(ids: string[], comment: string): Promise<Array<Error | undefined>> {
    const outcomes: Array<Error | undefined> = ids.map((id) => (placeOf(id) ? undefined : notAKey()));
    const places = ids.map(placeOf);
    await Promise.all(
      [...byAccess(places.map((place) => place && accessOf(place.container)))].map(async ([access, indices]) => {
        const requests: BatchRequest[] = indices.map((index) => ({
          method: 'POST',
          url: `${eventPath(places[index]!)}/cancel`,
          body: { comment },
        }));
        let results: BatchResult[];
        try {
          results = await sendInBatches(this.client(access), requests, forWrites(), LONGEST_WAIT_SECONDS, this.deadlineMs);
        } catch (error) {
          // The batch itself got no answer: any of its cancels may have run. The flow re-reads to find out.
          const failure = writeMayHaveRun(error)
            ? new OutcomeUnknownError('The cancels were sent and no answer came back')
            : toCalendarError(error);
          for (const index of indices) outcomes[index] = failure;
          return;
        }
        results.forEach((result, position) => {
          if (result.status < 300) return;
          // As for one cancel: after a 5xx or a 429 the cancel may have happened.
          outcomes[indices[position]] = writeOutcome(stepError(result), Boolean(result.throttled));
        });
      }),
    );
    return outcomes;
  }

  async cancelMeeting(id: string, comment: string): Promise<void> {
    await this.write(id, 'cancel', { comment });
  }

  async declineMeeting(id: string, comment: string): Promise<void> {
    await this.write(id, 'decline', { comment, sendResponse: true });
  }

  async mailboxTimeZone(): Promise<string | undefined> {
    try {
      const request = this.client('own').api('/me/mailboxSettings').select('timeZone').middlewareOptions([forReads]);
      const settings = await withDeadline(request, this.deadlineMs).get();
      return settings?.timeZone || undefined;
    } catch (error) {
      throw toCalendarError(error);
    }
  }

  /** One client per access, each asking for its own token when it first sends. */
  private client(access: GraphAccess): Client {
    let client = this.clients.get(access);
    if (!client) {
      const authProvider = {
        getAccessToken: () =>
          this.tokens(access).catch((error: unknown) => {
            throw carriedThroughClient(error);
          }),
      };
      client = Client.initWithMiddleware({
        // The client's own chain (token, retries, redirects, telemetry headers), sent through Node's HTTP client.
        middleware: [...MiddlewareFactory.getDefaultMiddlewareChain(authProvider).slice(0, -1), new NodeHttpHandler()],
        baseUrl: `${this.root.origin}/`,
        defaultVersion: this.version,
        // The client attaches the token only to Graph hosts or these (host names, no port).
        customHosts: new Set([this.root.hostname]),
      });
      this.clients.set(access, client);
    }
    return client;
  }

  private viewStep(calendar: MeetingCalendar, window: TimeWindow, top: number): ReadStep {
    const container = containerAt(calendar.key);
    const query = new URLSearchParams({
      startDateTime: window.start,
      endDateTime: window.end,
      $select: MEETING_FIELDS.join(','),
      $orderby: 'start/dateTime',
      $top: String(top),
    });
    return { access: accessOf(container), url: `${viewPath(container)}?${query}` };
  }

  private eventStep(place: EventPlace, query = ''): ReadStep {
    return { access: accessOf(place.container), url: `${eventPath(place)}${query}` };
  }

  /**
   * Reads, one request per access when there is one read for it, else a JSON batch (each access
   * has its own token, so its own batch). No `Prefer: outlook.timezone`: Graph then writes times in
   * UTC, which name one instant each, where a wall time in the user's zone names two in the hour a
   * DST change repeats (02:20 CEST and 02:20 CET both read "02:20"). The user's zone is applied
   * when the times are shown; all-day dates are read as dates either way (toMeeting).
   */
  private async readEach(steps: ReadStep[]): Promise<Read[]> {
    const reads: Read[] = new Array(steps.length);
    await Promise.all(
      [...byAccess(steps.map((step) => step.access))].map(async ([access, indices]) => {
        const client = this.client(access);
        if (indices.length === 1) {
          const [index] = indices;
          try {
            const request = withDeadline(client.api(steps[index].url).middlewareOptions([forReads]), this.deadlineMs);
            reads[index] = { body: await request.get() };
          } catch (error) {
            reads[index] = { error: toCalendarError(error) };
          }
          return;
        }
        try {
          const results = await sendInBatches(
            client,
            indices.map((index) => ({ method: 'GET', url: steps[index].url })),
            forReads,
            LONGEST_WAIT_SECONDS,
            this.deadlineMs,
          );
          results.forEach((result, position) => {
            reads[indices[position]] = result.status === 200 ? { body: result.body } : { error: toCalendarError(stepError(result)) };
          });
        } catch (error) {
          for (const index of indices) reads[index] = { error: toCalendarError(error) };
        }
      }),
    );
    return reads;
  }

  /** A next link is followed as given (paging.md), and only on this Graph: relative to its version root. */
  private relative(link: string): string | undefined {
    try {
      const url = new URL(link, this.root);
      const prefix = `/${this.version}`;
      if (url.origin !== this.root.origin || !url.pathname.startsWith(prefix)) return undefined;
      return `${url.pathname.slice(prefix.length)}${url.search}`;
    } catch {
      return undefined;
    }
  }

  private async write(id: string, action: 'cancel' | 'decline', body: object): Promise<void> {
    const place = placeOf(id);
    if (!place) throw notAKey();
    let throttled = false;
    try {
      const request = this.client(accessOf(place.container))
        .api(`${eventPath(place)}/${action}`)
        .middlewareOptions([forWrites(() => (throttled = true))]);
      await withDeadline(request, this.deadlineMs).post(body);
    } catch (error) {
      // A 5xx, a 429 or a lost answer: the write may have happened. The flow re-reads to find out.
      if (error instanceof GraphError) throw writeOutcome(error, throttled);
      if (writeMayHaveRun(error)) throw new OutcomeUnknownError(`The ${action} was sent and no answer came back`);
      throw toCalendarError(error);
    }
  }
}

/**
 * A page's events the user may act on. Another person's private events are refused by id to a user
 * the calendar does not show private items (canViewPrivateItems false: calendar-list-events.md,
 * docs #14494; lists may still hold them, details blanked): the bot leaves them out. A delegate
 * given private access acts on them as on any other.
 */
function eventsOf(page: { value?: Event[] }, calendar: MeetingCalendar): Event[] {
  const events = page.value ?? [];
  return calendar.owner === 'person' && !calendar.seesPrivate ? events.filter((event) => event.sensitivity !== 'private') : events;
}

/** Which positions need which access (each access has its own token, so its own requests); undefined ones none. */
function byAccess(accesses: Array<GraphAccess | undefined>): Map<GraphAccess, number[]> {
  const groups = new Map<GraphAccess, number[]>();
  accesses.forEach((access, index) => {
    if (access) groups.set(access, [...(groups.get(access) ?? []), index]);
  });
  return groups;
}

/**
 * Whether a calendar someone shared with the user is their primary one. Graph's calendar list does
 * not say; Outlook names the copy of a shared primary calendar after its owner
 * (outlook-create-event-in-shared-delegated-calendar.md: "Alex Wilber"), a custom one keeps its own
 * name ("Kids parties"). A copy the user renamed is then read through the copy, which reaches the
 * same calendar; a custom calendar named exactly after its owner is read as the primary one, so the
 * custom one is missing from the list, never shown for the other.
 */
function isPrimaryCopy(calendar: Calendar): boolean {
  const fold = (text: string | null | undefined) => (text ?? '').trim().toLowerCase();
  return fold(calendar.name) === fold(calendar.owner?.name) || fold(calendar.name) === fold(calendar.owner?.address);
}

/** A key this adapter never wrote (forged or from an older release) names no meeting. */
function notAKey(): Error {
  return new MeetingNotFoundError('Not a meeting key of this calendar');
}

/** A calendar known only by its place (a meeting read by key): the flows add its names from the user's calendars. */
function calendarAt(container: Container): MeetingCalendar {
  const key = calendarKey(container);
  switch (container.kind) {
    case 'me':
      return DEFAULT_CALENDAR;
    case 'myCalendar':
      return { key, owner: 'me', name: '', isDefault: false };
    case 'person':
      return { key, owner: 'person', name: '', ownerEmail: container.address, isDefault: true };
    case 'sharedCopy':
      return { key, owner: 'person', name: '', isDefault: false };
    case 'group':
      return { key, owner: 'group', name: '', isDefault: true };
  }
}

/**
 * The user's default calendar failing fails the read (a list without it would mislead), as does a
 * token refused for their own calendars or every calendar failing; other calendars are reported.
 */
function failIfOwn(unreadable: Unreadable[], asked: number): Unreadable[] {
  // The default calendar, or a token refused for the user's own calendars; a secondary one (deleted meanwhile, throttled) is reported.
  const own = unreadable.find((u) => u.calendar.key === '' || (u.calendar.owner === 'me' && u.error instanceof SignInNeeded));
  if (own) throw own.error;
  if (unreadable.length && unreadable.length === asked) {
    const [first] = unreadable;
    // A consent refusal names the calendar it was for, so the user hears whose calendar needs the permission.
    throw first.error instanceof SignInNeeded ? first.error.forCalendar(first.calendar.ownerName ?? first.calendar.name) : first.error;
  }
  return unreadable;
}

/**
 * The window cut at local midnights into at most `most` slices of whole local days (the first and last
 * may be parts of days): consecutive days share a slice when there are more days than slices.
 */
function sliced(window: TimeWindow, zone: string, most: number): TimeWindow[] {
  const start = Date.parse(window.start);
  const end = Date.parse(window.end);
  const midnights = midnightsBetween(start, end, zone);
  const edges = [start, ...midnights, end];
  const days = edges.length - 1;
  const count = Math.min(days, most);
  if (count <= 1) return [window];
  const slices: TimeWindow[] = [];
  for (let i = 0; i < count; i++) {
    const from = Math.floor((i * days) / count);
    const to = Math.floor(((i + 1) * days) / count);
    slices.push({
      start: i === 0 ? window.start : new Date(edges[from]).toISOString(),
      end: i === count - 1 ? window.end : new Date(edges[to]).toISOString(),
    });
  }
  return slices;
}

/**
 * Earliest first; an all-day meeting first on its day (it starts at the user's midnight, as a meeting at 00:00 does,
 * and Graph orders it by its own zone's midnight, after that meeting east of UTC); a stable sort keeps each calendar's
 * own order for other equal starts.
 */
function byStart(meetings: Meeting[], timeZone: string): Meeting[] {
  return meetings
    .map((meeting) => ({ meeting, at: startsAt(meeting, timeZone) }))
    .sort((a, b) => a.at - b.at || Number(b.meeting.isAllDay) - Number(a.meeting.isAllDay))
    .map((m) => m.meeting);
}

function writeCursor(streams: Stream[]): string {
  return Buffer.from(JSON.stringify(streams)).toString('base64url');
}

/** A cursor is only ever one this adapter wrote and the bot stored; anything else starts nowhere. */
function readCursor(cursor: string): Stream[] {
  try {
    const streams = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Stream[];
    if (!Array.isArray(streams)) return [];
    return streams.filter(
      (s) =>
        s &&
        typeof s.skip === 'number' &&
        typeof s.calendar?.key === 'string' &&
        containerOf(s.calendar.key) &&
        (s.link === undefined || typeof s.link === 'string'),
    );
  } catch {
    return [];
  }
}
