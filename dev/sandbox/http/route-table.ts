import type { GraphRoute } from './contract';

export type RouteMatch =
  | { kind: 'found'; route: GraphRoute; params: Record<string, string> }
  /** The path exists with other methods (answer 405 with Allow). */
  | { kind: 'wrong-method'; allowed: string[] }
  /** No route has this path; `segment` is the first segment no route knows, as Graph names it. */
  | { kind: 'not-found'; segment: string };

interface CompiledRoute {
  route: GraphRoute;
  /** Lower-cased literal segments, or null where the pattern has a `{name}` parameter. */
  segments: Array<{ literal: string } | { param: string }>;
}

/** Matches request paths to the world's routes: segment by segment, case-insensitively, `{name}` capturing. */
export class RouteTable {
  private readonly compiled: CompiledRoute[];

  constructor(routes: readonly GraphRoute[]) {
    this.compiled = routes.map((route) => ({
      route,
      segments: splitPath(route.pattern).map((segment) => {
        const param = /^\{(\w+)\}$/.exec(segment);
        return param ? { param: param[1] } : { literal: segment.toLowerCase() };
      }),
    }));
  }

  match(method: string, path: string): RouteMatch {
    const segments = splitPath(path);
    const samePath: Array<{ route: GraphRoute; params: Record<string, string> }> = [];
    let longestPrefix = 0;
    for (const candidate of this.compiled) {
      const { matched, params } = matchSegments(candidate, segments);
      longestPrefix = Math.max(longestPrefix, matched);
      if (matched === segments.length && matched === candidate.segments.length) samePath.push({ route: candidate.route, params });
    }
    const exact = samePath.find((entry) => entry.route.method === method.toUpperCase());
    if (exact) return { kind: 'found', route: exact.route, params: exact.params };
    if (samePath.length > 0) return { kind: 'wrong-method', allowed: [...new Set(samePath.map((entry) => entry.route.method))] };
    const segment = segments[Math.min(longestPrefix, segments.length - 1)] ?? '';
    return { kind: 'not-found', segment };
  }
}

function matchSegments(candidate: CompiledRoute, segments: string[]): { matched: number; params: Record<string, string> } {
  const params: Record<string, string> = {};
  let matched = 0;
  for (; matched < Math.min(segments.length, candidate.segments.length); matched++) {
    const expected = candidate.segments[matched];
    const actual = segments[matched];
    if ('param' in expected) params[expected.param] = actual;
    else if (expected.literal !== actual.toLowerCase()) break;
  }
  return { matched, params };
}

/** Path segments, percent-decoded (ids and UPNs may be encoded), without empty ones. */
function splitPath(path: string): string[] {
  return path
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}
