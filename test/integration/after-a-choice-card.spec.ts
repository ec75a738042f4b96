import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import type { Seed } from '../../dev/sandbox';
import { buttonFor, cardText } from './support/cards';
import { standupEveryDay } from './support/every-day';
import { clearOfMidnights } from './support/midnight';
import { ALEX, MEGAN, stackForSuite } from './support/stack';
import type { ChatUser } from './support/teams-channel';

const ZONE = 'America/Los_Angeles';
const DOMAIN = 'contoso.onmicrosoft.com';
const ADELE = { name: 'Adele Vance', upn: `AdeleV@${DOMAIN}` };
const person = (upn: string, name: string) => ({ emailAddress: { address: upn, name } });
const invite = (...people: Array<{ upn: string; name: string }>) =>
  people.map((p) => ({ type: 'required' as const, ...person(p.upn, p.name), status: { response: 'none' as const } }));

/**
 * What a request asked besides which meeting survives the choice card it ended on (several fit): the whole series
 * ("cancel the standup series") and the message for the attendees ("…, message: sorry all"). Picked by the row's
 * button, by "the second one", or corrected ("no, I meant the one on Thursday"), the confirm card that follows
 * offers the series first and holds the message, as a card the request went straight to does.
 * Bot over HTTP against the sandbox; Alex has two standup series and two Budget Q1 meetings this week.
 */
