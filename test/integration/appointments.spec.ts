import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { button, cardText } from './support/cards';
import { clearOfMidnights } from './support/midnight';
import { outlookAs } from './support/outlook';
import { ALEX, stackForSuite } from './support/stack';
import type { ChatUser } from './support/teams-channel';

const PACIFIC = 'America/Los_Angeles';
const dentistDay = () => DateTime.now().setZone(PACIFIC).startOf('day').plus({ days: 4 }).setLocale('en-US');

/**
 * A personal appointment (no attendees: Alex's Dentist): Graph's cancel answers 202 in the sandbox
 * (no documentation or report says otherwise: inferred). The bot's words hold whichever way Graph
 * answers: no message box and "nobody will be notified" on the card; if Graph refuses (a 400 with
 * its own message), the user hears that refusal and that nothing was cancelled, never "couldn't reach".
 */
describe('a personal appointment nobody else is invited to (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  let alex: ChatUser;
  const stack = stackForSuite(async () => {
    await clearOfMidnights([PACIFIC]);
    return {};
  });
  beforeEach(() => {
    alex = stack().channel.user({ ...ALEX, localTimezone: PACIFIC });
  });

  async function confirmCard() {
    const card = (await alex.say(`cancel my dentist appointment on ${dentistDay().toFormat('cccc')}`)).card();
    const text = cardText(card.content);
    assert.match(text, /^Cancel this meeting\?\nDentist\n/, text);
    return { ...card, text };
  }

  it('the card asks for no message and says nobody will be notified; the cancel removes it and the outcome says nobody was told', async () => {
    const confirm = await confirmCard();
    assert.match(confirm.text, /Nobody else is invited, so nobody will be notified\./);
    assert.match(confirm.text, /\n0 attendees\n/);
    assert.doesNotMatch(confirm.text, /Message to the attendees/);
    assert.ok(!JSON.stringify(confirm.content).includes('Input.Text'), 'no message box');
    const done = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), {});
    const outcome = cardText(done.updated[0].attachments![0].content);
    assert.match(outcome, /^Cancelled Dentist/, outcome);
    assert.match(outcome, /Nobody else was invited, so nobody was notified\./, outcome);
    assert.deepEqual(await (await outlookAs(stack(), ALEX.upn)).find('Dentist'), []);
  });

  it('Graph refusing the cancel with a 400 and its message: that refusal, and nothing cancelled; the card still works', async () => {
    const confirm = await confirmCard();
    await stack().admin('POST', '/faults', { failNext: [{ path: '/cancel', method: 'POST', status: 400, count: 1 }] });
    const refused = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), {});
    assert.match(
      refused.text(),
      /Microsoft 365 refused to cancel it and said: “The request is malformed or incorrect\.” Nothing was cancelled\./,
    );
    assert.doesNotMatch(refused.text(), /couldn't reach/);
    assert.equal((await (await outlookAs(stack(), ALEX.upn)).find('Dentist')).length, 1, 'still there');
    const done = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), {});
    assert.match(cardText(done.updated[0].attachments![0].content), /^Cancelled Dentist/);
  });
});
