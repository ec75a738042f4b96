import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** An activity as the bot sent it to the channel. */
export interface Sent {
  id: string;
  type: string;
  text?: string;
  attachments?: Array<{ contentType: string; content: any }>;
  [key: string]: unknown;
}

/**
 * Plays the Teams channel for the bot over the Bot Framework protocol: it posts activities to the
 * bot's /api/messages with a serviceUrl pointing here, and records the replies and card updates
 * the bot makes through the Connector API (send, reply, update).
 */
export class TeamsChannel {
  readonly messages = new Map<string, Sent>();
  readonly log: Array<{ op: 'send' | 'update'; activity: Sent }> = [];

  /** A card replaced by an invoke's response: the chat shows it in place of the old one. */
  replaceInPlace(activity: Sent): void {
    this.messages.set(activity.id, activity);
  }
  private server?: http.Server;
  serviceUrl = '';
  /** How many typing indicators the bot sent. */
  typing = 0;
  /** The Authorization header of every call the bot made to this channel (Teams mode: its reply token). */
  readonly replyAuthorizations: Array<string | undefined> = [];

  /** `authorize` gives the Authorization header for an activity (Teams mode: the channel's JWT). */
  constructor(
    public botUrl: string,
    private readonly authorize?: (activity: Record<string, unknown>) => Promise<string>,
  ) {}

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.serviceUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /** The bot now listens elsewhere (it was restarted). */
  retarget(botUrl: string): void {
    this.botUrl = botUrl;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** A Teams user in a 1:1 chat with the bot. */
  user(options: { aadObjectId: string; name: string; locale?: string; localTimezone?: string; conversationType?: string }): ChatUser {
    return new ChatUser(this, options);
  }

  /** Posts one activity to the bot (or another instance of it: `botUrl`); resolves with the HTTP status once the bot finished the turn. */
  async post(activity: Record<string, unknown>, botUrl = this.botUrl): Promise<number> {
    return (await this.send(activity, undefined, botUrl)).status;
  }

  /** The Authorization header the channel sends with this activity (Teams mode: its JWT), if any. */
  async authorization(activity: Record<string, unknown>): Promise<string | undefined> {
    return this.authorize?.(activity);
  }

  /** Posts one activity; `authorization` overrides the channel's own header (null: none at all). */
  async send(
    activity: Record<string, unknown>,
    authorization?: string | null,
    botUrl = this.botUrl,
  ): Promise<{ status: number; body: any }> {
    const header = authorization === undefined ? await this.authorize?.(activity) : (authorization ?? undefined);
    const response = await postJson(`${botUrl}/api/messages`, JSON.stringify(activity), header);
    const text = response.text;
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    return { status: response.status, body };
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      this.replyAuthorizations.push(req.headers.authorization);
      const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url ?? '');
      if (!match) {
        res.writeHead(404).end();
        return;
      }
      const activityId = match[2] && decodeURIComponent(match[2]);
      if (req.method === 'PUT' && activityId) {
        const activity = { ...body, id: activityId } as Sent;
        this.messages.set(activityId, activity);
        this.log.push({ op: 'update', activity });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: activityId }));
        return;
      }
      if (req.method === 'POST') {
        const id = randomUUID();
        const activity = { ...body, id } as Sent;
        if (activity.type === 'typing') this.typing++;
        else {
          this.messages.set(id, activity);
          this.log.push({ op: 'send', activity });
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
        return;
      }
      res.writeHead(405).end();
    });
  }
}

export class ChatUser {
  constructor(
    private readonly channel: TeamsChannel,
    readonly options: { aadObjectId: string; name: string; locale?: string; localTimezone?: string; conversationType?: string },
    readonly conversationId = `a:${randomUUID()}`,
    private readonly botUrl?: string,
  ) {}

  /** The same user in the same chat, delivered to another instance of the bot (scale-out tests). */
  via(botUrl: string): ChatUser {
    return new ChatUser(this.channel, this.options, this.conversationId, botUrl);
  }

  /** Types a message; returns what the bot sent or updated during that turn. */
  async say(text: string): Promise<Turn> {
    return this.act({ type: 'message', text });
  }

  /**
   * Presses an Action.Execute button on the card in message `cardId`, with the inputs filled in, as
   * Teams does: an `adaptiveCard/action` invoke whose response, when a card, replaces that card.
   */
  async click(cardId: string, data: Record<string, unknown>, inputs: Record<string, unknown> = {}): Promise<Turn> {
    const action = { type: 'Action.Execute', verb: data.verb, data: { ...data, ...inputs } };
    return this.cardAction(cardId, { action, trigger: 'manual' });
  }

  /**
   * Teams shows the card in message `cardId` again and runs its `refresh` action (trigger
   * "automatic"); `shown`: the card as another device still shows it (default: as the chat has it now).
   */
  async refresh(cardId: string, shown?: any): Promise<Turn> {
    const refresh = (shown ?? this.channel.messages.get(cardId)?.attachments?.[0]?.content)?.refresh;
    if (!refresh) throw new Error(`the card in ${cardId} has no refresh`);
    if (!refresh.userIds?.includes(`29:${this.options.aadObjectId}`))
      throw new Error(`the card does not refresh for this user: ${refresh.userIds}`);
    return this.cardAction(cardId, { action: refresh.action, trigger: 'automatic' });
  }

