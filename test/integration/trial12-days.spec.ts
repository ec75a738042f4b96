import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { defaultSeed } from '../../dev/sandbox/seed/default-seed';
import { cardText } from './support/cards';
import { clearOfMidnights } from './support/midnight';
import { ALEX, stackForSuite } from './support/stack';

const PACIFIC = 'America/Los_Angeles';
const DOMAIN = 'contoso.onmicrosoft.com';

/** Day `offset` from today in Los Angeles (0 today), when the suite starts. */
const dayAt = (offset: number) => DateTime.now().setZone(PACIFIC).startOf('day').plus({ days: offset });
const weekday = (offset: number, locale: 'en' | 'de') => dayAt(offset).setLocale(locale).toFormat('cccc');

/**
 * Alex's own week, nothing of the default seed's: a 3-day all-day offsite (days 2-4) with two attendees; tomorrow an
 * all-day "OOO" block nobody else is invited to, then Planning at 10:00 and a Budget review at 14:00 (with others); on
 * day 3 (inside the offsite) a Design review he organizes, a Site visit Megan organizes, and a Vendor call at 11:00.
 */
function week() {
  const seed = defaultSeed(new Date());
  const who = (alias: string, name: string) => ({ emailAddress: { address: `${alias}@${DOMAIN}`, name } });
  const alex = who('AlexW', ALEX.name);
  const megan = who('MeganB', 'Megan Bowen');
  const isaiah = who('IsaiahL', 'Isaiah Langer');
  const required = (...people: ReturnType<typeof who>[]) => people.map((p) => ({ type: 'required' as const, ...p }));
  const at = (offset: number, hour: number) => ({
    dateTime: dayAt(offset).set({ hour }).toFormat("yyyy-LL-dd'T'HH:mm:ss"),
    timeZone: 'Pacific Standard Time',
  });
  const date = (offset: number) => ({ dateTime: `${dayAt(offset).toISODate()}T00:00:00`, timeZone: 'Pacific Standard Time' });
  const events = [
    { subject: 'Offsite Tahoe', start: date(2), end: date(5), isAllDay: true, organizer: alex, attendees: required(megan, isaiah) },
    { subject: 'Alex OOO', start: date(1), end: date(2), isAllDay: true, organizer: alex, attendees: [] },
    { subject: 'Planning', start: at(1, 10), end: at(1, 11), organizer: alex, attendees: required(megan) },
    { subject: 'Budget review', start: at(1, 14), end: at(1, 15), organizer: alex, attendees: required(isaiah) },
    { subject: 'Design review', start: at(3, 9), end: at(3, 10), organizer: alex, attendees: required(megan) },
    { subject: 'Site visit', start: at(3, 13), end: at(3, 14), organizer: megan, attendees: required(alex) },
    { subject: 'Vendor call', start: at(3, 11), end: at(3, 12), organizer: alex, attendees: required(isaiah) },
    // In the Marketing group's calendar: one Alex organizes, one Megan does.
    {
      subject: 'Campaign sync',
      start: at(1, 16),
      end: at(1, 17),
      organizer: alex,
      attendees: required(megan),
      mailbox: `Marketing@${DOMAIN}`,
    },
    {
      subject: 'Brand review',
      start: at(1, 12),
      end: at(1, 13),
      organizer: megan,
      attendees: required(alex),
      mailbox: `Marketing@${DOMAIN}`,
    },
  ];
  return { ...seed, events };
}

const PATTI = { aadObjectId: '00000000-0000-4000-8000-000000000024', name: 'Patti Fernandez', upn: `PattiF@${DOMAIN}` };

/** The default week, and tomorrow Alex's "Board prep" (Patti is his delegate) and Patti's own "Board prep logistics". */
function boardPreps() {
  const seed = defaultSeed(new Date());
  const who = (alias: string, name: string) => ({ emailAddress: { address: `${alias}@${DOMAIN}`, name } });
  const at = (hour: number) => ({
    dateTime: dayAt(1).set({ hour }).toFormat("yyyy-LL-dd'T'HH:mm:ss"),
    timeZone: 'Pacific Standard Time',
  });
  const required = (...people: ReturnType<typeof who>[]) => people.map((p) => ({ type: 'required' as const, ...p }));
  const events = [
    {
      subject: 'Board prep',
      start: at(9),
      end: at(10),
      organizer: who('AlexW', ALEX.name),
      attendees: required(who('MeganB', 'Megan Bowen')),
    },
    {
      subject: 'Board prep logistics',
      start: at(11),
      end: at(12),
      organizer: who('PattiF', PATTI.name),
      attendees: required(who('IsaiahL', 'Isaiah Langer')),
    },
  ];
  return { ...seed, events: [...seed.events, ...events] };
}

