import type { Storage, StoreItems } from 'botbuilder';
import type { CalendarService } from '../calendar/calendar-service';
import { OrganizerRequiredError, OutcomeUnknownError, ThrottledError } from '../calendar/errors';
import { countOutcome, inSpan } from './instruments';

/**
 * Spans around the three things a turn waits on: Graph, the identity provider, the bot's storage.
 * Each wrapper keeps the wrapped object's interface, so composition can swap it in unnoticed.
 * Attributes are counts and kinds only: keys hold user ids and conversation ids, values hold
 * sealed tokens and messages, so neither is ever copied into a span.
 */

/** Storage calls as `storage.read` / `storage.write` / `storage.delete` spans. */
export function tracedStorage(storage: Storage): Storage {
  const attributes = (keys: string[]) => ({ 'storage.keys': keys.length, 'storage.area': areaOf(keys) });
  return {
    read: (keys: string[]) => inSpan('storage.read', attributes(keys), () => storage.read(keys)),
    write: (changes: StoreItems) => inSpan('storage.write', attributes(Object.keys(changes)), () => storage.write(changes)),
    delete: (keys: string[]) => inSpan('storage.delete', attributes(keys), () => storage.delete(keys)),
  };
}

/** What kind of state a key is ("tickets", "conversations", "tokens", ...): its first path segment. */
function areaOf(keys: string[]): string {
  const areas = new Set(keys.map((key) => /^[a-z-]{1,32}(?=\/)/i.exec(key)?.[0] ?? 'other'));
  return areas.size === 1 ? [...areas][0] : 'mixed';
}

/**
 * Graph calls as `graph.<operation>` spans, and the outcomes they decide counted: a cancel or
 * decline Graph accepted, a cancel Graph refused (not the organizer), a call that ended throttled.
 */
export function tracedCalendar(calendar: CalendarService): CalendarService {
  const call = <T>(operation: keyof CalendarService, work: () => Promise<T>): Promise<T> =>
    inSpan(`graph.${operation}`, { 'graph.operation': operation }, async (span) => {
      try {
        const result = await work();
        if (Array.isArray(result)) span.setAttribute('graph.meetings', result.length);
        return result;
      } catch (error) {
        if (error instanceof ThrottledError) countOutcome('throttle', { 'graph.operation': operation });
        if (error instanceof OrganizerRequiredError && operation === 'cancelMeeting') countOutcome('refusal');
        // Sent, and the answer lost: the flow re-reads to find out, but the write may have run.
        if (error instanceof OutcomeUnknownError) countOutcome('uncertain', { 'graph.operation': operation });
        throw error;
      }
    });
  return {
    calendars: () => call('calendars', () => calendar.calendars()),
    listMeetings: (window, timeZone, calendars) => call('listMeetings', () => calendar.listMeetings(window, timeZone, calendars)),
    listPage: (window, timeZone, size, next, calendars) =>
      call('listPage', () => calendar.listPage(window, timeZone, size, next, calendars)),
    getMeeting: (id) => call('getMeeting', () => calendar.getMeeting(id)),
    getMeetings: (ids) => call('getMeetings', () => calendar.getMeetings(ids)),
    cancelMeetings: (ids, comment) =>
      call('cancelMeetings', async () => {
        const outcomes = await calendar.cancelMeetings(ids, comment);
        for (const failure of outcomes) {
          if (!failure) countOutcome('cancel');
          else if (failure instanceof ThrottledError) countOutcome('throttle', { 'graph.operation': 'cancelMeetings' });
        }
        return outcomes;
      }),
    cancelMeeting: (id, comment) =>
      call('cancelMeeting', async () => {
        await calendar.cancelMeeting(id, comment);
        countOutcome('cancel');
      }),
    declineMeeting: (id, comment) =>
      call('declineMeeting', async () => {
        await calendar.declineMeeting(id, comment);
        countOutcome('decline');
      }),
    mailboxTimeZone: () => call('mailboxTimeZone', () => calendar.mailboxTimeZone()),
  };
}

/** The token calls of the bot's identity: a silent cache lookup and the on-behalf-of exchange. */
export interface TokenSource {
  cached(user: { aadObjectId: string; tenantId: string }, access?: string): Promise<string | undefined>;
  exchange(user: { aadObjectId: string; tenantId: string }, ssoToken: string, access?: string): Promise<string>;
}

/**
 * `token.silent` (the user's cache, refreshed if needed) and `token.exchange` (on-behalf-of)
 * spans; the same object otherwise, so every other method and field stays as it was.
 */
export function tracedTokens<T extends TokenSource>(tokens: T): T {
  return new Proxy(tokens, {
    get(target, property, receiver) {
      if (property === 'cached') {
        return (user: Parameters<TokenSource['cached']>[0], access?: string) =>
          inSpan('token.silent', {}, async (span) => {
            const token = await target.cached(user, access);
            span.setAttribute('token.cache_hit', token !== undefined);
            return token;
          });
      }
      if (property === 'exchange') {
        return (user: Parameters<TokenSource['exchange']>[0], ssoToken: string, access?: string) =>
          inSpan('token.exchange', { 'token.grant': 'on_behalf_of' }, () => target.exchange(user, ssoToken, access));
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      // Bound to the proxy, so a method calling cached/exchange (tokenFor) still gets their spans.
      return typeof value === 'function' ? value.bind(receiver) : value;
    },
  });
}
