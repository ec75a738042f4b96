/**
 * The one place that reads the environment. Values come from process.env, then from
 * env/.env.<APP_ENV> and its git-ignored env/.env.<APP_ENV>.user (secrets), Teams Toolkit style.
 * Everything is validated here; a missing or contradictory setting stops the start with a message
 * naming the variable and the file to put it in.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod/v4';
import type { GraphAccess, GraphAccessScopes } from './auth/access';

export type Mode = 'playground' | 'teams';

export interface Config {
  mode: Mode;
  appEnv: string;
  port: number;
  /** The address to listen on: all interfaces in Teams mode (the channel calls from outside), loopback otherwise. */
  host: string;
  /** Teams mode only: the bot's identity for inbound JWT validation and outbound replies. */
  bot?: {
    id: string;
    password: string;
    tenantId?: string;
    type: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
    /** Where the channel's tokens come from; unset means Bot Framework's public cloud (production). */
    channel?: ChannelEndpoints;
  };
  /** Teams mode only: Teams SSO (OAuth card with token exchange; consent popup on the bot's host). */
  sso?: {
    /** The Entra app's Application ID URI: webApplicationInfo.resource in the app manifest. */
    appIdUri: string;
    /** https://<BOT_DOMAIN>/auth-start.html: the consent popup Teams opens. */
    signInPage: string;
  };
  /** The Entra app that exchanges the user's SSO token for Graph (on-behalf-of). */
  identity: {
    clientId: string;
    clientSecret: string;
    /** Full authority URL including the tenant, e.g. https://login.microsoftonline.com/<tenant>. */
    authority: string;
    tenantId: string;
  };
  /** The delegated Graph permissions of each access tier, as full scope URIs (see GRAPH_ACCESS). */
  graph: { endpoint: string; access: GraphAccessScopes };
  /** Playground mode only: the sandbox admin API that mints the SSO token Teams would hold. */
  sandboxAdmin?: string;
  storage: { kind: 'memory' } | { kind: 'blob'; connectionString: string; container: string };
  /** 32-byte key that encrypts the persisted token cache; required with blob storage. */
  tokenCacheKey?: Buffer;
  /** Days an item is kept after its last write: conversation state and card tickets, token caches. */
  retention: { stateDays: number; tokenCacheDays: number };
  meetings: { horizonDays: number; pageSize: number; commentMaxLength: number };
  /** Application Insights (OpenTelemetry); unset means telemetry is off. */
  telemetry?: { connectionString: string };
}

/**
 * Bot Framework authentication endpoints other than the public cloud's: for a private cloud, or
 * the sandbox playing the channel in tests. All three or none.
 */
export interface ChannelEndpoints {
  /** OpenID metadata whose keys sign inbound activity tokens (botbuilder: ToBotFromChannelOpenIdMetadataUrl). */
  openIdMetadataUrl: string;
  /** The `iss` inbound activity tokens must carry (botbuilder: ToBotFromChannelTokenIssuer). */
  tokenIssuer: string;
  /** The authority the bot gets its reply tokens from (botbuilder: ToChannelFromBotLoginUrl). */
  loginUrl: string;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * The delegated Graph permissions of each access tier, asked for only when a request first needs
 * them. `own` covers the user's mailbox, their secondary calendars, calendars shared with them as
 * listed by /me/calendars, and /me/memberOf (User.Read is its least privileged permission).
 * `shared` adds another person's calendar (/users/{id}/...). `groups` adds /groups/{id}/...:
 * Group.ReadWrite.All needs an administrator's consent (permissions reference), no user can grant it.
 */
const OWN_SCOPE_NAMES = ['Calendars.ReadWrite', 'MailboxSettings.Read', 'User.Read'];
const GRAPH_ACCESS: Record<GraphAccess, { names: string[]; adminConsent: boolean }> = {
  own: { names: OWN_SCOPE_NAMES, adminConsent: false },
  shared: { names: [...OWN_SCOPE_NAMES, 'Calendars.ReadWrite.Shared'], adminConsent: false },
  groups: { names: [...OWN_SCOPE_NAMES, 'Group.ReadWrite.All'], adminConsent: true },
};

const raw = z.object({
  APP_ENV: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .default('playground'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.union([z.ipv4(), z.ipv6()]).optional(),
  BOT_ID: z.guid().optional(),
  SECRET_BOT_PASSWORD: z.string().min(1).optional(),
  BOT_TENANT_ID: z.string().min(1).optional(),
  BOT_TYPE: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('MultiTenant'),
  BOT_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+(:\d{1,5})?$/i, 'a host name such as mybot.azurewebsites.net')
    .optional(),
  AAD_APP_ID_URI: z
    .string()
    .regex(/^api:\/\/\S+$/, 'api://...')
    .optional(),
  CHANNEL_OPENID_METADATA_URL: z.string().url().optional(),
  CHANNEL_TOKEN_ISSUER: z.string().url().optional(),
  CHANNEL_LOGIN_URL: z.string().url().optional(),
  AAD_APP_CLIENT_ID: z.string().min(1).optional(),
  SECRET_AAD_APP_CLIENT_SECRET: z.string().min(1).optional(),
  AAD_APP_TENANT_ID: z.string().min(1).optional(),
  AAD_APP_OAUTH_AUTHORITY_HOST: z.string().url().default('https://login.microsoftonline.com'),
  GRAPH_ENDPOINT: z.string().url().default('https://graph.microsoft.com/v1.0'),
  SANDBOX_ADMIN: z.string().url().optional(),
  STORAGE: z.enum(['memory', 'blob']).default('memory'),
  SECRET_BLOB_CONNECTION_STRING: z.string().min(1).optional(),
  BLOB_CONTAINER: z
    .string()
    .regex(/^[a-z0-9-]{3,63}$/)
    .default('meeting-cancel-bot'),
  SECRET_TOKEN_CACHE_KEY: z.string().optional(),
  STATE_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  TOKEN_CACHE_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(90),
  MEETINGS_HORIZON_DAYS: z.coerce.number().int().min(1).max(60).default(7),
  COMMENT_MAX_LENGTH: z.coerce.number().int().min(20).max(2000).default(500),
  // Empty (as the shipped env files and an Azure deployment without telemetry leave it) means off.
  APPLICATIONINSIGHTS_CONNECTION_STRING: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .regex(/(^|;)\s*InstrumentationKey=[^;]+/i, 'an Application Insights connection string: InstrumentationKey=...;IngestionEndpoint=...')
      .optional(),
  ),
});

