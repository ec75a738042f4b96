import { strict as assert } from 'node:assert';
import { cardText } from './support/cards';
import { ALEX, stackForSuite } from './support/stack';

/**
 * Follow-ups about the rows of a choice card ("the last two", "the first two"): read against that list,
 * through the bot's HTTP endpoint, never against the whole calendar.
 */
describe('follow-ups about the list on screen (through the bot)', function () {
  this.timeout(60000);

  const stack = stackForSuite();

  async function choices(user: ReturnType<ReturnType<typeof stack>['channel']['user']>): Promise<string[]> {
    const text = cardText((await user.say('cancel my meeting tomorrow')).card().content);
    assert.match(text, /^Which meeting do you mean\?/);
    const subjects = text.split('\n').filter((_, i, all) => all[i + 1] && /·/.test(all[i + 1]));
    assert.ok(subjects.length >= 3, text);
    return subjects;
  }

  it('"the last two" offers those two rows in one card, and "the first two" the first two', async () => {
    const alex = stack().channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    const subjects = await choices(alex);
    const lastTwo = cardText((await alex.say('the last two')).card().content);
    // One card for both; a meeting of someone else's is set apart on it to decline.
    assert.match(lastTwo, /^Cancel (?:this meeting|these 2 meetings)\?/, lastTwo);
    for (const subject of subjects.slice(-2)) assert.ok(lastTwo.includes(subject), `${subject} in ${lastTwo}`);
    if (!subjects.slice(-2).includes(subjects[0])) assert.ok(!lastTwo.includes(subjects[0]), lastTwo);

    await choices(alex);
    const firstTwo = cardText((await alex.say('the first two')).card().content);
    assert.match(firstTwo, /^Cancel (?:this meeting|these 2 meetings)\?/, firstTwo);
    for (const subject of subjects.slice(0, 2)) assert.ok(firstTwo.includes(subject), `${subject} in ${firstTwo}`);
  });

  it('"the later one" with no list on screen names nothing: help, never a meeting', async () => {
    const alex = stack().channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    const turn = await alex.say('the later one');
    assert.equal(turn.sent.filter((a) => a.attachments?.length).length, 0, 'no card');
    assert.match(turn.sent.map((a) => a.text ?? '').join('\n'), /didn't get that/);
  });
});
