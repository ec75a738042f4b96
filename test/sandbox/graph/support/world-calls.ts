import type { IncomingHttpHeaders } from 'node:http';
import { GraphHttpError, type Caller, type CalendarWorld } from '../../../../dev/sandbox/http/contract';
import { RouteTable } from '../../../../dev/sandbox/http/route-table';
import { createCalendarWorld } from '../../../../dev/sandbox/graph';

/** Thursday 2026-03-05 10:00 in Alex's zone (PST); US daylight saving time starts Sunday 2026-03-08. */
export const NOW = new Date('2026-03-05T18:00:00Z');
export const BASE_URL = 'https://localhost:8443/v1.0';

const caller = (n: string, alias: string): Caller => ({
  userId: `00000000-0000-4000-8000-0000000000${n}`,
  upn: `${alias}@contoso.onmicrosoft.com`,
  tenantId: '00000000-0000-4000-8000-000000000001',
  // Every permission the bot's registration has: refusals per missing permission are tested over HTTPS (access.spec.ts).
  scopes: ['Calendars.ReadWrite', 'User.Read', 'MailboxSettings.Read', 'Calendars.ReadWrite.Shared', 'Group.ReadWrite.All'],
});
export const ALEX = caller('20', 'AlexW');
export const MEGAN = caller('21', 'MeganB');
export const ADELE = caller('22', 'AdeleV');
export const ISAIAH = caller('23', 'IsaiahL');
export const PATTI = caller('24', 'PattiF');
export const LYNNE = caller('25', 'LynneR');
export const MARKETING_GROUP_ID = '00000000-0000-4000-8000-000000000040';

export interface Answer {
  status: number;
  body?: any;
  headers: Record<string, string>;
  /** Set when the handler threw Graph's error. */
  error?: { code: string; message: string };
}

export interface CallOptions {
  body?: unknown;
  headers?: IncomingHttpHeaders;
}

/** Calls the world's routes as the HTTP half would (same route table), without HTTP. */
export function graphOf(world: CalendarWorld) {
  const table = new RouteTable(world.routes);
  return async (as: Caller, method: string, pathAndQuery: string, options: CallOptions = {}): Promise<Answer> => {
    const url = new URL(`${BASE_URL}${pathAndQuery}`);
    const path = url.pathname.replace(/^\/v1\.0/, '');
    const match = table.match(method, path);
    if (match.kind !== 'found') throw new Error(`no route for ${method} ${path}: ${match.kind}`);
    try {
      const request = {
        method,
        path,
        version: 'v1.0' as const,
        params: match.params,
        query: url.searchParams,
        headers: options.headers ?? {},
        body: options.body,
        caller: as,
        baseUrl: BASE_URL,
      };
      match.route.authorize?.(request);
      const response = await match.route.handle(request);
      return { status: response.status, body: response.body, headers: response.headers ?? {} };
    } catch (error) {
      if (!(error instanceof GraphHttpError)) throw error;
      return { status: error.status, headers: error.headers, error: { code: error.code, message: error.message } };
    }
  };
}

export function defaultWorld(): CalendarWorld {
  return createCalendarWorld({ now: NOW });
}

/** A week of Alex's default calendar, as calendarView lists it (UTC, up to 100). */
export const WEEK = 'startDateTime=2026-03-05T00:00:00Z&endDateTime=2026-03-12T00:00:00Z&$top=100';

export async function findBySubject(call: ReturnType<typeof graphOf>, as: Caller, subject: string, query = WEEK): Promise<any[]> {
  const answer = await call(as, 'GET', `/me/calendarView?${query}`);
  if (answer.status !== 200) throw new Error(`calendarView ${answer.status}`);
  return answer.body.value.filter((event: any) => event.subject === subject);
}

/** One Contoso mailbox as the admin API shows it ("AlexW" -> AlexW@contoso.onmicrosoft.com). */
export function mailboxOf(world: CalendarWorld, alias: string): { events: any[]; deletedItems: any[]; inbox: any[] } {
  return world.snapshot(`${alias}@contoso.onmicrosoft.com`)! as { events: any[]; deletedItems: any[]; inbox: any[] };
}

/** Every mailbox's snapshot, to show a refused request changed nothing. */
export function wholeWorld(world: CalendarWorld): string {
  const owners = [...world.directory.users().map((u) => u.userPrincipalName), 'Marketing@contoso.onmicrosoft.com'];
  return JSON.stringify(owners.map((owner) => world.snapshot(owner)));
}
