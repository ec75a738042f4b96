import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { defaultSeed, type Seed } from '../../dev/sandbox';
import { clearOfMidnights } from './support/midnight';
import { button, cardText, hasMore, subjectsIn } from './support/cards';
import { Stack } from './support/stack';
import { ChatUser } from './support/teams-channel';

const DOMAIN = 'contoso.onmicrosoft.com';

/**
 * Users in zones nobody here lives in, each with a Teams client in that zone: half-hour offsets
 * (Kolkata, St John's), a half-hour DST (Lord Howe), +14 (Kiritimati), German in Berlin. Alex's
 * mailbox stays in Pacific Time (he is travelling): his all-day days were made at home.
 */
const PEOPLE = [
  { alias: 'AlexW', id: '00000000-0000-4000-8000-000000000020', name: 'Alex Wilber', zone: 'Asia/Kolkata', locale: 'en-US' },
  { alias: 'MeganB', id: '00000000-0000-4000-8000-000000000021', name: 'Megan Bowen', zone: 'Australia/Lord_Howe', locale: 'en-US' },
  { alias: 'AdeleV', id: '00000000-0000-4000-8000-000000000022', name: 'Adele Vance', zone: 'Pacific/Kiritimati', locale: 'en-US' },
  { alias: 'IsaiahL', id: '00000000-0000-4000-8000-000000000023', name: 'Isaiah Langer', zone: 'America/St_Johns', locale: 'en-US' },
  { alias: 'PattiF', id: '00000000-0000-4000-8000-000000000024', name: 'Patti Fernandez', zone: 'Europe/Berlin', locale: 'de-DE' },
] as const;
type Person = (typeof PEOPLE)[number];

/** Where all-day events were made: another zone than the client's (a traveller's home, the mailbox's). */
const HOME_ZONE = 'Pacific Standard Time';

/** Today in the person's zone, computed from the real now: the tests hold at whatever hour they run. */
const todayOf = (p: Person) => DateTime.now().setZone(p.zone).startOf('day').setLocale(p.locale);
const wall = (at: DateTime) => ({ dateTime: at.toFormat("yyyy-MM-dd'T'HH:mm:ss"), timeZone: at.zoneName! });
const dateIn = (day: DateTime, timeZone: string) => ({ dateTime: `${day.toISODate()}T00:00:00`, timeZone });

/** A day as the cards write it in the person's language: "Tue, Dec 1", "Di., 1. Dez.". */
const shown = (d: DateTime) => d.toLocaleString({ weekday: 'short', month: 'short', day: 'numeric' });
const weekday = (d: DateTime) => d.setLocale('en-US').toFormat('cccc');

/** A call under way when the suite starts (and for as long as it runs): from 10 minutes ago for an hour. */
let SUITE_START = DateTime.now();
const inProgressCall = (p: Person) => ({
  start: SUITE_START.setZone(p.zone).minus({ minutes: 10 }),
  end: SUITE_START.setZone(p.zone).plus({ minutes: 50 }),
});

