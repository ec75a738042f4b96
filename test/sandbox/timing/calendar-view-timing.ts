/**
 * By hand, not a test: `npx tsx test/sandbox/timing/calendar-view-timing.ts`. What a calendarView
 * costs the sandbox on a 5,000-meeting week (issue 13): the handler alone (the world's routes, as
 * graph-http does after the token check) and over HTTPS with a real token (token check, JSON, TLS),
 * single requests and a $batch of them. Figures vary with what else the machine runs.
 */
import * as fs from 'node:fs';
import * as https from 'node:https';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultSeed, startSandbox, withBusyCalendar, type ReadyInfo } from '../../../dev/sandbox';
import { createCalendarWorld } from '../../../dev/sandbox/graph';
import type { Caller } from '../../../dev/sandbox/http/contract';
import { RouteTable } from '../../../dev/sandbox/http/route-table';
import { graphTokenFor } from '../support/https-client';

const REQUESTS = Number(process.env.REQUESTS ?? 200);
const MEETINGS = 5000;
const MEGAN: Caller = {
  userId: '00000000-0000-4000-8000-000000000021',
  upn: 'MeganB@contoso.onmicrosoft.com',
  tenantId: '00000000-0000-4000-8000-000000000001',
  scopes: ['Calendars.ReadWrite', 'User.Read', 'MailboxSettings.Read'],
};
/** What the bot asks for (graph-calendar.ts viewStep), less $top. */
const SELECT = 'id,subject,start,end,isAllDay,isCancelled,isOrganizer,organizer,attendees,type,seriesMasterId,isOnlineMeeting,webLink';
const PREFER = { prefer: 'outlook.timezone="America/Los_Angeles"' };

const now = new Date();
const from = new Date(now.getTime() + 3_600_000);
const to = new Date(now.getTime() + 7 * 86_400_000);
const seed = withBusyCalendar(
  { ...defaultSeed(now), users: defaultSeed(now).users.map((u) => ({ ...u, consented: true })) },
  { organizer: MEGAN.upn, count: MEETINGS, from, to, minutes: 15 },
);
const week = `startDateTime=${now.toISOString()}&endDateTime=${new Date(now.getTime() + 7 * 86_400_000).toISOString()}`;
/** Request i pages through the week: $skip moves by the page size and wraps. */
const query = (i: number, top: number) => `${week}&$select=${SELECT}&$orderby=start/dateTime&$top=${top}&$skip=${(i * top) % MEETINGS}`;

function report(name: string, started: bigint, cpu: NodeJS.CpuUsage, count: number): void {
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  const used = process.cpuUsage(cpu);
  console.log(
    `${name.padEnd(46)} ${(wall / count).toFixed(3).padStart(8)} ms/request wall  ${((used.user + used.system) / 1000 / count).toFixed(3).padStart(8)} ms/request CPU`,
  );
}

async function inProcess(top: number): Promise<void> {
  const world = createCalendarWorld({ now, seed });
  const table = new RouteTable(world.routes);
  const call = async (pathAndQuery: string) => {
    const url = new URL(`https://localhost/v1.0${pathAndQuery}`);
    const path = url.pathname.replace(/^\/v1\.0/, '');
    const match = table.match('GET', path);
    if (match.kind !== 'found') throw new Error(match.kind);
    const response = await match.route.handle({
      method: 'GET',
      path,
      version: 'v1.0',
      params: match.params,
      query: url.searchParams,
      headers: PREFER,
      body: undefined,
      caller: MEGAN,
      baseUrl: 'https://localhost/v1.0',
    });
    if (response.status !== 200) throw new Error(`calendarView ${response.status}`);
    return JSON.stringify(response.body).length;
  };
  await call(`/me/calendarView?${query(0, top)}`); // first read, whatever it builds
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let i = 0; i < REQUESTS; i++) await call(`/me/calendarView?${query(i, top)}`);
  report(`handler only, $top=${top}`, started, cpu, REQUESTS);
}

function get(info: ReadyInfo, agent: https.Agent, token: string, method: string, url: string, body?: unknown): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...PREFER };
    if (body) headers['content-type'] = 'application/json';
    const request = https.request(`${info.graph}${url}`, { method, agent, headers }, (response) => {
      response.resume();
      response.on('end', () => (response.statusCode === 200 ? resolve(200) : reject(new Error(`${url}: ${response.statusCode}`))));
    });
    request.on('error', reject);
    request.end(body ? JSON.stringify(body) : undefined);
  });
}

async function overHttps(): Promise<void> {
  const sandbox = await startSandbox({ seed, now, stateDir: path.join(os.tmpdir(), 'meeting-cancel-bot-timing') });
  const { info } = sandbox;
  const agent = new https.Agent({ keepAlive: true, ca: fs.readFileSync(info.caCert, 'utf8'), maxSockets: 1 });
  try {
    const token = await graphTokenFor(info, MEGAN.upn);
    for (const top of [10, 100]) {
      await get(info, agent, token, 'GET', `/me/calendarView?${query(0, top)}`);
      const cpu = process.cpuUsage();
      const started = process.hrtime.bigint();
      for (let i = 0; i < REQUESTS; i++) await get(info, agent, token, 'GET', `/me/calendarView?${query(i, top)}`);
      report(`HTTPS (client + sandbox), $top=${top}`, started, cpu, REQUESTS);
    }
    // The bot reads several calendars in one $batch: here 4 steps of $top=100 each.
    const batch = (i: number) => ({
      requests: [0, 1, 2, 3].map((n) => ({
        id: String(n),
        method: 'GET',
        url: `/me/calendarView?${query(i * 4 + n, 100)}`,
        headers: PREFER,
      })),
    });
    await get(info, agent, token, 'POST', '/$batch', batch(0));
    const batches = REQUESTS / 4;
    const cpu = process.cpuUsage();
    const started = process.hrtime.bigint();
    for (let i = 0; i < batches; i++) await get(info, agent, token, 'POST', '/$batch', batch(i));
    report('HTTPS $batch of 4 x $top=100 (per batch)', started, cpu, batches);
  } finally {
    agent.destroy();
    await sandbox.stop();
  }
}

async function main(): Promise<void> {
  console.log(
    `${REQUESTS} calendarView requests over a week of ${MEETINGS} meetings (node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)})`,
  );
  await inProcess(10);
  await inProcess(100);
  await overHttps();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
