import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { defaultSeed, type Seed } from '../../dev/sandbox';
import { button, cardText } from './support/cards';
import { clearOfMidnights } from './support/midnight';
import { ALEX, graphRoutesSpent, stackForSuite } from './support/stack';

const ZONE = 'America/Los_Angeles';
const DOMAIN = 'contoso.onmicrosoft.com';
function seed(): Seed {
  const s = defaultSeed(new Date());
  const at = DateTime.now().setZone(ZONE).startOf('day').plus({ days: 3, hours: 9 });
  const wire = (t: DateTime) => ({ dateTime: t.toUTC().toFormat("yyyy-LL-dd'T'HH:mm:ss"), timeZone: 'UTC' });
  const many = Array.from({ length: 500 }, (_, i) => ({
    type: 'required',
    emailAddress: { address: `guest${i}@fabrikam.com`, name: `Guest ${i}` },
  }));
  return {
    ...s,
    events: [
      ...s.events,
      {
        subject: 'Town hall',
        start: wire(at),
        end: wire(at.plus({ hours: 1 })),
        isOnlineMeeting: true,
        organizer: { emailAddress: { address: ALEX.upn, name: 'Alex Wilber' } },
        attendees: [...many, { type: 'resource', emailAddress: { address: `room1@${DOMAIN}`, name: 'Room 1' } }],
      },
      {
        subject: 'Room hold',
        mailbox: ALEX.upn,
        start: wire(at.plus({ hours: 3 })),
        end: wire(at.plus({ hours: 4 })),
        organizer: { emailAddress: { address: `room1@${DOMAIN}`, name: 'Room 1' } },
        attendees: [{ type: 'required', emailAddress: { address: ALEX.upn, name: 'Alex Wilber' } }],
      },
    ],
  } as Seed;
}
/**
 * Shapes met in real tenants: a Teams town hall with 500 guests and a room, and a hold a room
 * mailbox organizes with the user invited. Bot over HTTP against the sandbox.
 */
describe('a town hall of 500 and a room-organized hold (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  // Laid out when the suite starts (mocha loads every file minutes before), clear of a midnight: the tests name its day.
  const stack = stackForSuite(async () => {
    await clearOfMidnights([ZONE]);
    return { sandbox: { seed: seed() } };
  });

  it('500 guests: the card counts people, not the room; one re-read and one cancel, whatever the size', async () => {
    const alex = stack().channel.user({ ...ALEX, localTimezone: ZONE });
    const confirm = (await alex.say('cancel the town hall')).card();
    const text = cardText(confirm.content);
    assert.match(text, /\n500 attendees\n/, text);
    const spent = await graphRoutesSpent(stack(), async () => {
      const done = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Recording instead' });
      assert.match(cardText(done.updated[0].attachments![0].content), /^Cancelled Town hall[\s\S]*Recording instead/);
    });
    assert.deepEqual(spent, { 'GET /me/events/{eventId}': 1, 'POST /me/events/{eventId}/cancel': 1 });
  });

  it("a room mailbox's hold: listed as the room's, and 'cancel' it offers to decline it, naming the room as organizer", async () => {
    const alex = stack().channel.user({ ...ALEX, localTimezone: ZONE });
    const day = DateTime.now().setZone(ZONE).plus({ days: 3 }).setLocale('en-US').toFormat('cccc');
    const list = (await alex.say(`show my meetings on ${day}`)).card();
    assert.match(cardText(list.content), /Room hold\n[^\n]*Organized by Room 1\nDecline/);
    const offer = (await alex.say('cancel the room hold')).card();
    const text = cardText(offer.content);
    assert.match(text, /^Decline this meeting\?\nRoom hold\n[^\n]*Organized by Room 1/, text);
    const done = await alex.click(offer.id, button(offer.content, 'Decline'), { comment: 'Not needed' });
    assert.match(cardText(done.updated[0].attachments![0].content), /^Declined Room hold/);
  });
});
