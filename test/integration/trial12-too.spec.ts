import { strict as assert } from 'node:assert';
import { cardText } from './support/cards';
import { clearOfMidnights } from './support/midnight';
import { defaultSeed } from '../../dev/sandbox/seed/default-seed';
import { ALEX, stackForSuite } from './support/stack';

const PACIFIC = 'America/Los_Angeles';
const DOMAIN = 'contoso.onmicrosoft.com';
const PATTI = { aadObjectId: '00000000-0000-4000-8000-000000000024', name: 'Patti Fernandez', upn: `PattiF@${DOMAIN}` };

/** The default week, where Patti is the delegate of two people: Alex (as in the default seed) and Megan. */
function twoBosses() {
  const seed = defaultSeed(new Date());
  const users = seed.users.map((u: any) =>
    u.userPrincipalName === `MeganB@${DOMAIN}`
      ? {
          ...u,
          calendarPermissions: [{ emailAddress: { address: PATTI.upn, name: PATTI.name }, role: 'delegateWithoutPrivateEventAccess' }],
        }
      : u,
  );
  return { ...seed, users };
}

const cardOf = (turn: any) => cardText(turn.card().content);
const cancelled = async (stack: any, alias: string, subject: string) =>
  (await stack.mailbox(`${alias}@${DOMAIN}`)).inbox.filter((m: any) => m.subject === `Canceled: ${subject}`).length;

/**
 * Session 12 trial finding #5: "and cancel his board prep too" while a confirm card waited gave a card of the new meeting
 * only, in the calendar of the card's person; "yes" then cancelled only it, the first card silently left behind.
 */
describe('trial 12 #5: "and X too" with a card waiting, and whose "his" is', function () {
  this.timeout(60000);
  const stack = stackForSuite(async () => {
    await clearOfMidnights([PACIFIC]);
    return { sandbox: { seed: twoBosses() } };
  });
  const patti = (locale = 'en-US') => stack().channel.user({ ...PATTI, locale, localTimezone: PACIFIC });
  const alex = (locale = 'en-US') => stack().channel.user({ ...ALEX, locale, localTimezone: PACIFIC });

  it('a delegate: "cancel Alex\'s interview", "and cancel his 1:1 too": one card of both; "yes" cancels both', async () => {
    const user = patti();
    const first = await user.say("cancel Alex's interview");
    assert.match(cardOf(first), /^Cancel this meeting\?\nInterview: frontend candidate/);
    const turn = await user.say('and cancel his 1:1 too');
    const both = cardOf(turn);
    assert.match(both, /Interview: frontend candidate/, both);
    assert.match(both, /1:1 Alex \/ Megan/, both);
    assert.match(both, /Alex Wilber's calendar/, both);
    assert.equal(turn.updated.length, 1, 'the first card is replaced in place');
    await user.say('yes');
    assert.equal(await cancelled(stack(), 'IsaiahL', 'Interview: frontend candidate'), 1);
    assert.equal(await cancelled(stack(), 'MeganB', '1:1 Alex / Megan'), 1);
  });

  it('German: "sag das Interview ab", "und sag auch das 1:1 ab", "ja": both are cancelled', async () => {
    const user = alex('de-DE');
    await user.say('sag das Interview ab');
    const both = cardOf(await user.say('und sag auch das 1:1 ab'));
    assert.match(both, /Interview: frontend candidate/, both);
    assert.match(both, /1:1 Alex \/ Megan/, both);
    await user.say('ja');
    assert.equal(await cancelled(stack(), 'IsaiahL', 'Interview: frontend candidate'), 1);
    assert.equal(await cancelled(stack(), 'MeganB', '1:1 Alex / Megan'), 1);
  });

  it('a card that cannot be joined (a decline) is said to be still waiting, above the new card', async () => {
    const user = alex();
    assert.match(cardOf(await user.say('decline the all hands')), /^Decline this meeting\?\nAll hands/);
    const turn = await user.say('and cancel the 1:1 too');
    assert.match(cardOf(turn), /^Cancel this meeting\?\n1:1 Alex \/ Megan/);
    assert.match(turn.text(), /The card above to decline All hands still waits: nothing of it is declined/, turn.text());
  });

  it('"her all hands" after "show Megan\'s meetings" is Megan\'s, though the card waiting is Alex\'s', async () => {
    const user = patti();
    await user.say("cancel Alex's interview");
    await user.say("show megan's meetings");
    const card = cardOf(await user.say('cancel her all hands'));
    assert.match(card, /^Cancel this meeting\?\nAll hands/, card);
    assert.match(card, /Megan Bowen's calendar/, card);
  });
});
