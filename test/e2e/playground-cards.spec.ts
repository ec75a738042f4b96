import { strict as assert } from 'node:assert';
import { ALEX, MEGAN } from '../integration/support/stack';
import { textOf } from './support/playground-chat';
import { usePlaygroundSession } from './support/session';

/**
 * The product in a client nobody on the team wrote: the Microsoft 365 Agents Playground in
 * headless Chromium, against what `npm start` runs (sandbox, bot, Playground). Cards are read and
 * pressed as a person does; the sandbox tells what really happened in the calendars.
 */
describe('in the Agents Playground: the list and its cards', function () {
  this.timeout(90_000);
  const session = usePlaygroundSession({ timeZone: 'America/Los_Angeles' });

  it('1. the welcome card comes on its own; "Show my meetings" lists the seeded meetings in the Playground\'s zone', async () => {
    const { chat } = session;
    const welcome = chat.botMessages().first();
    await textOf(welcome, /Hi! I cancel meetings for you\./);
    const list = await chat.reply(() => chat.button(welcome, 'Show my meetings').click());
    const listed = await textOf(list, /Your meetings in the next 7 days/);
    assert.ok(!/Retro|Design review/.test(listed), 'no past or cancelled meetings');
    // Daily standup is at 15:00 in Los Angeles, the zone the Playground process runs in.
    const standup = await chat.findRow('Daily standup', list);
    assert.match(await standup.innerText(), /^Daily standup\n+\w{3}, \w{3} \d{1,2}, 3:00 PM – 3:15 PM · Recurring · You organize this/);
    const oneOnOne = await chat.findRow('1:1 Alex / Megan', list);
    assert.match(await oneOnOne.innerText(), /11:00 AM – 11:30 AM · You organize this\n+Cancel$/);
    const allHands = await chat.findRow('All hands', list);
    assert.match(await allHands.innerText(), /4:00 PM – 5:00 PM · Organized by Megan Bowen\n+Decline$/);
  });

  it('2. a meeting picked from the list and cancelled with a typed message: the card turns into its cancelled state, every attendee gets the message', async () => {
    const { chat, stack } = session;
    const subject = 'Interview: frontend candidate';
    const event = (await stack.mailbox(ALEX.upn)).events.find((e) => e.subject === subject);
    const attendees: string[] = event.attendees.map((a: any) => a.emailAddress.address);
    assert.ok(attendees.length >= 2, 'a meeting with several attendees');

    const confirm = await chat.openCardFor(subject);
    await textOf(
      confirm,
      /Cancel this meeting\?\n+Interview: frontend candidate\n+.*You organize this\n+Times in Pacific Time\n+2 attendees/,
    );
    await chat.input(confirm).click();
    await chat.page.keyboard.type('Sorry, the role is filled. Thank you both!');
    const messages = await chat.botMessages().count();
    await chat.button(confirm, 'Cancel meeting').click();

    await textOf(
      confirm,
      /Cancelled Interview: frontend candidate, .*\.\n+Attendees were told:\n+Sorry, the role is filled\. Thank you both!/,
    );
    assert.equal(await chat.botMessages().count(), messages, 'the card was updated in place, no new message');
    assert.equal(await confirm.locator('.ac-adaptiveCard').getByRole('button').count(), 0, 'no buttons left on the final card');
    for (const upn of attendees) {
      const received = (await stack.mailbox(upn)).inbox.filter((m: any) => m.subject === `Canceled: ${subject}`);
      assert.equal(received.length, 1, `${upn} received the cancellation once`);
      assert.equal(received[0].comment, 'Sorry, the role is filled. Thank you both!');
    }
    assert.ok(!(await stack.mailbox(ALEX.upn)).events.some((e) => e.subject === subject), "gone from Alex's calendar");
  });

  it('5. a recurring meeting: "Only this one" cancels that occurrence and the series goes on', async () => {
    const { chat, stack } = session;
    const confirm = await chat.openCardFor('Daily standup');
    const text = await textOf(
      confirm,
      /Daily standup\n+(.*), 3:00 PM – 3:15 PM · Recurring[^\n]*\n[\s\S]*This meeting is part of a series\./,
    );
    const day = /Daily standup\n+(.*), 3:00 PM/.exec(text)![1];
    await chat.input(confirm).fill('No standup today');
    await chat.button(confirm, 'Only this one').click();
    await textOf(confirm, new RegExp(`Cancelled Daily standup, ${day}, 3:00 PM – 3:15 PM\\.\\n+Attendees were told:\\n+No standup today`));

    const next = await chat.findRow('Daily standup');
    assert.ok(!(await next.innerText()).includes(`${day},`), `the standup of ${day} is gone from the list`);
    const series = (await stack.mailbox(ALEX.upn)).events.filter((e) => e.subject === 'Daily standup');
    assert.ok(
      series.some((e) => e.type === 'seriesMaster' && !e.isCancelled),
      'the series is still on the calendar',
    );
    const megan = (await stack.mailbox(MEGAN.upn)).inbox.filter((m: any) => m.subject === 'Canceled: Daily standup');
    assert.equal(megan.length, 1, 'attendees were told about one occurrence');
  });

  it('6. confirm clicked twice quickly: the page sends both clicks, Graph gets one cancel', async () => {
    const { chat, stack } = session;
    const confirm = await chat.openCardFor('1:1 Alex / Megan');
    await chat.button(confirm, 'Cancel meeting').dblclick();
    await textOf(confirm, /Cancelled 1:1 Alex \/ Megan/);
    assert.equal(chat.submits.filter((v) => v.verb === 'confirmCancel').length, 2, 'the Playground posted both clicks');
    await chat.settled();
    assert.equal((await stack.graphRequests())['POST /me/events/{eventId}/cancel'], 1);
    const megan = (await stack.mailbox(MEGAN.upn)).inbox.filter((m: any) => m.subject === 'Canceled: 1:1 Alex / Megan');
    assert.equal(megan.length, 1, 'Megan was told once');
    await textOf(confirm, /Cancelled 1:1 Alex \/ Megan/);
  });
});
