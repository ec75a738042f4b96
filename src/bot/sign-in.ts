import { randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';
import { CardFactory, INVOKE_RESPONSE_KEY, TurnContext, type Activity, type Storage } from 'botbuilder';
import { z } from 'zod/v4';
import { SignInNeeded, type GraphAccess, type GraphTokens, type UserRef } from '../auth';
import { catalogFor } from '../i18n';
import { log } from '../log';
import { RecordStore, type RecordKind, type Sealer, type Versioned } from '../state';
import { isConflict } from '../storage';

export interface SignInSettings {
  /** The Entra app's Application ID URI (the manifest's webApplicationInfo.resource). */
  appIdUri: string;
  /** The consent popup Teams opens when the silent exchange fails: https://<BOT_DOMAIN>/auth-start.html. */
  signInPage: string;
}

/**
 * What the user asked for when sign-in got in the way: replayed once sign-in succeeds. `answers`:
 * the confirm card waiting when a message was typed ('' for none), under which it is read after sign-in ("yes",
 * "yes, and cancel my 4pm too"), whatever card came since.
 */
export type PendingRequest = Pick<Activity, 'type' | 'name' | 'text' | 'value' | 'replyToId' | 'locale' | 'localTimezone'> & {
  answers?: string;
};

/** Set on a replayed request's turn: an invoke replayed after sign-in can no longer be answered, its card is updated instead. */
export const REPLAYED = Symbol('replayed request');
/** Set on a replayed typed message's turn: the ticket of the confirm card waiting when it was typed ('' for none). */
export const ANSWERS = Symbol('card the replayed message answers');

export type ExchangeOutcome =
  | { kind: 'signedIn'; pending?: PendingRequest }
  /** Another Teams client of this user already sent this exchange: it carries on with it. */
  | { kind: 'duplicate' }
  /** Teams asks for consent (or a new SSO token) when it gets 412. */
  | { kind: 'failed'; consent: boolean }
  | { kind: 'invalid' };

/** As long as Teams AI's SSO prompt waits: a request older than this is not carried out any more. */
const PENDING_DAYS = 15 / (24 * 60);

const storedRequestSchema = z.object({
  type: z.string().optional(),
  /** A card click (Universal Actions) is an invoke: its name routes it. */
  name: z.string().max(100).optional(),
  text: z.string().optional(),
  value: z.unknown().optional(),
  replyToId: z.string().optional(),
  locale: z.string().optional(),
  localTimezone: z.string().optional(),
  conversationId: z.string(),
  /** A typed message's pending confirm card when it was typed (its ticket). */
  answers: z.string().optional(),
  /** What the request needs consent for: the exchange asks for that access's permissions (absent: own). */
  access: z.enum(['own', 'shared', 'groups']).optional(),
  /** Carried out already: kept (without the request) so that the exchange of another OAuth card cannot take it again. */
  taken: z.literal(true).optional(),
});
type StoredRequest = z.infer<typeof storedRequestSchema>;

/** The sign-in records: the request sign-in interrupted (sealed: a click can carry a message), and exchanges taken. */
export function signInKinds(): { requests: RecordKind<StoredRequest>; exchanges: RecordKind<true> } {
  return {
    requests: { namespace: 'signin-requests', retentionDays: PENDING_DAYS, schema: storedRequestSchema, sealed: true },
    exchanges: { namespace: 'signin-exchanges', retentionDays: PENDING_DAYS, schema: z.literal(true) },
  };
}

/**
 * Teams SSO for the bot, closing the gaps of Teams AI's built-in support: sign-in can start from
 * any turn (a card click too), the request that needed it is carried out afterwards, tokens land in
 * the persisted per-user cache, and duplicate exchanges from several clients are handled once.
 */
export class TeamsSignIn {
  private readonly requests: RecordStore<StoredRequest>;
  private readonly exchanges: RecordStore<true>;

  constructor(
    private readonly tokens: GraphTokens,
    storage: Storage,
    sealer: Sealer,
    private readonly settings: SignInSettings,
  ) {
    const kinds = signInKinds();
    this.requests = new RecordStore(storage, kinds.requests, sealer);
    this.exchanges = new RecordStore(storage, kinds.exchanges);
  }

  /**
   * Remembers the current request and sends the OAuth card Teams answers with signin/tokenExchange.
   * `access`: the permissions the request needs (own, or shared on first use of another person's calendar).
   */
  async start(context: TurnContext, user: UserRef, text: string, access: GraphAccess = 'own', answers?: string): Promise<void> {
    const a = context.activity;
    const pending: StoredRequest = {
      type: a.type,
      ...(a.type === 'invoke' ? { name: a.name } : {}),
      text: a.text,
      value: a.value,
      replyToId: a.replyToId,
      locale: a.locale,
      localTimezone: a.localTimezone,
      conversationId: a.conversation.id,
      ...(access !== 'own' ? { access } : {}),
      ...(a.type === 'message' && answers !== undefined ? { answers } : {}),
    };
    // The latest request wins: an earlier one waiting for the same sign-in is replaced.
    await this.requests.update(userId(user), () => pending);
    await this.sendCard(context, text, access);
  }

  /** signin/tokenExchange: the user's SSO token, exchanged on-behalf-of for Graph. */
  async exchange(context: TurnContext, user: UserRef): Promise<ExchangeOutcome> {
    const value = context.activity.value as { id?: unknown; token?: unknown } | undefined;
    if (typeof value?.id !== 'string' || typeof value.token !== 'string' || !value.id || !value.token) return { kind: 'invalid' };
    if (!isTokenOf(value.token, user)) {
      // Not this user's token (another user, or the same id in another organization): never let it fill this user's token cache.
      log.warn({ event: 'sso-token-mismatch' }, 'SSO token subject or tenant does not match the sender');
      return { kind: 'failed', consent: false };
    }
    try {
      await this.exchanges.create([value.id], true);
    } catch (error) {
      if (isConflict(error)) return { kind: 'duplicate' };
      throw error;
    }
    const waiting = await this.waiting(user);
    try {
      // The permissions the waiting request needs: after consenting to `shared` in the popup, the exchange asks for them.
      await this.tokens.exchange(user, value.token, waiting?.value.access ?? 'own');
    } catch (error) {
      // Let a retry of this very exchange (Teams retries invokes) try again.
      await this.exchanges.delete(value.id);
      if (error instanceof SignInNeeded) return { kind: 'failed', consent: error.reason === 'consent' };
      throw error;
    }
    return {
      kind: 'signedIn',
      pending: waiting ? await this.takePending(user, waiting, context.activity.conversation.id) : undefined,
    };
  }

  /**
   * signin/verifyState: the consent popup finished. As Teams AI does, answer with a fresh OAuth
   * card: now that consent is granted, Teams exchanges the SSO token silently. No token comes
   * from the popup page.
   */
  async verifyState(context: TurnContext, user: UserRef | undefined, text: string): Promise<void> {
    await this.sendCard(context, text, user ? await this.pendingAccess(user) : 'own');
  }

  /** The card's sign-in link opens the consent popup for `access`'s permissions (the page knows them; the link only names the tier). */
  private async sendCard(context: TurnContext, text: string, access: GraphAccess): Promise<void> {
    const page = access === 'own' ? this.settings.signInPage : `${this.settings.signInPage}?access=${access}`;
    const card = CardFactory.oauthCard('', catalogFor(context.activity.locale).signInButton, text, page, {
      id: randomUUID(),
      uri: this.settings.appIdUri,
    });
    await context.sendActivity({ attachments: [card] });
  }

  private async pendingAccess(user: UserRef): Promise<GraphAccess> {
    return (await this.waiting(user))?.value.access ?? 'own';
  }

  /** The request waiting for this user's sign-in, unless it was carried out. */
  private async waiting(user: UserRef): Promise<Versioned<StoredRequest> | undefined> {
    const read = await this.requests.read(...userId(user));
    return read?.value.taken ? undefined : read;
  }

  /**
   * Takes the waiting request atomically (a conditional write over the version read): a Teams
   * client exchanges every OAuth card it shows, so two requests made before signing in bring two
   * exchanges at once, and only one of them may carry the request out.
   */
  private async takePending(user: UserRef, waiting: Versioned<StoredRequest>, conversationId: string): Promise<PendingRequest | undefined> {
    try {
      await this.requests.replace(userId(user), { conversationId: waiting.value.conversationId, taken: true }, waiting);
    } catch (error) {
      if (isConflict(error)) return undefined;
      throw error;
    }
    const { conversationId: askedIn, access: _access, taken: _taken, ...pending } = waiting.value;
    return askedIn === conversationId ? (pending as PendingRequest) : undefined;
  }
}

/**
 * The pending request as a turn of its own, sharing the invoke's connection to the channel
 * (connector client, identity) but not its invoke response.
 */
export function replayOf(context: TurnContext, pending: PendingRequest): TurnContext {
  const { name: _name, value: _value, text: _text, ...invoke } = context.activity;
  const { answers, ...request } = pending;
  const replay = new TurnContext(context.adapter, { ...invoke, ...request } as Activity);
  for (const [key, value] of context.turnState) {
    if (key !== INVOKE_RESPONSE_KEY) replay.turnState.set(key, value);
  }
  replay.turnState.set(REPLAYED, true);
  if (answers !== undefined) replay.turnState.set(ANSWERS, answers);
  return replay;
}

function userId(user: UserRef): string[] {
  return [user.tenantId, user.aadObjectId];
}

/** Whether the token names this user (`oid`) in this user's organization (`tid`), read without verification: Entra verifies it during the exchange. */
function isTokenOf(token: string, user: UserRef): boolean {
  try {
    const { oid, tid } = decodeJwt(token);
    return oid === user.aadObjectId && typeof tid === 'string' && tid.toLowerCase() === user.tenantId.toLowerCase();
  } catch {
    return false;
  }
}
