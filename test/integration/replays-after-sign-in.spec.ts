import { strict as assert } from 'node:assert';
import { button, buttonFor, cardText, subjectsIn } from './support/cards';
import { ALEX, stackForSuite, type Stack } from './support/stack';
import type { ChatUser, Sent, Turn } from './support/teams-channel';

/**
 * What sign-in interrupted is carried out once it succeeds: once, whatever the client does. A
 * Teams client exchanges every OAuth card it shows, so two requests made before signing in give
 * two cards and two exchanges; a click carried out after sign-in whose card was used meanwhile
 * does nothing again and says so.
 */
describe('requests carried out after sign-in: once, and plainly (Teams mode)', function () {
  this.timeout(60000);
  const suite = stackForSuite({ teams: true });
  let stack: Stack;
  let alex: ChatUser;

  beforeEach(async () => {
    stack = suite();
    alex = stack.channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    await alex.say('sign out');
  });

  const exchange = (card: any): Promise<Turn> => stack.exchange(alex, card, ALEX.upn);

  /**
   * Exchanges `cards` at once; then what the bot sent to the chat from then on, once it went quiet
   * (each activity once: concurrent turns see each other's sends, and a replay may outlast its exchange).
   */
  async function exchangeAll(cards: any[]): Promise<{ statuses: number[]; sent: Sent[]; updated: Sent[] }> {
    const from = stack.channel.log.length;
    const turns = await Promise.all(cards.map(exchange));
    for (let seen = -1; seen !== stack.channel.log.length;) {
      seen = stack.channel.log.length;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const after = stack.channel.log.slice(from);
    return {
      statuses: turns.map((t) => t.status),
      sent: after.filter((e) => e.op === 'send').map((e) => e.activity),
      updated: after.filter((e) => e.op === 'update').map((e) => e.activity),
    };
  }

  const cancels = async () => (await stack.stats()).graph.byRoute['POST /me/events/{eventId}/cancel'] ?? 0;

  async function confirmCard(subject: string): Promise<{ id: string; content: any }> {
    let page = (await alex.say('show my meetings')).card();
    for (let i = 0; i < 5 && !subjectsIn(page.content).includes(subject); i++) {
      page = (await alex.click(page.id, button(page.content, 'More'))).card();
    }
    return (await alex.click(page.id, buttonFor(page.content, subject))).card();
  }

  it('two OAuth cards exchanged at once (one client showing both): the request is carried out once', async () => {
    const first = (await alex.say('show my meetings')).oauthCard();
    const second = (await alex.say('show my meetings')).oauthCard();
    assert.notEqual(first.tokenExchangeResource.id, second.tokenExchangeResource.id);
    const { statuses, sent } = await exchangeAll([first, second]);
    assert.deepEqual(statuses, [200, 200]);
    const lists = sent.filter((s) => s.attachments?.length);
    assert.equal(lists.length, 1, 'one list, not two');
  });

  it('a typed "yes" carried out after sign-in cancels once; its second card\'s exchange does nothing more', async () => {
    await stack.signIn(alex, ALEX.upn);
    const confirm = await confirmCard('1:1 Alex / Megan');
    await alex.say('sign out');
    const first = (await alex.say('yes')).oauthCard();
    const second = (await alex.say('yes')).oauthCard();
    const { sent, updated: updates } = await exchangeAll([first, second]);
    assert.equal(await cancels(), 1, 'cancelled once');
    assert.deepEqual(
      updates.map((u) => u.id),
      [confirm.id],
      'the card answered becomes its outcome, once',
    );
    assert.match(cardText(updates[0].attachments![0].content), /^Cancelled 1:1 Alex \/ Megan/);
    const said = sent.map((s) => s.text ?? '');
    assert.deepEqual(said.filter(Boolean), [], `nothing else said: ${said.join(' | ')}`);
  });

  it('a click made on two clients before sign-in, both cards exchanged at once: one cancel, the card shows it, nothing false is said', async () => {
    await stack.signIn(alex, ALEX.upn);
    const confirm = await confirmCard('1:1 Alex / Megan');
    await alex.say('sign out');
    const click = () => alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Moved' });
    const cards = [(await click()).oauthCard(), (await click()).oauthCard()];
    const { sent, updated: updates } = await exchangeAll(cards);
    assert.equal(await cancels(), 1, 'nothing cancelled twice');
    assert.ok(updates.length >= 1, 'the card shows the outcome');
    for (const update of updates) {
      assert.equal(update.id, confirm.id);
      assert.match(cardText(update.attachments![0].content), /^Cancelled 1:1 Alex \/ Megan.*\nAttendees were told:\nMoved/s);
    }
    const said = sent.map((a) => [a.text ?? '', ...(a.attachments ?? []).map((x) => cardText(x.content))].join('\n'));
    assert.ok(
      said.every((s) => !/something went wrong|nothing was changed|still working/i.test(s)),
      `nothing false: ${said.join(' | ')}`,
    );
  });

  it("a click carried out after sign-in that outlasts Teams' wait: the exchange is answered in time, the card shows the result after", async () => {
    await stack.signIn(alex, ALEX.upn);
    const confirm = await confirmCard('1:1 Alex / Megan');
    await alex.say('sign out');
    const card = (await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Moved' })).oauthCard();
    // Every Graph request now takes 2.5 s: the re-read and the cancel together outlast what Teams waits for the exchange.
    await stack.admin('POST', '/faults', { latencyMs: 2500 });
    const started = Date.now();
    const signedIn = await exchange(card);
    assert.equal(signedIn.status, 200);
    assert.ok(Date.now() - started < 4500, `the exchange answered in ${Date.now() - started} ms`);
    const deadline = Date.now() + 15000;
    let final: any;
    while (!final && Date.now() < deadline) {
      final = stack.channel.log.find(
        (e) => e.op === 'update' && e.activity.id === confirm.id && /Cancelled/.test(JSON.stringify(e.activity)),
      );
      if (!final) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(final, 'the card was updated with the result');
    assert.match(cardText(final.activity.attachments[0].content), /^Cancelled 1:1 Alex \/ Megan.*\nAttendees were told:\nMoved/s);
    assert.equal(await cancels(), 1);
  });
});
