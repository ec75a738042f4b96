import { strict as assert } from 'node:assert';
import { defaultSeed, type Seed } from '../../dev/sandbox';
import { button, cardText, subjectsIn } from './support/cards';
import { Stack } from './support/stack';

const DOMAIN = 'contoso.onmicrosoft.com';
const PATTI = { id: '00000000-0000-4000-8000-000000000024', name: 'Patti Fernandez', alias: 'PattiF', zone: 'Europe/Berlin' };

/**
 * Berlin's fall-back night, 2027-10-31: the wall clock runs 02:00-03:00 twice (CEST, then CET). A wall
 * time in that hour names two instants, so the seed gives each meeting as UTC instants, as a meeting
 * made there is stored.
 */
const utc = (dateTime: string) => ({ dateTime, timeZone: 'UTC' });
const organizer = { emailAddress: { address: `${PATTI.alias}@${DOMAIN}` } };
const attendees = [{ type: 'required' as const, emailAddress: { address: `LynneR@${DOMAIN}` } }];
const FALL_BACK: Seed['events'] = [
  // 02:20 CEST - 02:50 CEST: the first pass through the repeated hour.
  { subject: 'First pass check', start: utc('2027-10-31T00:20:00'), end: utc('2027-10-31T00:50:00'), organizer, attendees },
  // 02:10 CET - 02:40 CET: the second pass, an hour after 02:10 CEST; a wall time earlier than the first's.
  { subject: 'Second pass check', start: utc('2027-10-31T01:10:00'), end: utc('2027-10-31T01:40:00'), organizer, attendees },
  // 02:25 CEST - 02:25 CET: an hour long, though both ends read 02:25 on the wall.
  { subject: 'Clock change watch', start: utc('2027-10-31T00:25:00'), end: utc('2027-10-31T01:25:00'), organizer, attendees },
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
    const card = (await chat().say('show my meetings on October 31, 2027')).card();
    const text = cardText(card.content);
    assert.deepEqual(subjectsIn(card.content), ['First pass check', 'Clock change watch', 'Second pass check'], text);
  });

  it('a meeting across the change is an hour long, not none: its confirm card cancels it and the attendee is told', async () => {
    const user = chat();
    const confirm = (await user.say('cancel the clock change watch on October 31, 2027')).card();
    const text = cardText(confirm.content);
    assert.match(text, /^Cancel this meeting\?\nClock change watch\nSun, Oct 31, 2:25 AM – 2:25 AM · /, text);
    // Not yet begun (read as a zero-minute meeting it was still offered; read as ended at its start, it would not be).
    assert.doesNotMatch(text, /under way|began/i, text);
    const done = await user.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: '' });
    assert.match(cardText(done.updated[0].attachments![0].content), /Clock change watch/);
    const inbox = (await stack.mailbox(`LynneR@${DOMAIN}`)).inbox.filter((m: any) => m.subject === 'Canceled: Clock change watch');
    assert.equal(inbox.length, 1);
  });
});
