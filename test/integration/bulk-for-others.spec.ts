import { strict as assert } from 'node:assert';
import { cardText } from './support/cards';
import { standupEveryDay } from './support/every-day';
import { stackForSuite } from './support/stack';

const DOMAIN = 'contoso.onmicrosoft.com';
const PATTI = { aadObjectId: '00000000-0000-4000-8000-000000000024', name: 'Patti Fernandez', upn: `PattiF@${DOMAIN}` };

/** A delegate's bulk card says whose meetings these are, as the single card does (trial 8). */
describe("a delegate's bulk card (bot over HTTP against the sandbox)", function () {
  this.timeout(60000);
  const stack = stackForSuite(standupEveryDay);

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

/**
 * "cancel all of Alex's meetings tomorrow", as his delegate: a meeting in his calendar that neither she nor he organizes
 * (the all hands, Megan's) cannot be cancelled by her. The card says it leaves it out and why, in one line, and counts
 * only what it cancels.
 */
describe("a delegate's bulk card leaves out what she may not cancel, saying so (bot over HTTP against the sandbox)", function () {
  this.timeout(60000);
  const stack = stackForSuite(standupEveryDay);

  // Alex's meetings tomorrow: the 1:1 and the standup, and on a Tuesday the weekly sync (2 or 3; "both" for 2).
  const cancelAll = (count: number) => (count === 2 ? 'Cancel both' : `Cancel all ${count}`);

  it('in English: one line names the meeting left out, its organizer and why; "Cancel all N" counts only the others', async () => {
    const patti = stack().channel.user({ ...PATTI, localTimezone: 'America/Los_Angeles' });
    const bulk = (await patti.say("cancel all of Alex's meetings tomorrow")).card();
    const text = cardText(bulk.content);
    const count = Number(/^Cancel these (\d+) meetings\?\n/.exec(text)?.[1]);
    assert.ok(count === 2 || count === 3, text);
    assert.match(text, /\nLeft out: All hands \(organized by Megan Bowen\)\. Only a meeting's organizer can cancel it\.\n/);
    assert.ok(text.includes(`\n${cancelAll(count)}\n`), text);
    assert.doesNotMatch(text.split('Left out:')[0], /All hands/, 'not among the meetings to cancel');
    // Shown again (Teams' refresh), it still says so.
    const refreshed = cardText((await patti.refresh(bulk.id)).updated[0].attachments![0].content);
    assert.match(refreshed, /\nLeft out: All hands \(organized by Megan Bowen\)\. Only a meeting's organizer can cancel it\.\n/);
    assert.ok(refreshed.includes(`\n${cancelAll(count)}\n`), refreshed);
  });

  it('in German', async () => {
    const patti = stack().channel.user({ ...PATTI, locale: 'de-DE', localTimezone: 'America/Los_Angeles' });
    const text = cardText((await patti.say('sag alle Besprechungen von Alex morgen ab')).card().content);
    assert.match(text, /^Diese [23] Besprechungen absagen\?\n/);
    assert.match(
      text,
      /\nNicht dabei: All hands \(organisiert von Megan Bowen\)\. Absagen kann eine Besprechung nur, wer sie organisiert\.\n/,
    );
  });
});
