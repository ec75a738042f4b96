import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { textOf } from './support/playground-chat';
import { usePlaygroundSession } from './support/session';

/**
 * `npm start` on a machine whose zone is UTC (most servers and containers): the Playground runs in
 * the sandbox user's mailbox zone by default, the cards say which clock they read, and an all-day
 * meeting keeps its date from list to outcome.
 */
describe("in the Agents Playground on a UTC machine: the user's zone by default, and all-day dates", function () {
  this.timeout(90_000);
  const machineZone = process.env.TZ;
  before(() => {
    // The children inherit this; the Playground must not.
    process.env.TZ = 'UTC';
  });
  after(() => {
    if (machineZone === undefined) delete process.env.TZ;
    else process.env.TZ = machineZone;
  });
  const session = usePlaygroundSession({});

  it('"cancel my 3pm standup" goes straight to the standup\'s confirm card, which says "Times in Pacific Time"', async () => {
    const { chat, stack } = session;
    assert.equal(stack.timeZone, 'America/Los_Angeles', "the sandbox user's mailbox zone, not the machine's");
    const confirm = await chat.say('cancel my 3pm standup');
    await textOf(
      confirm,
      /^[\s\S]*Cancel this meeting\?\n+Daily standup\n+.*3:00 PM – 3:15 PM · Recurring · You organize this\n+Times in Pacific Time\n/,
    );
    const list = await chat.say('show my meetings');
    await textOf(list, /Your meetings in the next 7 days\n+Times in Pacific Time\n/);
  });

  it('an all-day meeting cancelled from the list keeps its date on the confirm card and the cancelled card', async () => {
    const { chat, stack } = session;
    const date = DateTime.now().setZone('America/Los_Angeles').startOf('day').plus({ days: 3 }).setLocale('en-US').toFormat('ccc, LLL d');
    const row = await chat.findRow('Team offsite');
    assert.match(await row.innerText(), new RegExp(`^Team offsite\\n+${date}, all day · You organize this`));
    const confirm = await chat.reply(() => row.getByRole('button').first().click());
    await textOf(
      confirm,
      new RegExp(`Cancel this meeting\\?\\n+Team offsite\\n+${date}, all day · You organize this\\n+Times in Pacific Time`),
    );
    await chat.button(confirm, 'Cancel meeting').click();
    await textOf(confirm, new RegExp(`Cancelled Team offsite, ${date}, all day\\.`));
    assert.equal((await stack.graphRequests())['POST /me/events/{eventId}/cancel'], 1);
  });
});
