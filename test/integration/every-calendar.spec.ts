import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { defaultSeed, type Seed } from '../../dev/sandbox';
import { cardProblems } from '../support/adaptive-card';
import { button, buttonFor, cardText, subjectsIn } from './support/cards';
import { clearOfMidnights } from './support/midnight';
import { ALEX, MEGAN, graphRoutesSpent, stackForSuite } from './support/stack';
import type { ChatUser, Turn } from './support/teams-channel';

const ZONE = 'America/Los_Angeles';
const DOMAIN = 'contoso.onmicrosoft.com';

/**
 * Megan keeps three calendars: her default one, "Projects", and "Hiring" in a calendar group of its
 * own. Their 60 meetings interleave from tomorrow on, so a list merged from the three must page through
 * Graph's pages of each without skipping or repeating one, earliest first.
 */
function megansCalendars(seed: Seed, now: Date): Seed {
  const tomorrow = DateTime.fromJSDate(now, { zone: ZONE }).startOf('day').plus({ days: 1 });
  const places = [undefined, 'Projects', undefined, 'Hiring', 'Projects', undefined, 'Projects', 'Hiring'];
  const events = Array.from({ length: 60 }, (_, index) => {
    const start = tomorrow.set({ hour: 7 }).plus({ minutes: 20 * index });
    const wire = (at: DateTime) => ({ dateTime: at.toUTC().toISO({ includeOffset: false })!.slice(0, 19), timeZone: 'UTC' });
    const calendar = places[index % places.length];
    return {
      subject: `M${String(index + 1).padStart(2, '0')} ${calendar ?? 'Calendar'}`,
      start: wire(start),
      end: wire(start.plus({ minutes: 15 })),
      organizer: { emailAddress: { address: `MeganB@${DOMAIN}` } },
      attendees: [],
      ...(calendar ? { calendar } : {}),
    };
  });
  return {
    ...seed,
    users: seed.users.map((user) =>
      user.userPrincipalName === `MeganB@${DOMAIN}`
        ? { ...user, calendars: [{ name: 'Projects' }, { name: 'Hiring', calendarGroup: 'Recruiting' }] }
        : user,
    ),
    events: [...seed.events.filter((e) => e.organizer?.emailAddress?.address !== `MeganB@${DOMAIN}`), ...events],
  } as Seed;
}

/** Every calendar the user owns (issue 14): read together, named where not the default, cancelled in place. */
describe("every calendar of the user's own (bot over HTTP against the sandbox)", function () {
  this.timeout(90000);

  // Laid out when the suite starts (mocha loads every file minutes before), clear of a Pacific midnight.
  const stack = stackForSuite(async () => {
    await clearOfMidnights([ZONE]);
    const now = new Date();
    return { sandbox: { seed: megansCalendars(defaultSeed(now), now) } };
  });

  function assertValid(turn: Turn): void {
    for (const activity of [...turn.sent, ...turn.updated])
      for (const attachment of activity.attachments ?? []) assert.deepEqual(cardProblems(attachment.content), []);
  }

  it('a list merges the calendars by start, pages through all of them once each, and names the calendar that is not the default', async () => {
    const megan: ChatUser = stack().channel.user({ ...MEGAN, localTimezone: ZONE });
    let page = (await megan.say('show my meetings')).card();
    const seen: string[] = [];
    const shown: string[] = [];
    for (let i = 0; i < 20; i++) {
      seen.push(...subjectsIn(page.content).filter((s) => /^M\d\d /.test(s)));
      shown.push(cardText(page.content));
      if (!cardText(page.content).includes('\nMore')) break;
      const next = await megan.click(page.id, button(page.content, 'More'));
      assertValid(next);
      page = next.card();
    }
    const expected = Array.from({ length: 60 }, (_, i) => i + 1).map((n) => `M${String(n).padStart(2, '0')}`);
    assert.deepEqual(
      seen.map((s) => s.slice(0, 3)),
      expected,
      'all 60, in order, none twice',
    );
    // (Which page shows them depends on the weekday: the default world's meetings with Megan come first some days.)
    const pages = shown.join('\n');
    assert.match(pages, /M02 Projects\n[^\n]*· your Projects calendar/);
    assert.match(pages, /M04 Hiring\n[^\n]*· your Hiring calendar/);
    assert.doesNotMatch(pages, /M01 Calendar\n[^\n]*calendar/, 'the default calendar goes unnamed');
  });

  it("a secondary calendar's meeting is cancelled through that calendar's path, and its attendees get the message", async () => {
    const alex = stack().channel.user({ ...ALEX, localTimezone: ZONE });
    const confirm = (await alex.say('cancel the budget review')).card();
    assert.match(cardText(confirm.content), /^Cancel this meeting\?\nBudget review\n[^\n]*your Projects calendar/);
    const spent = await graphRoutesSpent(stack(), async () => {
      const done = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Numbers are not ready' });
      assert.match(cardText(done.updated[0]?.attachments?.[0]?.content ?? done.invokeCard), /Cancelled Budget review/);
    });
    assert.equal(spent['POST /me/calendars/{calendarId}/events/{eventId}/cancel'], 1, JSON.stringify(spent));
    const patti = await stack().mailbox(`PattiF@${DOMAIN}`);
    assert.deepEqual(
      patti.inbox.filter((m: any) => m.subject === 'Canceled: Budget review').map((m: any) => m.comment),
      ['Numbers are not ready'],
    );
  });

  it('a row of a secondary calendar opens its confirm card by its key; a forged key into another mailbox gets the refusal of Microsoft 365 in words', async () => {
    const alex = stack().channel.user({ ...ALEX, localTimezone: ZONE });
    let list = (await alex.say('show my meetings')).card();
    for (let i = 0; i < 4 && !subjectsIn(list.content).includes('Budget review'); i++) {
      list = (await alex.click(list.id, button(list.content, 'More'))).card();
    }
    const row = buttonFor(list.content, 'Budget review');
    const confirm = await alex.click(list.id, row);
    assert.match(cardText(confirm.card().content), /^Cancel this meeting\?\nBudget review/);
    const forgedRow = { ...row, meetingId: `users/MeganB%40${DOMAIN}|${String(row.meetingId).split('|').pop()}` };
    // Another person's calendar needs Calendars.ReadWrite.Shared before Graph can say anything: asked for first (consent on first use).
    assert.match((await alex.click(list.id, forgedRow)).text(), /I need your permission/);
    await stack().admin('POST', '/consent', {
      user: ALEX.upn,
      scopes: ['Calendars.ReadWrite', 'MailboxSettings.Read', 'User.Read', 'Calendars.ReadWrite.Shared'],
    });
    const forged = await alex.click(list.id, forgedRow);
    assert.match(
      forged.text(),
      /^Microsoft 365 says you don't have access to the calendar this meeting is in \(any more\), so I didn't send anything\./,
    );
  });
});
