import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { defaultSeed, type Seed } from '../../dev/sandbox';
import { button, buttonFor, cardText, subjectsIn } from './support/cards';
import { clearOfMidnights } from './support/midnight';
import { ALEX, MEGAN, graphRoutesSpent, stackForSuite } from './support/stack';
import type { ChatUser } from './support/teams-channel';

const ZONE = 'America/Los_Angeles';
const DOMAIN = 'contoso.onmicrosoft.com';

/**
 * Megan keeps "Hiring" in a calendar group of her own ("Recruiting", not "My Calendars"), with an
 * interview loop in it the day after tomorrow at 13:00 Pacific (Isaiah invited).
 */
function hiringInRecruiting(): Seed {
  const seed = defaultSeed(new Date());
  const at = DateTime.now().setZone(ZONE).startOf('day').plus({ days: 2, hours: 13 });
  const wire = (t: DateTime) => ({ dateTime: t.toUTC().toFormat("yyyy-LL-dd'T'HH:mm:ss"), timeZone: 'UTC' });
  return {
    ...seed,
    users: seed.users.map((user) =>
      user.userPrincipalName === MEGAN.upn ? { ...user, calendars: [{ name: 'Hiring', calendarGroup: 'Recruiting' }] } : user,
    ),
    events: [
      ...seed.events,
      {
        subject: 'Interview loop: designer',
        calendar: 'Hiring',
        start: wire(at),
        end: wire(at.plus({ hours: 1 })),
        organizer: { emailAddress: { address: MEGAN.upn, name: 'Megan Bowen' } },
        attendees: [{ type: 'required', emailAddress: { address: `IsaiahL@${DOMAIN}`, name: 'Isaiah Langer' } }],
      },
    ],
  } as Seed;
}

/**
 * A meeting in a calendar inside a non-default calendar group, and one in a Microsoft 365 group's
 * calendar: listed, cancelled typed and by a row's button, each through its own calendar's path
 * (event-cancel.md lists /me/calendars/{id}/events/{id}/cancel, which reaches a calendar in any
 * group, and /groups/{id}/events/{id}/cancel). Bot over HTTP against the sandbox.
 */
describe('calendars in calendar groups and group calendars (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  const stack = stackForSuite(async () => {
    await clearOfMidnights([ZONE]);
    return { sandbox: { seed: hiringInRecruiting() } };
  });
  const as = (user: typeof ALEX): ChatUser => stack().channel.user({ ...user, localTimezone: ZONE });
  const cancellations = async (upn: string, subject: string) =>
    (await stack().mailbox(upn)).inbox.filter((m: any) => m.subject === `Canceled: ${subject}`).map((m: any) => m.comment);

  it('a calendar in a calendar group of its own: listed and named; typed cancel goes through /me/calendars/{id}', async () => {
    const megan = as(MEGAN);
    const day = DateTime.now().setZone(ZONE).plus({ days: 2 }).setLocale('en-US').toFormat('cccc');
    const list = cardText((await megan.say(`show my meetings on ${day}`)).card().content);
    assert.match(list, /Interview loop: designer\n[^\n]*· your Hiring calendar/, list);
    const confirm = (await megan.say('cancel the interview loop')).card();
    assert.match(cardText(confirm.content), /^Cancel this meeting\?\nInterview loop: designer\n[^\n]*your Hiring calendar/);
    const spent = await graphRoutesSpent(stack(), () =>
      megan.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Role filled' }),
    );
    assert.equal(spent['POST /me/calendars/{calendarId}/events/{eventId}/cancel'], 1, JSON.stringify(spent));
    assert.deepEqual(await cancellations(`IsaiahL@${DOMAIN}`, 'Interview loop: designer'), ['Role filled']);
  });

  it("a row's button of that calendar cancels through the same path", async () => {
    const megan = as(MEGAN);
    const day = DateTime.now().setZone(ZONE).plus({ days: 2 }).setLocale('en-US').toFormat('cccc');
    const list = (await megan.say(`show my meetings on ${day}`)).card();
    const confirm = (await megan.click(list.id, buttonFor(list.content, 'Interview loop: designer'))).card();
    const spent = await graphRoutesSpent(stack(), () =>
      megan.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: '' }),
    );
    assert.equal(spent['POST /me/calendars/{calendarId}/events/{eventId}/cancel'], 1, JSON.stringify(spent));
    assert.equal((await cancellations(`IsaiahL@${DOMAIN}`, 'Interview loop: designer')).length, 1);
  });

  it("a group calendar's row: its button cancels through /groups/{id}/events/{id}/cancel; typed without naming the group finds it too", async () => {
    const alex = as(ALEX);
    const list = (await alex.say('show the Marketing calendar')).card();
    assert.ok(subjectsIn(list.content).includes('Campaign planning'), cardText(list.content));
    const confirm = (await alex.click(list.id, buttonFor(list.content, 'Campaign planning'))).card();
    assert.match(cardText(confirm.content), /This meeting is in the Marketing group calendar/);
    const spent = await graphRoutesSpent(stack(), () =>
      alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Merged into the launch review' }),
    );
    assert.equal(spent['POST /groups/{groupId}/events/{eventId}/cancel'], 1, JSON.stringify(spent));
    assert.deepEqual(await cancellations(MEGAN.upn, 'Campaign planning'), ['Merged into the launch review']);

    await stack().reset();
    const typed = (await alex.say('cancel campaign planning')).card();
    assert.match(cardText(typed.content), /^Cancel this meeting\?\nCampaign planning\n[\s\S]*Marketing group calendar/);
  });
});
