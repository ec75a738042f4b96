import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { boxOf, button, buttonFor, cardText, subjectsIn } from './support/cards';
import { outlookAs } from './support/outlook';
import { standupEveryDay } from './support/every-day';
import { ALEX, graphRoutesSpent, stackForSuite } from './support/stack';

const PACIFIC = 'America/Los_Angeles';
const DOMAIN = 'contoso.onmicrosoft.com';

/** The every-day standup world, and tomorrow (Pacific) two design reviews Alex organizes: checkout 6:00, onboarding 13:00. */
function reviewsTomorrow() {
  return stackForSuite(async () => {
    const { sandbox } = await standupEveryDay();
    const tomorrow = DateTime.now().setZone(PACIFIC).startOf('day').plus({ days: 1 });
    const at = (hour: number) => ({
      dateTime: tomorrow.set({ hour }).toFormat("yyyy-LL-dd'T'HH:mm:ss"),
      timeZone: 'Pacific Standard Time',
    });
    const who = (alias: string, name: string) => ({ type: 'required' as const, emailAddress: { address: `${alias}@${DOMAIN}`, name } });
    const review = (subject: string, hour: number, attendee: ReturnType<typeof who>) => ({
      subject,
      start: at(hour),
      end: at(hour + 1),
      organizer: { emailAddress: { address: ALEX.upn, name: ALEX.name } },
      attendees: [attendee],
    });
    const events = [
      review('Design review: checkout', 6, who('MeganB', 'Megan Bowen')),
      review('Design review: onboarding', 13, who('IsaiahL', 'Isaiah Langer')),
    ];
    return { sandbox: { seed: { ...sandbox.seed, events: [...sandbox.seed.events, ...events] } } };
  });
}

