import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { boxOf, cardText } from './support/cards';
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
});
