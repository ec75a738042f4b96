import { strict as assert } from 'node:assert';
import { cardText } from './support/cards';
import { clearOfMidnights } from './support/midnight';
import { ALEX, stackForSuite } from './support/stack';

const PACIFIC = 'America/Los_Angeles';
const DOMAIN = 'contoso.onmicrosoft.com';

/** Session 12 trial finding #13: everyday replies to a waiting card, "undo", "move X" (bot over HTTP against the sandbox). */
describe('trial 12 #13: everyday replies and asks this bot cannot do', function () {
  this.timeout(60000);
  const stack = stackForSuite(async () => {
    await clearOfMidnights([PACIFIC]);
    return {};
  });
  const alex = (locale = 'en-US') => stack().channel.user({ ...ALEX, locale, localTimezone: PACIFIC });
  const cancels = async () =>
    (await stack().mailbox(`MeganB@${DOMAIN}`)).inbox.filter((m: any) => m.subject === 'Canceled: 1:1 Alex / Megan');

  for (const [yes, locale] of [
    ['yes 👍', 'en-US'],
    ['yess', 'en-US'],
    ['jaaa 👍', 'de-DE'],
  ] as const) {
    it(`"${yes}" on a confirm card cancels its meeting`, async () => {
      const user = alex(locale);
      await user.say(locale === 'de-DE' ? 'sag das 1:1 morgen ab' : 'cancel the 1:1 tomorrow');
      await user.say(yes);
      assert.equal((await cancels()).length, 1);
    });
  }

  for (const [reply, locale, said] of [
    ['👍', 'en-US', /didn't get that\. The card to cancel 1:1 Alex \/ Megan is still waiting for your answer: say "yes"/],
    ['ok cool whatever', 'en-US', /The card to cancel 1:1 Alex \/ Megan is still waiting/],
    ['👍', 'de-DE', /nicht verstanden\. Die Karte, um 1:1 Alex \/ Megan abzusagen, wartet noch/],
  ] as const) {
    it(`"${reply}" on a confirm card: nothing cancelled, and the waiting card is named`, async () => {
      const user = alex(locale);
      await user.say(locale === 'de-DE' ? 'sag das 1:1 morgen ab' : 'cancel the 1:1 tomorrow');
      const text = (await user.say(reply)).text();
      assert.match(text, said, text);
      assert.equal((await cancels()).length, 0);
    });
  }

  for (const [undo, locale, said] of [
    ['undo', 'en-US', /can't undo a cancel.*new invitation/],
    ['mach das rückgängig', 'de-DE', /nicht rückgängig machen.*neue Einladung/],
  ] as const) {
    it(`"${undo}" after a cancel: it cannot be undone, and what to do instead`, async () => {
      const user = alex(locale);
      await user.say(locale === 'de-DE' ? 'sag das 1:1 morgen ab' : 'cancel the 1:1 tomorrow');
      await user.say(locale === 'de-DE' ? 'ja' : 'yes');
      const text = (await user.say(undo)).text();
      assert.match(text, said, text);
      assert.doesNotMatch(text, /Sorry, I didn't get that|nicht verstanden/);
    });
  }

  for (const [move, locale, said] of [
    ['move my 1:1 with Megan to friday', 'en-US', /can't move or reschedule meetings.*Outlook/],
    ['verschiebe das 1:1 morgen auf 10 Uhr', 'de-DE', /verschieben kann ich nicht.*Outlook/],
  ] as const) {
    it(`"${move}": this bot cancels, it does not move; nothing is cancelled`, async () => {
      const user = alex(locale);
      const turn = await user.say(move);
      assert.match(turn.text(), said, turn.text());
      assert.equal(turn.sent.filter((a) => a.attachments?.length).length, 0, 'no card');
      assert.equal((await cancels()).length, 0);
    });
  }

  it('"stop the daily standup for good": the cancel card offers the whole series first', async () => {
    const card = cardText((await alex().say('stop the daily standup for good')).card().content);
    assert.match(card, /^Cancel this meeting\?\nDaily standup/, card);
    assert.match(card, /cancels the whole series/, card);
  });
});
