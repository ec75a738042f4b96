import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { defaultSeed, type Seed } from '../../dev/sandbox';
import { cardText, subjectsIn } from './support/cards';
import { clearOfMidnights } from './support/midnight';
import { Stack } from './support/stack';

const DOMAIN = 'contoso.onmicrosoft.com';

/**
 * All-day days made a day away: Adele lives at +14 (Kiritimati) and her team's all-day days are made
 * at -10 (Honolulu); Megan the other way round. The same date is 24 hours apart as instants in the
 * two zones, so a day's span of instants in one never meets the day's span in the other: only the
 * date says which day the event is on.
 */
const PEOPLE = [
  {
    alias: 'AdeleV',
    id: '00000000-0000-4000-8000-000000000022',
    name: 'Adele Vance',
    zone: 'Pacific/Kiritimati',
    madeIn: 'Pacific/Honolulu',
  },
  {
    alias: 'MeganB',
    id: '00000000-0000-4000-8000-000000000021',
    name: 'Megan Bowen',
    zone: 'Pacific/Honolulu',
    madeIn: 'Pacific/Kiritimati',
  },
] as const;
type Person = (typeof PEOPLE)[number];

/** Today in the person's zone, from the real now: the tests hold at whatever hour they run. */
const todayOf = (p: Person) => DateTime.now().setZone(p.zone).startOf('day').setLocale('en-US');
const dateIn = (day: DateTime, timeZone: string) => ({ dateTime: `${day.toISODate()}T00:00:00`, timeZone });
const wall = (at: DateTime) => ({ dateTime: at.toFormat("yyyy-MM-dd'T'HH:mm:ss"), timeZone: at.zoneName! });
const weekday = (d: DateTime) => d.toFormat('cccc');
const shown = (d: DateTime) => d.toLocaleString({ weekday: 'short', month: 'short', day: 'numeric' });

function eventsOf(p: Person): Seed['events'] {
  const today = todayOf(p);
  const organizer = { emailAddress: { address: `${p.alias}@${DOMAIN}` } };
  const attendees = [{ type: 'required' as const, emailAddress: { address: `LynneR@${DOMAIN}` } }];
  const allDay = (subject: string, first: DateTime, days: number) => ({
    subject,
    isAllDay: true,
    start: dateIn(first, p.madeIn),
    end: dateIn(first.plus({ days }), p.madeIn),
    organizer,
    attendees,
  });
  const tomorrow = today.plus({ days: 1 });
  return [
    allDay('Away day', tomorrow, 1),
    { subject: 'Planning', start: wall(tomorrow.set({ hour: 10 })), end: wall(tomorrow.set({ hour: 11 })), organizer, attendees },
    allDay('Offsite', today.plus({ days: 3 }), 2),
  ];
}

describe('all-day dates made 24 hours away from the user (Kiritimati and Honolulu; bot over HTTP against the sandbox)', function () {
  this.timeout(90000);
  let stack: Stack;

  before(async function () {
    this.timeout(240000);
    await clearOfMidnights(PEOPLE.map((p) => p.zone));
    const seed: Seed = { ...defaultSeed(new Date()), events: PEOPLE.flatMap(eventsOf) };
    for (const user of seed.users) {
      const person = PEOPLE.find((p) => p.id === user.id);
      if (person) user.mailboxSettings = { timeZone: person.zone };
    }
    stack = await Stack.start({ sandbox: { seed } });
  });
  after(async () => {
    await stack?.stop();
  });

  const chat = (p: Person) => stack.channel.user({ aadObjectId: p.id, name: p.name, locale: 'en-US', localTimezone: p.zone });

  for (const p of PEOPLE) {
    describe(`${p.name} in ${p.zone}, all-day events made in ${p.madeIn}`, () => {
      it('a day list holds the all-day events of its date, and no others: "tomorrow", a weekday, each day of a two-day offsite', async () => {
        const today = todayOf(p);
        const list = async (text: string) => subjectsIn((await chat(p).say(text)).card().content);
        assert.deepEqual(await list('show my meetings tomorrow'), ['Away day', 'Planning']);
        assert.deepEqual(await list(`show my meetings on ${weekday(today.plus({ days: 1 }))}`), ['Away day', 'Planning']);
        assert.deepEqual(await list(`show my meetings on ${weekday(today.plus({ days: 2 }))}`), []);
        assert.deepEqual(await list(`show my meetings on ${weekday(today.plus({ days: 3 }))}`), ['Offsite']);
        assert.deepEqual(await list(`show my meetings on ${weekday(today.plus({ days: 4 }))}`), ['Offsite']);
        assert.deepEqual(await list(`show my meetings on ${weekday(today.plus({ days: 5 }))}`), []);
      });

      it("the week's list writes them on their dates", async () => {
        const today = todayOf(p);
        const text = cardText((await chat(p).say('show my meetings')).card().content);
        const [d1, d3, d4] = [1, 3, 4].map((n) => today.plus({ days: n }));
        for (const row of [`Away day\n${shown(d1)}, all day`, `Offsite\n${shown(d3)} – ${shown(d4)}, all day`]) {
          assert.ok(text.includes(row), `${row}\nnot in\n${text}`);
        }
      });

      it('a typed cancel finds them by date: "cancel my meetings tomorrow" offers both, "cancel the offsite on <its second day>" the offsite', async () => {
        const today = todayOf(p);
        const both = cardText((await chat(p).say('cancel my meetings tomorrow')).card().content);
        assert.ok(both.includes('Away day') && both.includes('Planning'), both);
        const second = today.plus({ days: 4 });
        const offsite = cardText((await chat(p).say(`cancel the offsite on ${weekday(second)}`)).card().content);
        assert.match(offsite, /^Cancel this meeting\?\nOffsite\n/, offsite);
        const away = cardText((await chat(p).say('cancel the away day')).card().content);
        assert.match(away, /^Cancel this meeting\?\nAway day\n/, away);
      });
    });
  }
});
