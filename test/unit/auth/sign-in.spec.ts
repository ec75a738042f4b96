import { strict as assert } from 'node:assert';
import { MemoryStorage, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { SignInNeeded, type GraphTokens } from '../../../src/auth';
import { TeamsSignIn } from '../../../src/bot';
import { Sealer } from '../../../src/state';

const USER = { aadObjectId: '00000000-0000-4000-8000-000000000020', tenantId: 'tenant' };
const SETTINGS = { appIdUri: 'api://bot.example/botid-1', signInPage: 'https://bot.example/auth-start.html' };

/** An unsigned JWT-shaped token for `oid` (the bot reads, never trusts, it: Entra verifies it). */
function tokenFor(oid: string): string {
  return ['e30', Buffer.from(JSON.stringify({ oid })).toString('base64url'), 'sig'].join('.');
}

function contextFor(fields: Partial<Activity>, conversationId = 'a:1'): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'message',
    channelId: 'msteams',
    serviceUrl: 'https://smba.example/',
    locale: 'en-US',
    from: { id: '29:x', name: 'Alex', aadObjectId: USER.aadObjectId },
    recipient: { id: '28:bot', name: 'bot' },
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    ...fields,
  } as Activity);
}

describe('TeamsSignIn', () => {
  let storage: MemoryStorage;
  let exchanged: string[];
  let failWith: Error | undefined;
  let signIn: TeamsSignIn;

  beforeEach(() => {
    storage = new MemoryStorage();
    exchanged = [];
    failWith = undefined;
    const tokens = {
      exchange: async (_user: unknown, token: string) => {
        if (failWith) throw failWith;
        exchanged.push(token);
        return 'graph-token';
      },
    } as unknown as GraphTokens;
    signIn = new TeamsSignIn(tokens, storage, Sealer.ephemeral(), SETTINGS);
  });

  const exchange = (id: string, token: string, conversationId?: string) =>
    signIn.exchange(contextFor({ type: 'invoke', name: 'signin/tokenExchange', value: { id, token } }, conversationId), USER);

  it("keeps the pending request sealed: a card click's message is not readable in storage", async () => {
    await signIn.start(
      contextFor({ value: { verb: 'confirmCancel', ticket: 't1', comment: 'Moved to Friday' }, replyToId: 'card-1' }),
      USER,
      'Sign in',
    );
    const stored = JSON.stringify(await storage.read([`signin-requests/${USER.tenantId}/${USER.aadObjectId}`]));
    assert.ok(stored.length > 20);
    assert.ok(!stored.includes('Moved to Friday'));
    assert.ok(!stored.includes('confirmCancel'));
    const outcome = await exchange('x1', tokenFor(USER.aadObjectId));
    assert.deepEqual(outcome, {
      kind: 'signedIn',
      pending: {
        type: 'message',
        value: { verb: 'confirmCancel', ticket: 't1', comment: 'Moved to Friday' },
        replyToId: 'card-1',
        locale: 'en-US',
      },
    });
    assert.deepEqual(await exchange('x2', tokenFor(USER.aadObjectId)), { kind: 'signedIn', pending: undefined }, 'carried out once');
  });

  it('does not replay a request in another conversation', async () => {
    await signIn.start(contextFor({ text: 'show my meetings' }, 'a:1'), USER, 'Sign in');
    assert.deepEqual(await exchange('x1', tokenFor(USER.aadObjectId), 'a:other'), { kind: 'signedIn', pending: undefined });
  });

  it('sends an OAuth card with the token exchange resource and the consent page', async () => {
    const context = contextFor({ text: 'hi' });
    const sent: Partial<Activity>[] = [];
    context.onSendActivities(async (_ctx, activities, next) => {
      sent.push(...activities);
      return next();
    });
    await signIn.start(context, USER, 'Please sign in');
    const card = sent[0].attachments?.[0];
    assert.equal(card?.contentType, 'application/vnd.microsoft.card.oauth');
    assert.equal(card?.content.tokenExchangeResource.uri, SETTINGS.appIdUri);
    assert.deepEqual(
      card?.content.buttons.map((b: any) => [b.type, b.value]),
      [['signin', SETTINGS.signInPage]],
    );
    assert.equal(card?.content.text, 'Please sign in');
  });

  it('one exchange per id; a failed one can be retried with the same id', async () => {
    failWith = new SignInNeeded('consent');
    assert.deepEqual(await exchange('x1', tokenFor(USER.aadObjectId)), { kind: 'failed', consent: true });
    failWith = undefined;
    assert.equal((await exchange('x1', tokenFor(USER.aadObjectId))).kind, 'signedIn');
    assert.deepEqual(await exchange('x1', tokenFor(USER.aadObjectId)), { kind: 'duplicate' });
    assert.equal(exchanged.length, 1);
  });

  it("refuses another user's token and malformed exchanges without calling Entra", async () => {
    assert.deepEqual(await exchange('x1', tokenFor('someone-else')), { kind: 'failed', consent: false });
    assert.deepEqual(await exchange('x2', 'not-a-token'), { kind: 'failed', consent: false });
    assert.deepEqual(await exchange('', tokenFor(USER.aadObjectId)), { kind: 'invalid' });
    assert.equal(exchanged.length, 0);
  });
});
