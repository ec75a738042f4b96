import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { defaultSeed, type Seed } from '../../dev/sandbox';
import { button, cardText, hasMore, subjectsIn } from './support/cards';
import { clearOfMidnights } from './support/midnight';
import { ALEX, MEGAN, stackForSuite } from './support/stack';
import type { ChatUser } from './support/teams-channel';

const ZONE = 'America/Los_Angeles';
const person = (upn: string, name: string) => ({ emailAddress: { address: upn, name } });
const invite = (...people: Array<{ upn: string; name: string }>) =>
  people.map((p) => ({ type: 'required' as const, ...person(p.upn, p.name), status: { response: 'none' as const } }));

/**
 * A list on screen after its meetings changed (trial 8): a refreshed list's "More" leads on from where the card ends,
 * or is gone when nothing follows; a later page with nothing left says the list was whole; a row past the list's end
 * is said to be past it. Alex's world: a daily standup from tomorrow, Budget Q1 tomorrow, Retro the day after,
 * Offsite prep in five days.
 */
describe('lists after their meetings changed, and rows past their end (bot over HTTP against the sandbox)', function () {
  this.timeout(90000);
  let today: DateTime;
  const at = (offset: number, time: string) => ({
    dateTime: `${today.plus({ days: offset }).toISODate()}T${time}:00`,
    timeZone: 'Pacific Standard Time',
  });
  const stack = stackForSuite(async () => {
    await clearOfMidnights([ZONE]);
    today = DateTime.fromJSDate(new Date(), { zone: ZONE }).startOf('day');
    const base = defaultSeed(new Date());
    const seed: Seed = {
      ...base,
      events: [
        {
          subject: 'Daily standup',
          start: at(1, '09:00'),
          end: at(1, '09:15'),
          organizer: person(ALEX.upn, ALEX.name),
          attendees: invite(MEGAN),
          recurrence: {
            pattern: { type: 'daily', interval: 1 },
            range: { type: 'noEnd', startDate: today.plus({ days: 1 }).toISODate()!, recurrenceTimeZone: ZONE },
          },
        },
        {
          subject: 'Budget Q1',
          start: at(1, '13:00'),
          end: at(1, '14:00'),
          organizer: person(ALEX.upn, ALEX.name),
          attendees: invite(MEGAN),
        },
        { subject: 'Retro', start: at(2, '15:00'), end: at(2, '16:00'), organizer: person(ALEX.upn, ALEX.name), attendees: invite(MEGAN) },
        {
          subject: 'Offsite prep',
          start: at(5, '10:00'),
          end: at(5, '11:00'),
          organizer: person(ALEX.upn, ALEX.name),
          attendees: invite(MEGAN),
        },
      ],
    };
    return { sandbox: { seed } };
  });
  let alex: ChatUser;
  beforeEach(() => {
    alex = stack().channel.user({ ...ALEX, localTimezone: ZONE });
  });

  async function cancelSeries(user: ChatUser): Promise<void> {
    const confirm = (await user.say('cancel the daily standup tomorrow')).card();
    const done = await user.click(confirm.id, button(confirm.content, 'The whole series'), { comment: '' });
    assert.match(cardText(done.updated[0].attachments![0].content), /Cancelled the whole series Daily standup/);
  }

  it('a list refreshed after a series went: its More leads on to the meetings after its last row', async () => {
    // As in the trial: a confirm card first, then the list, then the card's "The whole series" (the list stays the latest).
    const confirm = (await alex.say('cancel the daily standup tomorrow')).card();
    const list = (await alex.say('show my meetings')).card();
    assert.deepEqual(subjectsIn(list.content), ['Daily standup', 'Budget Q1', 'Daily standup', 'Retro', 'Daily standup']);
    assert.ok(hasMore(list.content));
    await alex.click(confirm.id, button(confirm.content, 'The whole series'), { comment: '' });
    const refreshed = (await alex.refresh(list.id)).updated[0].attachments![0].content;
    assert.deepEqual(subjectsIn(refreshed), ['Budget Q1', 'Retro']);
    assert.ok(hasMore(refreshed), 'Offsite prep follows');
    const more = (await alex.click(list.id, button(refreshed, 'More'))).card();
    assert.deepEqual(subjectsIn(more.content), ['Offsite prep']);
    assert.ok(!hasMore(more.content));
  });

  it('a list refreshed with nothing after its last row has no More; an old More says the list was whole, not "no meetings"', async () => {
    const list = (await alex.say('show my meetings')).card();
    const oldMore = button(list.content, 'More');
    await cancelSeries(alex);
    const offsite = (await alex.say('cancel offsite prep')).card();
    await alex.click(offsite.id, button(offsite.content, 'Cancel meeting'), { comment: '' });
    // The list again as the latest one on screen, then refreshed after its standups went.
    const again = (await alex.say('show my meetings')).card();
    assert.deepEqual(subjectsIn(again.content), ['Budget Q1', 'Retro']);
    assert.ok(!hasMore(again.content));
    const refreshed = (await alex.refresh(list.id)).updated[0].attachments![0].content;
    assert.deepEqual(subjectsIn(refreshed), ['Budget Q1', 'Retro']);
    assert.ok(!hasMore(refreshed), 'nothing follows Retro');
    const turn = await alex.click(list.id, oldMore);
    assert.doesNotMatch(JSON.stringify(turn.events), /no meetings/);
  });

  it('a list whose rows went meanwhile, not refreshed: its More goes on after its last row left, not past it', async () => {
    const confirm = (await alex.say('cancel the daily standup tomorrow')).card();
    const list = (await alex.say('show my meetings')).card();
    await alex.click(confirm.id, button(confirm.content, 'The whole series'), { comment: '' });
    const more = (await alex.click(list.id, button(list.content, 'More'))).card();
    assert.deepEqual(subjectsIn(more.content), ['Offsite prep']);
    // Typed after that last page: the list was whole.
    assert.match((await alex.say('more')).text(), /^That was the whole list/);
  });

  it('a row past the end of the list on screen: "The list has only 1 meeting." (English and German)', async () => {
    const list = (await alex.say('show my meetings the day after tomorrow')).card();
    assert.deepEqual(subjectsIn(list.content), ['Daily standup', 'Retro']);
    for (const typed of ['cancel the third one', 'the 3rd']) {
      assert.equal((await alex.say(typed)).text(), 'The list has only 2 meetings.', typed);
    }
    const urs = stack().channel.user({ ...ALEX, locale: 'de-CH', localTimezone: ZONE });
    await urs.say('zeig meine Besprechungen übermorgen');
    assert.equal((await urs.say('nein, die dritte')).text(), 'Die Liste hat nur 2 Besprechungen.');
    // The rows that are there still work.
    assert.match(cardText((await alex.say('the second one')).card().content), /^Cancel this meeting\?\nRetro\n/);
  });
});
