import { strict as assert } from 'node:assert';
import { button, buttonFor, cardText, submitData, subjectsIn } from './support/cards';
import { ALEX, LYNNE, MEGAN, Stack } from './support/stack';
import type { ChatUser, Sent, Turn } from './support/teams-channel';

const INTERVIEW = 'Interview: frontend candidate';

/**
 * Graph runs a cancel and its answer is lost (the sandbox's lose-response fault: 504 GatewayTimeout
 * or a dropped connection). The user must never be told something false ("nothing was changed"),
 * and the card must end in the true state: at once when a re-read works, later when it fails too.
 */
for (const teams of [false, true]) {
  describe(`lost responses: a cancel that ran but whose answer was lost (${teams ? 'Teams mode' : 'Playground mode'})`, function () {
    this.timeout(90_000);
    let stack: Stack;
    let alex: ChatUser;

    before(async () => {
      stack = await Stack.start({ teams });
    });
    after(async () => {
      await stack?.stop();
    });
    beforeEach(async () => {
      await stack.reset();
      alex = stack.channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
      if (teams) await stack.signIn(alex, ALEX.upn);
    });

    async function confirmCard(subject: string): Promise<{ id: string; content: any }> {
      let page = (await alex.say('show my meetings')).card();
      for (let i = 0; i < 5 && !subjectsIn(page.content).includes(subject); i++) {
        page = (await alex.click(page.id, button(page.content, 'More'))).card();
      }
      return (await alex.click(page.id, buttonFor(page.content, subject))).card();
    }

    async function cancellationsTo(upn: string, subject: string): Promise<number> {
      return (await stack.mailbox(upn)).inbox.filter((m: any) => m.subject === `Canceled: ${subject}`).length;
    }

    /** Every text and card the bot showed since `from`, as the user read it. */
    function shownSince(from: number): string {
      return stack.channel.log
        .slice(from)
        .map(({ activity }: { activity: Sent }) =>
          [activity.text ?? '', ...(activity.attachments ?? []).map((a) => cardText(a.content))].join('\n'),
        )
        .join('\n');
    }

    async function cardUpdate(cardId: string, pattern: RegExp, withinMs: number): Promise<any> {
      const deadline = Date.now() + withinMs;
      for (;;) {
        const update = stack.channel.log.filter((e) => e.op === 'update' && e.activity.id === cardId).at(-1);
        const content = update?.activity.attachments?.[0]?.content;
        if (content && pattern.test(cardText(content))) return content;
        if (Date.now() > deadline) throw new Error(`card ${cardId} never showed ${pattern}; last: ${content ? cardText(content) : 'none'}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }

    for (const answer of ['gateway-timeout', 'connection-reset'] as const) {
      it(`the re-read works (${answer}): "Cancelled" at once, one cancellation sent`, async () => {
        const confirm = await confirmCard(INTERVIEW);
        await stack.admin('POST', '/faults', { loseResponse: [{ path: '/cancel', method: 'POST', answer }], retryAfterSeconds: 0 });
        const from = stack.channel.log.length;
        const done = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Filled' });
        assert.equal(done.updated[0]?.id, confirm.id);
        assert.match(
          cardText(done.updated[0].attachments![0].content),
          new RegExp(`Cancelled ${INTERVIEW}.*\\nAttendees were told:\\nFilled`),
        );
        assert.doesNotMatch(shownSince(from), /nothing was changed|couldn't confirm/);
        assert.equal(await cancellationsTo(LYNNE.upn, INTERVIEW), 1);
        const stats = await stack.stats();
        assert.equal(stats.graph.byRoute['POST /me/events/{eventId}/cancel'], 1, 'the cancel is not sent again');
      });
    }

    it('the re-reads fail too: "I couldn\'t confirm ... I\'ll check", then the background re-read sets the card to "Cancelled"', async () => {
      const confirm = await confirmCard(INTERVIEW);
      // The outage begins with the lost answer and outlasts the turn's re-read (one GET and its three retries).
      await stack.admin('POST', '/faults', {
        loseResponse: [{ path: '/cancel', method: 'POST', thenUnavailable: 4 }],
        retryAfterSeconds: 0,
      });
      const from = stack.channel.log.length;
      const turn: Turn = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Filled' });
      assert.equal(turn.status, 200);
      const honest = turn.updated[0]?.attachments?.[0]?.content;
      assert.ok(honest, 'the card is updated in place');
      assert.match(
        cardText(honest),
        new RegExp(`I couldn't confirm whether ${INTERVIEW} \\(.*\\) was cancelled: Microsoft 365 gave no clear answer\\. I'll check`),
      );
      assert.deepEqual(submitData(honest), [], 'no live buttons while it is unknown');
      assert.equal(await cancellationsTo(LYNNE.upn, INTERVIEW), 1, 'it did run');

      const final = await cardUpdate(confirm.id, /Cancelled Interview/, 10_000);
      assert.match(cardText(final), /Attendees were told:\nFilled/);
      assert.doesNotMatch(shownSince(from), /nothing was changed/);
      // A later click sees the truth and sends nothing.
      const again = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Filled' });
      assert.match(cardText(again.updated[0].attachments![0].content), /Cancelled Interview/);
      assert.equal((await stack.stats()).graph.byRoute['POST /me/events/{eventId}/cancel'], 1);
    });

    if (teams) return;

    it("the background re-reads fail too: the user's next turn settles the card, and the user is answered meanwhile", async () => {
      const confirm = await confirmCard('1:1 Alex / Megan');
      await stack.admin('POST', '/faults', {
        loseResponse: [{ path: '/cancel', method: 'POST', thenUnavailable: 1000 }],
        retryAfterSeconds: 0,
      });
      const from = stack.channel.log.length;
      const clicked = Date.now();
      const turn = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Sorry' });
      assert.match(cardText(turn.updated[0].attachments![0].content), /I couldn't confirm whether 1:1 Alex \/ Megan .* was cancelled/);
      // Still down on the next turn: the user gets an answer and the card stays honest.
      const meanwhile = await alex.say('help');
      assert.match(meanwhile.text(), /show my meetings/);
      assert.deepEqual(meanwhile.updated, []);
      // After the second background re-read (7 s) and well before the third (22 s): Graph is back.
      await new Promise((r) => setTimeout(r, Math.max(0, 9_000 - (Date.now() - clicked))));
      await stack.admin('POST', '/faults', {});
      const next = await alex.say('help');
      assert.equal(next.updated[0]?.id, confirm.id, 'the next turn updated the card first');
      assert.match(cardText(next.updated[0].attachments![0].content), /Cancelled 1:1 Alex \/ Megan.*\nAttendees were told:\nSorry/);
      assert.match(next.text(), /show my meetings/, 'and answered what the user asked');
      assert.doesNotMatch(shownSince(from), /nothing was changed/);
      assert.equal(await cancellationsTo(MEGAN.upn, '1:1 Alex / Megan'), 1);
    });
  });
}