/**
 * Findings of the session 12 user trial (/work/notes/trial12-report.md) about days: #1 (a one-day request cancelled a
 * whole multi-day event), #7 ("my next meeting" was an all-day block of one's own), #10 ("my meetings <day>" read three
 * ways), #11 (a title said with the wrong day was never offered). Through the bot over HTTP against the sandbox.
 */
describe('trial 12: days (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  const stack = stackForSuite(async () => {
    await clearOfMidnights([PACIFIC]);
    return { sandbox: { seed: week() } };
  });
  const alex = (locale = 'en-US') => stack().channel.user({ ...ALEX, locale, localTimezone: PACIFIC });
  const inbox = async (alias: string) => (await stack().mailbox(`${alias}@${DOMAIN}`)).inbox;
  const cancelledMail = async (subject: string) =>
    [...(await inbox('MeganB')), ...(await inbox('IsaiahL'))].filter((m: any) => m.subject === `Canceled: ${subject}`);

  describe('#1: a request for one day never cancels a whole multi-day event unsaid', () => {
    for (const [text, yes, locale] of [
      [`cancel all my meetings on ${weekday(3, 'en')}`, 'yes, sorry all', 'en-US'],
      [`clear my ${weekday(3, 'en')}`, 'yes', 'en-US'],
      [`sag alles am ${weekday(3, 'de')} ab`, 'ja', 'de-DE'],
    ] as const) {
      it(`"${text}": that day's meetings, the offsite left out and said with its dates; "${yes}" leaves it`, async () => {
        const user = alex(locale);
        const card = cardText((await user.say(text)).card().content);
        assert.match(card, /Design review/, card);
        // Left out, on a line of its own that names its span, never a row to cancel.
        const line = card.split('\n').find((l) => l.includes('Offsite Tahoe'));
        assert.ok(line, card);
        assert.match(
          line,
          locale === 'de-DE'
            ? /^Nicht dabei: Offsite Tahoe \(.+ – .+\).*mehrere Tage/
            : /^Left out: Offsite Tahoe \(.+ – .+\).*several days/,
        );
        assert.match(line, new RegExp(dayAt(2).setLocale(locale).toFormat('d')));
        await user.say(yes);
        assert.equal((await cancelledMail('Design review')).length, 1, 'the day asked was cancelled');
        assert.equal((await cancelledMail('Offsite Tahoe')).length, 0, 'the offsite was not');
      });
    }

    it(`a day the offsite alone holds ("cancel all my meetings on ${weekday(4, 'en')}"): nothing to cancel, and why`, async () => {
      const card = cardText((await alex().say(`cancel all my meetings on ${weekday(4, 'en')}`)).card().content);
      assert.match(card, /^Nothing to cancel for that day alone\.\n/, card);
      assert.match(card, /Left out: Offsite Tahoe/);
      assert.doesNotMatch(card, /Cancel it|Cancel all/);
    });

    for (const [text, locale] of [
      [`cancel the offsite on ${weekday(3, 'en')} only`, 'en-US'],
      [`I can't make ${weekday(3, 'en')} of the offsite, cancel that day`, 'en-US'],
      [`sag das Offsite am ${weekday(3, 'de')} ab`, 'de-DE'],
    ] as const) {
      it(`"${text}": its card says it runs 3 days and that all 3 are cancelled`, async () => {
        const card = cardText((await alex(locale).say(text)).card().content);
        assert.match(card, /Offsite Tahoe/, card);
        assert.match(
          card,
          locale === 'de-DE'
            ? /geht über 3 Tage \(.+ – .+\)\. Einen einzelnen Tag davon kann man nicht absagen: Das sagt alle 3 Tage ab\./
            : /runs 3 days \(.+ – .+\)\. One day of it can't be cancelled on its own: this cancels all 3 days\./,
        );
      });
    }
  });

  describe('#7: "my next meeting" is the next one with others, not an all-day block of one\'s own', () => {
    for (const [text, locale] of [
      ['cancel my next meeting', 'en-US'],
      ['sag meinen nächsten Termin ab', 'de-DE'],
    ] as const) {
      it(`"${text}": Planning (tomorrow 10:00), not the OOO block before it`, async () => {
        const card = cardText((await alex(locale).say(text)).card().content);
        assert.match(card, /^(Cancel this meeting\?|Diese Besprechung absagen\?)\nPlanning\n/, card);
      });
    }

    it('named, the block is found ("cancel my OOO tomorrow")', async () => {
      const card = cardText((await alex().say('cancel my OOO tomorrow')).card().content);
      assert.match(card, /^Cancel this meeting\?\nAlex OOO\n/, card);
    });
  });

  describe('#10: "my meetings <day>" is that day\'s meetings, as "all"', () => {
    for (const [text, locale] of [
      ['cancel my meetings tomorrow', 'en-US'],
      ['sag meine Termine morgen ab', 'de-DE'],
    ] as const) {
      it(`"${text}": one card for tomorrow's meetings (the one he organizes in Marketing too), the OOO block left out`, async () => {
        const card = cardText((await alex(locale).say(text)).card().content);
        assert.match(card, /^(Cancel these 3 meetings\?|Diese 3 Besprechungen absagen\?)\n/, card);
        assert.match(card, /Planning/);
        assert.match(card, /Budget review/);
        assert.match(card, /Campaign sync\n.*Marketing/);
        // Megan organizes it in the group calendar: not his to cancel (his invitation is a row to decline).
        const [toCancel, apart = ''] = card.split(/You don't organize these|Diese organisierst du nicht/);
        assert.doesNotMatch(toCancel, /Brand review/, card);
        assert.match(apart, /Brand review/, card);
        assert.match(card, /(Cancel all 3|Alle 3 absagen)/);
        assert.match(card, /(Left out|Nicht dabei): Alex OOO/);
      });
    }

    it(`"cancel my meetings on ${weekday(3, 'en')}": the day's card (the offsite left out), not one meeting's card`, async () => {
      const card = cardText((await alex().say(`cancel my meetings on ${weekday(3, 'en')}`)).card().content);
      assert.match(card, /^Cancel these 2 meetings\?\n/, card);
      assert.match(card, /Design review/);
      assert.match(card, /Vendor call/);
      assert.match(card, /Site visit/, 'the meeting Megan organizes, to decline');
      assert.match(card, /Left out: Offsite Tahoe/);
    });

    it('"cancel my meeting tomorrow" (one) still asks which', async () => {
      const card = cardText((await alex().say('cancel my meeting tomorrow')).card().content);
      assert.match(card, /^Which meeting do you mean\?\n/, card);
    });
  });

  describe('#11: a title said with the wrong day is offered on its own day', () => {
    for (const [text, locale] of [
      [`cancel the vendor call on ${weekday(2, 'en')}`, 'en-US'],
      [`kannst du den Vendor call am ${weekday(4, 'de')} absagen?`, 'de-DE'],
    ] as const) {
      it(`"${text}": none that day, said; the one on ${weekday(3, 'en')} offered to confirm`, async () => {
        const user = alex(locale);
        const card = cardText((await user.say(text)).card().content);
        assert.match(
          card,
          locale === 'de-DE'
            ? /^Diese Besprechung absagen\?\nIch habe keine Besprechung von dir namens „vendor(?: call)?“ am .+ gefunden\. Es gibt eine an einem anderen Tag:\nVendor call\n/
            : /^Cancel this meeting\?\nI found no meeting of yours called "vendor(?: call)?" on .+\. There is one on another day:\nVendor call\n/,
          card,
        );
        assert.match(card, new RegExp(dayAt(3).setLocale(locale).toFormat('d')));
        await user.say(locale === 'de-DE' ? 'ja' : 'yes');
        assert.equal((await cancelledMail('Vendor call')).length, 1);
      });
    }

    it('a correction that keeps the day ("no, I meant the budget review") finds it on its day', async () => {
      const user = alex();
      await user.say(`cancel the design review on ${weekday(3, 'en')}`);
      const card = cardText((await user.say('no, I meant the budget review')).card().content);
      assert.match(card, /There is one on another day:\nBudget review\n/, card);
    });
  });

  describe("#15: a delegate's own meeting called in part so never hides the bosses' meetings called so whole", () => {
    const bosses = stackForSuite(async () => {
      await clearOfMidnights([PACIFIC]);
      return { sandbox: { seed: boardPreps() } };
    });
    for (const [text, locale] of [
      ['cancel the board prep tomorrow', 'en-US'],
      ['cancel the board prep', 'en-US'],
      ['sag das Board prep morgen ab', 'de-DE'],
    ] as const) {
      it(`"${text}": asks which, Alex's "Board prep" first, Patti's "Board prep logistics" too`, async () => {
        const patti = bosses().channel.user({ ...PATTI, locale, localTimezone: PACIFIC });
        const card = cardText((await patti.say(text)).card().content);
        assert.match(card, /^(Which meeting do you mean\?|Welche Besprechung meinst du\?)\n/, card);
        assert.ok(card.indexOf('Board prep\n') < card.indexOf('Board prep logistics'), card);
        assert.match(card, /Alex Wilber/);
      });
    }
  });
});
