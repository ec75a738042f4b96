import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { button, buttonFor, cardText, subjectsIn } from './support/cards';
import { clearOfMidnights } from './support/midnight';
import { outlookAs } from './support/outlook';
import { ALEX, stackForSuite } from './support/stack';
import type { ChatUser } from './support/teams-channel';

const PACIFIC = 'America/Los_Angeles';
const MEGAN_UPN = 'MeganB@contoso.onmicrosoft.com';
const wire = (at: DateTime) => ({ dateTime: at.toUTC().toFormat("yyyy-LL-dd'T'HH:mm:ss"), timeZone: 'UTC' });

/** A local day `offset` days from today in Los Angeles (the seed's zone). */
const day = (offset: number) => DateTime.now().setZone(PACIFIC).startOf('day').plus({ days: offset }).setLocale('en-US');
/** "December 11": a day named by its date, the same whatever today is. */
const onDate = (at: DateTime) => at.toFormat('LLLL d');

/**
 * The next Friday from tomorrow on: its standup (weekdays, 15:00 Pacific) can move to Saturday, as
 * Graph allows (event-update.md: not to or past the day of a neighbouring occurrence). How the user
 * names it: "tomorrow's standup" on a Thursday, else by its date (a weekday's name means another day on some days).
 */
function standupDay(): { offset: number; words: string } {
  for (let offset = 1; offset <= 7; offset++) {
    if (day(offset).weekday === 5) return { offset, words: offset === 1 ? "tomorrow's standup" : `the standup on ${onDate(day(offset))}` };
  }
  throw new Error('unreachable');
}

/**
 * Friday's daily standup moved in Outlook to Saturday at 10:00 (Graph makes it an
 * exception: same id and series, new times, originalStart): the bot lists it where it is now,
 * never cancels another occurrence in its place, cancels the series from it, and a card shown
 * before the move is not acted on as if nothing happened. Bot over HTTP against the sandbox.
 */
