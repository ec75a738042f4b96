import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { defaultSeed, type Seed } from '../../dev/sandbox';
import { button, cardText, subjectsIn } from './support/cards';
import { clearOfMidnights } from './support/midnight';
import { Stack } from './support/stack';
import { ChatUser } from './support/teams-channel';

const DOMAIN = 'contoso.onmicrosoft.com';

/**
 * Adele lives at +5:45 (Kathmandu) and her mailbox names it the Windows way ("Nepal Standard Time"); her
 * client sends no zone. Isaiah lives in Adelaide (+9:30, +10:30 in its summer). Megan travels from Berlin
 * to New York with a card open.
 */
const ADELE = { alias: 'AdeleV', id: '00000000-0000-4000-8000-000000000022', name: 'Adele Vance', zone: 'Asia/Kathmandu' };
const ISAIAH = { alias: 'IsaiahL', id: '00000000-0000-4000-8000-000000000023', name: 'Isaiah Langer', zone: 'Australia/Adelaide' };
const MEGAN = { alias: 'MeganB', id: '00000000-0000-4000-8000-000000000021', name: 'Megan Bowen', zone: 'Europe/Berlin' };
const AWAY = 'America/New_York';
type Person = typeof ADELE;

const todayOf = (p: Person) => DateTime.now().setZone(p.zone).startOf('day').setLocale('en-US');
const wall = (at: DateTime) => ({ dateTime: at.toFormat("yyyy-MM-dd'T'HH:mm:ss"), timeZone: at.zoneName! });
const dateIn = (day: DateTime, timeZone: string) => ({ dateTime: `${day.toISODate()}T00:00:00`, timeZone });
const shown = (d: DateTime) => d.toLocaleString({ weekday: 'short', month: 'short', day: 'numeric' });
const weekday = (d: DateTime) => d.toFormat('cccc');

function eventsOf(p: Person): Seed['events'] {
  const organizer = { emailAddress: { address: `${p.alias}@${DOMAIN}` } };
  const attendees = [{ type: 'required' as const, emailAddress: { address: `LynneR@${DOMAIN}` } }];
  const timed = (subject: string, from: DateTime, to: DateTime) => ({ subject, start: wall(from), end: wall(to), organizer, attendees });
  const today = todayOf(p);
  const tomorrow = today.plus({ days: 1 });
  switch (p) {
    case ADELE:
      return [
        timed('Supplier call', tomorrow.set({ hour: 15 }), tomorrow.set({ hour: 15, minute: 45 })),
        timed('Late review', tomorrow.set({ hour: 23, minute: 45 }), tomorrow.plus({ days: 1, minutes: 15 })),
        // An all-day series made at +14 (Kiritimati): its midnights there are 10:00 UTC the day before.
        {
          subject: 'Focus day',
          isAllDay: true,
          start: dateIn(tomorrow, 'Pacific/Kiritimati'),
          end: dateIn(tomorrow.plus({ days: 1 }), 'Pacific/Kiritimati'),
          organizer,
          attendees,
          recurrence: {
            pattern: { type: 'daily', interval: 1 },
            range: { type: 'numbered', startDate: tomorrow.toISODate()!, numberOfOccurrences: 2, recurrenceTimeZone: 'Pacific/Kiritimati' },
          },
        },
      ];
    case ISAIAH:
      return [
        timed('Design review', tomorrow.set({ hour: 15 }), tomorrow.set({ hour: 16 })),
        timed('Breakfast briefing', tomorrow.set({ hour: 8 }), tomorrow.set({ hour: 8, minute: 30 })),
        // From yesterday to tomorrow, three days: it began before this chat.
        {
          subject: 'Offsite',
          isAllDay: true,
          start: dateIn(today.minus({ days: 1 }), p.zone),
          end: dateIn(today.plus({ days: 2 }), p.zone),
          organizer,
          attendees,
        },
      ];
    default:
      return [
        // 13:00 in Berlin (07:00 in New York) and 13:00 in New York (19:00 in Berlin).
        timed('Team lunch', tomorrow.set({ hour: 13 }), tomorrow.set({ hour: 14 })),
        timed(
          'Client call',
          tomorrow.setZone(AWAY, { keepLocalTime: true }).set({ hour: 13 }),
          tomorrow.setZone(AWAY, { keepLocalTime: true }).set({ hour: 14 }),
        ),
      ];
  }
}