  private async cardAction(cardId: string, value: Record<string, unknown>): Promise<Turn> {
    const turn = await this.act({ type: 'invoke', name: 'adaptiveCard/action', replyToId: cardId, value });
    const body = turn.body;
    if (body?.type === 'application/vnd.microsoft.card.adaptive') {
      const activity: Sent = { id: cardId, type: 'message', attachments: [{ contentType: body.type, content: body.value }] };
      this.channel.replaceInPlace(activity);
      return new Turn(turn.status, [...turn.events, { op: 'update', activity, via: 'invoke' }], body);
    }
    return turn;
  }

  /** The bot is installed in this chat (Teams sends membersAdded with the bot). */
  async install(): Promise<Turn> {
    return this.act({ type: 'conversationUpdate', membersAdded: [{ id: '28:bot' }, { id: `29:${this.options.aadObjectId}` }] });
  }

  async act(fields: Record<string, unknown>): Promise<Turn> {
    const before = this.channel.log.length;
    const { status, body } = await this.channel.send(this.activity(fields), undefined, this.botUrl);
    return new Turn(status, this.channel.log.slice(before), body);
  }

  /** An invoke from this user's Teams client (signin/tokenExchange, signin/verifyState, ...). */
  async invoke(name: string, value: Record<string, unknown>): Promise<Turn> {
    return this.act({ type: 'invoke', name, value });
  }

  activity(fields: Record<string, unknown>): Record<string, unknown> {
    const { aadObjectId, name, locale = 'en-US', localTimezone, conversationType = 'personal' } = this.options;
    return {
      id: randomUUID(),
      timestamp: new Date().toISOString(),
      channelId: 'msteams',
      serviceUrl: this.channel.serviceUrl,
      from: { id: `29:${aadObjectId}`, name, aadObjectId },
      recipient: { id: '28:bot', name: 'Cancel Meetings' },
      conversation: {
        id: this.conversationId,
        conversationType,
        tenantId: '00000000-0000-4000-8000-000000000001',
        isGroup: conversationType !== 'personal',
      },
      channelData: { tenant: { id: '00000000-0000-4000-8000-000000000001' } },
      locale,
      ...(localTimezone ? { localTimezone } : {}),
      ...fields,
    };
  }
}

/** What the bot did in one turn. */
export class Turn {
  constructor(
    readonly status: number,
    /** `via: 'invoke'`: the clicked card replaced by the invoke's response, not by an update call. */
    readonly events: Array<{ op: 'send' | 'update'; activity: Sent; via?: 'invoke' }>,
    /** The HTTP response body (an invoke's response). */
    readonly body?: any,
  ) {}

  get sent(): Sent[] {
    return this.events.filter((e) => e.op === 'send').map((e) => e.activity);
  }

  /** Cards changed in place this turn: by the invoke's response or by an update call. */
  get updated(): Sent[] {
    return this.events.filter((e) => e.op === 'update').map((e) => e.activity);
  }

  /** Update calls (PUT) the bot made to the channel this turn. */
  get updateCalls(): Sent[] {
    return this.events.filter((e) => e.op === 'update' && !e.via).map((e) => e.activity);
  }

  /** The card the invoke's response put in place of the clicked one, if any. */
  get invokeCard(): any {
    return this.body?.type === 'application/vnd.microsoft.card.adaptive' ? this.body.value : undefined;
  }

  /** The only card the bot sent this turn (fails loudly otherwise). */
  card(): { id: string; content: any } {
    const cards = this.sent.filter((a) => a.attachments?.some((x) => x.contentType === 'application/vnd.microsoft.card.adaptive'));
    if (cards.length !== 1)
      throw new Error(
        `expected one card, got ${cards.length}: ${JSON.stringify(this.events.map((e) => [e.op, e.activity.text ?? '(card)']))}`,
      );
    return { id: cards[0].id, content: cards[0].attachments![0].content };
  }

  /** The OAuth card the bot sent this turn to start Teams SSO, if any. */
  oauthCard(): any {
    const cards = this.sent.flatMap((a) => a.attachments ?? []).filter((x) => x.contentType === 'application/vnd.microsoft.card.oauth');
    if (cards.length !== 1)
      throw new Error(
        `expected one OAuth card, got ${cards.length}: ${JSON.stringify(this.events.map((e) => [e.op, e.activity.text ?? '(card)']))}`,
      );
    return cards[0].content;
  }

  /** All text the bot sent this turn. */
  text(): string {
    return this.sent.map((a) => a.text ?? '').join('\n');
  }
}

/**
 * Kept-alive connections to the bot, as Teams keeps them: the channel stand-in shares the machine
 * with the bot in `npm run bench`, and fetch cost it about 1 ms of CPU per activity.
 */
const toBot = new http.Agent({ keepAlive: true });

function postJson(url: string, json: string, authorization: string | undefined): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent: toBot,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(json),
          ...(authorization ? { authorization } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    request.on('error', reject);
    request.end(json);
  });
}