function eventsOf(p: Person): Seed['events'] {
  const today = todayOf(p);
  const organizer = { emailAddress: { address: `${p.alias}@${DOMAIN}` } };
  const attendees = [{ type: 'required' as const, emailAddress: { address: `LynneR@${DOMAIN}` } }];
  const timed = (subject: string, from: DateTime, to: DateTime) => ({ subject, start: wall(from), end: wall(to), organizer, attendees });
  const tomorrow = today.plus({ days: 1 });
  const { start: callStart, end: callEnd } = inProgressCall(p);
  return [
    // Begun: not offered, and the list says so.
    timed('In progress', callStart, callEnd),
    {
      subject: 'Retreat',
      isAllDay: true,
      start: dateIn(today.minus({ days: 1 }), p.zone),
      end: dateIn(today.plus({ days: 2 }), p.zone),
      organizer,
      attendees,
    },
    timed('Morning sync', tomorrow.set({ hour: 9 }), tomorrow.set({ hour: 9, minute: 30 })),
    // Ends exactly at midnight: not on the next day's list.
    timed('Evening wrap', tomorrow.set({ hour: 23 }), tomorrow.plus({ days: 1 })),
    // Across midnight: on both days' lists, found by its start.
    timed('Late call', tomorrow.set({ hour: 23, minute: 30 }), tomorrow.plus({ days: 1, minutes: 30 })),
    // Starts at midnight: the day after tomorrow's.
    timed('Early call', tomorrow.plus({ days: 1 }), tomorrow.plus({ days: 1, minutes: 30 })),
    // The evening before the conference: a UTC-made date starts, as an instant, on this evening west of UTC.
    timed('Night review', today.plus({ days: 3, hours: 22 }), today.plus({ days: 3, hours: 22, minutes: 30 })),
    {
      subject: 'Holiday',
      isAllDay: true,
      start: dateIn(today.plus({ days: 3 }), HOME_ZONE),
      end: dateIn(today.plus({ days: 4 }), HOME_ZONE),
      organizer,
      attendees,
    },
    {
      subject: 'Conference',
      isAllDay: true,
      start: dateIn(today.plus({ days: 4 }), 'UTC'),
      end: dateIn(today.plus({ days: 6 }), 'UTC'),
      organizer,
      attendees,
    },
  ];
}