describe('half-hour and 45-minute zones, days that run past midnight, a traveller (bot over HTTP against the sandbox)', function () {
  this.timeout(90000);
  let stack: Stack;

  before(async function () {
    this.timeout(240000);
    await clearOfMidnights([ADELE.zone, ISAIAH.zone, MEGAN.zone, AWAY]);
    const seed: Seed = { ...defaultSeed(new Date()), events: [ADELE, ISAIAH, MEGAN].flatMap(eventsOf) };
    for (const user of seed.users) {
      if (user.id === ADELE.id) user.mailboxSettings = { timeZone: 'Nepal Standard Time' };
      if (user.id === ISAIAH.id) user.mailboxSettings = { timeZone: ISAIAH.zone };
      if (user.id === MEGAN.id) user.mailboxSettings = { timeZone: 'W. Europe Standard Time' };
    }
    stack = await Stack.start({ sandbox: { seed } });
  });
  after(async () => {
    await stack?.stop();
  });

  const chat = (p: Person, localTimezone?: string) =>
    stack.channel.user({ aadObjectId: p.id, name: p.name, locale: 'en-US', ...(localTimezone ? { localTimezone } : {}) });

  it('Kathmandu (+5:45, mailbox zone named the Windows way, no client zone): "tomorrow" is her day, "3pm" her 3pm', async () => {
    const d1 = todayOf(ADELE).plus({ days: 1 });
    const d2 = d1.plus({ days: 1 });
    const card = (await chat(ADELE).say('show my meetings tomorrow')).card();
    const text = cardText(card.content);
    assert.match(text, /\nTimes in Nepal Time\n/, text);
    assert.deepEqual(subjectsIn(card.content), ['Focus day', 'Supplier call', 'Late review'], text);
    for (const row of [
      `Supplier call\n${shown(d1)}, 3:00 PM – 3:45 PM`,
      `Late review\n${shown(d1)}, 11:45 PM – ${d2.toFormat('ccc')} 12:15 AM`,
    ]) {
      assert.ok(text.includes(row), `${row}\nnot in\n${text}`);
    }
    // The next day: the review that runs into it (it starts first), and the series' second date.
    assert.deepEqual(subjectsIn((await chat(ADELE).say(`show my meetings on ${weekday(d2)}`)).card().content), [
      'Late review',
      'Focus day',
    ]);
    const confirm = cardText((await chat(ADELE).say('cancel my 3pm meeting tomorrow')).card().content);
    assert.match(confirm, /^Cancel this meeting\?\nSupplier call\n/, confirm);
  });

  it('an all-day series made at +14 is on its dates at +5:45: each occurrence a date, not an instant read in UTC', async () => {
    const d1 = todayOf(ADELE).plus({ days: 1 });
    const text = cardText((await chat(ADELE).say('show my meetings')).card().content);
    for (const day of [d1, d1.plus({ days: 1 })]) {
      assert.ok(text.includes(`Focus day\n${shown(day)}, all day`), `Focus day on ${shown(day)} not in\n${text}`);
    }
    assert.ok(!text.includes(`Focus day\n${shown(todayOf(ADELE))}`), text);
  });

  it('Adelaide (+10:30 in summer): "3pm tomorrow" and "tomorrow morning" are its hours; "cancel tomorrow\'s offsite" finds the offsite that began yesterday', async () => {
    const confirm = cardText((await chat(ISAIAH, ISAIAH.zone).say('cancel my 3pm meeting tomorrow')).card().content);
    assert.match(confirm, /^Cancel this meeting\?\nDesign review\n/, confirm);
    assert.match(confirm, /\nTimes in Australian Central Time\n/, confirm);
    const morning = cardText((await chat(ISAIAH, ISAIAH.zone).say('cancel my meeting tomorrow at 8am')).card().content);
    assert.match(morning, /^Cancel this meeting\?\nBreakfast briefing\n/, morning);
    const offsite = cardText((await chat(ISAIAH, ISAIAH.zone).say("cancel tomorrow's offsite")).card().content);
    const today = todayOf(ISAIAH);
    assert.match(offsite, /^Cancel this meeting\?\nOffsite\n/, offsite);
    assert.ok(offsite.includes(`${shown(today.minus({ days: 1 }))} – ${shown(today.plus({ days: 1 }))}, all day`), offsite);
  });

  it('a traveller: a click on the card shown in Berlin cancels the meeting it showed; new text reads times in New York', async () => {
    const home = chat(MEGAN, MEGAN.zone);
    const list = (await home.say('show my meetings tomorrow')).card();
    assert.deepEqual(subjectsIn(list.content), ['Team lunch', 'Client call'], cardText(list.content));
    const before = cardText((await home.say('cancel my 1pm meeting tomorrow')).card().content);
    assert.match(before, /^Cancel this meeting\?\nTeam lunch\n/, before);
    // Landed in New York: the same chat, the client now in Eastern Time.
    const away = new ChatUser(stack.channel, { ...home.options, localTimezone: AWAY }, home.conversationId);
    const lunchRow = (list.content.body as any[]).find((e) => e.type === 'Container' && cardText(e).startsWith('Team lunch'));
    const cancel = lunchRow.items.find((i: any) => i.type === 'ActionSet').actions[0];
    const confirm = (await away.click(list.id, cancel.data)).card();
    const text = cardText(confirm.content);
    assert.match(text, /^Cancel this meeting\?\nTeam lunch\n/, text);
    assert.match(text, /\nTimes in Eastern Time\n/, text);
    const lunchAway = todayOf(MEGAN).plus({ days: 1 }).set({ hour: 13 }).setZone(AWAY);
    assert.ok(text.includes(`, ${lunchAway.toFormat('h:mm a')} – ${lunchAway.plus({ hours: 1 }).toFormat('h:mm a')}`), text);
    const done = await away.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: '' });
    assert.match(cardText(done.updated[0].attachments![0].content), /Team lunch/);
    const inbox = (await stack.mailbox(`LynneR@${DOMAIN}`)).inbox.map((m: any) => m.subject);
    assert.ok(inbox.includes('Canceled: Team lunch') && !inbox.includes('Canceled: Client call'), JSON.stringify(inbox));
    // "1pm" now is 1 pm in New York (on its day there: New York's "tomorrow" may be Berlin's today).
    const clientCallDay = todayOf(MEGAN).plus({ days: 1 }).setZone(AWAY, { keepLocalTime: true });
    const after = cardText((await away.say(`cancel my 1pm meeting on ${weekday(clientCallDay)}`)).card().content);
    assert.match(after, /^Cancel this meeting\?\nClient call\n/, after);
  });
});
