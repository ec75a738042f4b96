import { strict as assert } from 'node:assert';
import { button, cardText, subjectsIn } from './support/cards';
import { ALEX, stackForSuite, type Stack } from './support/stack';
import type { ChatUser, Turn } from './support/teams-channel';

const ZONE = 'America/Los_Angeles';
const PATTI = { aadObjectId: '00000000-0000-4000-8000-000000000024', name: 'Patti Fernandez', upn: 'PattiF@contoso.onmicrosoft.com' };
const OWN = ['Calendars.ReadWrite', 'MailboxSettings.Read', 'User.Read'];

/**
 * Consent on first use (issue 14), in Teams mode against the sandbox: the bot over HTTP, the
 * sandbox's Entra granting per permission, the test channel playing Teams' part of SSO (OAuth
 * card -> signin/tokenExchange; 412 -> consent popup -> signin/verifyState).
 */
describe('consent on first use: a delegate’s and a group’s calendar (Teams mode, bot over HTTP)', function () {
  this.timeout(90000);
  const suite = stackForSuite({ teams: true });
  let stack: Stack;
  beforeEach(() => {
    stack = suite();
  });

  const exchange = (user: ChatUser, card: any, upn: string): Promise<Turn> => stack.exchange(user, card, upn);

  async function signedIn(person: typeof PATTI): Promise<ChatUser> {
    const user = stack.channel.user({ ...person, localTimezone: ZONE });
    await user.say('sign out');
    await stack.signIn(user, person.upn);
    return user;
  }

  it("a delegate who has not granted Calendars.ReadWrite.Shared: her own list works; Alex's calendar asks for that consent in words, and after it the click is carried out", async () => {
    await stack.admin('POST', '/consent', { user: PATTI.upn, scopes: OWN });
    const patti = await signedIn(PATTI);
    const list = (await patti.say('show my meetings')).card();
    assert.ok(subjectsIn(list.content).length > 0, 'her own calendar works without the new permission');

    const asked = await patti.click(list.id, button(list.content, "Show Alex Wilber's calendar"));
    const card = asked.oauthCard();
    assert.equal(
      card.text,
      "To act on Alex Wilber's calendar I need your permission to use calendars shared with you. Please sign in and accept.",
    );
    assert.deepEqual(
      card.buttons.map((b: any) => b.value),
      ['https://localhost/auth-start.html?access=shared'],
      'the consent popup for the shared permissions',
    );
    // Teams tries the silent exchange first: Entra refuses Calendars.ReadWrite.Shared (AADSTS65001), the bot answers 412.
    const refused = await exchange(patti, card, PATTI.upn);
    assert.equal(refused.status, 412);

    // The popup: Patti consents; Teams reports it (verifyState) and the fresh card still asks for the shared permissions.
    await stack.admin('POST', '/consent', { user: PATTI.upn, scopes: [...OWN, 'Calendars.ReadWrite.Shared'] });
    const fresh = (await patti.invoke('signin/verifyState', { state: '{}' })).oauthCard();
    assert.deepEqual(
      fresh.buttons.map((b: any) => b.value),
      ['https://localhost/auth-start.html?access=shared'],
    );
    const carriedOut = await exchange(patti, fresh, PATTI.upn);
    assert.equal(carriedOut.status, 200);
    const alexs = carriedOut.card().content;
    assert.match(cardText(alexs), /^Meetings in the next 7 days in Alex Wilber's calendar/, "the click is carried out: Alex's meetings");
    assert.ok(subjectsIn(alexs).length > 0);
  });

  it('group calendars without the admin’s grant: the administrator sentence and no sign-in; the own calendar still works; once granted, the calendar opens with no sign-in', async () => {
    await stack.admin('POST', '/admin-consent', { scopes: [] });
    const alex = await signedIn(ALEX);
    const list = (await alex.say('show my meetings')).card();
    const show = button(list.content, 'Show the Marketing group calendar');
    const refused = await alex.click(list.id, show);
    assert.deepEqual(
      refused.sent.map((a) => a.text ?? a.attachments?.[0]?.contentType),
      ['The Marketing group calendar needs your administrator to approve access for this bot.'],
      'words only: no OAuth card, no user can grant it',
    );
    assert.ok(subjectsIn((await alex.say('show my meetings')).card().content).length > 0, 'the own calendar keeps working');

    await stack.admin('POST', '/admin-consent', { scopes: ['Group.ReadWrite.All'] });
    const granted = await alex.click(list.id, show);
    assert.match(cardText(granted.card().content), /^Meetings in the next 7 days in the Marketing group calendar/);
    assert.equal(granted.sent.length, 1, 'no consent words, no sign-in');
  });
});
