import { strict as assert } from 'node:assert';
import { button, cardText, submitData } from './support/cards';
import { ALEX, LYNNE, MEGAN, stackForSuite } from './support/stack';
import type { ChatUser, Sent } from './support/teams-channel';

const PACIFIC = 'America/Los_Angeles';
const INTERVIEW = 'Interview: frontend candidate';

/**
 * A typed answer to the confirm card on screen that carries more ("yes, and cancel X too") or names the card's meeting
 * by a pronoun ("cancel it", "sag ihn ab"): the card is confirmed as by its button and shows its outcome in place, whatever
 * happens to the rest (a lost answer, a read that fails).
 */
describe('confirming the card on screen by words, and what comes after (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  const stack = stackForSuite();
  const user = (locale = 'en-US'): ChatUser => stack().channel.user({ ...ALEX, locale, localTimezone: PACIFIC });
  const cancellations = async (upn: string, subject: string) =>
    (await stack().mailbox(upn)).inbox.filter((m: any) => m.subject === `Canceled: ${subject}`);
  const cancels = async () => (await stack().stats()).graph.byRoute['POST /me/events/{eventId}/cancel'] ?? 0;

  async function cardUpdate(cardId: string, pattern: RegExp, withinMs: number): Promise<any> {
    const deadline = Date.now() + withinMs;
    for (;;) {
      const update = stack()
        .channel.log.filter((e) => e.op === 'update' && e.activity.id === cardId)
        .at(-1);
      const content = update?.activity.attachments?.[0]?.content;
      if (content && pattern.test(cardText(content))) return content;
      if (Date.now() > deadline) throw new Error(`card ${cardId} never showed ${pattern}; last: ${content ? cardText(content) : 'none'}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  const textOf = (sent: Sent[]) => sent.map((s) => s.text ?? '').join('\n');

  it('"yes, and cancel X too" whose cancel lost its answer: the background re-read settles the card, no turn needed', async () => {
    const alex = user();
    const card = (await alex.say('cancel my 1:1 with megan tomorrow')).card();
    // The outage begins with the lost answer and outlasts the turn's own re-read (one GET and its three retries).
    await stack().admin('POST', '/faults', {
      loseResponse: [{ path: '/cancel', method: 'POST', thenUnavailable: 4 }],
      retryAfterSeconds: 0,
    });
    const turn = await alex.say(`yes, and cancel the frontend candidate interview too`);
    assert.equal(turn.updated[0]?.id, card.id, 'the card shows its outcome in place');
    assert.match(cardText(turn.updated[0].attachments![0].content), /^I couldn't confirm whether 1:1 Alex \/ Megan .* was cancelled/);
    assert.match(cardText(turn.card().content), new RegExp(`^Cancel this meeting\\?\\n${INTERVIEW}\\n`));
    const final = await cardUpdate(card.id, /^Cancelled 1:1 Alex \/ Megan/, 10_000);
    assert.deepEqual(submitData(final), []);
    assert.equal((await cancellations(MEGAN.upn, '1:1 Alex / Megan')).length, 1);
    assert.equal(await cancels(), 1, 'nothing sent again');
  });

  for (const [name, fault, said] of [
    ['throttled', { failNext: [{ path: 'calendarView', method: 'GET', status: 429, count: 50 }] }, /Microsoft 365 is busy right now/],
    ['unavailable', { failNext: [{ path: 'calendarView', method: 'GET', status: 503, count: 50 }] }, /couldn't reach Microsoft 365/],
  ] as const) {
    it(`"yes, and cancel X too" whose next read fails (${name}): the card shows "Cancelled", the failure is said apart and truly`, async () => {
      const alex = user();
      const card = (await alex.say('cancel my 1:1 with megan tomorrow')).card();
      await stack().admin('POST', '/faults', { ...fault, retryAfterSeconds: 0 });
      const turn = await alex.say('yes, and cancel the frontend candidate interview too');
      assert.equal(turn.updated[0]?.id, card.id, 'the confirmed card shows its outcome in place');
      assert.match(cardText(turn.updated[0].attachments![0].content), /^Cancelled 1:1 Alex \/ Megan/);
      assert.equal((await cancellations(MEGAN.upn, '1:1 Alex / Megan')).length, 1);
      const text = textOf(turn.sent);
      assert.match(text, said);
      assert.doesNotMatch(text, /nothing was (changed|cancelled)|something went wrong/i);
      assert.equal((await cancellations(LYNNE.upn, INTERVIEW)).length, 0);
      // Microsoft 365 back: the same words again go on with the rest only (the card is done).
      await stack().admin('POST', '/faults', {});
      const again = await alex.say('yes, and cancel the frontend candidate interview too');
      assert.match(cardText(again.card().content), new RegExp(`^Cancel this meeting\\?\\n${INTERVIEW}\\n`));
      assert.equal(await cancels(), 1);
    });
  }

  describe('"cancel it" on the card of one meeting: its button, never the list', () => {
    for (const [locale, request, typed] of [
      ['en-US', "cancel my 1:1 with megan tomorrow, I'm off sick", 'cancel it'],
      ['en-US', "cancel my 1:1 with megan tomorrow, I'm off sick", 'Cancel that one.'],
      ['en-US', "cancel my 1:1 with megan tomorrow, I'm off sick", 'please just cancel this one'],
      ['de-DE', 'sag mein 1:1 mit Megan morgen ab, bin krank', 'sag ihn ab'],
      ['de-DE', 'sag mein 1:1 mit Megan morgen ab, bin krank', 'sag den da ab!'],
      ['de-DE', 'sag mein 1:1 mit Megan morgen ab, bin krank', 'bitte sag es ab'],
    ] as const) {
      it(`${locale} "${typed}": cancelled with the card's message, the card shows it in place`, async () => {
        const alex = user(locale);
        const card = (await alex.say(request)).card();
        const turn = await alex.say(typed);
        assert.equal(turn.updated[0]?.id, card.id, 'the card itself shows its outcome');
        assert.match(
          cardText(turn.updated[0].attachments![0].content),
          /^Cancelled 1:1 Alex \/ Megan|^1:1 Alex \/ Megan, .* ist abgesagt\./,
        );
        assert.equal(turn.sent.filter((s) => s.attachments?.length).length, 0, 'no list, no other card');
        assert.deepEqual(
          (await cancellations(MEGAN.upn, '1:1 Alex / Megan')).map((m: any) => m.comment),
          [locale === 'en-US' ? "I'm off sick" : 'bin krank'],
        );
      });
    }

    // Review of session 12: a cancel naming no meeting that is not "it" ("cancel", "cancel both", "cancel my meetings") is not
    // this card's button; it cancelled the 1:1 at once.
    for (const [locale, typed] of [
      ['en-US', 'cancel'],
      ['en-US', 'no cancel'],
      ['en-US', 'cancel both'],
      ['en-US', 'cancel them'],
      ['en-US', 'cancel my meetings'],
      ['en-US', 'actually, cancel the other one'],
      ['de-DE', 'absagen'],
      ['de-DE', 'sag beide ab'],
    ] as const) {
      it(`${locale} "${typed}" on the card of one meeting cancels nothing`, async () => {
        const alex = user(locale);
        await alex.say(locale === 'en-US' ? 'cancel my 1:1 with megan tomorrow' : 'sag mein 1:1 mit Megan morgen ab');
        await alex.say(typed);
        assert.equal(await cancels(), 0, 'a meeting was cancelled');
        assert.deepEqual(await cancellations(MEGAN.upn, '1:1 Alex / Megan'), []);
      });
    }

    it('with a message typed ("cancel it - double booked"): that one is sent, not the card one', async () => {
      const alex = user();
      const card = (await alex.say("cancel my 1:1 with megan tomorrow, I'm off sick")).card();
      const turn = await alex.say('cancel it - double booked');
      assert.equal(turn.updated[0]?.id, card.id);
      assert.deepEqual(
        (await cancellations(MEGAN.upn, '1:1 Alex / Megan')).map((m: any) => m.comment),
        ['double booked'],
      );
    });

    it('on a decline card (a meeting Alex only attends) "cancel it" asks as that card does: nothing sent; "decline it" declines', async () => {
      const alex = user();
      const card = (await alex.say('cancel the all hands')).card();
      assert.match(cardText(card.content), /^Decline this meeting\?\nAll hands/);
      const turn = await alex.say('cancel it');
      assert.match(cardText(turn.card().content), /^Decline this meeting\?\nAll hands/);
      assert.equal(turn.updated[0]?.id, card.id, 'the card asked before ends, replaced by this one');
      assert.deepEqual(submitData(turn.updated[0].attachments![0].content), []);
      const inbox = async () => (await stack().mailbox(MEGAN.upn)).inbox.filter((m: any) => /All hands/.test(m.subject));
      assert.equal((await inbox()).length, 0, 'nothing declined yet');
      const again = await alex.say('decline it');
      assert.equal(again.updated[0]?.id, turn.card().id);
      assert.match(cardText(again.updated[0].attachments![0].content), /^Declined All hands/);
      assert.equal((await inbox()).length, 1);
    });

    it('"decline it" on the card of a meeting Alex organizes: its cancel card again, saying why, nothing sent; then "yes" cancels', async () => {
      const alex = user();
      const card = (await alex.say("cancel my 1:1 with megan tomorrow, I'm off sick")).card();
      const turn = await alex.say('decline it');
      const again = turn.card();
      assert.match(cardText(again.content), /^Cancel this meeting\?\n.*\n1:1 Alex \/ Megan\n/);
      assert.match(cardText(again.content), /You organize this meeting, so you can't decline it/);
      assert.equal(turn.updated[0]?.id, card.id, 'the card asked before ends, replaced by this one');
      assert.equal(await cancels(), 0);
      const done = await alex.say('yes');
      assert.equal(done.updated[0]?.id, again.id);
      assert.deepEqual(
        (await cancellations(MEGAN.upn, '1:1 Alex / Megan')).map((m: any) => m.comment),
        ["I'm off sick"],
      );
    });

    it('with a list shown since, "cancel it" is not about the card: the list to pick from, nothing cancelled', async () => {
      const alex = user();
      await alex.say('cancel my 1:1 with megan tomorrow');
      await alex.say('show my meetings');
      const turn = await alex.say('cancel it');
      assert.equal(turn.updated.length, 0);
      assert.match(cardText(turn.card().content), /^Your meetings/);
      assert.equal(await cancels(), 0);
    });
  });

  describe('"yes" / "no" after a list or a "which one?" shown since the card: the card is no longer the latest question', () => {
    for (const [locale, request, since, typed, said] of [
      ['en-US', 'cancel my 1:1 with megan tomorrow', 'show my meetings', 'yes', /^There is nothing waiting for a yes or no: the list/],
      [
        'en-US',
        'cancel my 1:1 with megan tomorrow',
        'cancel my meeting with megan',
        'yes please',
        /^There is nothing waiting for a yes or no: the list/,
      ],
      ['en-US', 'cancel my 1:1 with megan tomorrow', 'show my meetings', 'no', /^There is nothing waiting for a yes or no: the list/],
      ['de-DE', 'sag mein 1:1 mit Megan morgen ab', 'zeig meine Termine', 'ja', /^Gerade wartet nichts auf ein Ja oder Nein: Die Liste/],
      [
        'de-DE',
        'sag mein 1:1 mit Megan morgen ab',
        'sag meinen Termin mit Megan ab',
        'nein',
        /^Gerade wartet nichts auf ein Ja oder Nein: Die Liste/,
      ],
    ] as const) {
      it(`${locale} "${since}", then "${typed}": nothing cancelled or kept, said so; the card still works with its button`, async () => {
        const alex = user(locale);
        const card = (await alex.say(request)).card();
        const shown = cardText((await alex.say(since)).card().content);
        assert.match(
          shown,
          /^(Your meetings|Which meeting do you mean\?|Deine Besprechungen|Deine Termine|Welche Besprechung meinst du\?)/,
          shown,
        );
        const turn = await alex.say(typed);
        assert.match(turn.text(), said);
        assert.equal(turn.updated.length, 0, 'the card is not touched');
        assert.equal(await cancels(), 0);
        const label = locale === 'en-US' ? 'Cancel meeting' : 'Besprechung absagen';
        const done = await alex.click(card.id, button(card.content, label), { comment: '' });
        assert.equal(done.updated[0]?.id, card.id);
        assert.equal((await cancellations(MEGAN.upn, '1:1 Alex / Megan')).length, 1);
      });
    }
  });
});
