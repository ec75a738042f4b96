import * as fs from 'node:fs';
import * as https from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import type { ReadyInfo } from '../../../dev/sandbox';

export interface SandboxResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The body parsed as JSON, or undefined when empty or not JSON. */
  json: any;
}

/** Plain node:https against the sandbox, trusting its CA explicitly (never disabling verification). */
export function requestSandbox(
  info: ReadyInfo,
  method: string,
  url: string,
  options: { headers?: Record<string, string>; body?: string } = {},
): Promise<SandboxResponse> {
  const ca = fs.readFileSync(info.caCert, 'utf8');
  return new Promise((resolve, reject) => {
    const request = https.request(url, { method, ca, headers: options.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ status: response.statusCode ?? 0, headers: response.headers, text, json });
      });
    });
    request.on('error', reject);
    if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}

export async function adminPost(info: ReadyInfo, path: string, body: unknown): Promise<SandboxResponse> {
  return requestSandbox(info, 'POST', `${info.admin}${path}`, {
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export async function ssoToken(info: ReadyInfo, user: string, expiresInSeconds?: number): Promise<string> {
  const response = await adminPost(info, '/sso-token', { user, expiresInSeconds });
  if (response.status !== 200) throw new Error(`sso-token ${response.status}: ${response.text}`);
  return response.json.token as string;
}

/** The token endpoint over raw form posts (for cases MSAL would hide). */
export async function tokenRequest(info: ReadyInfo, form: Record<string, string>): Promise<SandboxResponse> {
  return requestSandbox(info, 'POST', `${info.authority}/oauth2/v2.0/token`, {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
}

/** A delegated Graph token for `user` with exactly `scope`, via a raw on-behalf-of exchange. */
export async function graphTokenFor(info: ReadyInfo, user: string, scope = 'https://graph.microsoft.com/.default'): Promise<string> {
  const response = await tokenRequest(info, {
    grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
    requested_token_use: 'on_behalf_of',
    assertion: await ssoToken(info, user),
    scope,
    client_id: info.clientId,
    client_secret: info.clientSecret,
  });
  if (response.status !== 200) throw new Error(`token ${response.status}: ${response.text}`);
  return response.json.access_token as string;
}
