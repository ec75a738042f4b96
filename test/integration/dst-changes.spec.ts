import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { defaultSeed, type Seed } from '../../dev/sandbox';
import { button, cardText, subjectsIn } from './support/cards';
import { Stack } from './support/stack';

const DOMAIN = 'contoso.onmicrosoft.com';
const PATTI = { id: '00000000-0000-4000-8000-000000000024', name: 'Patti Fernandez', alias: 'PattiF', zone: 'Europe/Berlin' };

/**
 * Berlin's next fall-back night still to come (2027-10-31 from late 2026): the wall clock runs 02:00-03:00
 * twice (CEST, then CET) from 01:00 UTC. A wall time in that hour names two instants, so the seed gives
 * each meeting as UTC instants, as a meeting made there is stored. The next one, so the suite holds at any
 * clock (npm run test:clocks runs it on that very night).
 */
function nextFallBack(now: Date): DateTime {
  for (let year = now.getUTCFullYear(); ; year++) {
    const lastDay = DateTime.utc(year, 10, 31);
    const sunday = lastDay.minus({ days: lastDay.weekday % 7 });
    // The first meeting starts 40 minutes before the change: still to come, with a margin for the suite.
    if (sunday.plus({ minutes: 20 }).toMillis() > now.getTime() + 30 * 60_000) return sunday;
  }
}
const FALL_BACK_DAY = nextFallBack(new Date());
const utc = (hhmm: string) => ({ dateTime: `${FALL_BACK_DAY.toISODate()}T${hhmm}:00`, timeZone: 'UTC' });
/** "October 31, 2027", as a user would write that day. */
const DAY_WRITTEN = FALL_BACK_DAY.setLocale('en-US').toFormat('MMMM d, yyyy');
const DAY_SHOWN = FALL_BACK_DAY.setLocale('en-US').toFormat('ccc, MMM d');
const organizer = { emailAddress: { address: `${PATTI.alias}@${DOMAIN}` } };
const attendees = [{ type: 'required' as const, emailAddress: { address: `LynneR@${DOMAIN}` } }];
/**
 * A zone's next fall-back still to come (from an hour from now): the instant its clock goes back, and by how many
 * minutes (New York's and Berlin's an hour, Lord Howe's half an hour). Every change happens on a half hour.
 */
