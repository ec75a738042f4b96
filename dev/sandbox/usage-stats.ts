/** What GET <admin>/stats answers: how many Graph calls and token requests reached the sandbox. */
export interface StatsReport {
  graph: {
    /** Every request under /v1.0 or /beta, whatever its outcome (unknown paths included). */
    total: number;
    /** Requests whose path matched a declared route, keyed "<METHOD> <pattern as declared>", whatever their outcome. */
    byRoute: Record<string, number>;
    /** Graph requests being handled right now. */
    inFlight: number;
  };
  tokens: {
    /** Every POST to the token endpoint, failures included. */
    total: number;
    /** By grant: "on_behalf_of", "client_credentials", "refresh_token" (or the raw grant_type). */
    byGrant: Record<string, number>;
  };
  /** GETs of the identity's OpenID metadata and signing keys (Entra's and the Bot Framework channel's), by path. */
  metadata: { byPath: Record<string, number> };
}

export class UsageStats {
  private report: StatsReport = emptyReport();

  graphRequest(): () => void {
    this.report.graph.total += 1;
    this.report.graph.inFlight += 1;
    let done = false;
    return () => {
      if (!done) this.report.graph.inFlight -= 1;
      done = true;
    };
  }

  graphRoute(method: string, pattern: string): void {
    const key = `${method.toUpperCase()} ${pattern}`;
    this.report.graph.byRoute[key] = (this.report.graph.byRoute[key] ?? 0) + 1;
  }

  tokenRequest(grant: string): void {
    this.report.tokens.total += 1;
    this.report.tokens.byGrant[grant] = (this.report.tokens.byGrant[grant] ?? 0) + 1;
  }

  metadataRequest(path: string): void {
    this.report.metadata.byPath[path] = (this.report.metadata.byPath[path] ?? 0) + 1;
  }

  snapshot(): StatsReport {
    return structuredClone(this.report);
  }

  /** Zero the counters, keeping requests still in flight. */
  reset(): void {
    const inFlight = this.report.graph.inFlight;
    this.report = emptyReport();
    this.report.graph.inFlight = inFlight;
  }
}

function emptyReport(): StatsReport {
  return { graph: { total: 0, byRoute: {}, inFlight: 0 }, tokens: { total: 0, byGrant: {} }, metadata: { byPath: {} } };
}
