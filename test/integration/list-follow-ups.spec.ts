import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { defaultSeed } from '../../dev/sandbox';
import { cardText } from './support/cards';
import { standupEveryDay } from './support/every-day';
import { ALEX, stackForSuite } from './support/stack';

/**
 * Follow-ups about the rows of a choice card ("the last two", "the first two"): read against that list,
 * through the bot's HTTP endpoint, never against the whole calendar.
 */
describe('follow-ups about the list on screen (through the bot)', function () {
  this.timeout(60000);

  const stack = stackForSuite(standupEveryDay);

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

describe('follow-ups about a list beyond the next 7 days (through the bot)', function () {
  this.timeout(60000);
  const DOMAIN = 'contoso.onmicrosoft.com';
  const MEGAN = { aadObjectId: '00000000-0000-4000-8000-000000000021', name: 'Megan Bowen', zone: 'Europe/Berlin' };
  // A day ten days ahead, past the 7 days a request without a day searches.
  const day = DateTime.now().setZone(MEGAN.zone).startOf('day').plus({ days: 10 });
  const at = (hour: number) => ({ dateTime: day.set({ hour }).toFormat("yyyy-MM-dd'T'HH:mm:ss"), timeZone: MEGAN.zone });
  const meeting = (subject: string, hour: number) => ({
    subject,
    start: at(hour),
    end: at(hour + 1),
    organizer: { emailAddress: { address: `MeganB@${DOMAIN}` } },
    attendees: [{ type: 'required' as const, emailAddress: { address: `LynneR@${DOMAIN}` } }],
  });
  const stack = stackForSuite({
    sandbox: {
      seed: {
        ...defaultSeed(new Date()),
        events: [meeting('Alpha review', 9), meeting('Bravo sync', 11), meeting('Charlie planning', 14), meeting('Delta retro', 16)],
      },
    },
  });

  async function listOfThatDay() {
    const megan = stack().channel.user({ aadObjectId: MEGAN.aadObjectId, name: MEGAN.name, locale: 'en-US', localTimezone: MEGAN.zone });
    const list = cardText((await megan.say(`show my meetings on ${day.setLocale('en-US').toFormat('LLLL d')}`)).card().content);
    for (const subject of ['Alpha review', 'Bravo sync', 'Charlie planning', 'Delta retro']) assert.ok(list.includes(subject), list);
    return megan;
  }

  it('"the last two" are the last two rows of that list, not meetings of the next 7 days', async () => {
    const megan = await listOfThatDay();
    const card = cardText((await megan.say('cancel the last two')).card().content);
    assert.match(card, /^Cancel these 2 meetings\?/, card);
    assert.ok(card.includes('Charlie planning') && card.includes('Delta retro'), card);
    assert.ok(!card.includes('Alpha review') && !card.includes('Bravo sync'), card);
  });

  it('"cancel both" with four rows on screen cancels none of them straight away: the user picks', async () => {
    const megan = await listOfThatDay();
    const card = cardText((await megan.say('cancel both')).card().content);
    assert.doesNotMatch(card, /^Cancel these 4 meetings\?/, card);
    assert.match(card, /^Which meeting do you mean\?/, card);
  });
});
