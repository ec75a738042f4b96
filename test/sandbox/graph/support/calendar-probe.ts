/**
 * Runs in a child process started with NODE_EXTRA_CA_CERTS=<sandbox CA> (read only at start), as
 * the bot runs: unmodified MSAL Node OBO for the token, @microsoft/microsoft-graph-client for the
 * calendar. Reads ReadyInfo from SANDBOX_READY and prints one JSON object of results on stdout.
 */
import { ConfidentialClientApplication } from '@azure/msal-node';
import { Client, GraphError, PageIterator, type PageCollection } from '@microsoft/microsoft-graph-client';
import type { ReadyInfo } from '../../../../dev/sandbox';

const info = JSON.parse(process.env.SANDBOX_READY ?? '{}') as ReadyInfo;
const WINDOW = { startDateTime: '2026-03-05T00:00:00Z', endDateTime: '2026-03-12T00:00:00Z' };

async function graphFor(user: string): Promise<Client> {
  const sso = await fetch(`${info.admin}/sso-token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  const msal = new ConfidentialClientApplication({
    auth: {
      clientId: info.clientId,
      clientSecret: info.clientSecret,
      authority: info.authority,
      knownAuthorities: [new URL(info.authority).host],
    },
  });
  const result = await msal.acquireTokenOnBehalfOf({
    oboAssertion: ((await sso.json()) as { token: string }).token,
    scopes: ['https://graph.microsoft.com/.default'],
  });
  const token = result!.accessToken;
  // The client attaches the token only to Graph hosts and customHosts (compared without the port).
  return Client.init({
    authProvider: (done) => done(null, token),
    baseUrl: new URL(info.graph).origin,
    defaultVersion: 'v1.0',
    customHosts: new Set(['localhost']),
  });
}

async function outcome(run: () => Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await run();
    return { ok: true };
  } catch (error) {
    if (error instanceof GraphError) return { ok: false, statusCode: error.statusCode, code: error.code, message: error.message };
    return { ok: false, thrown: String(error) };
  }
}

async function main(): Promise<void> {
  const alex = await graphFor(info.defaultUser);
  const view = () =>
    alex
      .api('/me/calendarView')
      .query(WINDOW)
      .header('Prefer', 'outlook.timezone="Pacific Standard Time"')
      .select('subject,start,type,seriesMasterId,isOrganizer')
      .top(3);
  const firstPage = (await view().get()) as PageCollection;
  const paged: any[] = [];
  // PageIterator does not repeat the first request's headers: the Prefer zone must be passed again.
  const pageOptions = { headers: { Prefer: 'outlook.timezone="Pacific Standard Time"' } };
  await new PageIterator(
    alex,
    firstPage,
    (event) => {
      paged.push(event);
      return true;
    },
    pageOptions,
  ).iterate();
  const secondPage = await alex.api(firstPage['@odata.nextLink']!).header('Prefer', 'outlook.timezone="Pacific Standard Time"').get();
  const occurrence = paged.find((e) => e.subject === 'Daily standup');
  const allHands = paged.find((e) => e.subject === 'All hands');
  const results = {
    firstPageNextLink: firstPage['@odata.nextLink'],
    paged: paged.map((e) => `${e.start.dateTime} ${e.start.timeZone} ${e.subject}`),
    secondPage: (secondPage.value as any[]).map((e) => e.subject),
    mailboxZone: ((await alex.api('/me/mailboxSettings').get()) as { timeZone: string }).timeZone,
    cancelOccurrence: await outcome(() => alex.api(`/me/events/${occurrence.id}/cancel`).post({ comment: 'Team holiday' })),
    cancelledOccurrenceId: occurrence.id,
    afterCancel: await outcome(() => alex.api(`/me/events/${occurrence.id}`).get()),
    attendeeCancel: await outcome(() => alex.api(`/me/events/${allHands.id}/cancel`).post({ comment: 'x' })),
    decline: await outcome(() => alex.api(`/me/events/${allHands.id}/decline`).post({ comment: 'Out that day', sendResponse: true })),
    missingWindow: await outcome(() => alex.api('/me/calendarView').get()),
  };
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`probe failed: ${String(error)}\n`);
  process.exit(1);
});
