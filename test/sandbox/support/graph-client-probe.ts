/**
 * Runs in a child process started with NODE_EXTRA_CA_CERTS=<sandbox CA>, exactly as the bot runs
 * against the sandbox: unmodified MSAL Node and @microsoft/microsoft-graph-client (global fetch).
 * Reads ReadyInfo from SANDBOX_READY, prints one JSON object of scenario results on stdout.
 */
import { ConfidentialClientApplication } from '@azure/msal-node';
import { Client, GraphError } from '@microsoft/microsoft-graph-client';
import { generateKeyPair, SignJWT, decodeJwt } from 'jose';
import type { ReadyInfo } from '../../../dev/sandbox';

const info = JSON.parse(process.env.SANDBOX_READY ?? '{}') as ReadyInfo;
const origin = new URL(info.graph).origin;

async function ssoToken(user: string): Promise<string> {
  const response = await fetch(`${info.admin}/sso-token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  return ((await response.json()) as { token: string }).token;
}

function graphClient(token: string, customHosts: string[] = ['localhost']): Client {
  return Client.init({
    authProvider: (done) => done(null, token),
    baseUrl: origin,
    defaultVersion: 'v1.0',
    customHosts: new Set(customHosts),
  });
}

async function outcome(run: () => Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    return { ok: true, value: (await run()) ?? null };
  } catch (error) {
    if (error instanceof GraphError)
      return { ok: false, statusCode: error.statusCode, code: error.code, message: error.message, requestId: error.requestId };
    return { ok: false, thrown: String(error) };
  }
}

async function main(): Promise<void> {
  const msal = new ConfidentialClientApplication({
    auth: {
      clientId: info.clientId,
      clientSecret: info.clientSecret,
      authority: info.authority,
      knownAuthorities: [new URL(info.authority).host],
    },
  });
  const obo = await msal.acquireTokenOnBehalfOf({
    oboAssertion: await ssoToken(info.defaultUser),
    scopes: ['https://graph.microsoft.com/.default'],
  });
  const token = obo!.accessToken;
  const userReadOnly = (await msal.acquireTokenOnBehalfOf({
    oboAssertion: await ssoToken(info.defaultUser),
    scopes: ['https://graph.microsoft.com/User.Read'],
  }))!.accessToken;
  const { privateKey } = await generateKeyPair('RS256');
  const forged = await new SignJWT(decodeJwt(token)).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
  const results = {
    msalUpn: decodeJwt(token).upn,
    me: await outcome(() => graphClient(token).api('/me').get()),
    retried: await outcome(() => graphClient(token).api('/me/events/retry-probe').get()),
    cancel: await outcome(() => graphClient(token).api('/me/events/AAMk1/cancel').post({ comment: 'Sorry, cancelled' })),
    hostWithPort: await outcome(() =>
      graphClient(token, [new URL(origin).host])
        .api('/me')
        .get(),
    ),
    unknownSegment: await outcome(() => graphClient(token).api('/me/nothingHere').get()),
    forged: await outcome(() => graphClient(forged).api('/me').get()),
    scopeMissing: await outcome(() => graphClient(userReadOnly).api('/me/calendarView').get()),
  };
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`probe failed: ${String(error)}\n`);
  process.exit(1);
});
