import { strict as assert } from 'node:assert';
import { boxOf, button, cardText } from './support/cards';
import { ALEX, LYNNE, MEGAN, Stack } from './support/stack';
import type { ChatUser } from './support/teams-channel';

/**
 * A message reaches the attendees as the user wrote it (trial 8): typed with the request and confirmed with a
 * typed "yes", and with every character a person types (emoji joined by ZWJ, ZWNJ, right-to-left marks).
 */
describe('messages arrive as the user wrote them (bot over HTTP against the sandbox)', function () {
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

  const cancelled = async (upn: string, subject: string) =>
    (await stack.mailbox(upn)).inbox.find((m: any) => m.subject === `Canceled: ${subject}`);

  it('a typed "yes" sends the message typed with the request, the one the card shows in its box', async () => {
    const confirm = (await alex.say("cancel the frontend candidate interview with message: sorry, I'm sick")).card();
    assert.equal(boxOf(confirm.content), "sorry, I'm sick");
    assert.match(cardText(confirm.content), /Typing "yes" in the chat cancels it with the message you wrote in your request/);
    const yes = await alex.say('yes');
    assert.equal(yes.updated[0]?.id, confirm.id);
    assert.match(cardText(yes.updated[0].attachments![0].content), /Attendees were told:\nsorry, I'm sick/);
    assert.equal((await cancelled(LYNNE.upn, 'Interview: frontend candidate'))?.comment, "sorry, I'm sick");
  });

  it('"yes, <message>" sends that message instead of the one typed with the request', async () => {
    await alex.say("cancel the frontend candidate interview with message: sorry, I'm sick");
    await alex.say('yes, we hired someone else');
    assert.equal((await cancelled(LYNNE.upn, 'Interview: frontend candidate'))?.comment, 'we hired someone else');
  });

  it('a click sends what the box holds, not what the request carried', async () => {
    const confirm = (await alex.say("cancel the frontend candidate interview with message: sorry, I'm sick")).card();
    await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: '' });
    assert.equal((await cancelled(LYNNE.upn, 'Interview: frontend candidate'))?.comment, '');
  });

  it('in German: "ja" sends the message typed with "sag … ab mit der Nachricht: …"', async () => {
    const urs = stack.channel.user({ ...ALEX, locale: 'de-CH', localTimezone: 'Europe/Zurich' });
    const confirm = (await urs.say('sag das Interview ab mit der Nachricht: Bin krank, sorry!')).card();
    assert.equal(boxOf(confirm.content), 'Bin krank, sorry!');
    assert.match(cardText(confirm.content), /„Ja“ im Chat sagt sie mit der Nachricht aus deiner Anfrage ab/);
    await urs.say('ja');
    assert.equal((await cancelled(LYNNE.upn, 'Interview: frontend candidate'))?.comment, 'Bin krank, sorry!');
  });

  it('a typed "yes" to a decline card sends the message typed with the request to the organizer', async () => {
    const confirm = (await alex.say('decline the all hands with message: customer visit')).card();
    assert.equal(boxOf(confirm.content), 'customer visit');
    await alex.say('yes');
    const megan = await stack.mailbox(MEGAN.upn);
    assert.equal(megan.inbox.find((m: any) => m.subject === 'Declined: All hands')?.comment, 'customer visit');
  });

  it('"yes, without a message" / "ja, ohne Nachricht" sends none, not even the message typed with the request', async () => {
    const confirm = (await alex.say("cancel the frontend candidate interview with message: sorry, I'm sick")).card();
    assert.equal(boxOf(confirm.content), "sorry, I'm sick");
    await alex.say('yes, without a message');
    assert.equal((await cancelled(LYNNE.upn, 'Interview: frontend candidate'))?.comment, '');
  });

  it('a card without a message typed with the request still says a bare "yes" sends none, and sends none', async () => {
    const confirm = (await alex.say('cancel the frontend candidate interview')).card();
    assert.equal(boxOf(confirm.content), '');
    assert.match(cardText(confirm.content), /Typing "yes" in the chat cancels it without a message/);
    await alex.say('yes');
    assert.equal((await cancelled(LYNNE.upn, 'Interview: frontend candidate'))?.comment, '');
  });

  it('keeps every character a person types: emoji joined by ZWJ, ZWNJ, variation selectors, skin tones, right-to-left marks', async () => {
    const typed = 'Sorry 👩‍⚕️ 👨‍👩‍👧 🏳️‍🌈 👍🏽 🏴󠁧󠁢󠁥󠁮󠁧󠁿 — می‌خواهم, ‏שלום‎ 2\n— thanks!';
    const confirm = (await alex.say('cancel the frontend candidate interview')).card();
    await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: typed });
    assert.equal((await cancelled(LYNNE.upn, 'Interview: frontend candidate'))?.comment, typed);
  });

  it('drops only invisible controls that could disguise text: bidi overrides and isolates, zero-width space, control characters', async () => {
    const confirm = (await alex.say('cancel the frontend candidate interview')).card();
    const typed = 'Pay\u202Eniamod\u202C in\u2066vo\u2069ice\u200B\u0007\u0085 ok';
    await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: typed });
    assert.equal((await cancelled(LYNNE.upn, 'Interview: frontend candidate'))?.comment, 'Payniamod invoice ok');
  });
});

describe('a typed "yes, <message>" over the limit (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  let stack: Stack;
  before(async () => {
    stack = await Stack.start();
  });
  after(async () => {
    await stack?.stop();
  });

  it('asks to type it shorter (not to press a button), and sends nothing', async () => {
    const alex = stack.channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    const confirm = (await alex.say('cancel the frontend candidate interview')).card();
    const turn = await alex.say(`yes, ${'sorry, '.repeat(80)}`);
    assert.match(
      turn.text(),
      /^Your message has 559 characters; the limit is 500\. Nothing was sent: please type "yes, " with a shorter message\.$/,
    );
    assert.ok(!turn.updated.some((a) => a.id === confirm.id), 'the card stays as it is');
    const lynne = (await stack.mailbox(LYNNE.upn)).inbox.find((m: any) => m.subject === 'Canceled: Interview: frontend candidate');
    assert.equal(lynne, undefined);
  });
});
