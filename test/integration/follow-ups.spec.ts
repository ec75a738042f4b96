import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { defaultSeed, type Seed } from '../../dev/sandbox';
import { cardText } from './support/cards';
import { clearOfMidnights } from './support/midnight';
import { ALEX, MEGAN, stackForSuite } from './support/stack';
import type { ChatUser } from './support/teams-channel';

const ZONE = 'America/Los_Angeles';
const DOMAIN = 'contoso.onmicrosoft.com';
const ADELE = { name: 'Adele Vance', upn: `AdeleV@${DOMAIN}` };
const PATTI = { aadObjectId: '00000000-0000-4000-8000-000000000024', name: 'Patti Fernandez', upn: `PattiF@${DOMAIN}` };
const person = (upn: string, name: string) => ({ emailAddress: { address: upn, name } });
const invite = (...people: Array<{ upn: string; name: string }>) =>
  people.map((p) => ({ type: 'required' as const, ...person(p.upn, p.name), status: { response: 'none' as const } }));

/** Everything the bot said in a turn: its text and its cards' text. */
function said(reply: { text(): string; sent: Array<{ attachments?: Array<{ content?: unknown }> }> }): string {
  const cards = reply.sent.flatMap((a) => a.attachments ?? []).map((x) => cardText(x.content));
  return [reply.text(), ...cards].join('\n');
}

/**
 * Follow-ups typed after the bot answered (s8 trial): corrections ("no, I meant Thursday"), the meeting beside the one
 * just discussed ("and the one after"), a lone candidate buried in chatter, a misspelt "call", a card's button typed.
 * Bot over HTTP against the sandbox; Alex's week is laid out when the suite starts, clear of a Pacific midnight.
 */
