import { strict as assert } from 'node:assert';
import { button, cardText } from './support/cards';
import { clearOfMidnights } from './support/midnight';
import { MEGAN, stackForSuite } from './support/stack';

const PACIFIC = 'America/Los_Angeles';
const DOMAIN = 'contoso.onmicrosoft.com';

/**
 * Session 12 trial finding #4: declining "the whole series" declined one occurrence (the card offered only Decline, and
 * "yes" declined Thu's). Megan attends Alex's weekday "Daily standup" series in the default week.
 */
describe('trial 12 #4: declining a whole series (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  const stack = stackForSuite(async () => {
    await clearOfMidnights([PACIFIC]);
    return {};
  });
  const megan = (locale = 'en-US') => stack().channel.user({ ...MEGAN, locale, localTimezone: PACIFIC });
  const declinesTo = async (alias: string) =>
    (await stack().mailbox(`${alias}@${DOMAIN}`)).inbox.filter((m: any) => m.subject === 'Declined: Daily standup');
  const standups = async () => (await stack().mailbox(MEGAN.upn)).events.filter((e: any) => e.subject === 'Daily standup');

  for (const [text, yes, locale] of [
    ['decline the whole standup series', 'yes', 'en-US'],
    ['decline all future standup meetings', 'yes', 'en-US'],
    ['lehne die ganze Serie vom Daily Standup ab', 'ja', 'de-DE'],
  ] as const) {
    it(`"${text}" then "${yes}": the card says the whole series, and the series is declined (one decline, on its master)`, async () => {
      const user = megan(locale);
      const before = (await declinesTo('AlexW')).length;
      assert.equal((await standups()).length, 1, 'Megan has the series');
      const card = cardText((await user.say(text)).card().content);
      assert.match(card, /^(Decline the whole series\?|Die ganze Serie ablehnen\?)\nDaily standup/, card);
      assert.match(card, /every meeting of this series|jeden Termin dieser Serie/, card);
      assert.match(card, /declines the whole series|lehnt die ganze Serie/, card);
      const done = cardText((await user.say(yes)).updated[0].attachments![0].content);
      assert.match(done, /Declined the whole series Daily standup|Die ganze Serie Daily standup ist abgelehnt/, done);
      const declined = await declinesTo('AlexW');
      assert.equal(declined.length - before, 1, 'Alex gets one decline');
      assert.equal((await standups()).length, 0, "the whole series left Megan's calendar");
    });
  }

  it('"decline the next standup": the card says only this one; "yes" declines that one and the series stays', async () => {
    const user = megan();
    const card = cardText((await user.say('decline the next standup')).card().content);
    assert.match(card, /^Decline this meeting\?\nDaily standup/, card);
    assert.match(card, /only this one; the rest of the series stays/, card);
    await user.say('yes');
    assert.equal((await standups()).length, 1, 'the series is still there');
  });

  it('the series button of a decline card asked for the series declines it; "Only this one" there declines one', async () => {
    const user = megan();
    const turn = await user.say('decline the standup series');
    const { id, content } = turn.card();
    const only = button(content, 'Only this one');
    assert.equal(only.scope, 'occurrence');
    assert.equal(button(content, 'The whole series').scope, 'series');
    await user.click(id, only);
    assert.equal((await standups()).length, 1, 'one occurrence declined, the series stays');
  });
});
