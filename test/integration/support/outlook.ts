import { requestSandbox } from '../../sandbox/support/https-client';
import { msalClient } from '../../sandbox/support/sandbox-fixture';
import type { Stack } from './stack';

/**
 * What a person does in Outlook while a card waits (moves, renames, deletes a meeting): Graph calls
 * with their own token (an SSO token from the sandbox, exchanged on-behalf-of with MSAL, as the bot
 * does), over HTTPS against the same sandbox the bot uses.
 */
export async function outlookAs(stack: Stack, upn: string) {
  const { token: sso } = await stack.admin('POST', '/sso-token', { user: upn });
  const result = await msalClient(stack.info).acquireTokenOnBehalfOf({
    oboAssertion: sso,
    scopes: ['https://graph.microsoft.com/.default'],
  });
  const token = result!.accessToken;
  const graph = async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const answer = await requestSandbox(stack.info, method, `${stack.info.graph}${path}`, {
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status} ${answer.text}`);
    return answer.json;
  };
  return {
    /** The user's events with this subject in the next two weeks (occurrences expanded), UTC times. */
    async find(subject: string): Promise<any[]> {
      const now = new Date();
      const end = new Date(now.getTime() + 14 * 86_400_000);
      const view = await graph('GET', `/me/calendarView?startDateTime=${now.toISOString()}&endDateTime=${end.toISOString()}&$top=500`);
      return view.value.filter((event: any) => event.subject === subject);
    },
    update: (id: string, changes: Record<string, unknown>) => graph('PATCH', `/me/events/${encodeURIComponent(id)}`, changes),
    remove: (id: string) => graph('DELETE', `/me/events/${encodeURIComponent(id)}`),
    cancel: (id: string, comment = '') => graph('POST', `/me/events/${encodeURIComponent(id)}/cancel`, { comment }),
  };
}
