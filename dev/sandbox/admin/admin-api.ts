import type { IncomingMessage, ServerResponse } from 'node:http';
import { OWN_CALENDAR_PERMISSIONS, type CalendarWorld, type DirectoryUser } from '../http/contract';
import { readBody, sendEmpty, sendJson } from '../http/respond';
import type { FaultInjector, FaultSettings } from '../faults';
import { ADMIN_ONLY_PERMISSIONS, type Identity } from '../identity';
import type { UsageStats } from '../usage-stats';

export interface AdminDeps {
  world: CalendarWorld;
  identity: Identity;
  faults: FaultInjector;
  /** The faults the sandbox started with: what POST /reset goes back to. */
  startupFaults: FaultSettings;
  stats: UsageStats;
}

class AdminError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The developer's control panel at <origin>/_sandbox. No token: it listens on loopback only and
 * exists so tests and the dev launcher can mint SSO tokens, flip consent, inject faults and count calls.
 */
export async function serveAdmin(deps: AdminDeps, request: IncomingMessage, response: ServerResponse, rest: string): Promise<void> {
  const method = request.method ?? 'GET';
  try {
    const mailbox = /^\/mailboxes\/([^/]+)$/i.exec(rest);
    if (method === 'GET' && mailbox) {
      const upn = decodeURIComponent(mailbox[1]);
      const snapshot = deps.world.snapshot(upn);
      if (!snapshot) throw unknownUser(upn);
      return sendJson(response, 200, snapshot);
    }
    switch (`${method} ${rest.toLowerCase()}`) {
      case 'POST /sso-token': {
        const body = await jsonBody(request);
        const user = findUser(deps, body.user);
        const lifetime = body.expiresInSeconds === undefined ? undefined : Number(body.expiresInSeconds);
        if (lifetime !== undefined && !Number.isInteger(lifetime))
          throw new AdminError(400, 'InvalidRequest', '"expiresInSeconds" must be an integer.');
        return sendJson(response, 200, { token: await deps.identity.issueSsoToken(user, lifetime) });
      }
      case 'POST /channel-token': {
        // What the Bot Framework channel would put in the Authorization header of an activity.
        const body = await jsonBody(request);
        const text = (name: string, required = false): string | undefined => {
          const value = body[name];
          if (value === undefined && !required) return undefined;
          if (typeof value !== 'string' || value === '')
            throw new AdminError(400, 'InvalidRequest', `"${name}" must be a non-empty string.`);
          return value;
        };
        const lifetime = body.expiresInSeconds === undefined ? undefined : Number(body.expiresInSeconds);
        if (lifetime !== undefined && !Number.isInteger(lifetime))
          throw new AdminError(400, 'InvalidRequest', '"expiresInSeconds" must be an integer.');
        const token = await deps.identity.channel.issue({
          audience: text('audience', true)!,
          serviceUrl: text('serviceUrl', true)!,
          expiresInSeconds: lifetime,
          issuer: text('issuer'),
          badSignature: body.badSignature === true,
        });
        return sendJson(response, 200, { token });
      }
      case 'POST /consent': {
        // {"user", "granted": true|false} (own calendar's permissions, or none) or {"user", "scopes": [...]}.
        const body = await jsonBody(request);
        const user = findUser(deps, body.user);
        const scopes = body.scopes === undefined ? grantedScopes(body.granted) : scopeList(body.scopes);
        const adminOnly = scopes.filter((scope) => ADMIN_ONLY_PERMISSIONS.some((name) => name.toLowerCase() === scope.toLowerCase()));
        if (adminOnly.length > 0) {
          throw new AdminError(
            400,
            'AdminConsentRequired',
            `${adminOnly.join(', ')} needs an administrator's consent: use POST /admin-consent.`,
          );
        }
        deps.world.directory.setConsent(user.id, scopes);
        return sendJson(response, 200, { user: user.userPrincipalName, consentedScopes: scopes });
      }
      case 'POST /admin-consent': {
        // {"scopes": [...]}: what the tenant admin consented to for every user (replaces the previous grant).
        const body = await jsonBody(request);
        const scopes = scopeList(body.scopes);
        deps.world.directory.setAdminConsent(scopes);
        return sendJson(response, 200, { adminConsentedScopes: scopes });
      }
      case 'GET /consent':
        return sendJson(response, 200, {
          adminConsentedScopes: deps.world.directory.adminConsentedScopes(),
          users: Object.fromEntries(deps.world.directory.users().map((user) => [user.userPrincipalName, user.consentedScopes])),
        });
      case 'GET /faults':
        return sendJson(response, 200, deps.faults.current());
      case 'POST /faults': {
        const body = await jsonBody(request);
        try {
          deps.faults.configure(body as FaultSettings);
        } catch (error) {
          throw new AdminError(400, 'InvalidFaults', (error as Error).message);
        }
        return sendJson(response, 200, deps.faults.current());
      }
      case 'GET /stats':
        return sendJson(response, 200, deps.stats.snapshot());
      case 'POST /reset':
        deps.world.reset();
        deps.identity.reset();
        deps.faults.configure(deps.startupFaults);
        deps.stats.reset();
        return sendEmpty(response, 204);
      default:
        throw new AdminError(404, 'NotFound', `The sandbox admin API has no ${method} ${rest}.`);
    }
  } catch (thrown) {
    if (!(thrown instanceof AdminError)) throw thrown;
    sendJson(response, thrown.status, { error: { code: thrown.code, message: thrown.message } });
  }
}

async function jsonBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const text = await readBody(request);
  try {
    const parsed: unknown = text.trim() === '' ? {} : JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // fall through to the error below
  }
  throw new AdminError(400, 'InvalidRequest', 'The body must be a JSON object.');
}

function grantedScopes(granted: unknown): string[] {
  if (typeof granted !== 'boolean') throw new AdminError(400, 'InvalidRequest', '"granted" must be true or false, or give "scopes".');
  return granted ? [...OWN_CALENDAR_PERMISSIONS] : [];
}

function scopeList(scopes: unknown): string[] {
  if (!Array.isArray(scopes) || scopes.some((scope) => typeof scope !== 'string' || scope === '')) {
    throw new AdminError(400, 'InvalidRequest', '"scopes" must be a list of permission names, e.g. ["Calendars.ReadWrite.Shared"].');
  }
  return [...new Set(scopes as string[])];
}

function findUser(deps: AdminDeps, idOrUpn: unknown): DirectoryUser {
  if (typeof idOrUpn !== 'string' || idOrUpn === '')
    throw new AdminError(400, 'InvalidRequest', '"user" (a UPN or object id) is required.');
  const user = deps.world.directory.findUser(idOrUpn);
  if (!user) throw unknownUser(idOrUpn);
  return user;
}

function unknownUser(idOrUpn: string): AdminError {
  return new AdminError(404, 'UserNotFound', `No user '${idOrUpn}' in the sandbox directory.`);
}
