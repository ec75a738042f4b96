import { strict as assert } from 'node:assert';
import { button, buttonFor, cardText, subjectsIn } from './support/cards';
import { ALEX, LYNNE, MEGAN, stackForSuite, type Stack } from './support/stack';
import type { ChatUser, Turn } from './support/teams-channel';

/**
 * Teams SSO in Teams mode against the sandbox identity: the sandbox mints the SSO token a Teams
 * client would hold; the test channel plays the client's part of the protocol (OAuth card ->
 * signin/tokenExchange, consent -> signin/verifyState); the bot exchanges with MSAL on-behalf-of.
 */
describe('Teams SSO sign-in (Teams mode against the sandbox identity)', function () {
  this.timeout(60000);
  const suite = stackForSuite({ teams: true });
  let stack: Stack;
  let alex: ChatUser;

  beforeEach(async () => {
    stack = suite();
    // A new conversation id each test, but the same user: sign out leaves no token behind.
    alex = stack.channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    await alex.say('sign out');
  });

  async function ssoToken(upn: string): Promise<string> {
    return (await stack.admin('POST', '/sso-token', { user: upn })).token;
  }

  const exchange = (user: ChatUser, card: any, upn: string, token?: string): Promise<Turn> => stack.exchange(user, card, upn, token);

  async function grants(): Promise<number> {
    return (await stack.stats()).tokens.byGrant.on_behalf_of ?? 0;
  }

  it('first message: an OAuth card for Teams SSO; the token exchange signs in (MSAL OBO) and the request is carried out', async () => {
    const first = await alex.say('show my meetings');
    const card = first.oauthCard();
    assert.equal(card.tokenExchangeResource.uri, stack.info.appIdUri, 'the Application ID URI of webApplicationInfo');
    assert.match(card.tokenExchangeResource.id, /^[0-9a-f-]{36}$/);
    assert.deepEqual(
      card.buttons.map((b: any) => [b.type, b.value]),
      [['signin', 'https://localhost/auth-start.html']],
    );
    assert.equal(await grants(), 0, 'no token without sign-in');

    const signedIn = await exchange(alex, card, ALEX.upn);
    assert.equal(signedIn.status, 200);
    assert.equal(signedIn.body?.id, card.tokenExchangeResource.id);
    assert.ok(subjectsIn(signedIn.card().content).includes('Daily standup'), 'the list the user asked for');
    assert.equal(await grants(), 1);

    const again = await alex.say('show my meetings');
    assert.ok(subjectsIn(again.card().content).length > 0);
    assert.equal(await grants(), 1, 'the persisted cache answers: no new exchange');
  });

  it('consent missing: 412 so Teams asks for consent; after the popup, verifyState sends a fresh card and the exchange succeeds', async () => {
    const lynne = stack.channel.user({ ...LYNNE, localTimezone: 'America/Los_Angeles' });
    const card = (await lynne.say('show my meetings')).oauthCard();
    const refused = await exchange(lynne, card, LYNNE.upn);
    assert.equal(refused.status, 412);
    assert.equal(refused.body?.id, card.tokenExchangeResource.id);
    assert.equal(refused.events.length, 0, 'nothing shown: Teams runs the consent popup');

    await stack.admin('POST', '/consent', { user: LYNNE.upn, granted: true });
    const verified = await lynne.invoke('signin/verifyState', { state: '{}' });
    assert.equal(verified.status, 200);
    const fresh = verified.oauthCard();
    assert.notEqual(fresh.tokenExchangeResource.id, card.tokenExchangeResource.id);
    const signedIn = await exchange(lynne, fresh, LYNNE.upn);
    assert.equal(signedIn.status, 200);
    assert.ok(subjectsIn(signedIn.card().content).length > 0, 'the original request is carried out');
  });

  it('a card click with no cached token goes through sign-in and then cancels, once', async () => {
    const signIn = (await alex.say('show my meetings')).oauthCard();
    let page = (await exchange(alex, signIn, ALEX.upn)).card();
    for (let i = 0; i < 5 && !subjectsIn(page.content).includes('1:1 Alex / Megan'); i++) {
      page = (await alex.click(page.id, button(page.content, 'More'))).card();
    }
    const confirm = (await alex.click(page.id, buttonFor(page.content, '1:1 Alex / Megan'))).card();
    await alex.say('sign out');

    const click = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Moved to Friday' });
    const card = click.oauthCard();
    const cancels = async () => (await stack.stats()).graph.byRoute['POST /me/events/{eventId}/cancel'] ?? 0;
    assert.equal(await cancels(), 0, 'nothing cancelled before sign-in');

    const done = await exchange(alex, card, ALEX.upn);
    assert.equal(done.status, 200);
    assert.equal(await cancels(), 1);
    assert.deepEqual(
      done.updated.map((a) => a.id),
      [confirm.id],
      'the clicked card becomes its outcome',
    );
    assert.match(
      cardText(done.updated[0].attachments![0].content),
      /Cancelled 1:1 Alex \/ Megan, .*\.\nAttendees were told:\nMoved to Friday/,
    );
    const message = (await stack.mailbox(MEGAN.upn)).inbox.find((m: any) => m.subject === 'Canceled: 1:1 Alex / Megan');
    assert.equal(message?.comment, 'Moved to Friday', 'Megan got the message');

    // Clicking again (another device) changes nothing: the ticket was used once.
    await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Moved to Friday' });
    assert.equal(await cancels(), 1);
  });

  it('duplicate exchanges (several clients of one user) are handled once', async () => {
    const card = (await alex.say('show my meetings')).oauthCard();
    const token = await ssoToken(ALEX.upn);
    const [a, b] = await Promise.all([exchange(alex, card, ALEX.upn, token), exchange(alex, card, ALEX.upn, token)]);
    assert.deepEqual([a.status, b.status], [200, 200]);
    assert.equal(await grants(), 1, 'one token exchange');
    const lists = [...a.sent, ...b.sent].filter((s) => s.attachments?.length);
    assert.equal(lists.length, 1, 'the request is carried out once');
  });

  it('Graph refuses the cached token (401): the bot drops it and signs the user in again instead of a dead end', async () => {
    await exchange(alex, (await alex.say('show my meetings')).oauthCard(), ALEX.upn);
    await stack.admin('POST', '/faults', { failNext: [{ path: '/calendarView', status: 401, count: 1 }] });
    const refused = await alex.say('show my meetings');
    const card = refused.oauthCard();
    const signedIn = await exchange(alex, card, ALEX.upn);
    assert.equal(signedIn.status, 200);
    assert.ok(subjectsIn(signedIn.card().content).length > 0);
  });

  it('"sign out" clears the persisted token cache: the next request needs sign-in', async () => {
    await exchange(alex, (await alex.say('show my meetings')).oauthCard(), ALEX.upn);
    assert.ok(subjectsIn((await alex.say('show my meetings')).card().content).length > 0);
    await alex.say('sign out');
    assert.ok((await alex.say('show my meetings')).oauthCard());
  });

  it("another user's SSO token is refused (412) and fills no cache", async () => {
    const card = (await alex.say('show my meetings')).oauthCard();
    const refused = await exchange(alex, card, MEGAN.upn);
    assert.equal(refused.status, 412);
    assert.equal(await grants(), 0);
    assert.ok((await alex.say('show my meetings')).oauthCard(), 'still signed out');
  });

  it('an exchange without a token is a bad request', async () => {
    const turn = await alex.invoke('signin/tokenExchange', { id: 'x', connectionName: '' });
    assert.equal(turn.status, 400);
  });

  it("serves the consent popup pages with the bot's authority and app, not from the query string", async () => {
    const start = await fetch(`${stack.bot.url}/auth-start.html?authority=https://evil.example`);
    assert.equal(start.status, 200);
    assert.match(start.headers.get('content-type') ?? '', /text\/html/);
    const html = await start.text();
    assert.ok(html.includes(`"authority":"${stack.info.authority}"`), 'authority written in by the bot');
    assert.ok(html.includes(`"clientId":"${stack.info.clientId}"`));
    assert.ok(html.includes('Calendars.ReadWrite'));
    assert.ok(html.includes('MailboxSettings.Read'));
    // A popup per access the user can grant (the OAuth card's link names it); none for groups: only an admin can grant that.
    assert.ok(html.includes('Calendars.ReadWrite.Shared'), 'the shared tier');
    assert.ok(!html.includes('Group.ReadWrite.All'), 'no popup asks for an admin-only permission');
    assert.ok(!html.includes('{{SETTINGS}}'));
    assert.ok(!html.includes('evil.example'));
    const end = await fetch(`${stack.bot.url}/auth-end.html`);
    assert.equal(end.status, 200);
    assert.match(await end.text(), /authentication\.notifySuccess/);
  });
});
