import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { defaultSeed } from '../../dev/sandbox';
import { button, cardText } from './support/cards';
import { clearOfMidnights } from './support/midnight';
import { ALEX, stackForSuite } from './support/stack';
import type { ChatUser } from './support/teams-channel';

const PACIFIC = 'America/Los_Angeles';
const MEGAN_UPN = 'MeganB@contoso.onmicrosoft.com';
const ORGANIZER = { emailAddress: { address: ALEX.upn, name: 'Alex Wilber' } };

/** Alex's tomorrow gains two Zeta meetings (with Megan), laid out when the suite starts, clear of a Pacific midnight. */
function seed() {
  const tomorrow = DateTime.now().setZone(PACIFIC).startOf('day').plus({ days: 1 });
  const at = (hour: number) => ({ dateTime: tomorrow.set({ hour }).toFormat("yyyy-LL-dd'T'HH:mm:ss"), timeZone: 'Pacific Standard Time' });
  const event = (subject: string, hour: number) => ({
    subject,
    start: at(hour),
    end: at(hour + 1),
    organizer: ORGANIZER,
    attendees: [{ type: 'required' as const, emailAddress: { address: MEGAN_UPN, name: 'Megan Bowen' } }],
  });
  const base = defaultSeed(new Date());
  return { ...base, events: [...base.events, event('Zeta workshop', 9), event('Zeta sync', 14)] };
}

/** What the review of the merged change found, through the bot over HTTP against the sandbox. */
describe('review findings (bot over HTTP against the sandbox)', function () {
  this.timeout(90000);
  const stack = stackForSuite(async () => {
    await clearOfMidnights([PACIFIC]);
    return { sandbox: { seed: seed() } };
  });
  const chat = (locale = 'en-US'): ChatUser => stack().channel.user({ ...ALEX, locale, localTimezone: PACIFIC });
  const cancelledFor = async (subject: string) =>
    (await stack().mailbox(MEGAN_UPN)).inbox.filter((m: any) => m.subject === `Canceled: ${subject}`).length;

  it('"cancel all my meetings tomorrow except the Zeta workshop": the bulk card leaves it out, and its confirm cancels the rest only', async () => {
    const alex = chat();
    const bulk = (await alex.say('cancel all my meetings tomorrow except the Zeta workshop')).card();
    const text = cardText(bulk.content);
    assert.match(text, /Zeta sync/, text);
    assert.doesNotMatch(text, /Zeta workshop/, text);
    await alex.say('yes');
    assert.equal(await cancelledFor('Zeta sync'), 1);
    assert.equal(await cancelledFor('Zeta workshop'), 0, 'the meeting the user excluded is never cancelled');
  });

  it('a confirm card a typed request went straight to stays live when "the second one" is picked from a later list', async () => {
    const alex = chat();
    const first = (await alex.say('cancel the Zeta workshop tomorrow')).card();
    assert.match(cardText(first.content), /Zeta workshop/);
    await alex.say('show my meetings');
    const picked = await alex.say('the second one');
    assert.equal(
      picked.updateCalls.find((u) => u.id === first.id),
      undefined,
      'the earlier card is not replaced: it may be one more meeting to cancel',
    );
    const done = await alex.click(first.id, button(first.content, 'Cancel meeting'));
    assert.match(cardText(done.invokeCard), /^Cancelled Zeta workshop/, cardText(done.invokeCard));
    assert.equal(await cancelledFor('Zeta workshop'), 1);
  });
});