describe("the user's time: unseen zones, midnight, all-day dates (bot over HTTP against the sandbox)", function () {
  this.timeout(90000);
  let stack: Stack;

  before(async function () {
    this.timeout(240000);
    await clearOfMidnights(PEOPLE.map((p) => p.zone));
    SUITE_START = DateTime.now();
    const seed: Seed = { ...defaultSeed(new Date()), events: PEOPLE.flatMap(eventsOf) };
    for (const user of seed.users) {
      const person = PEOPLE.find((p) => p.id === user.id);
      // Every mailbox but Alex's (travelling) is set to where its owner is; Lynne only receives.
      if (person && person.alias !== 'AlexW') user.mailboxSettings = { timeZone: person.zone };
    }
    stack = await Stack.start({ sandbox: { seed } });
  });
  after(async () => {
    await stack?.stop();
  });

  const chat = (p: Person, localTimezone: string | undefined = p.zone): ChatUser =>
    stack.channel.user({ aadObjectId: p.id, name: p.name, locale: p.locale, localTimezone });
  const de = (p: Person) => p.locale === 'de-DE';

  for (const p of PEOPLE) {
    describe(`${p.name} in ${p.zone} (${p.locale})`, () => {
      it("a day's list holds the meetings of that local day: all-day ones by their date, timed ones that overlap it", async () => {
        const today = todayOf(p);
        const listOf = async (day: DateTime) => {
          const card = (
            await chat(p).say(de(p) ? `zeig meine Termine am ${weekdayDe(day)}` : `show my meetings on ${weekday(day)}`)
          ).card();
          const text = cardText(card.content);
          assert.match(text, new RegExp(`^${de(p) ? 'Deine Besprechungen am' : 'Your meetings on'} ${escape(shown(day))}\\n`), text);
          return subjectsIn(card.content);
        };
        assert.deepEqual(await listOf(today.plus({ days: 1 })), ['Morning sync', 'Evening wrap', 'Late call']);
        assert.deepEqual(await listOf(today.plus({ days: 2 })), ['Late call', 'Early call']);
        assert.deepEqual(await listOf(today.plus({ days: 3 })), ['Holiday', 'Night review']);
        assert.deepEqual(await listOf(today.plus({ days: 4 })), ['Conference']);
        assert.deepEqual(await listOf(today.plus({ days: 5 })), ['Conference']);
      });

      it("a list leaves out meetings that have begun and says how many: today's call under way, the retreat that began yesterday", async () => {
        const today = todayOf(p);
        const begun = (n: number) =>
          de(p)
            ? n === 1
              ? '1 Besprechung, die schon begonnen hat, ist nicht aufgeführt.'
              : `${n} Besprechungen, die schon begonnen haben, sind nicht aufgeführt.`
            : n === 1
              ? '1 meeting that has already begun is not listed.'
              : `${n} meetings that have already begun are not listed.`;
        // Today holds only the call and the retreat, both begun: nothing still to come, and why.
        const todays = cardText((await chat(p).say(de(p) ? 'zeig meine Termine heute' : 'show my meetings today')).card().content);
        const empty = de(p)
          ? `Du hast am ${shown(today)} keine anstehenden Besprechungen mehr.`
          : `You have no meetings still to come on ${shown(today)}.`;
        assert.ok(todays.startsWith(empty), todays);
        assert.ok(todays.includes(begun(2)), todays);
        // Tomorrow: the retreat (and the call, when it runs past midnight) has begun; tomorrow's own meetings are listed.
        const tomorrow = today.plus({ days: 1 });
        const callRunsIntoTomorrow = inProgressCall(p).end > tomorrow;
        const card = (
          await chat(p).say(de(p) ? `zeig meine Termine am ${weekdayDe(tomorrow)}` : `show my meetings on ${weekday(tomorrow)}`)
        ).card();
        assert.deepEqual(subjectsIn(card.content), ['Morning sync', 'Evening wrap', 'Late call']);
        assert.ok(cardText(card.content).includes(begun(callRunsIntoTomorrow ? 2 : 1)), cardText(card.content));
        // A day with nothing begun says nothing of it.
        const later = cardText(
          (
            await chat(p).say(
              de(p)
                ? `zeig meine Termine am ${weekdayDe(today.plus({ days: 3 }))}`
                : `show my meetings on ${weekday(today.plus({ days: 3 }))}`,
            )
          ).card().content,
        );
        assert.doesNotMatch(later, de(p) ? /begonnen/ : /begun/);
      });

      it("the week's list shows every time in the client's zone, names the zone, and writes all-day meetings as dates", async () => {
        const today = todayOf(p);
        const user = chat(p);
        const card = (await user.say(de(p) ? 'zeig meine Termine' : 'show my meetings')).card();
        let text = cardText(card.content);
        const more = (card.content.actions ?? []).find((a: any) => a.title === (de(p) ? 'Mehr' : 'More'));
        if (more) text += '\n' + cardText((await user.click(card.id, more.data)).card().content);
        const [d1, d2, d3, d4, d5] = [1, 2, 3, 4, 5].map((n) => today.plus({ days: n }));
        const wd = (d: DateTime) => d.toLocaleString({ weekday: 'short' });
        const rows = de(p)
          ? [
              `Evening wrap\n${shown(d1)}, 23:00 – 00:00`,
              `Late call\n${shown(d1)}, 23:30 – ${wd(d2)}., 00:30`,
              `Early call\n${shown(d2)}, 00:00 – 00:30`,
              `Holiday\n${shown(d3)}, ganztägig`,
              `Conference\n${shown(d4)} – ${shown(d5)}, ganztägig`,
            ]
          : [
              `Evening wrap\n${shown(d1)}, 11:00 PM – 12:00 AM`,
              `Late call\n${shown(d1)}, 11:30 PM – ${wd(d2)} 12:30 AM`,
              `Early call\n${shown(d2)}, 12:00 AM – 12:30 AM`,
              `Holiday\n${shown(d3)}, all day`,
              `Conference\n${shown(d4)} – ${shown(d5)}, all day`,
            ];
        for (const row of rows) assert.ok(text.includes(row), `${row}\nnot in\n${text}`);
        // In the order of the user's days: a day's all-day meetings first, then its times.
        const order = ['Morning sync', 'Evening wrap', 'Late call', 'Early call', 'Holiday', 'Night review', 'Conference'];
        const rowsSeen = text.split('\n').filter((line) => order.includes(line));
        assert.deepEqual(rowsSeen, order, text);
        const zone = new Intl.DateTimeFormat(p.locale, { timeZone: p.zone, timeZoneName: 'longGeneric' })
          .formatToParts(new Date())
          .find((x) => x.type === 'timeZoneName')!.value;
        assert.ok(text.includes(de(p) ? `Zeitzone: ${zone}` : `Times in ${zone}`), text);
      });

      it('a typed cancel picks by the local start: "11:30 pm tomorrow" is the call across midnight, and the cancel reaches the attendee', async () => {
        const today = todayOf(p);
        // A day named: the meetings starting on it (the call from the night before is not one of them).
        const d2 = today.plus({ days: 2 });
        const onD2 = cardText(
          (await chat(p).say(de(p) ? `sag meinen Termin am ${weekdayDe(d2)} ab` : `cancel my meeting on ${weekday(d2)}`)).card().content,
        );
        assert.match(onD2, de(p) ? /^Diese Besprechung absagen\?\nEarly call\n/ : /^Cancel this meeting\?\nEarly call\n/, onD2);
        // All of a day: its own all-day meetings, never the day before's read in another zone.
        const d4 = today.plus({ days: 4 });
        const bulk = (
          await chat(p).say(de(p) ? `sag alle meine Termine am ${weekdayDe(d4)} ab` : `cancel all my meetings on ${weekday(d4)}`)
        ).card();
        // The two-day Conference is that day's (named on the card: left out of a day's sweep since it runs past the day).
        assert.deepEqual(
          ['Holiday', 'Conference', 'Night review', 'Retreat'].filter((name) => cardText(bulk.content).includes(name)),
          ['Conference'],
          cardText(bulk.content),
        );
        const user = chat(p);
        const confirm = (await user.say(de(p) ? 'sag meinen Termin morgen um 23:30 ab' : 'cancel my 11:30pm meeting tomorrow')).card();
        const text = cardText(confirm.content);
        assert.match(text, de(p) ? /^Diese Besprechung absagen\?\nLate call\n/ : /^Cancel this meeting\?\nLate call\n/, text);
        const done = await user.click(confirm.id, button(confirm.content, de(p) ? 'Besprechung absagen' : 'Cancel meeting'), {
          comment: '',
        });
        assert.match(cardText(done.updated[0].attachments![0].content), /Late call/);
        const inbox = (await stack.mailbox(`LynneR@${DOMAIN}`)).inbox.filter(
          (m: any) =>
            m.subject === 'Canceled: Late call' && m.from?.emailAddress?.address?.toLowerCase?.() === `${p.alias}@${DOMAIN}`.toLowerCase(),
        );
        assert.equal(inbox.length, 1, JSON.stringify((await stack.mailbox(`LynneR@${DOMAIN}`)).inbox.map((m: any) => [m.subject, m.from])));
      });
    });
  }
});

