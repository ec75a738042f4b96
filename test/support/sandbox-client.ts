import type { ReadyInfo } from '../../dev/sandbox';
import { requestSandbox } from '../sandbox/support/https-client';

export interface SandboxStats {
  graph: { total: number; byRoute: Record<string, number> };
  tokens: { total: number; byGrant: Record<string, number> };
  /** GETs of OpenID metadata and signing keys, by path under the authority. */
  metadata: { byPath: Record<string, number> };
}

/** The sandbox's admin API, for every test stack that runs one (over HTTPS, trusting its CA). */
export abstract class SandboxClient {
  abstract get info(): ReadyInfo;

  async admin(method: 'GET' | 'POST', route: string, body?: unknown): Promise<any> {
    const options = body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
    const response = await requestSandbox(this.info, method, `${this.info.admin}${route}`, options);
    if (response.status >= 300) throw new Error(`admin ${method} ${route}: ${response.status} ${response.text}`);
    return response.json;
  }

  /** A mailbox as stored: its zone, events, Deleted Items and received messages (with comments). */
  mailbox(upn: string): Promise<{ timeZone: string; events: any[]; deletedItems: any[]; inbox: any[] }> {
    return this.admin('GET', `/mailboxes/${encodeURIComponent(upn)}`);
  }

  /** Graph requests per route and token grants since the last reset. */
  stats(): Promise<SandboxStats> {
    return this.admin('GET', '/stats');
  }

  async reset(): Promise<void> {
    await this.admin('POST', '/reset', {});
  }
}
