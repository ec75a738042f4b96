import { strict as assert } from 'node:assert';
import type { TeamsAdapter } from '@microsoft/teams-ai/lib/TeamsAdapter';
import {
  ActivityTypes,
  INVOKE_RESPONSE_KEY,
  TestAdapter,
  TurnContext,
  type Activity,
  type ConversationReference,
  type Storage,
} from 'botbuilder';
import type { UserRef } from '../../../src/auth';
import { createBot, type BotDeps, type CalendarAccess } from '../../../src/bot';
import type { CalendarService } from '../../../src/calendar/calendar-service';
import type { FlowSettings } from '../../../src/flows';
import { ConversationMemory, Sealer, TicketStore } from '../../../src/state';
import { GuardedStorage } from '../../../src/storage/guarded-storage';
import { MemoryStateStorage } from '../../../src/storage/memory-state-storage';
import { personalChat } from '../../support/activity';

/** The Teams user of the in-process bot's chat. */
export interface ChatUser {
  aadObjectId: string;
  tenantId?: string;
}

/** What the bot sent, in a turn or proactively after it, with when. */
export interface Out {
  at: number;
  op: 'send' | 'update';
  activity: Partial<Activity>;
}

/** What an invoke was answered with: its HTTP status and body. */
export interface InvokeAnswer {
  status: number;
  body: Record<string, unknown>;
}

export interface InProcessOptions {
  user: ChatUser;
  /** The calendar every turn opens (a fake standing in for the Graph adapter), unless `access` is given. */
  calendar?: CalendarService;
  /** The calendar access, when a spec needs more of it than one calendar (consent, sign-in needed). */
  access?: Partial<CalendarAccess>;
  /** The bot's storage (default: memory behind the production guard). */
  storage?: Storage;
  settings?: Partial<FlowSettings>;
  /** Anything else of the bot's dependencies (sign-in, deadline, background re-reads, a ticket store). */
  deps?: Partial<BotDeps>;
}

/**
 * botbuilder's TestAdapter running turns as CloudAdapter does (errors reach the bot's error
 * handler, the turn's context is revoked when it ends) and continuing a conversation after its
 * turn (a late result, a background re-read).
 */
class InProcessAdapter extends TestAdapter {
  constructor(private readonly listen: (context: TurnContext) => void) {
    super();
  }

  run(context: TurnContext, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    return this.runMiddleware(context, logic);
  }

  override async continueConversationAsync(_botAppId: unknown, reference: unknown, logic: unknown): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event }, reference as ConversationReference, true);
    const context = new TurnContext(this, activity as Activity);
    this.listen(context);
    await (logic as (context: TurnContext) => Promise<void>)(context);
  }
}

/**
 * The bot of production (createBot) in process, in a Teams 1:1 chat, with a stand-in calendar:
 * one way for the bot's unit specs to build it, run turns and read what it sent. Each message
 * sent gets the id `card-<n>`, counted from 1.
 */
export class BotInProcess {
  readonly app: ReturnType<typeof createBot>;
  readonly storage: Storage;
  readonly tickets: TicketStore;
  readonly memory: ConversationMemory;
  /** Everything sent, in order: messages, invoke answers, typing, card updates. */
  out: Out[] = [];
  private sentCount = 0;
  private readonly adapter: InProcessAdapter;

  constructor(private readonly options: InProcessOptions) {
    this.storage = options.storage ?? new GuardedStorage(new MemoryStateStorage());
    this.tickets = options.deps?.tickets ?? new TicketStore(this.storage, Sealer.ephemeral());
    this.memory = options.deps?.memory ?? new ConversationMemory(this.storage);
    this.adapter = new InProcessAdapter((context) => this.listen(context));
    const calendar = options.calendar;
    const access = options.access ?? { open: async (_user: UserRef) => calendar, signOut: async () => undefined };
    this.app = createBot({
      adapter: this.adapter as unknown as TeamsAdapter,
      access: access as CalendarAccess,
      tickets: this.tickets,
      memory: this.memory,
      settings: { horizonDays: 7, pageSize: 5, commentMaxLength: 50, ...options.settings } as FlowSettings,
      defaultTenantId: options.user.tenantId ?? 'tenant',
      ...options.deps,
    } as BotDeps);
  }

