import type { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import type { FlowSettings, KnownCalendars } from '../flows';
import type { ConversationMemory, TicketStore } from '../state';
import type { CalendarAccess } from './calendar-access';
import type { TeamsSignIn } from './sign-in';
import type { DeliveredMessages } from './delivered-messages';
import type { LateWork } from './late-work';
import type { UnconfirmedWatch } from './unconfirmed-watch';

export interface BotDeps {
  adapter: TeamsAdapter;
  botAppId?: string;
  access: CalendarAccess;
  /** Teams mode: SSO sign-in (OAuth card, token exchange, the request carried out afterwards). */
  signIn?: TeamsSignIn;
  tickets: TicketStore;
  memory: ConversationMemory;
  settings: FlowSettings;
  /** The tenant to assume when an activity does not name one (the Playground's). */
  defaultTenantId: string;
  /** The calendars each recent user may act on, kept by the process (a new one when not given). */
  knownCalendars?: KnownCalendars;
  /** Background re-reads of unconfirmed cancels and declines (a default one when not given). */
  unconfirmed?: UnconfirmedWatch;
  /** How long a click's work may take before its invoke is answered with a "working" card (default 3 s; Teams waits about 5). */
  invokeDeadlineMs?: number;
  /** Work going on after its turn was answered, finished before the process stops (a default one when not given). */
  lateWork?: LateWork;
  /** Messages this process has answered, so a repeated delivery is answered once (a default one when not given). */
  delivered?: DeliveredMessages;
}
