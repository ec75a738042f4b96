import { strict as assert } from 'node:assert';
import { button, cardText } from './support/cards';
import { standupEveryDay } from './support/every-day';
import { ALEX, MEGAN, stackForSuite } from './support/stack';

const PACIFIC = 'America/Los_Angeles';

/** The message box of a confirm card: what it holds as the card is shown. */
function boxOf(card: any): string | undefined {
  const walk = (node: any): any => {
    if (Array.isArray(node)) return node.map(walk).find((v) => v !== undefined);
    if (node && typeof node === 'object') {
      if (node.type === 'Input.Text') return node.value ?? '';
      return Object.values(node)
        .map(walk)
        .find((v) => v !== undefined);
    }
    return undefined;
  };
  return walk(card);
}

/** The hint under a confirm card's box: what typing "yes" does. */
function hintOf(card: any): string {
  return cardText(card)
    .split('\n')
    .filter((line) => /^Typing "yes"|^„Ja“/.test(line))
    .join('\n');
}

/**
 * Findings of the session 11 user trial about cards and typed answers to them (/work/notes/trial11-report.md), each
 * through the bot over HTTP against the sandbox, as the trial's driver ran them.
 */
describe('trial 11: cards and typed answers (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  const stack = stackForSuite(standupEveryDay);
  const alex = (locale = 'en-US') => stack().channel.user({ ...ALEX, locale, localTimezone: PACIFIC });
  const toMegan = async (subject: string) => (await stack().mailbox(MEGAN.upn)).inbox.filter((m: any) => m.subject === subject);

  describe("a card's button label typed sends the message the card holds, as pressing it with the box as shown would", () => {
    const cases = [
      {
        locale: 'en-US',
        request: "cancel tomorrow's standup with message: half the team is out",
        typed: 'only this one',
        subject: 'Canceled: Daily standup',
      },
      {
        locale: 'en-US',
        request: 'cancel the 1:1 with megan tomorrow with message: stuck on a train',
        typed: 'Cancel meeting',
        subject: 'Canceled: 1:1 Alex / Megan',
      },
      {
        locale: 'en-US',
        request: 'decline the all hands tomorrow with message: customer visit',
        typed: 'decline',
        subject: 'Declined: All hands',
      },
      {
        locale: 'de-DE',
        request: 'sag das Standup morgen ab mit der Nachricht: ich bin im Kundentermin',
        typed: 'nur diese',
        subject: 'Canceled: Daily standup',
      },
      {
        locale: 'de-DE',
        request: 'sag das 1:1 mit Megan morgen ab mit der Nachricht: ich stecke im Zug fest',
        typed: 'Besprechung absagen',
        subject: 'Canceled: 1:1 Alex / Megan',
      },
      {
        locale: 'de-DE',
        request: 'lehne das All hands morgen ab mit der Nachricht: ich habe eine Kollision',
        typed: 'Ablehnen',
        subject: 'Declined: All hands',
      },
    ];
    for (const { locale, request, typed, subject } of cases) {
      it(`${locale}: "${typed}"`, async () => {
        const user = alex(locale);
        const card = (await user.say(request)).card();
        const box = boxOf(card.content);
        assert.ok(box, cardText(card.content));
        const reply = await user.say(typed);
        assert.equal(reply.updated[0]?.id, card.id);
        assert.deepEqual(
          (await toMegan(subject)).map((m: any) => m.comment),
          [box],
        );
      });
    }

    it('"The whole series" typed sends it too; "keep it" sends nothing', async () => {
      const user = alex();
      const card = (await user.say("cancel tomorrow's standup with message: moving to async")).card();
      await user.say('the whole series');
      assert.deepEqual(
        (await toMegan('Canceled: Daily standup')).map((m: any) => m.comment),
        ['moving to async'],
      );
      assert.match(cardText(stack().channel.messages.get(card.id)!.attachments![0].content), /moving to async/);
    });

    it('with no message in the box, none is sent, as the hint says', async () => {
      const user = alex();
      const card = (await user.say('cancel the 1:1 with megan tomorrow')).card();
      assert.equal(boxOf(card.content), '');
      assert.match(hintOf(card.content), /without a message/);
      await user.say('cancel meeting');
      assert.deepEqual(
        (await toMegan('Canceled: 1:1 Alex / Megan')).map((m: any) => m.comment),
        [''],
      );
    });
  });

  describe('a confirm card shown again (refresh) is the card as it was sent: its message in the box, the same hint', () => {
    const cases = [
      { locale: 'en-US', request: 'cancel the 1:1 with megan tomorrow with message: team is off', subject: 'Canceled: 1:1 Alex / Megan' },
      { locale: 'en-US', request: "cancel tomorrow's standup with message: team is off", subject: 'Canceled: Daily standup' },
      { locale: 'en-US', request: 'decline the all hands tomorrow with message: customer visit', subject: 'Declined: All hands' },
      // The whole series asked for: still offered first, and what the hint says "yes" does.
      { locale: 'en-US', request: 'cancel the whole standup series with message: moving to async', subject: 'Canceled: Daily standup' },
      {
        locale: 'de-DE',
        request: 'sag das 1:1 mit Megan morgen ab mit der Nachricht: Team ist weg',
        subject: 'Canceled: 1:1 Alex / Megan',
      },
    ];
    for (const { locale, request, subject } of cases) {
      it(`${locale}: ${request}`, async () => {
        const user = alex(locale);
        const card = (await user.say(request)).card();
        const [box, hint] = [boxOf(card.content), hintOf(card.content)];
        assert.ok(box && hint, cardText(card.content));
        const again = (await user.refresh(card.id)).updated[0].attachments![0].content;
        assert.equal(boxOf(again), box);
        assert.equal(hintOf(again), hint);
        // Pressed as shown again, it sends what the box holds.
        const label = /^Declined/.test(subject) ? (locale === 'en-US' ? 'Decline' : 'Ablehnen') : undefined;
        const data = label ? button(again, label) : firstConfirm(again);
        await user.click(card.id, data, { comment: boxOf(again) });
        assert.deepEqual(
          (await toMegan(subject)).map((m: any) => m.comment),
          [box],
        );
      });
    }

    it('a bulk card shown again keeps its message too', async () => {
      const user = alex();
      const card = (await user.say('cancel all my meetings tomorrow with message: off sick')).card();
      const [box, hint] = [boxOf(card.content), hintOf(card.content)];
      assert.equal(box, 'off sick');
      const again = (await user.refresh(card.id)).updated[0].attachments![0].content;
      assert.equal(boxOf(again), box);
      assert.equal(hintOf(again), hint);
    });
  });
});

/** The first confirm button of a cancel card ("Only this one", "Cancel meeting", …), as the card orders them. */
function firstConfirm(card: any): Record<string, unknown> {
  const found: any[] = [];
  const walk = (node: any): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      if (node.type === 'Action.Execute' && node.data?.verb === 'confirmCancel') found.push(node.data);
      Object.entries(node).forEach(([key, value]) => key !== 'refresh' && walk(value));
    }
  };
  walk(card);
  return found[0];
}
