import { strict as assert } from 'node:assert';
import { cardText } from './support/cards';
import { stackForSuite } from './support/stack';

const DOMAIN = 'contoso.onmicrosoft.com';
const PATTI = { aadObjectId: '00000000-0000-4000-8000-000000000024', name: 'Patti Fernandez', upn: `PattiF@${DOMAIN}` };

/** A delegate's bulk card says whose meetings these are, as the single card does (trial 8). */
describe("a delegate's bulk card (bot over HTTP against the sandbox)", function () {
  this.timeout(60000);
  const stack = stackForSuite();

  it('"cancel all of Alex\'s meetings tomorrow": the card says she acts as his delegate and the attendees hear from him', async () => {
    const patti = stack().channel.user({ ...PATTI, localTimezone: 'America/Los_Angeles' });
    const text = cardText((await patti.say("cancel all of Alex's meetings tomorrow")).card().content);
    assert.match(
      text,
      // How many depends on tomorrow's weekday in the built-in week (2 when tomorrow is a Wednesday, 1 on a Sunday).
      /^(?:Cancel these \d+ meetings\?\nTimes in Pacific Time\nThese are Alex Wilber's meetings: you act on them|Cancel this meeting\?\nTimes in Pacific Time\nThis is Alex Wilber's meeting: you act on it) as their delegate, and the attendees get the cancellation from Alex Wilber\.\n/,
    );
  });
});