/** Reads env files for APP_ENV beneath `root` without overriding what the process already has. */
export function readEnvFiles(root: string, env: NodeJS.ProcessEnv): Record<string, string> {
  const appEnv = env.APP_ENV ?? 'playground';
  const merged: Record<string, string> = {};
  for (const file of [`.env.${appEnv}`, `.env.${appEnv}.user`]) {
    const full = path.join(root, 'env', file);
    if (existsSync(full)) Object.assign(merged, parseDotenv(readFileSync(full)));
  }
  for (const [key, value] of Object.entries(env)) if (value !== undefined && value !== '') merged[key] = value;
  return merged;
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = raw.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0]);
    throw new ConfigError(`${name} is invalid (${issue.message}). ${where(name, env.APP_ENV)}`);
  }
  const v = parsed.data;
  const need = (name: keyof typeof v, why: string): string => {
    const value = v[name];
    if (typeof value !== 'string' || value === '') throw new ConfigError(`${name} is required ${why}. ${where(name, v.APP_ENV)}`);
    return value;
  };

  const mode: Mode = v.BOT_ID ? 'teams' : 'playground';
  if (mode === 'teams' && v.SANDBOX_ADMIN) {
    throw new ConfigError(
      `SANDBOX_ADMIN and BOT_ID are both set: the sandbox identity is for Playground mode only. Remove one. ${where('SANDBOX_ADMIN', v.APP_ENV)}`,
    );
  }
  if (mode === 'playground' && v.SECRET_BOT_PASSWORD) {
    throw new ConfigError(
      `SECRET_BOT_PASSWORD is set but BOT_ID is not: set both for Teams, or neither for the Playground. ${where('BOT_ID', v.APP_ENV)}`,
    );
  }
  if (mode === 'playground' && v.HOST && !isLoopback(v.HOST)) {
    throw new ConfigError(
      `HOST=${v.HOST} would expose the bot beyond this machine, but without BOT_ID (Playground mode) nobody is authenticated. Use a loopback address such as 127.0.0.1, or set BOT_ID for Teams mode. ${where('HOST', v.APP_ENV)}`,
    );
  }
  const bot =
    mode === 'teams'
      ? {
          id: v.BOT_ID!,
          password: need('SECRET_BOT_PASSWORD', 'when BOT_ID is set'),
          tenantId: v.BOT_TYPE === 'SingleTenant' ? need('BOT_TENANT_ID', 'for a SingleTenant bot') : v.BOT_TENANT_ID,
          type: v.BOT_TYPE,
          channel: channelEndpoints(v),
        }
      : undefined;
  if (mode === 'playground' && channelEndpoints(v)) {
    throw new ConfigError(
      `CHANNEL_* settings are set but BOT_ID is not: the Playground is not authenticated. ${where('BOT_ID', v.APP_ENV)}`,
    );
  }
  const sso =
    mode === 'teams'
      ? {
          appIdUri:
            v.AAD_APP_ID_URI ??
            `api://${need('BOT_DOMAIN', 'for Teams SSO (the Application ID URI and the sign-in page live there)')}/botid-${v.BOT_ID}`,
          signInPage: `https://${need('BOT_DOMAIN', 'for the Teams SSO consent page')}/auth-start.html`,
        }
      : undefined;

  const why = mode === 'teams' ? 'to exchange Teams SSO tokens for Graph' : 'in Playground mode (npm start sets it from the sandbox)';
  const tenantId = need('AAD_APP_TENANT_ID', why);
  const identity = {
    clientId: need('AAD_APP_CLIENT_ID', why),
    clientSecret: need('SECRET_AAD_APP_CLIENT_SECRET', why),
    tenantId,
    authority: `${v.AAD_APP_OAUTH_AUTHORITY_HOST.replace(/\/+$/, '')}/${tenantId}`,
  };
  if (mode === 'playground') need('SANDBOX_ADMIN', why);
  if (!identity.authority.startsWith('https://')) {
    throw new ConfigError(`AAD_APP_OAUTH_AUTHORITY_HOST must be https. ${where('AAD_APP_OAUTH_AUTHORITY_HOST', v.APP_ENV)}`);
  }

  const graphEndpoint = v.GRAPH_ENDPOINT.replace(/\/+$/, '');
  const graphResource = new URL(graphEndpoint).hostname === 'localhost' ? 'https://graph.microsoft.com' : new URL(graphEndpoint).origin;

  let tokenCacheKey: Buffer | undefined;
  if (v.SECRET_TOKEN_CACHE_KEY) {
    tokenCacheKey = Buffer.from(v.SECRET_TOKEN_CACHE_KEY, 'base64');
    if (tokenCacheKey.length !== 32)
      throw new ConfigError(
        `SECRET_TOKEN_CACHE_KEY must be 32 bytes in base64 (openssl rand -base64 32). ${where('SECRET_TOKEN_CACHE_KEY', v.APP_ENV)}`,
      );
  }
  const storage =
    v.STORAGE === 'blob'
      ? { kind: 'blob' as const, connectionString: need('SECRET_BLOB_CONNECTION_STRING', 'when STORAGE=blob'), container: v.BLOB_CONTAINER }
      : { kind: 'memory' as const };
  if (storage.kind === 'blob' && !tokenCacheKey) {
    throw new ConfigError(
      `SECRET_TOKEN_CACHE_KEY is required when STORAGE=blob: tokens are never stored in clear text. ${where('SECRET_TOKEN_CACHE_KEY', v.APP_ENV)}`,
    );
  }

  return {
    mode,
    appEnv: v.APP_ENV,
    port: v.PORT,
    host: v.HOST ?? (mode === 'teams' ? '0.0.0.0' : '127.0.0.1'),
    bot,
    sso,
    identity,
    graph: { endpoint: graphEndpoint, access: accessScopes(graphResource) },
    sandboxAdmin: mode === 'playground' ? v.SANDBOX_ADMIN!.replace(/\/+$/, '') : undefined,
    storage,
    tokenCacheKey,
    retention: { stateDays: v.STATE_RETENTION_DAYS, tokenCacheDays: v.TOKEN_CACHE_RETENTION_DAYS },
    meetings: { horizonDays: v.MEETINGS_HORIZON_DAYS, pageSize: 5, commentMaxLength: v.COMMENT_MAX_LENGTH },
    telemetry: v.APPLICATIONINSIGHTS_CONNECTION_STRING ? { connectionString: v.APPLICATIONINSIGHTS_CONNECTION_STRING } : undefined,
  };
}

