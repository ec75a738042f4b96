import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { cardProblems } from '../support/adaptive-card';
import { button, buttonFor, cardText, hasMore, submitData, subjectsIn } from './support/cards';
import { ALEX, LYNNE, MEGAN, Stack } from './support/stack';
import type { ChatUser, Turn } from './support/teams-channel';

/**
 * The cancel conversation over the Bot Framework protocol: the bot's real HTTP server, its real
 * MSAL + Graph client over HTTPS, against the sandbox; a local channel records replies and updates.
 */
describe('the cancel conversation (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  let stack: Stack;
  let alex: ChatUser;

  before(async () => {
    stack = await Stack.start();
  });
  after(async () => {
    await stack?.stop();
  });
  beforeEach(async () => {
    await stack.reset();
    alex = stack.channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
  });

  /** Graph requests and token grants a piece of conversation cost. */
  async function cost(run: () => Promise<unknown>): Promise<{ graph: Record<string, number>; tokens: number }> {
    const before = await stack.stats();
    await run();
    const after = await stack.stats();
    const graph: Record<string, number> = {};
    for (const [route, n] of Object.entries(after.graph.byRoute)) {
      const delta = n - (before.graph.byRoute[route] ?? 0);
      if (delta) graph[route] = delta;
    }
    return { graph, tokens: after.tokens.total - before.tokens.total };
  }

  async function confirmCardFor(user: ChatUser, subject: string): Promise<Turn> {
    const list = (await user.say('show my meetings')).card();
    let page = list;
    for (let i = 0; i < 5 && !subjectsIn(page.content).includes(subject); i++) {
      page = (await user.click(page.id, button(page.content, 'More'))).card();
    }
    return user.click(page.id, buttonFor(page.content, subject));
  }

  function assertValidCards(turn: Turn): void {
    for (const a of [...turn.sent, ...turn.updated]) {
      for (const att of a.attachments ?? [])
        assert.deepEqual(cardProblems(att.content), [], 'every card parses without errors or warnings');
    }
  }

  it('1. welcomes on install with a "Show my meetings" button', async () => {
    const turn = await alex.install();
    const card = turn.card();
    assert.match(cardText(card.content), /I cancel meetings for you/);
    assert.deepEqual(submitData(card.content), [{ verb: 'showMeetings', page: 1 }]);
    assertValidCards(turn);
  });

  it("2. lists upcoming meetings in the user's zone with one calendarView request: organizer rows get Cancel, attended ones Decline, no cancelled or past ones", async () => {
    let turn!: Turn;
    // The bot's first list for Alex also learns which calendars he has (one batch; the bot keeps them 15 minutes).
    const first = await cost(async () => {
      turn = await alex.say('show my meetings');
    });
    assert.equal(first.graph['POST /$batch'], 2, 'one batch learns the calendars, one reads their views');
    assert.equal(first.graph['GET /me/calendars'], 1);
    const spent = await cost(async () => {
      turn = await alex.say('show my meetings');
    });
    // Then a list is one round trip: his default calendar and his Projects calendar, batched.
    assert.deepEqual(spent.graph, { 'POST /$batch': 1, 'GET /me/calendarView': 1, 'GET /me/calendars/{calendarId}/calendarView': 1 });
    const card = turn.card();
    assertValidCards(turn);
    const subjects = subjectsIn(card.content);
    assert.ok(subjects.length <= 5, `at most 5 per page, got ${subjects.length}`);
    assert.ok(subjects.length > 0, `at most 5 per page, got ${subjects.length}`);
    assert.ok(!subjects.includes('Retro'), 'no past or cancelled meetings');
    assert.ok(!subjects.includes('Design review'), 'no past or cancelled meetings');
    // Daily standup is at 15:00 Pacific: shown as 3:00 PM in Los Angeles whatever the server's zone.
    assert.match(cardText(card.content), /Daily standup\n[^\n]*3:00 PM – 3:15 PM · Recurring · You organize this/);
    // Page through to the meeting Alex only attends.
    let page = card;
    const seen = [...subjects];
    while (!seen.includes('All hands')) {
      page = (await alex.click(page.id, button(page.content, 'More'))).card();
      seen.push(...subjectsIn(page.content));
    }
    assert.deepEqual(buttonFor(page.content, 'All hands').verb, 'offerDecline');
    assert.match(cardText(page.content), /All hands\n[^\n]*Organized by Megan Bowen/);
  });

  it('2b. shows times in Berlin for a user in Berlin', async () => {
    const berlin = stack.channel.user({ ...ALEX, localTimezone: 'Europe/Berlin', locale: 'de-DE' });
    // The standup may be past the first page (on a weekend the next one is days away): paged to it, as the user would.
    let card = (await berlin.say('zeig meine Besprechungen')).card();
    for (let i = 0; i < 5 && !subjectsIn(card.content).includes('Daily standup'); i++) {
      card = (await berlin.click(card.id, button(card.content, 'Mehr'))).card();
    }
    // The next standup, 15:00 Pacific on a weekday, is 00:00 the next day in Berlin; 23:00 in the weeks when only one of the two is on summer time.
    let next = DateTime.now().setZone('America/Los_Angeles').set({ hour: 15, minute: 0, second: 0, millisecond: 0 });
    while (next.weekday > 5 || next <= DateTime.now()) next = next.plus({ days: 1 });
    const inBerlin = (at: DateTime) => at.setZone('Europe/Berlin').toFormat('HH:mm');
    const times = `${inBerlin(next)} – ${inBerlin(next.plus({ minutes: 15 }))}`;
    assert.match(cardText(card.content), new RegExp(`Daily standup\\n[^\\n]*${times} · Serie · Du organisierst sie`));
  });

  it('3-4. confirm card names the meeting and the limit; confirming cancels once with the message, updates the card in place and tells the attendees', async () => {
    const confirm = (await confirmCardFor(alex, '1:1 Alex / Megan')).card();
    const text = cardText(confirm.content);
    assert.match(text, /Cancel this meeting\?\n1:1 Alex \/ Megan\n.*You organize this\nTimes in Pacific Time\n1 attendee/);
    const input = confirm.content.body.find((e: any) => e.type === 'Input.Text');
    assert.match(input.label, /up to 500 characters/);
    assert.equal(input.regex, '^[\\s\\S]{0,500}$');
    assert.match(input.label, /up to 500 characters/);

    let done!: Turn;
    const spent = await cost(async () => {
      done = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Sorry Megan, I am out sick.' });
    });
    assert.deepEqual(spent.graph, { 'GET /me/events/{eventId}': 1, 'POST /me/events/{eventId}/cancel': 1 }, 'one re-read and one cancel');
    assert.equal(spent.tokens, 0, 'the cached token is reused');
    assert.equal(done.updated.length, 1);
    assert.equal(done.updated[0].id, confirm.id, 'the clicked card is updated in place');
    const final = done.updated[0].attachments![0].content;
    assert.match(cardText(final), /Cancelled 1:1 Alex \/ Megan, .*\.\nAttendees were told:\nSorry Megan, I am out sick\./);
    assert.deepEqual(submitData(final), [], 'no live buttons on the final card');

    const megan = await stack.mailbox(MEGAN.upn);
    const message = megan.inbox.find((m: any) => m.subject === 'Canceled: 1:1 Alex / Megan');
    assert.ok(message, 'Megan received the cancellation');
    assert.equal(message.comment, 'Sorry Megan, I am out sick.');
    assert.ok(!(await stack.mailbox(ALEX.upn)).events.some((e: any) => e.subject === '1:1 Alex / Megan'));
  });

  it('3. "Keep it" cancels nothing', async () => {
    const confirm = (await confirmCardFor(alex, '1:1 Alex / Megan')).card();
    const spent = await cost(async () => {
      const done = await alex.click(confirm.id, button(confirm.content, 'Keep it'));
      assert.match(cardText(done.updated[0].attachments![0].content), /Kept 1:1 Alex \/ Megan\. Nothing was cancelled\./);
    });
    assert.equal(spent.graph['POST /me/events/{eventId}/cancel'], undefined);
    assert.ok((await stack.mailbox(ALEX.upn)).events.some((e: any) => e.subject === '1:1 Alex / Megan'));
  });

  it('3. an occurrence: "Only this one" cancels that occurrence and the series goes on', async () => {
    const confirm = (await confirmCardFor(alex, 'Daily standup')).card();
    assert.match(cardText(confirm.content), /part of a series/);
    const done = await alex.click(confirm.id, button(confirm.content, 'Only this one'), { comment: 'No standup today' });
    assert.match(cardText(done.updated[0].attachments![0].content), /^Cancelled Daily standup, /);
    const list = (await alex.say('show my meetings')).card();
    const occurrenceIdsAfter = JSON.stringify(list.content);
    assert.ok(!occurrenceIdsAfter.includes(String(button(confirm.content, 'Only this one').ticket)));
    const megan = await stack.mailbox(MEGAN.upn);
    assert.equal(megan.inbox.filter((m: any) => m.subject === 'Canceled: Daily standup').length, 1);
    // The next standup is still there.
    let page = list;
    const seen = subjectsIn(list.content);
    while (!seen.includes('Daily standup') && hasMore(page.content)) {
      page = (await alex.click(page.id, button(page.content, 'More'))).card();
      seen.push(...subjectsIn(page.content));
    }
    assert.ok(seen.includes('Daily standup'), 'later standups remain');
  });

  it('3. an occurrence: "The whole series" cancels the series master', async () => {
    const confirm = (await confirmCardFor(alex, 'Daily standup')).card();
    const spent = await cost(async () => {
      const done = await alex.click(confirm.id, button(confirm.content, 'The whole series'), { comment: 'Moving to async updates' });
      assert.match(cardText(done.updated[0].attachments![0].content), /Cancelled the whole series Daily standup\./);
    });
    // One read (the master and the occurrence the card showed, in one $batch: both must be as shown), one cancel.
    assert.deepEqual(spent.graph, { 'POST /$batch': 1, 'GET /me/events/{eventId}': 2, 'POST /me/events/{eventId}/cancel': 1 });
    const seen: string[] = [];
    let page = (await alex.say('show my meetings')).card();
    seen.push(...subjectsIn(page.content));
    while (hasMore(page.content)) {
      page = (await alex.click(page.id, button(page.content, 'More'))).card();
      seen.push(...subjectsIn(page.content));
    }
    assert.ok(!seen.includes('Daily standup'), `no standup left: ${seen.join(', ')}`);
  });

  it('3. an occurrence: "the whole series, <message>" typed (after a yes too, in either language) cancels the series with that message', async () => {
    const seriesCancels = async (user: typeof alex, typed: string, message: string) => {
      await stack.reset();
      await confirmCardFor(user, 'Daily standup');
      const done = await user.say(typed);
      assert.equal(done.updated.length, 1, `"${typed}" answers the card`);
      assert.match(
        cardText(done.updated[0].attachments![0].content),
        /(Cancelled the whole series|Die ganze Serie) Daily standup|Daily standup/,
      );
      const megan = await stack.mailbox(MEGAN.upn);
      const told = megan.inbox.filter((m: any) => m.subject === 'Canceled: Daily standup');
      assert.equal(told.length, 1, typed);
      assert.equal(told[0].comment, message, typed);
      assert.ok(
        !(await stack.mailbox(ALEX.upn)).events.some((e: any) => e.subject === 'Daily standup'),
        `"${typed}": the whole series is gone`,
      );
    };
    await seriesCancels(alex, 'the whole series pls. message: role has been filled, thanks all', 'role has been filled, thanks all');
    await seriesCancels(alex, 'yes, the whole series - we are moving to async updates', 'we are moving to async updates');
    const alexDe = stack.channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles', locale: 'de-DE' });
    await seriesCancels(alexDe, 'ja, die ganze Serie, wir machen das ab jetzt schriftlich', 'wir machen das ab jetzt schriftlich');
  });

  it('5. not the organizer: Graph\'s refusal in plain words naming the meeting and organizer, then "Decline instead" with the same message', async () => {
    const list = (await alex.say('show my meetings')).card();
    // The list offers Decline for All hands; a typed "cancel the all hands" reaches the cancel card the same way:
    const allHandsId = await idOf(alex, 'All hands', list);
    const confirm = (await alex.click(list.id, { verb: 'offerCancel', meetingId: allHandsId })).card();
    assert.match(cardText(confirm.content), /Megan Bowen organizes this meeting\./);
    const refused = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Cannot make it' });
    const card = refused.updated[0].attachments![0].content;
    assertValidCards(refused);
    assert.match(cardText(card), /You can't cancel All hands \(.*\): only its organizer, Megan Bowen, can\./);
    assert.match(cardText(card), /You need to be an organizer to cancel a meeting\./);
    const input = card.body.find((e: any) => e.type === 'Input.Text');
    assert.equal(input.value, 'Cannot make it', 'the same message is carried to the decline');
    const declined = await alex.click(refused.updated[0].id, button(card, 'Decline instead'), { comment: input.value });
    assert.match(cardText(declined.updated[0].attachments![0].content), /Declined All hands, .*\nMegan Bowen was told:\nCannot make it/);
    const megan = await stack.mailbox(MEGAN.upn);
    const response = megan.inbox.find((m: any) => m.subject === 'Declined: All hands');
    assert.equal(response?.comment, 'Cannot make it');
  });

  it('6. the meeting is gone (cancelled from another card of this chat): an older card says so and is updated', async () => {
    const first = (await confirmCardFor(alex, 'Interview: frontend candidate')).card();
    const second = (await confirmCardFor(alex, 'Interview: frontend candidate')).card();
    await alex.click(first.id, button(first.content, 'Cancel meeting'), { comment: '' });
    const stale = await alex.click(second.id, button(second.content, 'Cancel meeting'), { comment: '' });
    assert.match(
      cardText(stale.updated[0].attachments![0].content),
      /^Interview: frontend candidate is already cancelled: you cancelled it in this chat on /,
    );
    assert.deepEqual(submitData(stale.updated[0].attachments![0].content), []);
  });

  it('7. throttled: the client follows Retry-After and the cancel goes through once', async () => {
    await stack.admin('POST', '/faults', { failNext: [{ path: '/cancel', method: 'POST', status: 429, count: 1 }], retryAfterSeconds: 1 });
    const confirm = (await confirmCardFor(alex, 'Interview: frontend candidate')).card();
    const done = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'x' });
    assert.match(cardText(done.updated[0].attachments![0].content), /Cancelled Interview: frontend candidate/);
    const patti = await stack.mailbox(LYNNE.upn);
    assert.equal(patti.inbox.filter((m: any) => m.subject === 'Canceled: Interview: frontend candidate').length, 1);
  });

  it('7. throttled for longer than a chat turn can wait: says so at once, sends nothing twice, and the card stays usable', async () => {
    const confirm = (await confirmCardFor(alex, 'Interview: frontend candidate')).card();
    await stack.admin('POST', '/faults', {
      failNext: [{ path: '/cancel', method: 'POST', status: 429, count: 1 }],
      retryAfterSeconds: 120,
    });
    const started = Date.now();
    let busy!: Turn;
    const spent = await cost(async () => {
      busy = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'x' });
    });
    assert.ok(Date.now() - started < 10_000, 'no two-minute wait inside the turn');
    assert.match(busy.text(), /Microsoft 365 is busy right now and nothing was changed/);
    assert.equal(busy.updated.length, 0);
    assert.equal(spent.graph['POST /me/events/{eventId}/cancel'], 1, 'the throttled cancel is not retried after a long Retry-After');
    const done = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'x' });
    assert.match(cardText(done.updated[0].attachments![0].content), /Cancelled Interview: frontend candidate/);
  });

  it('7. Graph unavailable: says so plainly, leaves the card usable, and the same button works later', async () => {
    const confirm = (await confirmCardFor(alex, 'Interview: frontend candidate')).card();
    await stack.admin('POST', '/faults', {
      failNext: [
        { path: '/cancel', method: 'POST', status: 503, count: 1 },
        { path: '/cancel', method: 'POST', status: 504, count: 1 },
      ],
      retryAfterSeconds: 0,
    });
    const failed = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'x' });
    assert.equal(failed.updated.length, 0, 'the card is left as it was');
    assert.match(failed.text(), /couldn't reach Microsoft 365 and nothing was changed/);
    await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'x' });
    const done = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'x' });
    assert.match(cardText(done.updated[0].attachments![0].content), /Cancelled Interview: frontend candidate/);
    const patti = await stack.mailbox(LYNNE.upn);
    assert.equal(patti.inbox.filter((m: any) => m.subject === 'Canceled: Interview: frontend candidate').length, 1, 'attendees told once');
  });

  it('7. consent missing: asks the user to sign in and accept, and shows nothing', async () => {
    const lynne = stack.channel.user({ ...LYNNE, localTimezone: 'Europe/Berlin' });
    const turn = await lynne.say('show my meetings');
    assert.match(turn.text(), /I need your permission to read and change your calendar/);
    assert.equal(turn.sent.filter((a) => a.attachments?.length).length, 0);
  });

  it('8. shows a typing indicator when Graph is slow (none for a quick answer), and "help" explains with examples', async () => {
    await alex.say('show my meetings');
    const quick = stack.channel.typing;
    await alex.say('show my meetings');
    assert.equal(stack.channel.typing, quick, 'a quick answer needs no typing indicator');
    await stack.admin('POST', '/faults', { latencyMs: 800 });
    await alex.say('show my meetings');
    assert.equal(stack.channel.typing, quick + 1, 'a slow one shows it once');
    const turn = await alex.say('help');
    assert.match(turn.text(), /"cancel my 3pm standup"/);
    assert.match(turn.text(), /"show my meetings"/);
  });

  it('rule: exactly one Graph cancel for concurrent double confirms, and both clicks end on the final state', async () => {
    const confirm = (await confirmCardFor(alex, '1:1 Alex / Megan')).card();
    const data = button(confirm.content, 'Cancel meeting');
    const spent = await cost(async () => {
      const turns = await Promise.all([1, 2, 3].map(() => alex.click(confirm.id, data, { comment: 'once' })));
      assert.ok(turns.some((t) => t.updated.length === 1));
    });
    assert.equal(spent.graph['POST /me/events/{eventId}/cancel'], 1);
    // A replay later sees the final state and sends nothing to Graph.
    const replay = await cost(async () => {
      const again = await alex.click(confirm.id, data, { comment: 'once' });
      assert.match(cardText(again.updated[0].attachments![0].content), /Cancelled 1:1 Alex \/ Megan/);
    });
    assert.deepEqual(replay.graph, {});
    const megan = await stack.mailbox(MEGAN.upn);
    assert.equal(megan.inbox.filter((m: any) => m.subject === 'Canceled: 1:1 Alex / Megan').length, 1);
  });

  it("rule: card data is never trusted: forged tickets, another user's ticket and ids not in the calendar cancel nothing", async () => {
    const confirm = (await confirmCardFor(alex, '1:1 Alex / Megan')).card();
    const data = button(confirm.content, 'Cancel meeting');
    const megan = stack.channel.user({ ...MEGAN, localTimezone: 'America/Los_Angeles' });
    const spent = await cost(async () => {
      assert.match((await megan.click(confirm.id, data, { comment: 'hijack' })).text(), /no longer active/);
      assert.match((await alex.click(confirm.id, { ...data, ticket: 'A'.repeat(22) })).text(), /no longer active/);
      assert.match((await alex.click(confirm.id, { ...data, ticket: '../../tokens/x' })).text(), /no longer active/);
      assert.match((await alex.click(confirm.id, { verb: 'confirmDecline', ticket: data.ticket })).text(), /no longer active/);
      // Data not of the verb's contract never reaches a flow.
      assert.match((await alex.click(confirm.id, { ...data, ticket: { $ne: '' } })).text(), /no longer active/);
      assert.match((await alex.click(confirm.id, { ...data, scope: 'everything' })).text(), /no longer active/);
      assert.match((await alex.click(confirm.id, { ...data, comment: ['a'] })).text(), /no longer active/);
    });
    assert.equal(spent.graph['POST /me/events/{eventId}/cancel'], undefined);
    // An event id from Megan's own mailbox, or made up, is not on Alex's calendar.
    const meganEvent = (await stack.mailbox(MEGAN.upn)).events[0].id;
    for (const meetingId of [meganEvent, 'AAMkFORGED']) {
      const turn = await alex.click(confirm.id, { verb: 'offerCancel', meetingId });
      assert.match(turn.text(), /^Microsoft 365 no longer finds that meeting in its calendar, so nothing was sent\./);
    }
    // Not even the shape of a row's button: a forged or outdated card.
    assert.match((await alex.click(confirm.id, { verb: 'offerCancel', meetingId: '' })).text(), /no longer active/);
    // The real card still works afterwards.
    const done = await alex.click(confirm.id, data, { comment: '' });
    assert.match(cardText(done.updated[0].attachments![0].content), /Cancelled 1:1 Alex \/ Megan/);
  });

  it('rule: comments: empty is fine, over-long is refused with the limit (card stays usable), hostile text arrives literally', async () => {
    const confirm = (await confirmCardFor(alex, '1:1 Alex / Megan')).card();
    const data = button(confirm.content, 'Cancel meeting');
    const tooLong = await alex.click(confirm.id, data, { comment: 'x'.repeat(501) });
    assert.match(tooLong.text(), /501 characters; the limit is 500/);
    assert.equal(tooLong.updated.length, 0);
    const hostile = '[click](https://evil.example) <at>Megan</at> **now**\u0000\u202E';
    const done = await alex.click(confirm.id, data, { comment: hostile });
    assert.ok(cardText(done.updated[0].attachments![0].content).includes('[click](https://evil.example) <at>Megan</at> **now**'));
    const message = (await stack.mailbox(MEGAN.upn)).inbox.find((m: any) => m.subject === 'Canceled: 1:1 Alex / Megan');
    assert.equal(message.comment, '[click](https://evil.example) <at>Megan</at> **now**', 'control characters stripped, the rest literal');

    const other = (await confirmCardFor(alex, 'Interview: frontend candidate')).card();
    await alex.click(other.id, button(other.content, 'Cancel meeting'), {});
    const lynne = (await stack.mailbox(LYNNE.upn)).inbox.find((m: any) => m.subject === 'Canceled: Interview: frontend candidate');
    assert.equal(lynne.comment, '');
  });

  it('bad input: unknown card verbs, malformed activities and shared chats get clear answers and touch no calendar', async () => {
    const spent = await cost(async () => {
      assert.match((await alex.click('some-card', { verb: 'launchRockets' })).text(), /no longer active/);
      const group = stack.channel.user({ ...ALEX, conversationType: 'groupChat' });
      assert.match((await group.say('show my meetings')).text(), /only work in our 1:1 chat/);
      const malformed = await stack.channel.post({ type: 'message', text: 'hi' });
      assert.ok(malformed >= 400, `malformed activity answered ${malformed}`);
      assert.ok(malformed < 500, `malformed activity answered ${malformed}`);
    });
    assert.deepEqual(spent.graph, {});
  });

  it("security: the bot's logs (at debug level) hold no token, SSO assertion, message text or cancellation comment", async () => {
    const secret = 'Confidential: layoffs announced Friday';
    const confirm = (await confirmCardFor(alex, '1:1 Alex / Megan')).card();
    await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: secret });
    await alex.say('cancel my meeting about the merger with Megan');
    const logged = [...stack.bot.logs, ...stack.bot.errors].join('\n');
    assert.ok(stack.bot.logs.length > 0, 'the bot does log');
    assert.ok(!logged.includes(secret), 'no cancellation comment');
    assert.ok(!logged.includes('merger'), 'no message text');
    assert.ok(!/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/.test(logged), 'no JWT (access token or SSO assertion)');
    assert.ok(!logged.includes(stack.info.clientSecret), 'no client secret');
  });

  it('typed "yes" confirms the pending card (without a message) and "no" keeps it', async () => {
    const confirm = (await confirmCardFor(alex, 'Interview: frontend candidate')).card();
    const kept = await alex.say('no');
    assert.equal(kept.updated[0]?.id, confirm.id);
    assert.match(cardText(kept.updated[0].attachments![0].content), /Kept Interview/);
    const again = (await confirmCardFor(alex, 'Interview: frontend candidate')).card();
    const yes = await alex.say('yes');
    assert.equal(yes.updated[0]?.id, again.id);
    assert.match(cardText(yes.updated[0].attachments![0].content), /Cancelled Interview: frontend candidate/);
  });

  it('typed "yes - <message>" sends the message, however short, exactly as typed', async () => {
    const confirm = (await confirmCardFor(alex, 'Interview: frontend candidate')).card();
    const yes = await alex.say('yes - Candidate withdrew');
    assert.equal(yes.updated[0]?.id, confirm.id);
    assert.match(
      cardText(yes.updated[0].attachments![0].content),
      /Cancelled Interview: frontend candidate.*\nAttendees were told:\nCandidate withdrew/,
    );
    const lynne = (await stack.mailbox(LYNNE.upn)).inbox.find((m: any) => m.subject === 'Canceled: Interview: frontend candidate');
    assert.equal(lynne.comment, 'Candidate withdrew');
  });

  // Session 11: "yes, and <another meeting>" confirms this card as a bare yes would, then offers the other one.
  it('typed "yes, and <another meeting>" is never sent to this meeting\'s attendees: a yes, then the other meeting', async () => {
    for (const text of ["yes, don't cancel it", 'yes, wait']) {
      const card = (await confirmCardFor(alex, 'Interview: frontend candidate')).card();
      const turn = await alex.say(text);
      const shown = turn.updated.filter((a) => a.id === card.id).map((a) => cardText(a.attachments![0].content));
      assert.ok(!shown.some((t) => /Cancelled/.test(t)), `${text}: nothing cancelled`);
    }
    const confirm = (await confirmCardFor(alex, 'Interview: frontend candidate')).card();
    const told = async () =>
      (await stack.mailbox(LYNNE.upn)).inbox
        .filter((m: any) => m.subject === 'Canceled: Interview: frontend candidate')
        .map((m: any) => m.comment);
    assert.deepEqual(await told(), [], 'nothing was cancelled');
    const turn = await alex.say('yes, and the 1:1 with Megan');
    assert.equal(turn.updated[0]?.id, confirm.id, 'the card shows its outcome');
    assert.deepEqual(await told(), [''], 'cancelled with no message: never those words');
    assert.match(cardText(turn.card().content), /1:1 Alex \/ Megan/);
  });
});

async function idOf(user: ChatUser, subject: string, first: { id: string; content: any }): Promise<string> {
  let page = first;
  for (let i = 0; i < 6; i++) {
    if (subjectsIn(page.content).includes(subject)) return String(buttonFor(page.content, subject).meetingId);
    page = (await user.click(page.id, button(page.content, 'More'))).card();
  }
  throw new Error(`${subject} not listed`);
}
