import { Client, RetryHandlerOptions, type ShouldRetry } from '@microsoft/microsoft-graph-client';
import type { Event } from '@microsoft/microsoft-graph-types';
import type { CalendarService, MeetingPage, TimeWindow } from '../calendar-service';
import { CalendarUnavailableError, MeetingNotFoundError } from '../errors';
import type { Meeting } from '../meeting';
import { toCalendarError } from './graph-errors';
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
    const results = await this.batch(
      ids.map((id) => ({ method: 'POST', url: `/me/events/${encodeURIComponent(id)}/cancel`, body: { comment } })),
      forWrites,
    );
    const outcomes = results.map((result) => (result.status < 300 ? undefined : toCalendarError(stepError(result))));
    // As for one cancel: after a 5xx the cancel may have happened; a meeting no longer found was cancelled.
    const unsure = ids.filter((_, index) => outcomes[index] instanceof CalendarUnavailableError);
    if (unsure.length) {
      const reread = await this.getMeetings(unsure);
      ids.forEach((id, index) => {
        const position = unsure.indexOf(id);
        if (position >= 0 && reread[position] instanceof MeetingNotFoundError) outcomes[index] = undefined;
      });
    }
    return outcomes;
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
      const failure = toCalendarError(error);
      if (failure instanceof CalendarUnavailableError && action === 'cancel' && (await this.isGone(id))) return;
      throw failure;
    }
  }

  /** After an ambiguous failure: a cancelled meeting is no longer found, so the cancel happened. */
  private async isGone(id: string): Promise<boolean> {
    try {
      await this.getMeeting(id);
      return false;
    } catch (error) {
      return error instanceof MeetingNotFoundError;
    }
  }
}