describe("the user's zone when the Teams client's is missing, unknown or not the mailbox's (bot over HTTP against the sandbox)", function () {
  this.timeout(90000);
  let stack: Stack;
  const [alex, megan, , isaiah] = PEOPLE;

  before(async function () {
    this.timeout(240000);
    await clearOfMidnights(PEOPLE.map((p) => p.zone));
    SUITE_START = DateTime.now();
    const base = defaultSeed(new Date());
    const seed: Seed = { ...base, events: [...base.events, ...[megan, isaiah].flatMap(eventsOf)] };
    // Megan's mailbox names her zone the IANA way, Isaiah's the Windows way.
    for (const user of seed.users) {
      if (user.id === megan.id) user.mailboxSettings = { timeZone: 'Australia/Lord_Howe' };
      if (user.id === isaiah.id) user.mailboxSettings = { timeZone: 'Newfoundland Standard Time' };
    }
    stack = await Stack.start({ sandbox: { seed } });
  });
  after(async () => {
    await stack?.stop();
  });

  /** The zone a list card names, and its Late call row. */
  async function seen(
    p: Person,
    localTimezone: string | undefined,
    locale = 'en-US',
    day = todayOf(p).plus({ days: 1 }),
  ): Promise<{ zone: string; lateCall?: string }> {
    const user = stack.channel.user({ aadObjectId: p.id, name: p.name, locale, localTimezone });
    let card = (await user.say(`show my meetings on ${weekday(day)}`)).card();
    const first = cardText(card.content);
    let text = first;
    // The built-in world's meetings fall on that day too at some hours of the day: the Late call may be on a later page.
    for (let page = 0; page < 5 && !/\nLate call\n/.test(text) && hasMore(card.content); page++) {
      card = (await user.click(card.id, button(card.content, locale.startsWith('de') ? 'Mehr' : 'More'))).card();
      text += `\n${cardText(card.content)}`;
    }
    return { zone: /\nTimes in ([^\n]+)\n/.exec(first)?.[1] ?? first, lateCall: /\nLate call\n([^\n·]+?) ·/.exec(text)?.[1] };
  }

  it("no client zone, or one nobody knows: the mailbox's, named either way (IANA or Windows)", async () => {
    for (const sent of [undefined, 'Mars/Olympus', '']) {
      const d1 = todayOf(megan).plus({ days: 1 });
      assert.deepEqual(await seen(megan, sent), {
        zone: 'Lord Howe Time',
        lateCall: `${shown(d1)}, 11:30 PM – ${d1.plus({ days: 1 }).toFormat('ccc')} 12:30 AM`,
      });
      const i1 = todayOf(isaiah).plus({ days: 1 });
      assert.deepEqual(await seen(isaiah, sent), {
        zone: 'Newfoundland Time',
        lateCall: `${shown(i1)}, 11:30 PM – ${i1.plus({ days: 1 }).toFormat('ccc')} 12:30 AM`,
      });
    }
  });

  it("a client zone other than the mailbox's wins: Isaiah's call at 23:30 in St John's is read in London time, in en-GB", async () => {
    const start = todayOf(isaiah).plus({ days: 1, hours: 23, minutes: 30 }).setZone('Europe/London');
    const end = start.plus({ hours: 1 });
    const { zone, lateCall } = await seen(isaiah, 'Europe/London', 'en-GB', start);
    assert.equal(zone, 'United Kingdom Time');
    const day = start.setLocale('en-GB').toLocaleString({ weekday: 'short', month: 'short', day: 'numeric' });
    assert.equal(lateCall, `${day}, ${start.toFormat('HH:mm')} – ${end.toFormat('HH:mm')}`);
  });

  it("Alex's mailbox zone is Pacific, his client's Kolkata: the list and the confirm card are in Kolkata time, also when a click comes without a zone", async () => {
    const user = stack.channel.user({ aadObjectId: alex.id, name: alex.name, localTimezone: alex.zone });
    const list = (await user.say('show my meetings')).card();
    assert.match(cardText(list.content), /\nTimes in India Standard Time\n/);
    const first = (list.content.body as any[]).find((e) => e.type === 'Container' && e.items.some((i: any) => i.type === 'ActionSet'));
    const row = cardText(first).split('\n').slice(0, 2).join('\n');
    const action = first.items.find((i: any) => i.type === 'ActionSet').actions[0];
    const confirm = (await user.click(list.id, action.data)).card();
    assert.ok(cardText(confirm.content).includes(row), `${row}\nnot in\n${cardText(confirm.content)}`);
    assert.match(cardText(confirm.content), /\nTimes in India Standard Time\n/);
    // The same click from a client that sends no zone with it (localTimezone is optional: teams-sdk #1493):
    // the zone the list was shown in, not the mailbox's.
    const bare = new ChatUser(stack.channel, { aadObjectId: alex.id, name: alex.name }, user.conversationId);
    const again = cardText((await bare.click(list.id, action.data)).card().content);
    assert.ok(again.includes(row), `${row}\nnot in\n${again}`);
    assert.match(again, /\nTimes in India Standard Time\n/);
    // A new chat whose client never said: the mailbox's zone.
    const fresh = cardText((await stack.channel.user({ aadObjectId: alex.id, name: alex.name }).say('show my meetings')).card().content);
    assert.match(fresh, /\nTimes in Pacific Time\n/);
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const weekdayDe = (d: DateTime) => d.setLocale('de-DE').toFormat('cccc');