  /** The id the last message sent got. */
  get lastId(): string {
    return `card-${this.sentCount}`;
  }

  /**
   * Runs one activity of the user's chat (`fields` override any of it) as the adapter would.
   * `turnState`: set on the turn before it runs (a request replayed after sign-in).
   * What the turn answered its invoke with, if anything.
   */
  async turn(fields: Partial<Activity>, turnState: Array<[symbol, unknown]> = []): Promise<InvokeAnswer | undefined> {
    const context = new TurnContext(this.adapter, { ...personalChat(this.options.user), ...fields } as Activity);
    for (const [key, value] of turnState) context.turnState.set(key, value);
    this.listen(context);
    await this.adapter.run(context, (c) => this.app.run(c).then(() => undefined));
    return context.turnState.get(INVOKE_RESPONSE_KEY)?.value;
  }

  /** A typed message. */
  say(text: string, turnState?: Array<[symbol, unknown]>): Promise<InvokeAnswer | undefined> {
    return this.turn({ type: 'message', text }, turnState);
  }

  /** A press of a card's Action.Execute `verb` with `data` (a `trigger` of 'automatic' is Teams' refresh). */
  click(
    verb: string,
    data: Record<string, unknown>,
    options: { replyToId?: string; trigger?: string; fields?: Partial<Activity> } = {},
  ): Promise<InvokeAnswer | undefined> {
    return this.turn({
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: options.replyToId,
      value: { action: { type: 'Action.Execute', verb, data: { verb, ...data } }, trigger: options.trigger ?? 'manual' },
      ...options.fields,
    });
  }

  /** What was sent from `from` (an index into `out`) on: the activities alone. */
  activities(from = 0): Array<Partial<Activity>> {
    return this.out.slice(from).map((o) => o.activity);
  }

  /** The texts of the chat messages sent from `from` on. */
  texts(from = 0): string[] {
    return this.activities(from)
      .filter((a) => a.type === 'message' && a.text)
      .map((a) => a.text!);
  }

  /** The data of the first `verb` button among what was sent from `from` on. */
  button(verb: string, from = 0): Record<string, unknown> {
    return buttonIn(this.activities(from), verb);
  }

  /** Waits (polling) until `found` finds something in what was sent; fails naming `what` after `withinMs`. */
  async until(what: string, found: () => Out | undefined, withinMs = 5000): Promise<Out> {
    const end = Date.now() + withinMs;
    for (;;) {
      const hit = found();
      if (hit) return hit;
      if (Date.now() > end) throw new Error(`never: ${what}; sent: ${this.out.map(textOf).join('\n').slice(-1500)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** As the adapter does: what a turn sends gets an id, an invoke's answer is kept as the turn's. */
  private listen(context: TurnContext): void {
    context.onSendActivities(async (ctx, activities) => {
      for (const activity of activities) {
        this.out.push({ at: Date.now(), op: 'send', activity });
        if (activity.type === ActivityTypes.InvokeResponse) ctx.turnState.set(INVOKE_RESPONSE_KEY, activity);
      }
      return activities.map(() => ({ id: `card-${++this.sentCount}` }));
    });
    context.onUpdateActivity(async (_ctx, activity) => {
      this.out.push({ at: Date.now(), op: 'update', activity });
    });
  }
}

/** What was sent, as the text its tests match. */
export const textOf = (o: Out): string => JSON.stringify(o.activity);

/** The data of the first card button with `verb` in `sent`. */
export function buttonIn(sent: unknown, verb: string): Record<string, unknown> {
  const text = JSON.stringify(sent);
  const found = text.match(new RegExp(`"verb":"${verb}","data":(\\{[^}]*\\})`));
  assert.ok(found, `a ${verb} button in ${text.slice(0, 400)}`);
  return JSON.parse(found[1]);
}
