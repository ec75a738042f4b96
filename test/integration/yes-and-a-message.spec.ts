import { strict as assert } from 'node:assert';
import { cardText, subjectsIn } from './support/cards';
import { ALEX, LYNNE, MEGAN, Stack } from './support/stack';
import type { ChatUser } from './support/teams-channel';

/**
 * What users type on and around an open card (trial 9): "yes, <message>" whose message names a day, a move or a
 * reason is that message; a yes-led message with nothing waiting starts nothing. Nothing is sent without a yes.
 */
describe('a yes with a message, on and around an open card (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  let stack: Stack;
  let alex: ChatUser;
  let urs: ChatUser;

  before(async () => {
    stack = await Stack.start();
  });
  after(async () => {
    await stack?.stop();
  });
  beforeEach(async () => {
    await stack.reset();
    alex = stack.channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    urs = stack.channel.user({ ...ALEX, locale: 'de-DE', localTimezone: 'Europe/Berlin' });
  });

  const told = async (upn: string, subject: string) => (await stack.mailbox(upn)).inbox.find((m: any) => m.subject === subject)?.comment;
  const interviewCancelled = () => told(LYNNE.upn, 'Canceled: Interview: frontend candidate');

  const messages: Array<[() => ChatUser, string, string, string]> = [
    [() => alex, 'cancel the frontend candidate interview', 'yes, pushed to Thursday', 'pushed to Thursday'],
    [() => alex, 'cancel the frontend candidate interview', 'ok, postponing until next week', 'postponing until next week'],
    [() => alex, 'cancel the frontend candidate interview', 'yes, out sick tomorrow, back on Monday', 'out sick tomorrow, back on Monday'],
    [() => alex, 'cancel the frontend candidate interview', 'sure, Friday then', 'Friday then'],
    [() => urs, 'sag das Interview ab', 'ja, verlegen wir auf Montag', 'verlegen wir auf Montag'],
    [() => urs, 'sag das Interview ab', 'ja, bin übermorgen krank', 'bin übermorgen krank'],
    [() => urs, 'sag das Interview ab', 'klar, am Freitag um 10 dann', 'am Freitag um 10 dann'],
    // Trial 11: an apology for the cancelling is the message, not a request.
    [
      () => alex,
      'cancel the frontend candidate interview',
      'yes, sorry to cancel at such short notice',
      'sorry to cancel at such short notice',
    ],
    [() => urs, 'sag das Interview ab', 'ja, tut mir leid, dass ich so kurzfristig absage', 'tut mir leid, dass ich so kurzfristig absage'],
    // Trial 11: the verb said again with no comma is a bare yes.
    [() => alex, 'cancel the frontend candidate interview', 'yes please cancel', ''],
    [() => alex, 'cancel the frontend candidate interview', 'ok cancel', ''],
    [() => urs, 'sag das Interview ab', 'ja bitte absagen', ''],
  ];
  for (const [who, request, yes, message] of messages) {
    it(`"${yes}" on the card of "${request}" cancels it with that message`, async () => {
      const confirm = (await who().say(request)).card();
      const answer = await who().say(yes);
      assert.equal(answer.updated[0]?.id, confirm.id, 'the confirm card itself is settled');
      assert.equal(await interviewCancelled(), message);
    });
  }

  // Session 11: a request added to the yes confirms the card too (as a bare "yes"), then is answered.
  it('"yes, and decline the all hands too" is no message: the interview is cancelled (with none), the all hands is offered', async () => {
    await alex.say('cancel the frontend candidate interview');
    const answer = await alex.say('yes, and decline the all hands too');
    assert.equal(await interviewCancelled(), '');
    assert.match(cardText(answer.card().content), /All hands/);
  });

  // Trial 9 #10. Decided: "ya thx, sry ppl" is a yes ("ya", as alone) with thanks, and "sry ppl" is for the attendees.
  it('"ya thx, sry ppl" / "ja danke, sorry Leute" on the card: a yes, the rest is the message', async () => {
    await alex.say('cancel the frontend candidate interview');
    await alex.say('ya thx, sry ppl');
    assert.equal(await interviewCancelled(), 'sry ppl');
    await stack.reset();
    await urs.say('sag das Interview ab');
    await urs.say('ja danke, sorry Leute');
    assert.equal(await interviewCancelled(), 'sorry Leute');
  });

  it('a request corrected in the same message: the corrected part wins ("…, no wait, …", "…, nein warte, …")', async () => {
    const card = cardText((await alex.say('cancel the weekly sync, no wait, the budget review')).card().content);
    assert.match(card, /Budget review/);
    assert.doesNotMatch(card, /Weekly sync/);
    const karte = cardText((await urs.say('sag das Weekly sync ab, nein warte, das Budget review')).card().content);
    assert.match(karte, /Budget review/);
    assert.doesNotMatch(karte, /Weekly sync/);
  });

  it('"ich will aus dem All-hands raus", "get me out of the all hands": the decline card, nothing sent yet', async () => {
    for (const [who, text] of [
      [urs, 'ich will aus dem All-hands raus'],
      [alex, 'get me out of the all hands'],
    ] as Array<[ChatUser, string]>) {
      const card = cardText((await who.say(text)).card().content);
      assert.match(card, /All hands/);
      assert.match(card, /Megan Bowen/);
    }
    assert.equal((await stack.mailbox(MEGAN.upn)).inbox.length, 0);
  });

  // Trial 9 #10: "keep it" on a choice card answered "nothing waiting" and stopped there; the list is what is open.
  it('"keep it" / "behalten" with a list to pick from on screen: says the list is open and nothing is cancelled', async () => {
    for (const [who, list, keep, says] of [
      [alex, 'show my meetings', 'keep it', /list of meetings I showed last is still open.*nothing is cancelled until you confirm/s],
      [urs, 'zeig meine Besprechungen', 'behalten', /Liste, die ich zuletzt gezeigt habe, ist noch offen.*abgesagt wird erst/s],
    ] as Array<[ChatUser, string, string, RegExp]>) {
      await who.say(list);
      const answer = await who.say(keep);
      assert.match(answer.text(), says);
      assert.equal(answer.updated.length, 0, 'the list stays as it is');
    }
    // With nothing shown (another user's chat), it stays "nothing waiting".
    const megan = stack.channel.user({ ...MEGAN, localTimezone: 'America/Los_Angeles' });
    assert.match((await megan.say('keep it')).text(), /nothing waiting for a yes or no right now\. Say "show my meetings"/);
  });

  // Trial 9 #7: "ja, nächste Woche dann" with nothing open offered a meeting, and "ja, leider krank" then declined it.
  const nothingOpen: Array<[() => ChatUser, string, RegExp]> = [
    [() => urs, 'ja, übermorgen dann', /Gerade wartet nichts auf ein Ja oder Nein/],
    [() => urs, 'gerne, nächsten Montag', /Gerade wartet nichts auf ein Ja oder Nein/],
    [() => urs, 'passt, Donnerstag um 15 Uhr', /Gerade wartet nichts auf ein Ja oder Nein/],
    [() => alex, 'ok, next week then', /nothing waiting for a yes or no/],
    [() => alex, 'yes, moving it to Monday', /nothing waiting for a yes or no/],
  ];
  for (const [who, text, answer] of nothingOpen) {
    it(`"${text}" with nothing open starts nothing, and a "yes" after it sends nothing`, async () => {
      const first = await who().say(text);
      assert.equal(first.sent.filter((a) => a.attachments?.length).length, 0, 'no card');
      assert.match(first.text(), answer);
      const then = await who().say(who() === urs ? 'ja, leider krank' : 'yes, sorry');
      assert.match(then.text(), answer);
      const megan = await stack.mailbox(MEGAN.upn);
      assert.equal(megan.inbox.length, 0, 'nobody was told anything');
      assert.equal(await interviewCancelled(), undefined);
    });
  }
});