describe('a recurring meeting with one occurrence moved (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  let alex: ChatUser;
  const stack = stackForSuite(async () => {
    await clearOfMidnights([PACIFIC]);
    return {};
  });
  beforeEach(() => {
    alex = stack().channel.user({ ...ALEX, localTimezone: PACIFIC });
  });

  /** The moved standup (now at `to`) is cancelled; the next Monday's, `offset + 3` days out at 15:00, stays. */
  async function onlyMovedOneCancelled(to: DateTime, offset: number): Promise<void> {
    const outlook = await outlookAs(stack(), ALEX.upn);
    const left = (await outlook.find('Daily standup')).map((e: any) => Date.parse(`${e.start.dateTime}Z`));
    assert.ok(!left.includes(to.toMillis()), 'the moved one is cancelled');
    assert.ok(
      left.includes(
        day(offset + 3)
          .set({ hour: 15 })
          .toMillis(),
      ),
      "Monday's standup stays",
    );
  }

  /** Moves the standup of `offset` days from now (a Friday) to 10:00 the day after, as Alex in Outlook; its id. */
  async function moveStandup(offset: number): Promise<{ id: string; to: DateTime }> {
    const outlook = await outlookAs(stack(), ALEX.upn);
    const original = day(offset).set({ hour: 15 });
    const standups = await outlook.find('Daily standup');
    const occurrence = standups.find((e) => Date.parse(`${e.start.dateTime}Z`) === original.toMillis());
    assert.ok(occurrence, `a standup at ${original.toISO()}`);
    const to = day(offset + 1).set({ hour: 10 });
    const moved = await outlook.update(occurrence.id, { start: wire(to), end: wire(to.plus({ minutes: 15 })) });
    assert.equal(moved.type, 'exception');
    return { id: occurrence.id, to };
  }

  it('the list shows the moved occurrence at its new time, and nothing at its old one', async () => {
    const { offset } = standupDay();
    const { to } = await moveStandup(offset);
    const from = (await alex.say(`show my meetings on ${onDate(day(offset))}`)).card();
    assert.ok(!subjectsIn(from.content).includes('Daily standup'), cardText(from.content));
    const next = (await alex.say(`show my meetings on ${onDate(to)}`)).card();
    const text = cardText(next.content);
    assert.equal(subjectsIn(next.content).filter((s) => s === 'Daily standup').length, 1, text);
    assert.match(text, new RegExp(`${to.toFormat('ccc, LLL d')}, 10:00\\s?AM`), text);
    assert.match(text, new RegExp(`Moved from ${day(offset).toFormat('ccc, LLL d')}, 3:00\\s?PM`), text);
  });

  it('"cancel <that day>\'s standup" after it moved: the moved one\'s confirm card, at its new time, saying where it moved from; never another', async () => {
    const { offset, words } = standupDay();
    const { to } = await moveStandup(offset);
    const confirm = (await alex.say(`cancel ${words}`)).card();
    const text = cardText(confirm.content);
    assert.match(text, /^Cancel this meeting\?\nDaily standup\n/, text);
    assert.match(text, new RegExp(`${to.toFormat('ccc, LLL d')}, 10:00\\s?AM`), text);
    assert.match(text, new RegExp(`Moved from ${day(offset).toFormat('ccc, LLL d')}, 3:00\\s?PM`), text);
    assert.equal((await stack().mailbox(MEGAN_UPN)).inbox.length, 0, 'nothing sent before the confirm');

    const done = await alex.click(confirm.id, button(confirm.content, 'Only this one'), { comment: 'See you Thursday' });
    assert.match(cardText(done.updated[0].attachments![0].content), /^Cancelled Daily standup/);
    await onlyMovedOneCancelled(to, offset);
  });

  it('in German, "sag das Standup <Tag> ab" finds the moved one too', async () => {
    const { offset } = standupDay();
    const { to } = await moveStandup(offset);
    const german = stack().channel.user({ ...ALEX, locale: 'de-DE', localTimezone: PACIFIC });
    const words = offset === 1 ? 'morgen' : `am ${day(offset).setLocale('de').toFormat('d. LLLL')}`;
    const text = cardText((await german.say(`sag das Standup ${words} ab`)).card().content);
    assert.match(text, new RegExp(`${to.setLocale('de').toFormat('d')}\\..*10:00`), text);
    assert.match(text, /Verschoben vom .*15:00/, text);
  });

  it('"The whole series" from the moved occurrence cancels the series, moved occurrence and all', async () => {
    const { offset } = standupDay();
    const { to } = await moveStandup(offset);
    const list = (await alex.say(`show my meetings on ${onDate(to)}`)).card();
    const confirm = (await alex.click(list.id, buttonFor(list.content, 'Daily standup'))).card();
    assert.match(cardText(confirm.content), /10:00\s?AM/, 'the first standup that day is the moved one');
    const done = await alex.click(confirm.id, button(confirm.content, 'The whole series'), { comment: 'Async from now on' });
    assert.match(cardText(done.updated[0].attachments![0].content), /Cancelled the whole series Daily standup\./);
    const outlook = await outlookAs(stack(), ALEX.upn);
    assert.deepEqual(await outlook.find('Daily standup'), [], 'no occurrence left, the moved one included');
  });

  it('a card shown before the occurrence moved: the click sends nothing and shows it as it is now; its new button cancels that one only', async () => {
    const { offset } = standupDay();
    const list = (await alex.say(`show my meetings on ${onDate(day(offset))}`)).card();
    const confirm = (await alex.click(list.id, buttonFor(list.content, 'Daily standup'))).card();
    assert.match(cardText(confirm.content), /3:00\s?PM/);
    const { to } = await moveStandup(offset);

    const click = await alex.click(confirm.id, button(confirm.content, 'Only this one'), { comment: 'Sorry' });
    const again = click.card();
    const text = cardText(again.content);
    assert.match(text, /changed/i, text);
    assert.match(text, new RegExp(`${to.toFormat('ccc, LLL d')}, 10:00\\s?AM`), text);
    assert.equal((await stack().mailbox(MEGAN_UPN)).inbox.length, 0, 'nothing sent');

    const done = await alex.click(again.id, button(again.content, 'Only this one'), { comment: 'Sorry' });
    assert.match(cardText(done.updated[0].attachments![0].content), /^Cancelled Daily standup/);
    await onlyMovedOneCancelled(to, offset);
  });
});
