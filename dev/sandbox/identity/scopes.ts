import { EntraError } from './entra-error';
import { BOT_GRAPH_PERMISSIONS, GRAPH_APP_ID, GRAPH_RESOURCE, OIDC_SCOPES } from './tenant';

/** A token request's `scope`, read the way Entra reads it for the Graph resource. */
export interface RequestedScopes {
  /** Graph permissions by short name ("Calendars.ReadWrite"), `.default` expanded to the app's configured ones. */
  graph: string[];
  /** The same permissions spelled as the client asked (MSAL's cache matches on these). */
  asRequested: string[];
  oidc: string[];
}

const GRAPH_PREFIXES = [`${GRAPH_RESOURCE}/`, `${GRAPH_APP_ID}/`];

/**
 * `defaults` is what `.default` stands for: the configured permissions that have been consented
 * (a permission nobody consented to is simply not in the token, Microsoft Q&A 1188617).
 */
export function readScopes(scope: string, defaults: readonly string[] = BOT_GRAPH_PERMISSIONS): RequestedScopes {
  const result: RequestedScopes = { graph: [], asRequested: [], oidc: [] };
  for (const item of scope.split(' ').filter(Boolean)) {
    const oidc = OIDC_SCOPES.find((name) => name === item.toLowerCase());
    if (oidc) {
      result.oidc.push(oidc);
      continue;
    }
    const prefix = GRAPH_PREFIXES.find((candidate) => item.toLowerCase().startsWith(candidate.toLowerCase()));
    const name = prefix ? item.slice(prefix.length) : item;
    if (!prefix && item.includes('/')) {
      // Another resource (api://...): the sandbox only issues tokens for Graph.
      throw new EntraError(
        'invalid_scope',
        70011,
        `The provided value for the input parameter 'scope' is not valid. The scope ${item} is not valid.`,
      );
    }
    if (name.toLowerCase() === '.default') {
      for (const permission of defaults) {
        result.graph.push(permission);
        result.asRequested.push(`${GRAPH_RESOURCE}/${permission}`);
      }
    } else {
      result.graph.push(canonicalName(name));
      result.asRequested.push(item);
    }
  }
  return result;
}

/** Permission names are case-insensitive in requests; tokens carry the canonical spelling when known. */
function canonicalName(name: string): string {
  return BOT_GRAPH_PERMISSIONS.find((known) => known.toLowerCase() === name.toLowerCase()) ?? name;
}

/** The configured permissions that the user or the tenant admin consented to. */
export function consentedPermissions(userScopes: readonly string[], adminScopes: readonly string[]): string[] {
  const consented = new Set([...userScopes, ...adminScopes].map((name) => name.toLowerCase()));
  return BOT_GRAPH_PERMISSIONS.filter((name) => consented.has(name.toLowerCase()));
}

/** Requested permissions that no consent covers (or that the app registration does not configure). */
export function notConsented(graph: readonly string[], consented: readonly string[]): string[] {
  return graph.filter((name) => !consented.includes(name));
}