describe('rows of a later page (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  let stack: Stack;

  before(async () => {
    stack = await Stack.start();
  });
  after(async () => {
    await stack?.stop();
  });
  beforeEach(() => stack.reset());

  // Trial 9 #5: "the 7th" with rows 6-10 on screen is their second row (rows counted over the pages shown).
  for (const [locale, more, said, row] of [
    ['en-US', 'more', 'cancel the 7th', 1],
    ['en-US', 'more', 'number 8', 2],
    ['en-US', 'more', 'cancel the ninth one', 3],
    ['de-DE', 'weitere', 'sag die siebte ab', 1],
    ['de-DE', 'weitere', 'Nummer 8', 2],
  ] as Array<[string, string, string, number]>) {
    it(`${locale} "${said}" with page 2 on screen: row ${row + 6} of the list, page 2's row ${row + 1}`, async () => {
      const user = stack.channel.user({ ...ALEX, locale, localTimezone: 'America/Los_Angeles' });
      await user.say(locale === 'en-US' ? 'show my meetings' : 'zeig meine Besprechungen');
      const rows = subjectsIn((await user.say(more)).card().content);
      const answer = await user.say(said);
      assert.doesNotMatch(answer.text(), /only 5|nur 5/);
      assert.ok(cardText(answer.card().content).includes(rows[row]), `the card names ${rows[row]}`);
    });
  }

  it('"cancel the 7th" with page 1 on screen (no 7th row shown): the 7th of the month, as with no list', async () => {
    const user = stack.channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    await user.say('show my meetings');
    const answer = await user.say('cancel the 7th');
    assert.doesNotMatch(answer.text(), /The list has only/);
    assert.match(answer.text() + cardText(answer.sent.find((a) => a.attachments?.length)?.attachments?.[0]?.content ?? {}), /\b7\b/);
  });

  // Trial 9 #5. Decided: "the second one" is the second row of the page on screen (the card shows no numbers, and a
  // page is what the user looks at), not page 1's second row, which is no longer the latest card.
  for (const [locale, more, second] of [
    ['en-US', 'more', 'cancel the second one'],
    ['de-DE', 'weitere', 'sag die zweite ab'],
  ]) {
    it(`${locale} "${second}" with page 2 on screen: page 2's second row`, async () => {
      const user = stack.channel.user({ ...ALEX, locale, localTimezone: 'America/Los_Angeles' });
      const first = (await user.say(locale === 'en-US' ? 'show my meetings' : 'zeig meine Besprechungen')).card();
      const page2 = (await user.say(more)).card();
      const rows = subjectsIn(page2.content);
      assert.ok(rows.length >= 2, 'page 2 has two rows at least');
      assert.notDeepEqual(rows, subjectsIn(first.content));
      const confirm = (await user.say(second)).card();
      const text = cardText(confirm.content);
      assert.ok(text.includes(rows[1]), `the card names ${rows[1]}: ${text} (rows ${rows.join(', ')})`);
      assert.equal((await stack.mailbox(MEGAN.upn)).inbox.length, 0, 'nothing sent before a yes');
    });
  }
});
