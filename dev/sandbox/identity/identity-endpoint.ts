import type { IncomingMessage, ServerResponse } from 'node:http';
import type { UsageStats } from '../usage-stats';
import { readBody, sendJson } from '../http/respond';
import type { ChannelIssuer } from './channel-tokens';
import { openIdConfiguration } from './discovery';
import { EntraError, entraErrorBody } from './entra-error';
import type { SigningKeys } from './signing-keys';
import { TokenGrants } from './token-grants';

export interface IdentityEndpointDeps {
  authority: string;
  tenantId: string;
  graphHost: string;
  keys: SigningKeys;
  grants: TokenGrants;
  stats: UsageStats;
  channel: ChannelIssuer;
  /** "https://localhost:N": Entra's error_uri lives on its own host. */
  origin: string;
}

/** Serves <authority>/...: OpenID discovery, JWKS and the v2.0 token endpoint. */
export async function serveIdentity(
  deps: IdentityEndpointDeps,
  request: IncomingMessage,
  response: ServerResponse,
  rest: string,
): Promise<void> {
  const method = request.method ?? 'GET';
  const route = `${method} ${rest.toLowerCase()}`;
  // Entra answers these without caching hints the sandbox would need; keep responses fresh.
  const noStore = { 'Cache-Control': 'no-store' };
  if (method === 'GET') deps.stats.metadataRequest(rest.toLowerCase());
  if (route === 'GET /v2.0/.well-known/openid-configuration') {
    sendJson(response, 200, openIdConfiguration(deps.authority, deps.tenantId, deps.graphHost), noStore);
  } else if (route === 'GET /discovery/v2.0/keys') {
    sendJson(response, 200, { keys: [{ ...deps.keys.jwk, x5t: deps.keys.kid, issuer: `${deps.authority}/v2.0` }] }, noStore);
  } else if (route === 'GET /botframework/v1/.well-known/openidconfiguration') {
    sendJson(response, 200, deps.channel.openIdConfiguration(), noStore);
  } else if (route === 'GET /botframework/v1/keys') {
    sendJson(response, 200, deps.channel.jwks(), noStore);
  } else if (route === 'POST /oauth2/v2.0/token') {
    await serveToken(deps, request, response);
  } else {
    sendJson(response, 404, { error: 'not_found', error_description: `The sandbox identity does not serve ${method} ${rest}.` });
  }
}

async function serveToken(deps: IdentityEndpointDeps, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const form = new URLSearchParams(await readBody(request));
  deps.stats.tokenRequest(TokenGrants.grantName(form));
  const correlationId = headerValue(request.headers['client-request-id']);
  try {
    const answer = await deps.grants.exchange(form);
    sendJson(response, 200, answer, { 'Cache-Control': 'no-store', Pragma: 'no-cache' });
  } catch (thrown) {
    if (!(thrown instanceof EntraError)) throw thrown;
    sendJson(response, thrown.status, entraErrorBody(thrown, deps.origin, correlationId), { 'Cache-Control': 'no-store' });
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
