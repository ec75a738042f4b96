import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { defaultSeed } from '../../dev/sandbox/seed/default-seed';
import { clearOfMidnights } from './support/midnight';
import { boxOf, button, buttonFor, cardText } from './support/cards';
import { standupEveryDay } from './support/every-day';
import { ALEX, MEGAN, stackForSuite } from './support/stack';
import type { ChatUser } from './support/teams-channel';

const PACIFIC = 'America/Los_Angeles';

const DOMAIN = 'contoso.onmicrosoft.com';
const person = (alias: string, name: string) => ({ emailAddress: { address: `${alias}@${DOMAIN}`, name } });

/** The default week and, tomorrow (Pacific), two design reviews and a team dinner of Alex's, as in the trial's calendars. */
function withReviewsAndDinner() {
  const tomorrow = DateTime.now().setZone(PACIFIC).startOf('day').plus({ days: 1 });
  const at = (hour: number) => ({ dateTime: tomorrow.set({ hour }).toFormat("yyyy-LL-dd'T'HH:mm:ss"), timeZone: 'Pacific Standard Time' });
  const event = (subject: string, hour: number, alias: string, name: string) => ({
    subject,
    start: at(hour),
    end: at(hour + 1),
    organizer: person('AlexW', 'Alex Wilber'),
    attendees: [{ type: 'required' as const, ...person(alias, name) }],
  });
  const seed = defaultSeed(new Date());
  const events = [
    event('Design review: checkout', 8, 'MeganB', 'Megan Bowen'),
    event('Design review: onboarding', 13, 'IsaiahL', 'Isaiah Langer'),
    event('Team dinner', 19, 'AdeleV', 'Adele Vance'),
  ];
  return { ...seed, events: [...seed.events, ...events] };
}

