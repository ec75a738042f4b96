import { strict as assert } from 'node:assert';
import { cardText } from './support/cards';
import { clearOfMidnights } from './support/midnight';
import { MEGAN, stackForSuite } from './support/stack';

const PACIFIC = 'America/Los_Angeles';
describe('typed words on a decline card do what it offers (review of session 12 #7, #10)', function () {
  this.timeout(60000);
  const stack = stackForSuite(async () => {
    await clearOfMidnights([PACIFIC]);
    return {};
  });
  const megan = (locale = 'en-US') => stack().channel.user({ ...MEGAN, locale, localTimezone: PACIFIC });
  const standups = async () => (await stack().mailbox(MEGAN.upn)).events.filter((e: any) => e.subject === 'Daily standup');
  for (const typed of ['Decline', 'decline']) {
    it(`"Decline the whole series?" answered "${typed}": not one occurrence only`, async () => {
      const user = megan();
      const card = cardText((await user.say('decline the whole standup series')).card().content);
      assert.match(card, /^Decline the whole series\?/, card);
      const turn = await user.say(typed);
      const shown = [...turn.updated.map((u) => cardText(u.attachments![0].content)), ...turn.sent.map((s) => s.text ?? '')].join(' | ');
      assert.doesNotMatch(shown, /^Declined Daily standup/, 'declined one occurrence under a card asking for the series');
    });
  }
  it('"The whole series" typed on a card that offered only this occurrence', async () => {
    const user = megan();
    const card = cardText((await user.say('decline the next standup')).card().content);
    assert.match(card, /only this one; the rest of the series stays/, card);
    await user.say('The whole series');
    assert.equal((await standups()).length, 1, 'the whole series was declined from a card that did not offer it');
  });
});
