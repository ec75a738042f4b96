import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { defaultSeed, type Seed } from '../../dev/sandbox';
import { button, cardText } from './support/cards';
import { MEGAN, graphRoutesSpent, stackForSuite } from './support/stack';

const ZONE = 'America/Los_Angeles';
const DOMAIN = 'contoso.onmicrosoft.com';
const PATTI = { aadObjectId: '00000000-0000-4000-8000-000000000024', name: 'Patti Fernandez', upn: `PattiF@${DOMAIN}` };

/**
 * A custom calendar someone shared with the user (outlook-get-shared-events-calendars.md: Alex shares
 * "Kids parties" with Adele; here Alex shares his Projects calendar with Patti, who is also his
 * primary calendar's delegate). The user's calendar list holds a copy of each: the primary one is
 * reached through Alex's mailbox, the custom one through Patti's copy of it (/me/calendars/{copy id}).
 */
describe('a custom calendar shared with the user (bot over HTTP against the sandbox)', function () {
  this.timeout(90000);
  const now = new Date();
  const base = defaultSeed(now);
  const day = DateTime.now().setZone(ZONE).startOf('day').plus({ days: 3 });
  const seed: Seed = {
    ...base,
    users: base.users.map((user) =>
      user.userPrincipalName.startsWith('AlexW@')
        ? {
            ...user,
            calendars: user.calendars.map((c) =>
              c.name === 'Projects'
                ? { ...c, calendarPermissions: [{ emailAddress: { address: PATTI.upn, name: PATTI.name }, role: 'write' as const }] }
                : c,
            ),
          }
        : user,
    ),
    events: [
      ...base.events,
      {
        subject: 'Roadmap review',
        calendar: 'Projects',
        start: { dateTime: `${day.toISODate()}T13:00:00`, timeZone: 'Pacific Standard Time' },
        end: { dateTime: `${day.toISODate()}T14:00:00`, timeZone: 'Pacific Standard Time' },
        organizer: { emailAddress: { address: `AlexW@${DOMAIN}`, name: 'Alex Wilber' } },
        attendees: [{ type: 'required', emailAddress: { address: MEGAN.upn, name: MEGAN.name }, status: { response: 'none' } }],
      },
    ],
  };
  const stack = stackForSuite({ sandbox: { seed } });
  const patti = () => stack().channel.user({ ...PATTI, localTimezone: ZONE });

  it("Patti lists Alex's Projects calendar through her copy of it, and Alex's own calendar still through his mailbox", async () => {
    let text = '';
    const spent = await graphRoutesSpent(stack(), async () => {
      text = cardText((await patti().say("show Alex's Projects calendar")).card().content);
    });
    assert.ok(spent['GET /me/calendars/{calendarId}/calendarView'] >= 1, JSON.stringify(spent));
    assert.match(text, /^Meetings in the next 7 days in Alex Wilber's Projects calendar/);
    assert.match(text, /Roadmap review/);
    assert.doesNotMatch(text, /Interview: frontend candidate/);

    const primary = await graphRoutesSpent(stack(), async () => {
      text = cardText((await patti().say("show Alex's meetings")).card().content);
    });
    assert.ok(primary['GET /users/{userId}/calendar/calendarView'] >= 1, JSON.stringify(primary));
    assert.match(text, /^Meetings in the next 7 days in Alex Wilber's calendar/);
    assert.doesNotMatch(text, /Roadmap review/);
  });

  it('Patti cancels a meeting of that calendar through /me/calendars/{copy}/events/{id}/cancel; the attendees get her message', async () => {
    const confirm = (await patti().say('cancel the roadmap review')).card();
    assert.match(cardText(confirm.content), /^Cancel this meeting\?\nRoadmap review\n.*Alex Wilber's Projects calendar\n/);
    const spent = await graphRoutesSpent(stack(), () =>
      patti().click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Folded into the planning day' }),
    );
    assert.equal(spent['POST /me/calendars/{calendarId}/events/{eventId}/cancel'], 1, JSON.stringify(spent));
    const megan = await stack().mailbox(MEGAN.upn);
    assert.deepEqual(
      megan.inbox.filter((m: any) => m.subject === 'Canceled: Roadmap review').map((m: any) => m.comment),
      ['Folded into the planning day'],
    );
    const alex = await stack().mailbox(`AlexW@${DOMAIN}`);
    assert.ok(!alex.events.some((e: any) => e.subject === 'Roadmap review' && !e.isCancelled), "the meeting is gone from Alex's calendar");
  });
});