function accessScopes(graphResource: string): GraphAccessScopes {
  const tier = (access: GraphAccess) => ({
    scopes: GRAPH_ACCESS[access].names.map((name) => `${graphResource}/${name}`),
    adminConsent: GRAPH_ACCESS[access].adminConsent,
  });
  return { own: tier('own'), shared: tier('shared'), groups: tier('groups') };
}

/** The channel settings: all three, https, or none (a half-set channel would mix two issuers). */
function channelEndpoints(v: z.infer<typeof raw>): ChannelEndpoints | undefined {
  const names = ['CHANNEL_OPENID_METADATA_URL', 'CHANNEL_TOKEN_ISSUER', 'CHANNEL_LOGIN_URL'] as const;
  const set = names.filter((name) => v[name]);
  if (set.length === 0) return undefined;
  const missing = names.find((name) => !v[name]);
  if (missing)
    throw new ConfigError(
      `${missing} is required when ${set[0]} is set: set all of ${names.join(', ')} or none. ${where(missing, v.APP_ENV)}`,
    );
  const insecure = names.find((name) => !v[name]!.startsWith('https://'));
  if (insecure) throw new ConfigError(`${insecure} must be https. ${where(insecure, v.APP_ENV)}`);
  return {
    openIdMetadataUrl: v.CHANNEL_OPENID_METADATA_URL!,
    tokenIssuer: v.CHANNEL_TOKEN_ISSUER!,
    loginUrl: v.CHANNEL_LOGIN_URL!.replace(/\/+$/, ''),
  };
}

/** 127.0.0.0/8 and ::1 (also as an IPv4-mapped IPv6 address): reachable from this machine only. */
function isLoopback(host: string): boolean {
  const v4 = host.replace(/^::ffff:/i, '');
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4) || /^(0{0,4}:){2,7}0{0,3}1$/.test(host) || host === '::1';
}

function where(name: string, appEnv = 'playground'): string {
  const file = name.startsWith('SECRET_') ? `env/.env.${appEnv}.user` : `env/.env.${appEnv}`;
  return `Set ${name} in ${file} (or the process environment).`;
}