describe('after a choice card: the series and the message the request asked for (bot over HTTP against the sandbox)', function () {
  this.timeout(90000);
  let today: DateTime;
  const day = (offset: number) => today.plus({ days: offset });
  const at = (offset: number, time: string) => ({ dateTime: `${day(offset).toISODate()}T${time}:00`, timeZone: 'Pacific Standard Time' });
  const world = (base: Seed): Seed => ({
    ...base,
    events: [
      ...base.events,
      {
        subject: 'Platform standup',
        start: at(-7, '09:30'),
        end: at(-7, '09:45'),
        organizer: person(ALEX.upn, ALEX.name),
        attendees: invite(ADELE),
        recurrence: {
          pattern: {
            type: 'weekly',
            interval: 1,
            // Every day, as the Daily standup (standupEveryDay): "the standup tomorrow" finds both on a weekend too.
            daysOfWeek: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
            firstDayOfWeek: 'sunday',
          },
          range: { type: 'noEnd', startDate: day(-7).toISODate()!, recurrenceTimeZone: ZONE },
        },
      },
      {
        subject: 'Budget Q1',
        start: at(2, '10:00'),
        end: at(2, '11:00'),
        organizer: person(ALEX.upn, ALEX.name),
        attendees: invite(MEGAN),
      },
      {
        subject: 'Budget Q1',
        start: at(3, '10:00'),
        end: at(3, '11:00'),
        organizer: person(ALEX.upn, ALEX.name),
        attendees: invite(MEGAN),
      },
      {
        subject: 'Design review',
        start: at(4, '09:00'),
        end: at(4, '10:00'),
        organizer: person(ALEX.upn, ALEX.name),
        attendees: invite(MEGAN),
      },
      {
        subject: 'Design review',
        start: at(4, '14:00'),
        end: at(4, '15:00'),
        organizer: person(ALEX.upn, ALEX.name),
        attendees: invite(MEGAN),
      },
    ],
  });
  const stack = stackForSuite(async () => {
    await clearOfMidnights([ZONE]);
    const base = (await standupEveryDay()).sandbox.seed;
    today = DateTime.fromJSDate(new Date(), { zone: ZONE }).startOf('day');
    return { sandbox: { seed: world(base) } };
  });
  const user = (locale = 'en-US'): ChatUser => stack().channel.user({ ...ALEX, locale, localTimezone: ZONE });
  const firstButton = (content: any) => String((content.actions ?? [])[0]?.title);
  const budgetMails = async () =>
    (await stack().mailbox(MEGAN.upn)).inbox.filter((m: any) => m.subject === 'Canceled: Budget Q1').map((m: any) => m.comment);

  describe('the series asked for (several series fit)', () => {
    it('picked by its button: the confirm card offers the whole series first, and "yes" cancels the series', async () => {
      const alex = user();
      const choice = (await alex.say('cancel the standup series')).card();
      assert.match(cardText(choice.content), /Platform standup/, cardText(choice.content));
      assert.match(cardText(choice.content), /Daily standup/, cardText(choice.content));
      const confirm = (await alex.click(choice.id, buttonFor(choice.content, 'Platform standup'))).card();
      assert.equal(firstButton(confirm.content), 'The whole series', cardText(confirm.content));
      assert.match(cardText(confirm.content), /Typing "yes" in the chat cancels the whole series/, cardText(confirm.content));
      const done = await alex.say('yes');
      assert.match(cardText(done.updated[0].attachments![0].content), /^Cancelled the whole series Platform standup\./);
    });

    it('picked by "the second one" (and in German, "die erste"): the whole series first', async () => {
      const alex = user();
      const choice = (await alex.say('cancel the standup series')).card();
      const rows = cardText(choice.content);
      assert.match(rows, /standup/, rows);
      const second = (await alex.say('the second one')).card();
      assert.equal(firstButton(second.content), 'The whole series', cardText(second.content));
      const urs = user('de-DE');
      await urs.say('sag die Standup-Serie ab');
      const erste = (await urs.say('die erste')).card();
      assert.equal(firstButton(erste.content), 'Die ganze Serie', cardText(erste.content));
    });

    it('a request for one occurrence that ends on a choice card still offers the occurrence first', async () => {
      const alex = user();
      const choice = (await alex.say('cancel the standup tomorrow')).card();
      const confirm = (await alex.click(choice.id, buttonFor(choice.content, 'Platform standup'))).card();
      assert.equal(firstButton(confirm.content), 'Only this one', cardText(confirm.content));
    });
  });

  describe('the message typed with the request', () => {
    const message = 'sorry all, numbers are late';
    const weekday = (offset: number, locale = 'en') => day(offset).setLocale(locale).toFormat('cccc');

    it('a correction after the choice card ("no, I meant the one on <day>") keeps it: the card holds it, "yes" sends it', async () => {
      const alex = user();
      const choice = cardText((await alex.say(`cancel budget q1, message: ${message}`)).card().content);
      assert.match(choice, /Budget Q1[\s\S]*Budget Q1/, choice);
      const fixed = (await alex.say(`no, I meant the one on ${weekday(3)}`)).card();
      const text = cardText(fixed.content);
      assert.match(text, new RegExp(`Budget Q1\\n.*${day(3).toFormat('LLL d')}`), text);
      assert.match(text, /Typing "yes" in the chat cancels it with the message you wrote in your request/, text);
      await alex.say('yes');
      assert.deepEqual(await budgetMails(), [message]);
    });

    it('in German too: "nein, ich meinte den am <Tag>" keeps "mit der Nachricht: …"', async () => {
      const urs = user('de-DE');
      await urs.say('sag das Budget Q1 ab mit der Nachricht: Zahlen kommen später');
      const fixed = cardText((await urs.say(`nein, ich meinte den am ${weekday(3, 'de')}`)).card().content);
      assert.match(fixed, new RegExp(`Budget Q1\\n.*${day(3).setLocale('de').toFormat('d')}`), fixed);
      assert.match(fixed, /mit der Nachricht aus deiner Anfrage/, fixed);
    });

    it('picked by its button or by "the second one": the confirm card holds it', async () => {
      const alex = user();
      const choice = (await alex.say(`cancel budget q1, message: ${message}`)).card();
      const byButton = (await alex.click(choice.id, buttonFor(choice.content, 'Budget Q1'))).card();
      assert.match(cardText(byButton.content), /with the message you wrote in your request/, cardText(byButton.content));
      await alex.say(`cancel budget q1, message: ${message}`);
      const second = (await alex.say('the second one')).card();
      assert.match(cardText(second.content), /with the message you wrote in your request/, cardText(second.content));
      await alex.say('yes');
      assert.deepEqual(await budgetMails(), [message]);
    });

    it('"no, the other one" after a card the request went straight to keeps it too, and "yes" sends it', async () => {
      const alex = user();
      const first = cardText((await alex.say(`cancel the design review at 9am on ${weekday(4)}, message: ${message}`)).card().content);
      assert.match(first, /Design review\n.*9:00\s?AM/, first);
      const other = cardText((await alex.say('no, the other one')).card().content);
      assert.match(other, /Design review\n.*2:00\s?PM/, other);
      assert.match(other, /with the message you wrote in your request/, other);
      await alex.say('yes');
      const mails = (await stack().mailbox(MEGAN.upn)).inbox.filter((m: any) => m.subject === 'Canceled: Design review');
      assert.deepEqual(
        mails.map((m: any) => m.comment),
        [message],
      );
    });

    it('a later request with no message forgets it: its choice card offers none', async () => {
      const alex = user();
      await alex.say(`cancel budget q1, message: ${message}`);
      await alex.say('cancel budget q1');
      const second = (await alex.say('the second one')).card();
      assert.doesNotMatch(cardText(second.content), /message you wrote in your request/, cardText(second.content));
    });
  });
});
