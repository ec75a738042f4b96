import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { button, buttonFor, cardText, submitData } from './support/cards';
import { standupEveryDay } from './support/every-day';
import { ALEX, MEGAN, graphRoutesSpent, stackForSuite } from './support/stack';

/**
 * Natural language through the bot's HTTP endpoint: one typed sentence lands on the right card
 * in one turn, at the cost of one calendarView.
 */
describe('natural language through the bot (English and German)', function () {
  this.timeout(60000);

  const stack = stackForSuite(standupEveryDay);

  /** The next weekday standup (15:00 Pacific) that has not started yet, as the bot would show it. */
  function nextStandup(zone: string, locale: string): string {
    let day = DateTime.now().setZone('America/Los_Angeles').set({ hour: 15, minute: 0, second: 0, millisecond: 0 });
    // This suite's standup is on every day of the week (standupEveryDay).
    while (day <= DateTime.now()) day = day.plus({ days: 1 });
    return day.setZone(zone).setLocale(locale).toLocaleString({ weekday: 'short', month: 'short', day: 'numeric' });
  }

  it('"cancel my 3pm standup" lands on the next standup\'s confirm card in one turn with one batch of calendarViews, then cancels that occurrence', async () => {
    const alex = stack().channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    let card!: { id: string; content: any };
    const spent = await graphRoutesSpent(stack(), async () => {
      card = (await alex.say('cancel my 3pm standup')).card();
    });
    // The bot's first turn for Alex learns his calendars (kept 15 minutes), then one batch reads both of them,
    // each in two slices of whole local days (four requests: what Outlook runs at once in a mailbox).
    assert.equal(spent['POST /$batch'], 2);
    assert.equal(spent['GET /me/calendarView'], 2);
    assert.equal(spent['GET /me/calendars/{calendarId}/calendarView'], 2);
    const text = cardText(card.content);
    assert.match(text, /^Cancel this meeting\?\nDaily standup\n/);
    assert.ok(text.includes(`${nextStandup('America/Los_Angeles', 'en-US')}, 3:00 PM – 3:15 PM`), text);
    const done = await alex.click(card.id, button(card.content, 'Only this one'), { comment: 'Skipping today' });
    assert.match(cardText(done.updated[0].attachments![0].content), /Cancelled Daily standup/);
    const inbox = (await stack().mailbox(MEGAN.upn)).inbox.filter((m: any) => m.subject === 'Canceled: Daily standup');
    assert.deepEqual(
      inbox.map((m: any) => m.comment),
      ['Skipping today'],
    );
  });

  it("a message typed with the request fills the confirm card's box; nothing is sent until the user confirms, and what they confirm is sent", async () => {
    const alex = stack().channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    const card = (await alex.say("cancel my 3pm standup and tell them we'll catch up Friday")).card();
    const input = (card.content.body as any[]).find((element) => element.type === 'Input.Text');
    assert.equal(input?.value, "we'll catch up Friday");
    assert.deepEqual(
      (await stack().mailbox(MEGAN.upn)).inbox.filter((m: any) => m.subject === 'Canceled: Daily standup'),
      [],
    );
    // Teams sends the box's content with the click; the user kept the text as pre-filled.
    await alex.click(card.id, button(card.content, 'Only this one'), { comment: input.value });
    const inbox = (await stack().mailbox(MEGAN.upn)).inbox.filter((m: any) => m.subject === 'Canceled: Daily standup');
    assert.deepEqual(
      inbox.map((m: any) => m.comment),
      ["we'll catch up Friday"],
    );
  });

  it('"sag mein Standup um 15 Uhr ab" works for a German user in Los Angeles time, with German cards', async () => {
    const alex = stack().channel.user({ ...ALEX, locale: 'de-DE', localTimezone: 'America/Los_Angeles' });
    const card = (await alex.say('sag mein Standup um 15 Uhr ab')).card();
    const text = cardText(card.content);
    assert.match(text, /^Diese Besprechung absagen\?\nDaily standup\n/);
    assert.ok(text.includes(`${nextStandup('America/Los_Angeles', 'de-DE')}, 15:00 – 15:15`), text);
    assert.deepEqual(
      submitData(card.content).map((d) => d.scope ?? d.verb),
      ['occurrence', 'series', 'keep'],
    );
  });

  it('a German Teams user who writes English (or an English one who writes German) is understood, and answered in the Teams language', async () => {
    const german = stack().channel.user({ ...ALEX, locale: 'de-DE', localTimezone: 'America/Los_Angeles' });
    const card = (await german.say('cancel my standup at 3pm')).card();
    assert.match(cardText(card.content), /^Diese Besprechung absagen\?\nDaily standup\n/);
    const english = stack().channel.user({ ...ALEX, locale: 'en-US', localTimezone: 'America/Los_Angeles' });
    const again = (await english.say('sag mein Standup um 15 Uhr ab')).card();
    assert.match(cardText(again.content), /^Cancel this meeting\?\nDaily standup\n/);
  });

  it("a Berlin user's times are Berlin's, not the server's or the mailbox's zone: the standup is at midnight for them, and never at 3pm", async () => {
    const alex = stack().channel.user({ ...ALEX, localTimezone: 'Europe/Berlin' });
    // A standup from tomorrow on (15:00 Pacific, a weekday) as Berlin has it: midnight, or 11 PM the day before in the weeks
    // when only one of the two zones is on summer time.
    let standup = DateTime.now().setZone('America/Los_Angeles').plus({ days: 1 }).set({ hour: 15, minute: 0, second: 0, millisecond: 0 });
    while (standup.weekday > 5) standup = standup.plus({ days: 1 });
    const berlin = standup.setZone('Europe/Berlin').setLocale('en-US');
    const weekday = berlin.toFormat('cccc');
    const midnight = cardText((await alex.say(`cancel my ${berlin.toFormat('ha').toLowerCase()} standup on ${weekday}`)).card().content);
    assert.match(
      midnight,
      new RegExp(`^Cancel this meeting\\?\\nDaily standup\\n[^\\n]*${berlin.toFormat('h:mm')}\\s?${berlin.toFormat('a')}`),
    );
    const threePm = cardText((await alex.say(`cancel my 3pm standup on ${weekday}`)).card().content);
    assert.doesNotMatch(threePm, /^Cancel this meeting\?/, 'no standup at 3pm Berlin time: nothing is offered as if it were');
    assert.doesNotMatch(threePm, /at 3:00/);
  });

  it('several matches: one button per candidate, best first, with reasons; "the second one" picks from it', async () => {
    const alex = stack().channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    const choose = (await alex.say('cancel my meeting tomorrow')).card();
    const text = cardText(choose.content);
    assert.match(text, /^Which meeting do you mean\?/);
    const buttons = submitData(choose.content);
    assert.ok(buttons.length >= 2, JSON.stringify(buttons));
    assert.match(text, /1:1 Alex \/ Megan/);
    const subjects = text.split('\n').filter((_, i, all) => all[i + 1] && /·/.test(all[i + 1]));
    const second = (await alex.say('the second one')).card();
    assert.match(
      cardText(second.content),
      new RegExp(`^Cancel this meeting\\?\\n${subjects[1].replace(/[/\\^$*+?.()|[\]{}]/g, '\\$&')}\\n`),
    );
  });

  it('"cancel all my meetings tomorrow": one card, one message, meetings of others set apart and not cancelled', async () => {
    const alex = stack().channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    const card = (await alex.say('cancel all my meetings tomorrow')).card();
    const text = cardText(card.content);
    assert.match(text, /^Cancel these \d+ meetings\?/);
    assert.match(text, /1:1 Alex \/ Megan/);
    assert.match(text, /You don't organize these, so you can't cancel them[\s\S]*All hands/);
    const confirm = button(card.content, submitData(card.content).length ? String(card.content.actions[0].title) : '');
    const spent = await graphRoutesSpent(stack(), async () => {
      const done = await alex.click(card.id, confirm, { comment: 'Out tomorrow' });
      assert.match(cardText(done.updated[0].attachments![0].content), /^Cancelled \d+ meetings?:/);
    });
    assert.equal(spent['POST /me/events/{eventId}/cancel'] >= 1, true);
    const megan = await stack().mailbox(MEGAN.upn);
    assert.ok(megan.inbox.some((m: any) => m.subject === 'Canceled: 1:1 Alex / Megan' && m.comment === 'Out tomorrow'));
    assert.ok(!megan.inbox.some((m: any) => m.subject === 'Canceled: All hands'), "All hands is Megan's own meeting");
    assert.ok(megan.events.some((e: any) => e.subject === 'All hands' && !e.isCancelled));
  });

  it('"yes, but keep X" / "ja, aber nicht X" on a bulk card cancels nothing yet: the card comes again without X, to confirm', async () => {
    const alex = stack().channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    const first = (await alex.say('cancel all my meetings tomorrow')).card();
    assert.match(cardText(first.content), /1:1 Alex \/ Megan/);
    const count = Number(/^Cancel these (\d+) meetings\?/.exec(cardText(first.content))![1]);
    const without = await alex.say('yes, but keep the 1:1, sorry all');
    assert.equal((await stack().mailbox(MEGAN.upn)).inbox.filter((m: any) => /^Canceled:/.test(m.subject)).length, 0, 'nothing sent yet');
    assert.equal(without.updated.length, 1, 'the first card ends, replaced');
    const again = without.card();
    const text = cardText(again.content);
    assert.doesNotMatch(text, /1:1 Alex \/ Megan/);
    assert.match(text, count - 1 === 1 ? /Daily standup|Cancel/ : new RegExp(`Cancel (these ${count - 1} meetings|both)`));
    const done = await alex.say('yes');
    assert.match(cardText(done.updated[0].attachments![0].content), /^Cancelled /);
    const megan = await stack().mailbox(MEGAN.upn);
    assert.ok(!megan.inbox.some((m: any) => m.subject === 'Canceled: 1:1 Alex / Megan'), 'the 1:1 was kept');
    assert.ok(
      megan.inbox.some((m: any) => /^Canceled:/.test(m.subject) && m.comment === 'sorry all'),
      'the rest cancelled with the message',
    );
    assert.ok(!megan.inbox.some((m: any) => /keep/.test(m.comment ?? '')), 'the exception is no message');
  });

  it('"yes, but not X" naming no meeting of the bulk card, or on a card of one meeting: nothing is cancelled, the user is told', async () => {
    const alex = stack().channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles', locale: 'de-DE' });
    await alex.say('sag alle meine Termine morgen ab');
    const said = await alex.say('ja, aber nicht das Budget-Review');
    assert.match(said.text(), /Nichts wurde abgesagt/);
    assert.equal(said.updated.length, 0);
    await alex.say('sag das 1:1 mit Megan morgen ab');
    // A card of one meeting (session 11): said as such, not in the bulk card's words.
    assert.match(
      (await alex.say('ja, aber nicht das Standup')).text(),
      /^Es wurde nichts gesendet: Diese Karte gilt einer einzigen Besprechung/,
    );
    assert.equal((await stack().mailbox(MEGAN.upn)).inbox.filter((m: any) => /^Canceled:/.test(m.subject)).length, 0);
  });

  it('a row of a bulk card declined, then "yes": not "nothing waiting" (the bulk card is still open, and still works)', async () => {
    const alex = stack().channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    const bulk = (await alex.say('cancel all my meetings tomorrow')).card();
    const decline = (await alex.click(bulk.id, button(bulk.content, 'Decline'))).card();
    assert.match(cardText(decline.content), /^Decline this meeting\?\nAll hands/);
    await alex.click(decline.id, button(decline.content, 'Decline'), { comment: '' });
    const yes = await alex.say('yes');
    assert.doesNotMatch(yes.text(), /nothing waiting/);
    assert.match(yes.text(), /The card I showed last is done already/);
    assert.equal(yes.updated.length, 0, 'no card changed');
    const done = await alex.click(bulk.id, button(bulk.content, String(bulk.content.actions[0].title)), { comment: '' });
    assert.match(cardText(done.updated[0].attachments![0].content), /^Cancelled /);
  });

  it('two meetings joined by "and" / "und" are one bulk card of both, the reason as its message (held-out 12)', async () => {
    const alex = stack().channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    const card = (await alex.say("cancel the 1:1 with megan and the standup tomorrow, I'm out sick")).card();
    const text = cardText(card.content);
    assert.match(text, /^Cancel (both|these 2 meetings)\?/);
    assert.match(text, /1:1 Alex \/ Megan/);
    assert.match(text, /Daily standup/);
    const input = (card.content.body as any[]).find((element) => element.type === 'Input.Text');
    assert.equal(input?.value, "I'm out sick");
    const done = await alex.click(card.id, button(card.content, String(card.content.actions[0].title)), { comment: input.value });
    assert.match(cardText(done.updated[0].attachments![0].content), /^Cancelled /);
    const cancelled = (await stack().mailbox(MEGAN.upn)).inbox.filter((m: any) => /^Canceled:/.test(m.subject));
    assert.deepEqual(cancelled.map((m: any) => `${m.subject} | ${m.comment}`).sort(), [
      "Canceled: 1:1 Alex / Megan | I'm out sick",
      "Canceled: Daily standup | I'm out sick",
    ]);
    const german = stack().channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles', locale: 'de-DE' });
    assert.match(cardText((await german.say('sag das Interview und das Budget Review übermorgen ab')).card().content), /^(Beide|Diese 2)/);
  });

  it("a reason said as a noun phrase after a dash is the message in the card's box, not title words (held-out 12)", async () => {
    const alex = stack().channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    const card = (await alex.say('cancel the 1:1 with megan tomorrow - budget freeze')).card();
    assert.match(cardText(card.content), /^Cancel this meeting\?\n1:1 Alex \/ Megan/);
    const input = (card.content.body as any[]).find((element) => element.type === 'Input.Text');
    assert.equal(input?.value, 'budget freeze');
  });

  it('"not the whole thing" / "nicht alle" asks for the one meeting, never a bulk of the others (trial 11)', async () => {
    const alex = stack().channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    const card = (await alex.say('cancel the standup tomorrow, not the whole thing')).card();
    const text = cardText(card.content);
    assert.match(text, /^Cancel this meeting\?\n(?:Times in .*\n)?Daily standup\n/);
    assert.doesNotMatch(text, /1:1 Alex \/ Megan/);
    const done = await alex.click(card.id, button(card.content, 'Only this one'), { comment: '' });
    assert.match(cardText(done.updated[0].attachments![0].content), /Cancelled Daily standup/);
    const cancelled = (await stack().mailbox(MEGAN.upn)).inbox.filter((m: any) => /^Canceled:/.test(m.subject));
    assert.deepEqual(
      cancelled.map((m: any) => m.subject),
      ['Canceled: Daily standup'],
    );
    const german = stack().channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles', locale: 'de-DE' });
    assert.match(
      cardText((await german.say('sag das Standup übermorgen ab, nur dieses, nicht alle')).card().content),
      /^Diese Besprechung absagen\?\n(?:.*\n)?Daily standup\n/,
    );
  });

  it('"decline the all hands" goes to the decline card; anything else gets help with examples, never silence', async () => {
    const alex = stack().channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    const decline = (await alex.say('decline the all hands')).card();
    assert.match(cardText(decline.content), /^Decline this meeting\?\nAll hands/);
    // With that card waiting, what is not understood is answered with the card (how to answer it); with none, examples.
    const other = await alex.say('what is the weather like');
    assert.match(other.text(), /didn't get that[\s\S]*decline All hands is still waiting/);
    const newcomer = stack().channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    assert.match((await newcomer.say('what is the weather like')).text(), /didn't get that[\s\S]*"cancel my 3pm standup"/);
    const list = (await alex.say('show my meetings')).card();
    assert.ok(buttonFor(list.content, 'Daily standup'));
  });
});
