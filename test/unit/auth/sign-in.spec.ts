import { strict as assert } from 'node:assert';
import { MemoryStorage, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { SignInNeeded, type GraphTokens } from '../../../src/auth';
import { MissingConsent, TeamsSignIn, type BotDeps } from '../../../src/bot';
import { askForMissingConsent, askToSignIn } from '../../../src/bot/sign-in-turns';
import { Sealer } from '../../../src/state';

const USER = { aadObjectId: '00000000-0000-4000-8000-000000000020', tenantId: 'tenant' };
const SETTINGS = { appIdUri: 'api://bot.example/botid-1', signInPage: 'https://bot.example/auth-start.html' };

/** An unsigned JWT-shaped token for `oid` in tenant `tid` (the bot reads, never trusts, it: Entra verifies it). */
function tokenFor(oid: string, tid: string | null = USER.tenantId): string {
  return ['e30', Buffer.from(JSON.stringify({ oid, tid })).toString('base64url'), 'sig'].join('.');
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
  let accesses: string[];
  let failWith: Error | undefined;
  let signIn: TeamsSignIn;

  beforeEach(() => {
    storage = new MemoryStorage();
    exchanged = [];
    accesses = [];
    failWith = undefined;
    const tokens = {
      exchange: async (_user: unknown, token: string, access = 'own') => {
        if (failWith) throw failWith;
        exchanged.push(token);
        accesses.push(access);
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

  it("refuses another user's token, one of another organization and malformed exchanges without calling Entra", async () => {
    assert.deepEqual(await exchange('x1', tokenFor('someone-else')), { kind: 'failed', consent: false });
    assert.deepEqual(await exchange('x3', tokenFor(USER.aadObjectId, 'another-tenant')), { kind: 'failed', consent: false });
    assert.deepEqual(await exchange('x4', tokenFor(USER.aadObjectId, null)), { kind: 'failed', consent: false });
    assert.deepEqual(await exchange('x2', 'not-a-token'), { kind: 'failed', consent: false });
    assert.deepEqual(await exchange('', tokenFor(USER.aadObjectId)), { kind: 'invalid' });
    assert.equal(exchanged.length, 0);
  });

  it("consent for shared calendars: the card's link opens the popup for that access, and the exchange asks for its permissions", async () => {
    const context = contextFor({ text: "show alex's meetings" });
    const sent = sentBy(context);
    await signIn.start(context, USER, 'Need shared', 'shared');
    assert.deepEqual(
      sent[0].attachments?.[0]?.content.buttons.map((b: any) => b.value),
      [`${SETTINGS.signInPage}?access=shared`],
    );
    // After the popup, Teams asks again with verifyState: the fresh card still names the access.
    const verify = contextFor({ type: 'invoke', name: 'signin/verifyState', value: { state: '{}' } });
    const fresh = sentBy(verify);
    await signIn.verifyState(verify, USER, 'Sign in');
    assert.deepEqual(
      fresh[0].attachments?.[0]?.content.buttons.map((b: any) => b.value),
      [`${SETTINGS.signInPage}?access=shared`],
    );
    const outcome = await exchange('x1', tokenFor(USER.aadObjectId));
    assert.deepEqual(accesses, ['shared']);
    assert.deepEqual(outcome, { kind: 'signedIn', pending: { type: 'message', text: "show alex's meetings", locale: 'en-US' } });
    // Carried out: the next sign-in is for the user's own calendar again.
    await exchange('x2', tokenFor(USER.aadObjectId));
    assert.deepEqual(accesses, ['shared', 'own']);
  });
});

function sentBy(context: TurnContext): Partial<Activity>[] {
  const sent: Partial<Activity>[] = [];
  context.onSendActivities(async (_ctx, activities, next) => {
    sent.push(...activities);
    return next();
  });
  return sent;
}

describe('consent in words', () => {
  const signInStarted: { text: string; access: string }[] = [];
  const deps = (teams: boolean) =>
    ({
      access: { needsAdmin: (access: string) => access === 'groups', signOut: async () => undefined },
      signIn: teams
        ? {
            start: async (context: TurnContext, _user: unknown, text: string, access: string) => {
              signInStarted.push({ text, access });
              await context.sendActivity('[oauth card]');
            },
          }
        : undefined,
    }) as unknown as BotDeps;

  beforeEach(() => (signInStarted.length = 0));

  async function said(teams: boolean, ask: (d: BotDeps, c: TurnContext) => Promise<void>, locale = 'en-US'): Promise<string[]> {
    const context = contextFor({ text: 'x', locale });
    const sent = sentBy(context);
    await ask(deps(teams), context);
    return sent.map((a) => String(a.text));
  }

  it("another person's calendar: says whose and what is missing, and offers the consent sign-in for shared", async () => {
    const text = await said(true, (d, c) => askToSignIn(d, c, USER, new SignInNeeded('consent', undefined, 'shared', 'Alex Wilber')));
    assert.deepEqual(text, ['[oauth card]']);
    assert.deepEqual(signInStarted, [
      {
        text: "To act on Alex Wilber's calendar I need your permission to use calendars shared with you. Please sign in and accept.",
        access: 'shared',
      },
    ]);
  });

  it('group calendars: the administrator must approve; no sign-in is offered (none could grant it)', async () => {
    const text = await said(true, (d, c) => askToSignIn(d, c, USER, new SignInNeeded('consent', undefined, 'groups')));
    assert.deepEqual(text, ['Group calendars need your administrator to approve access for this bot.']);
    assert.deepEqual(signInStarted, []);
    const de = await said(true, (d, c) => askToSignIn(d, c, USER, new SignInNeeded('consent', undefined, 'groups', 'Marketing')), 'de-DE');
    assert.deepEqual(de, ['Den Gruppenkalender Marketing muss die Administration deiner Organisation erst für diesen Bot freigeben.']);
  });

  it('after an answer that went on without some calendars: the admin sentence, then one consent sign-in for what the user can grant', async () => {
    const missing = new MissingConsent();
    missing.note(new SignInNeeded('consent', undefined, 'groups', 'Marketing'));
    missing.note(new SignInNeeded('consent', undefined, 'shared'));
    missing.note(new SignInNeeded('consent', undefined, 'shared', 'Someone Else'));
    const text = await said(true, (d, c) => askForMissingConsent(d, c, USER, missing.list()));
    assert.deepEqual(text, ['The Marketing group calendar needs your administrator to approve access for this bot.', '[oauth card]']);
    assert.deepEqual(signInStarted, [
      { text: 'To use calendars other people share with you I need your permission. Please sign in and accept.', access: 'shared' },
    ]);
  });

  it('in the Playground (no Teams sign-in) the words alone; own consent and sign-in keep their sentences', async () => {
    const shared = await said(
      false,
      (d, c) => askToSignIn(d, c, USER, new SignInNeeded('consent', undefined, 'shared', 'Alex Wilber')),
      'de-DE',
    );
    assert.deepEqual(shared, [
      'Für den Kalender von Alex Wilber brauche ich deine Erlaubnis, mit dir geteilte Kalender zu verwenden. Bitte melde dich an und stimme zu.',
    ]);
    assert.deepEqual(await said(false, (d, c) => askToSignIn(d, c, USER, new SignInNeeded('consent'))), [
      'I need your permission to read and change your calendar. Please sign in and accept.',
    ]);
    assert.deepEqual(await said(false, (d, c) => askToSignIn(d, c, USER, new SignInNeeded('signIn'))), [
      'Please sign in so I can reach your calendar.',
    ]);
  });
});