function nextFallBackIn(zone: string, now: Date): { at: DateTime; shift: number } {
  let t = DateTime.fromMillis(Math.ceil(now.getTime() / 1_800_000) * 1_800_000 + 3_600_000, { zone });
  for (;;) {
    const next = t.plus({ minutes: 30 });
    if (next.offset < t.offset) return { at: next.toUTC(), shift: t.offset - next.offset };
    t = next;
  }
}
/** Each zone's repeated stretch, three meetings in it: the first pass, the second, and one across the change. */
const OTHER_ZONES = [
  {
    zone: 'America/New_York',
    tag: 'NY',
    spanning: '1:30 AM EDT – 1:30 AM EST',
    first: '1:05 AM EDT – 1:55 AM EDT',
    second: '1:05 AM EST – 1:55 AM EST',
  },
  {
    zone: 'Australia/Lord_Howe',
    tag: 'LH',
    spanning: '1:45 AM GMT+11 – 1:45 AM GMT+10:30',
    first: '1:35 AM GMT+11 – 1:55 AM GMT+11',
    second: '1:35 AM GMT+10:30 – 1:55 AM GMT+10:30',
  },
].map((z) => ({ ...z, ...nextFallBackIn(z.zone, new Date()) }));
const at = (instant: DateTime) => ({ dateTime: instant.toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss"), timeZone: 'UTC' });
const FALL_BACK: Seed['events'] = [
  ...OTHER_ZONES.flatMap(({ tag, at: change, shift }) => [
    {
      subject: `${tag} first pass`,
      start: at(change.minus({ minutes: shift - 5 })),
      end: at(change.minus({ minutes: 5 })),
      organizer,
      attendees,
    },
    {
      subject: `${tag} second pass`,
      start: at(change.plus({ minutes: 5 })),
      end: at(change.plus({ minutes: shift - 5 })),
      organizer,
      attendees,
    },
    {
      subject: `${tag} across`,
      start: at(change.minus({ minutes: shift / 2 })),
      end: at(change.plus({ minutes: shift / 2 })),
      organizer,
      attendees,
    },
  ]),
  // 02:20 CEST - 02:50 CEST: the first pass through the repeated hour.
  { subject: 'First pass check', start: utc('00:20'), end: utc('00:50'), organizer, attendees },
  // 02:10 CET - 02:40 CET: the second pass, an hour after 02:10 CEST; a wall time earlier than the first's.
  { subject: 'Second pass check', start: utc('01:10'), end: utc('01:40'), organizer, attendees },
  // 02:25 CEST - 02:25 CET: an hour long, though both ends read 02:25 on the wall.
  { subject: 'Clock change watch', start: utc('00:25'), end: utc('01:25'), organizer, attendees },
];

describe("DST changes in the user's zone: Berlin's repeated hour (bot over HTTP against the sandbox)", function () {
  this.timeout(90000);
  let stack: Stack;

  before(async function () {
    this.timeout(240000);
    const seed: Seed = { ...defaultSeed(new Date()), events: FALL_BACK };
    for (const user of seed.users) if (user.id === PATTI.id) user.mailboxSettings = { timeZone: PATTI.zone };
    stack = await Stack.start({ sandbox: { seed } });
  });
  after(async () => {
    await stack?.stop();
  });

  const chat = () => stack.channel.user({ aadObjectId: PATTI.id, name: PATTI.name, locale: 'en-US', localTimezone: PATTI.zone });

  it('the day list orders the repeated hour by instant: the first pass (02:20 CEST) before the second (02:10 CET)', async () => {
    const card = (await chat().say(`show my meetings on ${DAY_WRITTEN}`)).card();
    const text = cardText(card.content);
    assert.deepEqual(subjectsIn(card.content), ['First pass check', 'Clock change watch', 'Second pass check'], text);
  });

  it('a meeting across the change is an hour long, not none: its confirm card cancels it and the attendee is told', async () => {
    const user = chat();
    const confirm = (await user.say(`cancel the clock change watch on ${DAY_WRITTEN}`)).card();
    const text = cardText(confirm.content);
    // Both ends read 02:25 on the wall: each says which pass it is.
    assert.match(
      text,
      new RegExp(`^Cancel this meeting\\?\\nClock change watch\\n${DAY_SHOWN}, 2:25 AM GMT\\+2 – 2:25 AM GMT\\+1 · `),
      text,
    );
    // Not yet begun (read as a zero-minute meeting it was still offered; read as ended at its start, it would not be).
    assert.doesNotMatch(text, /under way|began/i, text);
    const done = await user.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: '' });
    assert.match(cardText(done.updated[0].attachments![0].content), /Clock change watch/);
    const inbox = (await stack.mailbox(`LynneR@${DOMAIN}`)).inbox.filter((m: any) => m.subject === 'Canceled: Clock change watch');
    assert.equal(inbox.length, 1);
  });

  it("the list tells the repeated hour's two passes apart: Berlin's (an hour), in English and German (the meeting across it was cancelled above)", async () => {
    const en = cardText((await chat().say(`show my meetings on ${DAY_WRITTEN}`)).card().content);
    assert.match(en, /First pass check\n[^\n]*, 2:20 AM GMT\+2 – 2:50 AM GMT\+2/, en);
    assert.match(en, /Second pass check\n[^\n]*, 2:10 AM GMT\+1 – 2:40 AM GMT\+1/, en);
    const de = stack.channel.user({ aadObjectId: PATTI.id, name: PATTI.name, locale: 'de-DE', localTimezone: PATTI.zone });
    const text = cardText(
      (await de.say(`zeig meine Termine am ${FALL_BACK_DAY.setLocale('de-DE').toFormat('d. MMMM yyyy')}`)).card().content,
    );
    assert.match(text, /First pass check\n[^\n]*, 02:20 MESZ – 02:50 MESZ/, text);
    assert.match(text, /Second pass check\n[^\n]*, 02:10 MEZ – 02:40 MEZ/, text);
  });

  for (const z of OTHER_ZONES) {
    it(`the list and the confirm card tell the repeated ${z.shift} minutes apart in ${z.zone}`, async () => {
      const user = stack.channel.user({ aadObjectId: PATTI.id, name: PATTI.name, locale: 'en-US', localTimezone: z.zone });
      const day = z.at.setZone(z.zone).setLocale('en-US');
      const list = cardText((await user.say(`show my meetings on ${day.toFormat('MMMM d, yyyy')}`)).card().content);
      const shown = day.toFormat('ccc, MMM d');
      assert.ok(list.includes(`${z.tag} first pass\n${shown}, ${z.first}`), list);
      assert.ok(list.includes(`${z.tag} second pass\n${shown}, ${z.second}`), list);
      assert.ok(list.includes(`${z.tag} across\n${shown}, ${z.spanning}`), list);
      const confirm = cardText((await user.say(`cancel the ${z.tag} across on ${day.toFormat('MMMM d, yyyy')}`)).card().content);
      assert.ok(confirm.includes(`${shown}, ${z.spanning} · `), confirm);
    });
  }
});
