import { strict as assert } from 'node:assert';
import { ALEX } from '../integration/support/stack';
import { textOf } from './support/playground-chat';
import { usePlaygroundSession } from './support/session';

const ISAIAH = 'IsaiahL@contoso.onmicrosoft.com';

/**
 * Patti Fernandez manages Alex Wilber's calendar (a delegate) and chats with the bot in the
 * Playground (`npm start -- --user PattiF`): she opens his calendar from her list, and cancels one
 * of his meetings, which goes out from Alex's meeting through /users/{Alex}/events/{id}/cancel.
 */
describe('in the Agents Playground: Patti acts for Alex, as his delegate', function () {
  this.timeout(120_000);
  const session = usePlaygroundSession({ timeZone: 'America/Los_Angeles', user: 'PattiF' });

  it("6. Patti opens Alex's calendar from her list, then cancels his interview with a message: the attendees hear from Alex's meeting", async () => {
    const { chat, stack } = session;
    const welcome = chat.botMessages().first();
    await textOf(welcome, /Hi! I cancel meetings for you\./);
    const mine = await chat.reply(() => chat.button(welcome, 'Show my meetings').click());
    await textOf(mine, /Your meetings in the next 7 days/);
    const alexs = await chat.reply(() => chat.button(mine, "Show Alex Wilber's calendar").click());
    const listed = await textOf(alexs, /Meetings in the next 7 days in Alex Wilber's calendar/);
    // His meetings, by their organizers (which ones are on the first page depends on the time of day).
    assert.match(listed, /Organized by /);
    assert.doesNotMatch(listed, /You organize this/, "Alex's meetings are his, not Patti's");
    assert.doesNotMatch(listed, /Dentist/, "Alex's private appointment stays hidden");

    const confirm = await chat.say("cancel Alex's interview");
    await textOf(
      confirm,
      /Cancel this meeting\?\n+Interview: frontend candidate\n+[\s\S]*This is Alex Wilber's meeting: you act on it as their delegate, and the attendees get the cancellation from Alex Wilber\./,
    );
    await chat.input(confirm).fill('Alex is travelling, we will reschedule');
    await chat.button(confirm, 'Cancel meeting').click();
    await textOf(confirm, /Cancelled Interview: frontend candidate/);

    assert.equal((await stack.graphRequests())['POST /users/{userId}/events/{eventId}/cancel'], 1);
    assert.ok(
      !(await stack.mailbox(ALEX.upn)).events.some((e: any) => e.subject === 'Interview: frontend candidate'),
      "gone from Alex's calendar",
    );
    const told = (await stack.mailbox(ISAIAH)).inbox.filter((m: any) => m.subject === 'Canceled: Interview: frontend candidate');
    assert.deepEqual(
      told.map((m: any) => m.comment),
      ['Alex is travelling, we will reschedule'],
    );
  });
});
