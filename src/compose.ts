import type { Storage } from 'botbuilder';
import {
  createChannelAdapter,
  GraphTokens,
  SandboxSsoSource,
  tokenCacheKind,
  UserTokenCache,
  type GraphAccess,
  type GraphAccessScopes,
} from './auth';
import { CalendarAccess, createBot, LateWork, signInKinds, signInPages, TeamsSignIn, type ConsentSettings } from './bot';
import { GraphCalendar } from './calendar/graph';
import type { Config } from './config';
import { startServer, type RunningServer } from './server';
import { ConversationMemory, memoryKind, retentionByNamespace, Sealer, ticketKinds, TicketStore } from './state';
import { startTelemetry } from './telemetry';

/**
 * What the consent popup asks for, per access the user can grant: its Graph permissions plus what
 * MSAL needs for accounts. An access only an administrator can grant has no popup.
 */
function consentScopes(access: GraphAccessScopes): ConsentSettings['scopes'] {
  const scope = (tier: GraphAccess) => [...access[tier].scopes, 'openid', 'profile', 'offline_access'].join(' ');
  const grantable = (['shared', 'groups'] as const).filter((tier) => !access[tier].adminConsent);
  return { own: scope('own'), ...Object.fromEntries(grantable.map((tier) => [tier, scope(tier)])) };
}

/** A card lives a week at most, and never longer than state is kept. */
function ticketDays(config: Config): number {
  return Math.min(7, config.retention.stateDays);
}

/** How long stopping waits for work that outlasted its click (a Graph write under throttling can take longer: it is then cut off). */
const LATE_WORK_GRACE_MS = 20_000;

/** How long each stored key is kept after its last write, by the kind of record it holds (for the sweep). */
export function retentionOf(config: Config): (key: string) => number {
  const kinds = [
    memoryKind(config.retention.stateDays),
    ...Object.values(ticketKinds(ticketDays(config))),
    tokenCacheKind(config.retention.tokenCacheDays),
    ...Object.values(signInKinds()),
  ];
  return retentionByNamespace(kinds, config.retention.stateDays);
}

/**
 * Wires the bot from a validated config and a storage: the same code in Playground and Teams
 * mode; only the identity, the Graph endpoint and the SSO token source differ.
 */
export async function startBot(config: Config, untracedStorage: Storage): Promise<RunningServer> {
  // Off unless APPLICATIONINSIGHTS_CONNECTION_STRING is set; then turns, Graph, tokens and storage get spans.
  const telemetry = await startTelemetry(config.telemetry);
  const storage = telemetry.storage(untracedStorage);
  const sealer = config.tokenCacheKey ? new Sealer(config.tokenCacheKey) : Sealer.ephemeral();
  const tokens = telemetry.tokens(
    new GraphTokens(config.identity, config.graph.access, new UserTokenCache(storage, sealer, config.retention.tokenCacheDays)),
  );
  const ssoSource = config.sandboxAdmin ? new SandboxSsoSource(config.sandboxAdmin) : undefined;
  // The Graph adapter asks for each access's token when a path first needs it (me → own, users/{other} → shared, groups/{id} → groups).
  const access = new CalendarAccess(
    tokens,
    (tokenFor) => telemetry.calendar(new GraphCalendar(config.graph.endpoint, tokenFor)),
    ssoSource,
  );
  // With a BOT_ID every activity's channel token is checked; without one, Playground mode.
  const adapter = createChannelAdapter(config.bot);
  const signIn = config.sso ? new TeamsSignIn(tokens, storage, sealer, config.sso) : undefined;
  const pages = config.sso
    ? signInPages({ authority: config.identity.authority, clientId: config.identity.clientId, scopes: consentScopes(config.graph.access) })
    : undefined;
  const lateWork = new LateWork();
  const app = telemetry.turns(
    createBot({
      lateWork,
      adapter,
      botAppId: config.bot?.id,
      access,
      signIn,
      tickets: new TicketStore(storage, sealer, ticketDays(config)),
      memory: new ConversationMemory(storage, config.retention.stateDays, sealer),
      settings: config.meetings,
      defaultTenantId: config.identity.tenantId,
    }),
  );
  const server = await startServer({ port: config.port, host: config.host, adapter, app, pages });
  return {
    port: server.port,
    close: async () => {
      await server.close();
      // A click answered "working" finishes its cancel and shows the outcome before the process goes.
      await lateWork.finish(LATE_WORK_GRACE_MS);
      await telemetry.shutdown();
    },
  };
}
