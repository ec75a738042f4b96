/**
 * The seam between the sandbox's HTTP layer (server, router, identity, admin, faults, throttling)
 * and its Graph calendar (store, seed, recurrence, resource handlers). Both halves code to this.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Seed } from '../seed';

/** Who is calling Graph, taken from a verified sandbox access token (delegated). */
export interface Caller {
  /** The user's object id (the token's `oid`). */
  userId: string;
  upn: string;
  tenantId: string;
  /** Delegated scopes from the token's `scp`, e.g. ["Calendars.ReadWrite", "User.Read"]. */
  scopes: string[];
}

export interface GraphRequest {
  method: string;
  /** Path after the version segment, as sent (case preserved), e.g. "/me/events/AAMk.../cancel". */
  path: string;
  version: 'v1.0' | 'beta';
  /** Route parameters captured from `{name}` segments of the matched pattern. */
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or undefined when there was none. Malformed JSON never reaches a handler. */
  body: unknown;
  caller: Caller;
  /** The absolute base URL of this version, e.g. "https://localhost:8443/v1.0", for nextLinks. */
  baseUrl: string;
}

export interface GraphResponse {
  status: number;
  /** Serialized as JSON with Content-Type application/json; omit for an empty body (e.g. 202). */
  body?: unknown;
  headers?: Record<string, string>;
}

/** Delegated permission a route needs whoever's mailbox it names; ReadWrite also satisfies Read. */
export type RequiredScope = 'Calendars.Read' | 'Calendars.ReadWrite' | 'User.Read' | 'MailboxSettings.Read';

export interface GraphRoute {
  method: 'GET' | 'POST' | 'DELETE' | 'PATCH';
  /** Case-insensitive path pattern after the version, with `{name}` parameters: "/me/events/{eventId}/cancel". */
  pattern: string;
  /** A fixed permission, checked by the HTTP layer; calendar routes use `authorize` instead. */
  scope?: RequiredScope;
  /**
   * Checks that depend on whose calendar the path names (the permission differs for the caller's own,
   * another user's and a group's; then delegation or membership). Runs where the scope check runs:
   * after the token, before throttling and faults. Throws a GraphHttpError to refuse.
   */
  authorize?(request: GraphRequest): void;
  handle(request: GraphRequest): GraphResponse | Promise<GraphResponse>;
}

/** The delegated permissions a user grants when they consent to the bot for their own calendar. */
export const OWN_CALENDAR_PERMISSIONS = ['Calendars.ReadWrite', 'User.Read', 'MailboxSettings.Read'] as const;

/** Thrown by handlers (and by the HTTP layer) to answer with Graph's error envelope. */
export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GraphHttpError';
  }
}

/** A directory user, as the identity half needs it (to mint SSO tokens, check consent). */
export interface DirectoryUser {
  id: string;
  userPrincipalName: string;
  displayName: string;
  mail: string;
  /**
   * The bot's delegated permissions this user consented to (token requests for others answer
   * AADSTS65001); the tenant admin's consent (Directory.adminConsentedScopes) adds to them.
   */
  consentedScopes: string[];
}

export interface Directory {
  /** By object id or UPN, case-insensitively. */
  findUser(idOrUpn: string): DirectoryUser | undefined;
  users(): DirectoryUser[];
  /** Replaces the permissions a user consented to (admin API); false when the user is unknown. reset() restores the seed's. */
  setConsent(idOrUpn: string, scopes: readonly string[]): boolean;
  /** The permissions the tenant admin consented to for every user. */
  adminConsentedScopes(): string[];
  setAdminConsent(scopes: readonly string[]): void;
}

/** What the admin API shows of one mailbox: GET <admin>/mailboxes/<upn>. */
export interface MailboxSnapshot {
  /** The mailbox settings' time zone as seeded (Windows or IANA name), what GET /me/mailboxSettings answers. */
  timeZone: string;
  events: unknown[];
  deletedItems: unknown[];
  /** Received messages, e.g. cancellations: { subject, from, comment, eventId, receivedDateTime, ... }. */
  inbox: unknown[];
}

/** The calendar world the Graph half builds from a seed; the HTTP half serves it. */
export interface CalendarWorld {
  directory: Directory;
  routes: GraphRoute[];
  /** Mailbox key for throttling: which mailbox a request targets (by user id), or undefined. */
  mailboxOf(request: Omit<GraphRequest, 'params'>): string | undefined;
  snapshot(upn: string): MailboxSnapshot | undefined;
  /** Back to the seed as first loaded (same ids). */
  reset(): void;
}

export interface WorldOptions {
  /** A seed file path; undefined means the built-in default seed relative to `now`. */
  seedFile?: string;
  /** A seed built in code (benchmarks, large calendars); wins over seedFile. */
  seed?: Seed;
  /** The sandbox's "now" (ISO); the default seed is laid out around it. */
  now: Date;
}

export type CreateCalendarWorld = (options: WorldOptions) => CalendarWorld;
