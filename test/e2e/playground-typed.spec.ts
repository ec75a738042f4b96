import { strict as assert } from 'node:assert';
import { MEGAN } from '../integration/support/stack';
import { textOf } from './support/playground-chat';
import { usePlaygroundSession } from './support/session';

/** Typed requests in the Agents Playground (headless Chromium, the stack `npm start` runs). */
describe('in the Agents Playground: typed requests', function () {
  this.timeout(90_000);
  const session = usePlaygroundSession({ timeZone: 'America/Los_Angeles' });

  it('3. "cancel my 3pm standup" brings the right confirm card in one turn; confirming cancels it', async () => {
    const { chat, stack } = session;
    const confirm = await chat.say('cancel my 3pm standup');
    const text = await textOf(confirm, /Cancel this meeting\?\n+Daily standup\n+.*3:00 PM – 3:15 PM · Recurring · You organize this/);
    const day = /Daily standup\n+(.*), 3:00 PM/.exec(text)![1];
    // The next standup: the first one the list shows.
    const listed = await chat.findRow('Daily standup');
    assert.match(await listed.innerText(), new RegExp(`${day}, 3:00 PM`), 'the next standup, as listed');

    await chat.button(confirm, 'Only this one').click();
    await textOf(confirm, new RegExp(`Cancelled Daily standup, ${day}, 3:00 PM – 3:15 PM\\.`));
    assert.equal((await stack.graphRequests())['POST /me/events/{eventId}/cancel'], 1);
  });

  it('4. "cancel the all hands" (organized by Megan): Alex only attends, so the card offers Decline straight away; it tells Megan', async () => {
    const { chat, stack } = session;
    const card = await chat.say('cancel the all hands');
    await textOf(card, /Decline this meeting\?\n+All hands\n+.*4:00 PM – 5:00 PM · Organized by Megan Bowen/);
    assert.equal(await chat.button(card, 'Cancel meeting').count(), 0);
    await chat.input(card).fill('Customer visit, sorry');
    await chat.button(card, 'Decline').click();
    await textOf(card, /Declined All hands, .*\.\n+Megan Bowen was told:\n+Customer visit, sorry/);
    const response = (await stack.mailbox(MEGAN.upn)).inbox.find((m: any) => m.subject === 'Declined: All hands');
    assert.equal(response?.comment, 'Customer visit, sorry');
    assert.equal((await stack.graphRequests())['POST /me/events/{eventId}/cancel'] ?? 0, 0, 'no cancel was tried');
  });

  it('7. German through the Playground\'s "Mock an Activity" (its UI only sends en-US): "sag mein Standup um 15 Uhr ab", then "ja"', async () => {
    const { chat, stack } = session;
    const confirm = await chat.sayMocked({ text: 'sag mein Standup um 15 Uhr ab', locale: 'de-DE', timeZone: 'America/Los_Angeles' });
    await textOf(confirm, /Diese Besprechung absagen\?\n+Daily standup\n+.*15:00 – 15:15 · Serie · Du organisierst sie/);
    assert.equal(await chat.button(confirm, 'Nur diese').count(), 1);
    // A button press in the Playground would arrive as en-US; a typed German "ja" keeps the language.
    const messages = await chat.botMessages().count();
    await chat.sendMocked({ text: 'ja', locale: 'de-DE', timeZone: 'America/Los_Angeles' });
    // A typed answer updates the card in place; no second copy of the outcome is posted.
    await textOf(
      confirm,
      /Daily standup, .*15:00 – 15:15, ist abgesagt\.\n+Die Teilnehmer wurden benachrichtigt, ohne Nachricht von dir\./,
    );
    await chat.settled();
    assert.equal(await chat.botMessages().count(), messages, 'the outcome is not posted twice');
    assert.equal((await stack.graphRequests())['POST /me/events/{eventId}/cancel'], 1);
  });
});