/** The subjects a bulk card offers to cancel, in its order (before the meetings it lists apart to decline). */
function toCancelOn(card: any): string[] {
  const text = cardText(card).split(/\nYou don't organize|\nDu organisierst/)[0];
  const subjects = [
    'Campaign planning',
    'Weekly sync',
    '1:1 Alex / Megan',
    'Design review: checkout',
    'Design review: onboarding',
    'Daily standup',
    'Team dinner',
  ];
  return subjects.filter((s) => text.includes(`\n${s}\n`)).sort((a, b) => text.indexOf(`\n${a}\n`) - text.indexOf(`\n${b}\n`));
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

    it('a cancel card offered for a decline of his own meeting still says why when shown again', async () => {
      for (const [locale, request, why] of [
        ['en-US', 'decline my 1:1 with megan tomorrow, out sick', /You organize this meeting, so you can't decline it/],
        ['de-DE', 'lehne das 1:1 mit Megan morgen ab, bin krank', /Du organisierst diese Besprechung, daher kannst du sie nicht ablehnen/],
      ] as const) {
        const user = alex(locale);
        const card = (await user.say(request)).card();
        assert.match(cardText(card.content), why);
        const again = (await user.refresh(card.id)).updated[0].attachments![0].content;
        assert.match(cardText(again), why);
        assert.equal(boxOf(again), boxOf(card.content));
      }
    });

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

describe('trial 11: typed answers to a bulk card (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  const stack = stackForSuite(async () => {
    await clearOfMidnights([PACIFIC]);
    return { sandbox: { seed: withReviewsAndDinner() } };
  });
  const alex = (locale = 'en-US') => stack().channel.user({ ...ALEX, locale, localTimezone: PACIFIC });
  const inbox = async (alias: string, subject: string) =>
    (await stack().mailbox(`${alias}@${DOMAIN}`)).inbox.filter((m: any) => m.subject === subject).map((m: any) => m.comment);
  const shownNow = (cardId: string) => cardText(stack().channel.messages.get(cardId)!.attachments![0].content);
  const reviews = async (user: ChatUser, request = 'cancel the design reviews tomorrow, the designers are offsite') => {
    const card = (await user.say(request)).card();
    assert.deepEqual(toCancelOn(card.content), ['Design review: checkout', 'Design review: onboarding'], cardText(card.content));
    return card;
  };

  describe('#6: a typed request that narrows a bulk card to one of its meetings ends the bulk card', () => {
    for (const narrowing of ['only the checkout one', 'just the checkout review', 'cancel the checkout design review tomorrow']) {
      it(`"${narrowing}": its buttons no longer cancel the meeting kept`, async () => {
        const user = alex();
        const bulk = await reviews(user);
        const reply = await user.say(narrowing);
        const single = reply.card();
        assert.match(cardText(single.content), /^Cancel this meeting\?\n[\s\S]*Design review: checkout/);
        assert.doesNotMatch(cardText(single.content), /onboarding/);
        // The bulk card's message goes on.
        assert.equal(boxOf(single.content), 'the designers are offsite');
        assert.match(shownNow(bulk.id), /^Replaced by the card below/);
        await user.say('yes');
        const late = await user.click(bulk.id, button(bulk.content, 'Cancel both'));
        assert.doesNotMatch(cardText(late.updated[0]?.attachments?.[0]?.content ?? {}), /^Cancelled/);
        assert.deepEqual(await inbox('MeganB', 'Canceled: Design review: checkout'), ['the designers are offsite']);
        assert.deepEqual(await inbox('IsaiahL', 'Canceled: Design review: onboarding'), []);
      });
    }

    it('a pick from the "which one?" asked while it waited ("cancel the design review tomorrow", "the first one") ends it too', async () => {
      const user = alex();
      const bulk = await reviews(user);
      const which = (await user.say('cancel the design review tomorrow')).card();
      assert.match(cardText(which.content), /^Which meeting/);
      const single = (await user.say('the first one')).card();
      assert.match(cardText(single.content), /^Cancel this meeting\?\n[\s\S]*Design review: checkout/);
      assert.match(shownNow(bulk.id), /^Replaced by the card below/);
      // Clicked instead of typed, the same.
      const bulk2 = await reviews(user);
      const which2 = (await user.say('cancel the design review tomorrow')).card();
      await user.click(which2.id, buttonFor(which2.content, 'Design review: onboarding'));
      assert.match(shownNow(bulk2.id), /^Replaced by the card below/);
      // A meeting the bulk card does not hold ("one more to cancel") leaves it live.
      const again = await reviews(user);
      (await user.say('cancel my meeting tomorrow at 11')).card();
      assert.match(shownNow(again.id), /^Cancel these 2 meetings\?/);
    });

    it('in German: "nur die Checkout-Besprechung"', async () => {
      const user = alex('de-DE');
      const bulk = (await user.say('sag alle meine Termine morgen ab, ich bin krank')).card();
      assert.ok(toCancelOn(bulk.content).includes('Design review: onboarding'), cardText(bulk.content));
      const single = (await user.say('nur die Checkout-Besprechung')).card();
      assert.match(cardText(single.content), /^Diese Besprechung absagen\?\n[\s\S]*Design review: checkout/);
      assert.match(shownNow(bulk.id), /^Durch die Karte darunter ersetzt/);
      await user.say('ja');
      assert.deepEqual(await inbox('MeganB', 'Canceled: Design review: checkout'), ['ich bin krank']);
      assert.deepEqual(await inbox('IsaiahL', 'Canceled: Design review: onboarding'), []);
    });

    it('a request for another meeting, or words that point at none, leave the bulk card as it is', async () => {
      const user = alex();
      const bulk = await reviews(user);
      (await user.say('cancel the 1:1 with megan tomorrow')).card();
      for (const words of ['thanks', 'hmm', 'the third one']) await user.say(words);
      assert.match(shownNow(bulk.id), /^Cancel these 2 meetings\?/);
      await user.click(bulk.id, button(bulk.content, 'Cancel both'), { comment: boxOf(bulk.content) });
      assert.deepEqual(await inbox('IsaiahL', 'Canceled: Design review: onboarding'), ['the designers are offsite']);
    });
  });

  describe("#2 on a bulk card: its button's label typed", () => {
    for (const locale of ['en-US', 'de-DE']) {
      it(`${locale}: "Cancel all N" / "Alle N absagen" confirms it with its message; another count confirms nothing`, async () => {
        const user = alex(locale);
        const request =
          locale === 'en-US' ? "cancel all my meetings tomorrow, I'm on leave" : 'sag alle meine Termine morgen ab, ich bin im Urlaub';
        const bulk = (await user.say(request)).card();
        const count = toCancelOn(bulk.content).length;
        const label = (n: number) => (locale === 'en-US' ? `Cancel all ${n}` : `Alle ${n} absagen`);
        assert.ok(count >= 3 && button(bulk.content, label(count)));
        // Another count, in a chat of its own (what it shows is then the last thing on screen there): nothing confirmed.
        const other = alex(locale);
        await other.say(request);
        await other.say(label(count + 1));
        assert.deepEqual(await inbox('AdeleV', 'Canceled: Team dinner'), []);
        const reply = await user.say(label(count));
        assert.equal(reply.updated[0]?.id, bulk.id);
        assert.deepEqual(await inbox('AdeleV', 'Canceled: Team dinner'), [boxOf(bulk.content)]);
      });
    }
  });

  describe('NEW-A: "all but the last one" on a bulk card', () => {
    const cases = [
      { locale: 'en-US', request: "cancel all my meetings tomorrow, I'm on leave", typed: 'all but the last one', message: "I'm on leave" },
      { locale: 'en-US', request: "cancel all my meetings tomorrow, I'm on leave", typed: 'all except the last', message: "I'm on leave" },
      {
        locale: 'en-US',
        request: "cancel all my meetings tomorrow, I'm on leave",
        typed: 'everything but the last one',
        message: "I'm on leave",
      },
      {
        locale: 'de-DE',
        request: 'sag alle meine Termine morgen ab, ich bin im Urlaub',
        typed: 'alle außer dem letzten',
        message: 'ich bin im Urlaub',
      },
    ];
    for (const { locale, request, typed, message } of cases) {
      it(`${locale}: "${typed}" offers the card again without its last row, never a meeting not on it`, async () => {
        const user = alex(locale);
        const bulk = (await user.say(request)).card();
        const rows = toCancelOn(bulk.content);
        assert.ok(rows.length >= 3 && rows.at(-1) === 'Team dinner', rows.join());
        const again = (await user.say(typed)).card();
        assert.deepEqual(toCancelOn(again.content), rows.slice(0, -1), cardText(again.content));
        assert.equal(boxOf(again.content), message);
        assert.match(shownNow(bulk.id), /^Replaced by the card below|^Durch die Karte darunter ersetzt/);
        await user.say(locale === 'de-DE' ? 'ja' : 'yes');
        assert.deepEqual(await inbox('AdeleV', 'Canceled: Team dinner'), []);
        assert.deepEqual(await inbox('IsaiahL', 'Canceled: Design review: onboarding'), [message]);
      });
    }
  });

  describe('#12: typed answers on a bulk card', () => {
    for (const [locale, typed] of [
      ['en-US', 'both'],
      ['en-US', 'cancel both'],
      ['de-DE', 'beide'],
    ]) {
      it(`${locale}: "${typed}" on a card of two confirms both, with its message`, async () => {
        const user = alex(locale);
        const bulk = await reviews(user);
        const reply = await user.say(typed);
        assert.equal(reply.updated[0]?.id, bulk.id);
        assert.deepEqual(await inbox('MeganB', 'Canceled: Design review: checkout'), ['the designers are offsite']);
        assert.deepEqual(await inbox('IsaiahL', 'Canceled: Design review: onboarding'), ['the designers are offsite']);
      });
    }

    for (const [locale, typed] of [
      ['en-US', 'just the first one'],
      ['en-US', 'the second one'],
      ['de-DE', 'nur die erste'],
    ]) {
      it(`${locale}: "${typed}" is that row's card, the bulk card replaced`, async () => {
        const user = alex(locale);
        const bulk = await reviews(user);
        const single = (await user.say(typed)).card();
        const meant = /second/.test(typed) ? 'Design review: onboarding' : 'Design review: checkout';
        const other = /second/.test(typed) ? 'Design review: checkout' : 'Design review: onboarding';
        assert.match(cardText(single.content), new RegExp(meant));
        assert.doesNotMatch(cardText(single.content), new RegExp(other));
        assert.match(shownNow(bulk.id), /^Replaced by the card below|^Durch die Karte darunter ersetzt/);
      });
    }

    it('"the last two" is a card of those two; "cancel the design review tomorrow" (one of two on it) asks which, as usual', async () => {
      const user = alex();
      const bulk = (await user.say("cancel all my meetings tomorrow, I'm on leave")).card();
      const rows = toCancelOn(bulk.content);
      const two = (await user.say('the last two')).card();
      assert.deepEqual(toCancelOn(two.content), rows.slice(-2));
      assert.equal(boxOf(two.content), "I'm on leave");
      assert.match(shownNow(bulk.id), /^Replaced by the card below/);
      const reviews = (await user.say('cancel all my meetings tomorrow')).card();
      const which = (await user.say('cancel the design review tomorrow')).card();
      assert.match(cardText(which.content), /^Which meeting/);
      assert.match(shownNow(reviews.id), /^Cancel these \d+ meetings\?/);
    });

    it('"yes but keep the dinner" (no comma) offers the card again without the dinner', async () => {
      const user = alex();
      const bulk = (await user.say("cancel all my meetings tomorrow, I'm on leave")).card();
      assert.ok(toCancelOn(bulk.content).includes('Team dinner'));
      const again = (await user.say('yes but keep the dinner')).card();
      assert.deepEqual(
        toCancelOn(again.content),
        toCancelOn(bulk.content).filter((s) => s !== 'Team dinner'),
      );
      assert.deepEqual(await inbox('AdeleV', 'Canceled: Team dinner'), []);
    });

    it('in German: "ja aber nicht das Team dinner" (no comma)', async () => {
      const user = alex('de-DE');
      const bulk = (await user.say('sag alle meine Termine morgen ab, ich bin krank')).card();
      const again = (await user.say('ja aber nicht das Team dinner')).card();
      assert.deepEqual(
        toCancelOn(again.content),
        toCancelOn(bulk.content).filter((s) => s !== 'Team dinner'),
      );
    });

    it('"go ahead, <reason>" is a yes with that message; "mach das, Sam ist heute weg" too', async () => {
      for (const [locale, request, yes, message, subject] of [
        ['en-US', 'cancel the 1:1 with megan tomorrow', "go ahead, sam's out today", "sam's out today", 'Canceled: 1:1 Alex / Megan'],
        [
          'de-DE',
          'sag das Design review: checkout morgen ab',
          'mach das, Sam ist heute weg',
          'Sam ist heute weg',
          'Canceled: Design review: checkout',
        ],
      ]) {
        const user = alex(locale);
        const card = (await user.say(request)).card();
        const reply = await user.say(yes);
        assert.equal(
          reply.updated[0]?.id,
          card.id,
          `${yes}: ${reply.sent.map((a) => a.text ?? cardText(a.attachments?.[0]?.content)).join()}`,
        );
        assert.deepEqual(await inbox('MeganB', subject), [message]);
      }
    });
  });
});
