import { TeamsAdapter } from '@microsoft/teams-ai';
import type { Storage } from 'botbuilder';
import { GraphTokens, SandboxSsoSource, UserTokenCache } from './auth';
import { CalendarAccess, createBot } from './bot';
import { GraphCalendar } from './calendar/graph';
import type { Config } from './config';
import { startServer, type RunningServer } from './server';
import { ConversationMemory, Sealer, TicketStore } from './state';

/**
 * Wires the bot from a validated config and a storage: the same code in Playground and Teams
 * mode; only the identity, the Graph endpoint and the SSO token source differ.
 */
export async function startBot(config: Config, storage: Storage, options: { clock?: () => Date } = {}): Promise<RunningServer> {
  const sealer = config.tokenCacheKey ? new Sealer(config.tokenCacheKey) : Sealer.ephemeral();
  const tokens = new GraphTokens(config.identity, config.graph.scopes, new UserTokenCache(storage, sealer, config.retention.tokenCacheDays));
  const ssoSource = config.sandboxAdmin ? new SandboxSsoSource(config.sandboxAdmin) : undefined;
  const access = new CalendarAccess(tokens, (token) => new GraphCalendar(config.graph.endpoint, token), ssoSource);
  const adapter = new TeamsAdapter(
    config.bot
      ? { MicrosoftAppId: config.bot.id, MicrosoftAppPassword: config.bot.password, MicrosoftAppType: config.bot.type, MicrosoftAppTenantId: config.bot.tenantId }
      : {},
  );
  const app = createBot({
    adapter,
    botAppId: config.bot?.id,
    access,
    // A card lives a week at most, and never longer than state is kept.
    tickets: new TicketStore(storage, sealer, Math.min(7, config.retention.stateDays)),
    memory: new ConversationMemory(storage, config.retention.stateDays),
    settings: config.meetings,
    defaultTenantId: config.identity.tenantId,
    clock: options.clock,
  });
    // The Playground talks to the bot on this machine only; in Teams the channel reaches it from outside.
  return startServer({ port: config.port, host: config.mode === 'teams' ? '0.0.0.0' : '127.0.0.1', adapter, app });
}