describe('session 12: cards and the card to cancel several', () => {
  describe('a cancel that narrows the card to cancel several', () => {
    const stack = reviewsTomorrow();
    const alex = (locale: string) => stack().channel.user({ ...ALEX, locale, localTimezone: PACIFIC });

    for (const [locale, request, narrowing, message] of [
      [
        'en-US',
        'cancel the design reviews tomorrow, the designers are offsite',
        'cancel the checkout design review tomorrow',
        'the designers are offsite',
      ],
      [
        'de-DE',
        'sag alle Design reviews morgen ab, die Designer sind außer Haus',
        'sag das Design review checkout morgen ab',
        'die Designer sind außer Haus',
      ],
    ]) {
      it(`${locale}: "${narrowing}" reads the calendar once; its card carries the card's message`, async () => {
        // What the same request costs with no card waiting (that card kept), in a chat of its own.
        const other = alex(locale);
        await other.say(request);
        await other.say(locale === 'de-DE' ? 'nein' : 'no');
        const plain = await graphRoutesSpent(stack(), () => other.say(narrowing));
        const user = alex(locale);
        const bulk = (await user.say(request)).card();
        assert.equal(boxOf(bulk.content), message, cardText(bulk.content));
        let reply: Awaited<ReturnType<typeof user.say>> | undefined;
        const spent = await graphRoutesSpent(stack(), async () => {
          reply = await user.say(narrowing);
        });
        const card = reply!.card();
        assert.match(cardText(card.content), /Design review: checkout/);
        assert.doesNotMatch(cardText(card.content), /onboarding/);
        assert.equal(boxOf(card.content), message);
        assert.ok(
          reply!.updated.some((u) => u.id === bulk.id),
          'the card of two is replaced',
        );
        assert.deepEqual(spent, plain, 'one search, as with no card waiting');
      });
    }
  });

  describe('a card offered again after its meeting changed, then refreshed', () => {
    const stack = reviewsTomorrow();
    const alex = (locale: string) => stack().channel.user({ ...ALEX, locale, localTimezone: PACIFIC });
    const words = {
      'en-US': {
        changed: /Changed after your card was made/,
        earlier: /with the message from your earlier card/,
        request: /with the message you wrote in your request/,
        confirm: 'Cancel meeting',
        gone: /No longer on this card:\nDesign review: onboarding/,
      },
      'de-DE': {
        changed: /Geändert, seit deine Karte erstellt wurde/,
        earlier: /mit der Nachricht deiner vorigen Karte/,
        request: /mit der Nachricht aus deiner Anfrage/,
        confirm: 'Besprechung absagen',
        gone: /Nicht mehr auf dieser Karte:\nDesign review: onboarding/,
      },
    } as const;

    for (const locale of ['en-US', 'de-DE'] as const) {
      const said = words[locale];
      it(`${locale}: the refreshed card still says it changed, and that its message is the earlier card's`, async () => {
        const user = alex(locale);
        const when = DateTime.now()
          .setZone(PACIFIC)
          .plus({ days: 2 })
          .setLocale(locale === 'de-DE' ? 'de' : 'en-US')
          .toFormat('cccc');
        const list = (await user.say(locale === 'de-DE' ? `zeig meine Termine am ${when}` : `show my meetings on ${when}`)).card();
        assert.ok(subjectsIn(list.content).includes('Interview: frontend candidate'), cardText(list.content));
        const first = (await user.click(list.id, buttonFor(list.content, 'Interview: frontend candidate'))).card();
        const outlook = await outlookAs(stack(), ALEX.upn);
        const [event] = await outlook.find('Interview: frontend candidate');
        await outlook.update(event.id, { subject: 'Offer call: frontend candidate' });
        // The box of the first card, as typed there: never sent, the card comes again with it.
        const again = (await user.click(first.id, button(first.content, said.confirm), { comment: 'Role filled' })).card();
        const shown = cardText(again.content);
        assert.match(shown, said.changed, shown);
        assert.match(shown, said.earlier, shown);
        assert.equal(boxOf(again.content), 'Role filled');
        const refreshed = (await user.refresh(again.id)).invokeCard;
        const text = cardText(refreshed);
        assert.match(text, /Offer call: frontend candidate/, text);
        assert.match(text, said.changed, text);
        assert.match(text, said.earlier, text);
        assert.doesNotMatch(text, said.request, text);
        assert.equal(boxOf(refreshed), 'Role filled');
      });

      it(`${locale}: a card refreshed after its meeting changed holds its request's message, and says so`, async () => {
        const user = alex(locale);
        const card = (
          await user.say(
            locale === 'de-DE'
              ? 'sag das Design review checkout morgen ab, die Designer sind außer Haus'
              : 'cancel the checkout design review tomorrow, the designers are offsite',
          )
        ).card();
        const outlook = await outlookAs(stack(), ALEX.upn);
        const [event] = await outlook.find('Design review: checkout');
        await outlook.update(event.id, { subject: 'Design review: checkout v2' });
        const text = cardText((await user.refresh(card.id)).invokeCard);
        assert.match(text, /Design review: checkout v2/, text);
        assert.match(text, said.changed, text);
        assert.match(text, said.request, text);
      });

      it(`${locale}: a card for several offered again keeps, refreshed, its note and the meetings it no longer holds`, async () => {
        const user = alex(locale);
        const bulk = (
          await user.say(
            locale === 'de-DE'
              ? 'sag alle Design reviews morgen ab, die Designer sind außer Haus'
              : 'cancel the design reviews tomorrow, the designers are offsite',
          )
        ).card();
        const outlook = await outlookAs(stack(), ALEX.upn);
        const [checkout] = await outlook.find('Design review: checkout');
        const [onboarding] = await outlook.find('Design review: onboarding');
        await outlook.update(checkout.id, { subject: 'Design review: checkout v2' });
        await outlook.remove(onboarding.id);
        const label = locale === 'de-DE' ? 'Beide absagen' : 'Cancel both';
        const again = (await user.click(bulk.id, button(bulk.content, label), { comment: 'offsite' })).card();
        assert.match(cardText(again.content), said.gone, cardText(again.content));
        const text = cardText((await user.refresh(again.id)).invokeCard);
        assert.match(text, /Design review: checkout v2/, text);
        assert.match(text, said.changed, text);
        assert.match(text, said.gone, text);
        assert.match(text, said.earlier, text);
      });
    }
  });

  describe('a "which meeting?" card refreshed', () => {
    const stack = reviewsTomorrow();
    const alex = (locale: string) => stack().channel.user({ ...ALEX, locale, localTimezone: PACIFIC });

    for (const [locale, request, why] of [
      ['en-US', 'cancel the design review tomorrow', /title matches/],
      ['de-DE', 'sag das Design review morgen ab', /Titel passt zu/],
    ] as const) {
      it(`${locale}: "${request}": shown again, each row still says why it is offered`, async () => {
        const user = alex(locale);
        const choose = (await user.say(request)).card();
        const before = cardText(choose.content);
        assert.match(before, why, before);
        const after = cardText((await user.refresh(choose.id)).invokeCard);
        assert.equal(after, before);
      });
    }

    it('a row gone since drops out; the others keep their reasons', async () => {
      const user = alex('en-US');
      const choose = (await user.say('cancel the design review tomorrow')).card();
      const outlook = await outlookAs(stack(), ALEX.upn);
      const [onboarding] = await outlook.find('Design review: onboarding');
      await outlook.remove(onboarding.id);
      const after = cardText((await user.refresh(choose.id)).invokeCard);
      assert.doesNotMatch(after, /onboarding/, after);
      assert.match(after, /Design review: checkout\n[^\n]*\ntitle matches/, after);
    });

    it('reasons of a forged shape are refused: the card stays as it is', async () => {
      const user = alex('en-US');
      const choose = (await user.say('cancel the design review tomorrow')).card();
      const action = choose.content.refresh.action;
      const forged = {
        ...choose.content,
        refresh: {
          ...choose.content.refresh,
          action: { ...action, data: { ...action.data, reasons: [[{ kind: 'time', detail: '[x](https://evil)' }]] } },
        },
      };
      const turn = await user.refresh(choose.id, forged);
      assert.equal(turn.invokeCard, undefined, JSON.stringify(turn.body));
    });
  });

  describe('"cancel all but the last" acts on what is on screen', () => {
    const stack = reviewsTomorrow();
    const alex = (locale: string) => stack().channel.user({ ...ALEX, locale, localTimezone: PACIFIC });
    const tomorrow = (locale: string) =>
      DateTime.now()
        .setZone(PACIFIC)
        .plus({ days: 1 })
        .setLocale(locale === 'de-DE' ? 'de' : 'en-US')
        .toFormat('cccc');
    /** The subjects of `rows` a card holds, as rows of its own, in the card's order. */
    const rowsOn = (card: any, rows: string[]) => {
      const text = cardText(card);
      return rows.filter((s) => text.includes(`\n${s}\n`)).sort((a, b) => text.indexOf(`\n${a}\n`) - text.indexOf(`\n${b}\n`));
    };

    for (const [locale, list, typed] of [
      ['en-US', 'show my meetings on', 'cancel all but the last'],
      ['de-DE', 'zeig meine Termine am', 'sag alle außer dem letzten ab'],
    ] as const) {
      it(`${locale}: "${typed}" after a list is its rows but the last, never today's meetings`, async () => {
        const user = alex(locale);
        const shown = (await user.say(`${list} ${tomorrow(locale)}`)).card();
        const rows = subjectsIn(shown.content);
        assert.ok(rows.length >= 3 && rows.includes('Design review: onboarding'), cardText(shown.content));
        const bulk = (await user.say(typed)).card();
        const text = cardText(bulk.content);
        const offered = rowsOn(bulk.content, rows);
        assert.ok(offered.includes('Design review: checkout') && offered.includes('Design review: onboarding'), text);
        assert.ok(!rows.slice(0, -1).includes(rows.at(-1)!) && !offered.includes(rows.at(-1)!), `the last row is left out:\n${text}`);
        // Nothing of another day (today's standup): every meeting on it is on the list's day.
        const dayOf = (line: string) => line.split(', ').slice(0, 2).join(', ');
        const dated = (card: any) =>
          cardText(card)
            .split('\n')
            .filter((line) => / – /.test(line));
        const listDay = dayOf(dated(shown.content)[0]);
        assert.ok(dated(bulk.content).length >= 2, text);
        for (const line of dated(bulk.content)) assert.equal(dayOf(line), listDay, text);
      });
    }

    for (const [locale, request, typed, label] of [
      ['en-US', 'cancel the design reviews tomorrow, the designers are offsite', 'cancel them all except the first', 'Cancel it'],
      ['de-DE', 'sag alle Design reviews morgen ab, die Designer sind außer Haus', 'sag sie alle ab außer der ersten', 'Absagen'],
    ] as const) {
      it(`${locale}: "${typed}" on a card for several is that card again without its first row`, async () => {
        const user = alex(locale);
        const bulk = (await user.say(request)).card();
        const again = await user.say(typed);
        const card = again.card();
        const text = cardText(card.content);
        assert.match(text, /Design review: onboarding/, text);
        assert.doesNotMatch(text, /Design review: checkout|Daily standup/, text);
        assert.ok(
          again.updated.some((u) => u.id === bulk.id),
          'the card for several is replaced',
        );
        assert.equal(boxOf(card.content), locale === 'de-DE' ? 'die Designer sind außer Haus' : 'the designers are offsite');
        assert.ok(button(card.content, label));
      });
    }

    it('"all but the last one" on a card for several made from rows on screen is about that card, the last thing on screen', async () => {
      const user = alex('en-US');
      const reviews = ['Design review: checkout', 'Design review: onboarding'];
      const choose = (await user.say('cancel the design review tomorrow')).card();
      assert.deepEqual(rowsOn(choose.content, reviews), reviews, cardText(choose.content));
      const bulk = (await user.say('cancel both')).card();
      assert.deepEqual(rowsOn(bulk.content, reviews), reviews, cardText(bulk.content));
      const again = await user.say('all but the last one');
      assert.deepEqual(rowsOn(again.card().content, reviews), ['Design review: checkout'], cardText(again.card().content));
      assert.ok(
        again.updated.some((u) => u.id === bulk.id),
        'the card for both is replaced',
      );
    });
  });
});
