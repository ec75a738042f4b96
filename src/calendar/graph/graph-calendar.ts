import { Client, RetryHandlerOptions, type ShouldRetry } from '@microsoft/microsoft-graph-client';
import type { Event } from '@microsoft/microsoft-graph-types';
import type { CalendarService, MeetingPage, TimeWindow } from '../calendar-service';
import { OutcomeUnknownError } from '../errors';
import type { Meeting } from '../meeting';
import { toCalendarError, writeMayHaveRun } from './graph-errors';
import { sendInBatches, stepError, type BatchRequest, type BatchResult } from './json-batch';
import { MEETING_FIELDS, toMeeting } from './to-meeting';

/** Enough for a week of anyone's meetings in one calendarView request. */
const PAGE_SIZE = 100;

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
 * A write is retried only when Graph throttled it (429: the request was rejected, not run). After a
 * 503/504 the write may have happened, so it is not blindly sent again: the caller checks instead.
 */
const forWrites = new RetryHandlerOptions(
  undefined,
  undefined,
  ((_delay, _attempt, _request, _options, response) => response.status === 429 && waitIsShort(response)) satisfies ShouldRetry,
);

/** The user's calendar over Microsoft Graph, for one access token. */
export class GraphCalendar implements CalendarService {
  private readonly client: Client;

  /** `endpoint` is Graph's versioned root, e.g. https://graph.microsoft.com/v1.0. */
  constructor(endpoint: string, accessToken: string) {
    const url = new URL(endpoint);
    this.client = Client.initWithMiddleware({
      authProvider: { getAccessToken: async () => accessToken },
      baseUrl: `${url.origin}/`,
      defaultVersion: url.pathname.replace(/^\/+|\/+$/g, '') || 'v1.0',
      // The client attaches the token only to Graph hosts or these (host names, no port).
      customHosts: new Set([url.hostname]),
    });
  }

  async listMeetings(window: TimeWindow, timeZone: string): Promise<Meeting[]> {
    try {
      let page = await this.client
        .api('/me/calendarView')
        .query({ startDateTime: window.start, endDateTime: window.end })
        .select([...MEETING_FIELDS])
        .orderby('start/dateTime')
        .top(PAGE_SIZE)
        .header('Prefer', `outlook.timezone="${timeZone}"`)
        .middlewareOptions([forReads])
        .get();
      const events: Event[] = [...page.value];
      while (page['@odata.nextLink']) {
        page = await this.client
          .api(page['@odata.nextLink'])
          .header('Prefer', `outlook.timezone="${timeZone}"`)
          .middlewareOptions([forReads])
          .get();
        events.push(...page.value);
      }
      return events.map(toMeeting);
    } catch (error) {
      throw toCalendarError(error);
    }
  }

  async listPage(window: TimeWindow, timeZone: string, size: number, next?: string): Promise<MeetingPage> {
    try {
      // A next link is only ever one Graph gave this adapter; it is followed as given (paging.md).
      const request = next
        ? this.client.api(next)
        : this.client
            .api('/me/calendarView')
            .query({ startDateTime: window.start, endDateTime: window.end })
            .select([...MEETING_FIELDS])
            .orderby('start/dateTime')
            .top(size);
      const page = await request.header('Prefer', `outlook.timezone="${timeZone}"`).middlewareOptions([forReads]).get();
      return { meetings: (page.value as Event[]).map(toMeeting), next: page['@odata.nextLink'] || undefined };
    } catch (error) {
      throw toCalendarError(error);
    }
  }

  async getMeetings(ids: string[]): Promise<Array<Meeting | Error>> {
    const select = MEETING_FIELDS.join(',');
    const results = await this.batch(
      ids.map((id) => ({ method: 'GET', url: `/me/events/${encodeURIComponent(id)}?$select=${select}` })),
      forReads,
    );
    return results.map((result) => (result.status === 200 ? toMeeting(result.body as Event) : toCalendarError(stepError(result))));
  }

  async cancelMeetings(ids: string[], comment: string): Promise<Array<Error | undefined>> {
    const requests: BatchRequest[] = ids.map((id) => ({
      method: 'POST',
      url: `/me/events/${encodeURIComponent(id)}/cancel`,
      body: { comment },
    }));
    if (!requests.length) return [];
    let results: BatchResult[];
    try {
      results = await sendInBatches(this.client, requests, forWrites, LONGEST_WAIT_SECONDS);
    } catch (error) {
      // The batch itself got no answer: any of its cancels may have run. The flow re-reads to find out.
      if (writeMayHaveRun(error)) return ids.map(() => new OutcomeUnknownError('The cancels were sent and no answer came back'));
      throw toCalendarError(error);
    }
    return results.map((result) => {
      if (result.status < 300) return undefined;
      const error = stepError(result);
      // As for one cancel: after a 5xx the cancel may have happened.
      return writeMayHaveRun(error) ? new OutcomeUnknownError('The cancel was sent and no answer came back') : toCalendarError(error);
    });
  }

  async getMeeting(id: string): Promise<Meeting> {
    try {
      const event = await this.client
        .api(`/me/events/${encodeURIComponent(id)}`)
        .select([...MEETING_FIELDS])
        .middlewareOptions([forReads])
        .get();
      return toMeeting(event);
    } catch (error) {
      throw toCalendarError(error);
    }
  }

  async cancelMeeting(id: string, comment: string): Promise<void> {
    await this.write(id, 'cancel', { comment });
  }

  async declineMeeting(id: string, comment: string): Promise<void> {
    await this.write(id, 'decline', { comment, sendResponse: true });
  }

  async mailboxTimeZone(): Promise<string | undefined> {
    try {
      const settings = await this.client.api('/me/mailboxSettings').select('timeZone').middlewareOptions([forReads]).get();
      return settings?.timeZone || undefined;
    } catch (error) {
      throw toCalendarError(error);
    }
  }

  private async batch(requests: BatchRequest[], retry: RetryHandlerOptions): Promise<BatchResult[]> {
    if (!requests.length) return [];
    try {
      return await sendInBatches(this.client, requests, retry, LONGEST_WAIT_SECONDS);
    } catch (error) {
      throw toCalendarError(error);
    }
  }

  private async write(id: string, action: 'cancel' | 'decline', body: object): Promise<void> {
    try {
      await this.client
        .api(`/me/events/${encodeURIComponent(id)}/${action}`)
        .middlewareOptions([forWrites])
        .post(body);
    } catch (error) {
      // A 5xx or a lost answer: the write may have happened. The flow re-reads to find out.
      if (writeMayHaveRun(error)) throw new OutcomeUnknownError(`The ${action} was sent and no answer came back`);
      throw toCalendarError(error);
    }
  }
}