describe('follow-ups typed after the bot answered (bot over HTTP against the sandbox)', function () {
  this.timeout(90000);
  let today: DateTime;
  const day = (offset: number) => today.plus({ days: offset });
  const at = (offset: number, time: string) => ({ dateTime: `${day(offset).toISODate()}T${time}:00`, timeZone: 'Pacific Standard Time' });
  const mine = (subject: string, offset: number, from: string, to: string, ...people: Array<{ upn: string; name: string }>) => ({
    subject,
    start: at(offset, from),
    end: at(offset, to),
    organizer: person(ALEX.upn, ALEX.name),
    attendees: invite(...(people.length ? people : [MEGAN])),
  });
  const world = (base: Seed): Seed => ({
    ...base,
    events: [
      // Of the default week only Megan's All hands (tomorrow 16:00, Alex attends): the rest would sit between these.
      ...base.events.filter((event) => event.subject === 'All hands'),
      mine('Ops sync', 1, '09:00', '09:30'),
      mine('Project review', 1, '10:00', '11:00', MEGAN),
      mine('Lunch and learn', 1, '12:00', '13:00'),
      mine('Project review', 1, '13:00', '14:00', ADELE),
      mine('Vendor call', 1, '17:00', '17:30'),
      mine('Design crit', 2, '15:00', '16:00'),
      mine('Budget Q1', 2, '10:00', '11:00'),
      mine('Budget Q1', 3, '10:00', '11:00'),
      mine('Teamrunde', 3, '14:00', '15:00'),
      mine('Quarter close', 6, '09:00', '10:00'),
    ],
  });
  const stack = stackForSuite(async () => {
    await clearOfMidnights([ZONE]);
    const now = new Date();
    today = DateTime.fromJSDate(now, { zone: ZONE }).startOf('day');
    return { sandbox: { seed: world(defaultSeed(now)) } };
  });
  const user = (locale = 'en-US'): ChatUser => stack().channel.user({ ...ALEX, locale, localTimezone: ZONE });
  const weekday = (offset: number, locale = 'en') => day(offset).setLocale(locale).toFormat('cccc');
  const card = async (alex: ChatUser, text: string) => cardText((await alex.say(text)).card().content);
  const sent = async (upn: string) => (await stack().mailbox(upn)).inbox.length;

  describe('a correction replaces that part of the last request (2 turns in all)', () => {
    it('the day, in German: "nein, ich meinte <Wochentag>" is the same meeting on that day, and the first card ends', async () => {
      const urs = user('de-DE');
      const first = await urs.say(`sag das Budget Q1 am ${weekday(2, 'de')} ab`);
      assert.match(cardText(first.card().content), /Budget Q1/);
      const fixed = await urs.say(`nee, ich meinte ${weekday(3, 'de')}`);
      const text = cardText(fixed.card().content);
      assert.match(text, /Budget Q1/, text);
      assert.match(text, new RegExp(day(3).setLocale('de').toFormat('d')), text);
      assert.doesNotMatch(said(fixed), /meinte/);
      assert.equal(fixed.updated.length, 1, 'the card said no to is updated as replaced');
      assert.equal(await sent(MEGAN.upn), 0, 'nothing is cancelled on a correction');
    });

    it('the person, in English: "sorry, I mean the one with Adele" is the project review with Adele', async () => {
      const alex = user();
      assert.match(await card(alex, 'cancel the project review with Megan tomorrow'), /Project review\n.*10:00\s?AM/);
      const text = said(await alex.say('sorry, I mean the one with Adele'));
      assert.match(text, /Project review\n.*1:00\s?PM/, text);
      assert.doesNotMatch(text, /\bmean\b/);
    });

    it('the day inside one message: the corrected part wins ("…on <day>, oops I meant <other day>")', async () => {
      const text = await card(user(), `cancel budget q1 on ${weekday(3)}, oops I meant ${weekday(2)}`);
      assert.match(text, /Budget Q1/, text);
      assert.match(text, new RegExp(day(2).toFormat('LLL d')), text);
    });

    it('"no, <part>" with no "I meant", right after a card the request went straight to: the person, the day', async () => {
      const alex = user();
      assert.match(await card(alex, 'cancel the project review with Megan tomorrow'), /Project review\n.*10:00\s?AM/);
      const adele = said(await alex.say("no, Adele's"));
      assert.match(adele, /Project review\n.*1:00\s?PM/, adele);
      const urs = user('de-DE');
      assert.match(await card(urs, `sag das Budget Q1 am ${weekday(2, 'de')} ab`), /Budget Q1/);
      const text = await card(urs, `nein, am ${weekday(3, 'de')}`);
      assert.match(text, new RegExp(`Budget Q1\\n.*${day(3).setLocale('de').toFormat('d')}`), text);
    });

    it('keeps the message typed with the first request: the new card holds it, "yes" sends it; it is never logged', async () => {
      const alex = user();
      const message = 'sorry, sick today 🤒';
      assert.match(await card(alex, `cancel budget q1 on ${weekday(2)} with message: ${message}`), /Budget Q1/);
      const fixed = (await alex.say(`no, I meant ${weekday(3)}`)).card();
      const text = cardText(fixed.content);
      assert.match(text, new RegExp(`Budget Q1\\n.*${day(3).toFormat('LLL d')}`), text);
      assert.match(text, /Typing "yes" in the chat cancels it with the message you wrote in your request/, text);
      await alex.say('yes');
      const megan = (await stack().mailbox(MEGAN.upn)).inbox.filter((m: any) => m.subject === 'Canceled: Budget Q1');
      assert.deepEqual(
        megan.map((m: any) => m.comment),
        [message],
      );
      const logged = [...stack().bot.logs, ...stack().bot.errors].join('\n');
      assert.ok(!logged.includes('sick today'), 'the message is not logged');
    });

    it('in German too: "nein, ich meinte <Tag>" keeps "mit der Nachricht: …" of the first request', async () => {
      const urs = user('de-DE');
      await urs.say(`sag das Budget Q1 am ${weekday(2, 'de')} ab mit der Nachricht: Bin krank`);
      const fixedDe = cardText((await urs.say(`nein, ich meinte ${weekday(3, 'de')}`)).card().content);
      assert.match(fixedDe, new RegExp(`Budget Q1\\n.*${day(3).setLocale('de').toFormat('d')}`), fixedDe);
      assert.match(fixedDe, /mit der Nachricht aus deiner Anfrage/, fixedDe);
    });

    it('the title, after a card: "actually the lunch and learn" keeps the day asked', async () => {
      const alex = user();
      await alex.say('cancel the vendor call tomorrow');
      const text = said(await alex.say('actually the lunch and learn'));
      assert.match(text, /Lunch and learn/, text);
    });
  });

  describe('"the one after" / "der davor" after a confirm card or a Keep', () => {
    it('is the next meeting after the one just discussed, then the one after that; "the one before" goes back', async () => {
      const alex = user();
      assert.match(await card(alex, 'cancel the ops sync'), /Ops sync/);
      await alex.say('no');
      const next = await card(alex, 'and the one after?');
      assert.match(next, /Project review\n.*10:00\s?AM/, next);
      await alex.say('keep it');
      assert.match(await card(alex, 'what about the next one'), /Lunch and learn/);
      assert.match(await card(alex, 'the one before that'), /Project review\n.*10:00\s?AM/);
    });

    it('"no, the one after" / "nein, das danach" right on the card: the next meeting, and the card said no to ends', async () => {
      for (const [who, ask, instead] of [
        [user(), 'cancel the ops sync', 'no, the one after'],
        [user('de-DE'), 'sag das Ops sync ab', 'nein, das danach'],
      ] as const) {
        const first = (await who.say(ask)).card();
        assert.match(cardText(first.content), /Ops sync/);
        const next = await who.say(instead);
        assert.match(cardText(next.card().content), /Project review/, instead);
        assert.equal(next.updated.length, 1, `${instead}: the first card ends`);
        assert.doesNotMatch(JSON.stringify(next.updated[0].attachments![0].content), /confirmCancel/, 'no live cancel button on it');
      }
    });

    it('after a meeting later in the week: never the same meeting or an earlier one', async () => {
      const alex = user();
      assert.match(await card(alex, 'cancel design crit'), /Design crit/);
      const next = await card(alex, 'and the next one');
      assert.match(next, /Budget Q1/, next);
      assert.match(next, new RegExp(day(3).toFormat('LLL d')), next);
    });

    it("as a delegate: the next one in the boss's calendar the card was about", async () => {
      const patti = stack().channel.user({ ...PATTI, locale: 'en-US', localTimezone: ZONE });
      const first = await card(patti, "cancel Alex's ops sync");
      assert.match(first, /Ops sync/, first);
      await patti.say('no');
      const next = await card(patti, 'and the one after');
      assert.match(next, /Project review\n.*10:00\s?AM/, next);
      assert.match(next, /Alex Wilber/, next);
    });

    it('a list shown after the card is the last thing on screen: "the one after" is about the list, as with no card before it', async () => {
      const listOnly = user();
      await listOnly.say('show my meetings tomorrow');
      const expected = said(await listOnly.say('and the one after'));
      // Several rows and no meeting named to be after: the user picks (of two rows it would be the later).
      assert.match(expected, /^\nWhich meeting do you mean\?\n/, `after a list, it asks which of its rows: ${expected}`);
      const alex = user();
      assert.match(await card(alex, 'cancel design crit'), /Design crit/);
      await alex.say('show my meetings tomorrow');
      const text = said(await alex.say('and the one after'));
      assert.doesNotMatch(text, /Budget Q1/, 'not the meeting after the card above the list');
      assert.equal(text, expected);
      const urs = user('de-DE');
      assert.match(await card(urs, 'sag den Design crit ab'), /Design crit/);
      await urs.say('zeig meine Termine morgen');
      const german = said(await urs.say('und der danach'));
      assert.doesNotMatch(german, /Budget Q1/, german);
      const listOnlyDe = user('de-DE');
      await listOnlyDe.say('zeig meine Termine morgen');
      assert.equal(german, said(await listOnlyDe.say('und der danach')));
    });

    it('in German, "und der danach" / "der davor"; with nothing after it, it says so', async () => {
      const urs = user('de-DE');
      assert.match(await card(urs, 'sag den Lunch and learn morgen ab'), /Lunch and learn/);
      await urs.say('Behalten');
      assert.match(await card(urs, 'und der danach'), /Project review\n.*13:00/);
      assert.match(await card(urs, 'der davor'), /Lunch and learn/);
      await urs.say('sag Quarter close ab');
      const none = said(await urs.say('und der danach?'));
      assert.match(none, /Quarter close/, none);
      assert.match(none, /keine Besprechung/i, none);
    });
  });

  it('one candidate well matched in a long chatty request goes straight to its confirm card', async () => {
    const chatty = await card(
      user(),
      'hey there, hope your week is going great!! could you maybe possibly cancel the design crit for me? thanks so so much, really appreciated',
    );
    assert.match(chatty, /^Cancel this meeting\?\nDesign crit/, chatty);
    const german = await card(
      user('de-DE'),
      'hallo du, hoffe es geht dir gut! kannst du bitte die Teamrunde absagen, vielen lieben Dank und liebe Grüsse',
    );
    assert.match(german, /Teamrunde/, german);
    assert.doesNotMatch(german, /Welche Besprechung/, german);
  });

  it('a misspelt "call" is no calendar: "cancl vendr cal" finds the vendor call', async () => {
    for (const typed of ['cancl vendr cal', 'pls cancel the vendr cal tmrw']) {
      const text = said(await user().say(typed));
      assert.doesNotMatch(text, /calendar/i, text);
      assert.match(text, /Vendor call/, text);
    }
  });

  it("a card's own button label or a Swiss no/yes typed does what the button does", async () => {
    const urs = user('de-CH');
    assert.match(await card(urs, 'lehn das All hands morgen ab'), /All hands/);
    const kept = await urs.say('Behalten');
    assert.equal(kept.updated.length, 1, 'the decline card ends as kept');
    assert.match(cardText(kept.updated[0].attachments![0].content), /All hands/);
    assert.match(await card(urs, 'sag das Ops sync ab'), /Ops sync/);
    assert.equal((await urs.say('nöd')).updated.length, 1);
    assert.match(await card(urs, 'sag das Ops sync ab'), /Ops sync/);
    const yes = await urs.say('gärn');
    assert.match(cardText(yes.updated[0].attachments![0].content), /abgesagt/i);
    assert.equal(await sent(MEGAN.upn), 1, 'the typed yes cancelled the ops sync');
    const alex = user();
    assert.match(await card(alex, 'cancel the vendor call'), /Vendor call/);
    assert.equal((await alex.say('Keep')).updated.length, 1);
    assert.equal(await sent(MEGAN.upn), 1, 'kept: nothing sent');
    // The card's main button typed: in either language, whatever the Teams language.
    assert.match(await card(alex, 'cancel the vendor call'), /Vendor call/);
    const pressed = await alex.say('Besprechung absagen');
    assert.match(cardText(pressed.updated[0].attachments![0].content), /^Cancelled Vendor call/);
    assert.equal(await sent(MEGAN.upn), 2);
    assert.match(await card(alex, 'decline the all hands tomorrow'), /^Decline this meeting\?\nAll hands/);
    const declined = await alex.say('Decline.');
    assert.match(cardText(declined.updated[0].attachments![0].content), /All hands/);
    assert.doesNotMatch(cardText(declined.updated[0].attachments![0].content), /Decline this meeting/);
  });

  it('a button label typed with no card of that kind waiting is read as words', async () => {
    const alex = user();
    // "Cancel meeting" with nothing waiting names no meeting: the list to pick from, nothing cancelled.
    const list = said(await alex.say('Cancel meeting'));
    assert.match(list, /Ops sync/, list);
    assert.match(await card(alex, 'cancel the ops sync'), /Ops sync/);
    // "The whole series" is no button of a card for one meeting.
    assert.equal((await alex.say('The whole series')).updated.length, 0);
  });
});
