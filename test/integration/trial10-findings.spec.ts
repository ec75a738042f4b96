import { strict as assert } from 'node:assert';
import { button, cardText } from './support/cards';
import { ALEX, stackForSuite } from './support/stack';

const PACIFIC = 'America/Los_Angeles';

/**
 * Findings of the session 10 user trial (flows side), each through the bot over HTTP against the sandbox, as the trial's
 * driver ran them (/work/notes/trial10-report.md).
 */
describe('trial 10 findings (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  const stack = stackForSuite();
  const alex = (locale = 'en-US') => stack().channel.user({ ...ALEX, locale, localTimezone: PACIFIC });
  const megansInbox = async () => (await stack().mailbox('MeganB@contoso.onmicrosoft.com')).inbox;
  const alexsInbox = async () => (await stack().mailbox('AlexW@contoso.onmicrosoft.com')).inbox;

  describe('#4: a decline of a meeting the user organizes', () => {
    it('"skip" / "decline" of his own 1:1 offers its cancel card, saying why; "yes" cancels it with his message', async () => {
      const user = alex();
      for (const text of ['skip the 1:1 with megan tomorrow', 'decline my 1:1 with megan tomorrow']) {
        const text1 = cardText((await user.say(text)).card().content);
        assert.match(
          text1,
          /^Cancel this meeting\?\nYou organize this meeting, so you can't decline it: you can cancel it for everyone/,
          text,
        );
        assert.match(text1, /1:1 Alex \/ Megan/);
        assert.doesNotMatch(text1, /Decline this meeting/);
      }
      const reply = await user.say('yes, out sick');
      assert.match(cardText(reply.updated[0].attachments![0].content), /^Cancelled 1:1 Alex \/ Megan, .+\nAttendees were told:\nout sick/);
      const told = (await megansInbox()).filter((m: any) => m.subject === 'Canceled: 1:1 Alex / Megan');
      assert.deepEqual(
        told.map((m: any) => m.comment),
        ['out sick'],
      );
      assert.equal((await alexsInbox()).filter((m: any) => /^Declined/.test(m.subject)).length, 0);
    });

    it('in German', async () => {
      const card = (await alex('de-DE').say('lehne das 1:1 mit Megan morgen ab')).card();
      assert.match(
        cardText(card.content),
        /^Diese Besprechung absagen\?\nDu organisierst diese Besprechung, daher kannst du sie nicht ablehnen: Du kannst sie stattdessen für alle absagen\./,
      );
      assert.ok(button(card.content, 'Besprechung absagen'));
    });
  });
});
