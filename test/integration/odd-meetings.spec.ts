import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { button, buttonFor, cardText, subjectsIn } from './support/cards';
import { ALEX, stackForSuite } from './support/stack';
import type { ChatUser } from './support/teams-channel';

const PACIFIC = 'America/Los_Angeles';

function day(offset: number): DateTime {
  return DateTime.now().setZone(PACIFIC).startOf('day').plus({ days: offset }).setLocale('en-US');
}

/** Meetings of shapes the usual ones are not (bot over HTTP against the sandbox). */
describe('odd meetings: an appointment with nobody invited (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  let alex: ChatUser;
  const stack = stackForSuite();
  beforeEach(() => {
    alex = stack().channel.user({ ...ALEX, localTimezone: PACIFIC });
  });

  for (const comment of ['', 'Rescheduled with the practice']) {
    it(`cancelling an appointment with no attendees${comment ? ', a message typed' : ''}: the card never says attendees were told`, async () => {
      const list = (await alex.say(`show my meetings on ${day(4).toFormat('cccc')}`)).card();
      assert.ok(subjectsIn(list.content).includes('Dentist'), cardText(list.content));
      const confirm = (await alex.click(list.id, buttonFor(list.content, 'Dentist'))).card();
      assert.match(cardText(confirm.content), /\n0 attendees\n/);
      const done = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment });
      const text = cardText(done.updated[0].attachments![0].content);
      assert.match(text, /^Cancelled Dentist, /);
      assert.doesNotMatch(text, /Attendees were/, text);
      assert.match(text, /Nobody else was invited, so nobody was notified\./, text);
    });
  }
});
