import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { button, buttonFor, cardText, subjectsIn } from './support/cards';
import { outlookAs } from './support/outlook';
import { standupEveryDay } from './support/every-day';
import { ALEX, stackForSuite } from './support/stack';
import type { ChatUser, Turn } from './support/teams-channel';

const PACIFIC = 'America/Los_Angeles';
const ISAIAH_UPN = 'IsaiahL@contoso.onmicrosoft.com';
const INTERVIEW = 'Interview: frontend candidate';

function day(offset: number): DateTime {
  return DateTime.now().setZone(PACIFIC).startOf('day').plus({ days: offset }).setLocale('en-US');
}
const wire = (at: DateTime) => ({ dateTime: at.toUTC().toFormat("yyyy-LL-dd'T'HH:mm:ss"), timeZone: 'UTC' });

/** The text of the card updated in place this turn with message id `id` (by an update call or the invoke's answer). */
function updatedText(turn: Turn, id: string): string {
  const card = turn.updated.find((a) => a.id === id);
  assert.ok(card, `card ${id} was not updated: ${JSON.stringify(turn.events.map((e) => [e.op, e.activity.id]))}`);
  return cardText(card.attachments![0].content);
}

/**
 * Trial 9's card findings: a card whose meeting changed is replaced by the card that shows it as it is now (never two
 * live cards for one meeting), and a late click on a replaced card shows what it is, never "Cancelled 0 meetings".
 * Bot over HTTP against the sandbox; changes are real Graph PATCHes with the owner's token, as Outlook makes them.
 */
describe('trial 9: cards that say only what is true (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  let alex: ChatUser;
  // "cancel all my meetings tomorrow" needs two of Alex's own meetings tomorrow, on a weekend too.
  const stack = stackForSuite(standupEveryDay);
  beforeEach(() => {
    alex = stack().channel.user({ ...ALEX, localTimezone: PACIFIC });
  });

  async function moveInterview(to: DateTime): Promise<void> {
    const outlook = await outlookAs(stack(), ALEX.upn);
    const [event] = await outlook.find(INTERVIEW);
    await outlook.update(event.id, { start: wire(to), end: wire(to.plus({ hours: 1 })) });
  }

  it('a click on a card whose meeting moved: the new card replaces it, and a second click on it sends nothing and makes no third card', async () => {
    const list = (await alex.say(`show my meetings on ${day(2).toFormat('cccc')}`)).card();
    assert.ok(subjectsIn(list.content).includes(INTERVIEW), cardText(list.content));
    const c1 = (await alex.click(list.id, buttonFor(list.content, INTERVIEW))).card();
    await moveInterview(day(3).set({ hour: 16 }));

    const first = await alex.click(c1.id, button(c1.content, 'Cancel meeting'), { comment: 'Sorry' });
    const c2 = first.card();
    assert.match(cardText(c2.content), /changed/i);
    assert.match(updatedText(first, c1.id), /^Replaced by the card below\. Nothing was cancelled from this card\./);

    const second = await alex.click(c1.id, button(c1.content, 'Cancel meeting'), { comment: 'Sorry' });
    assert.equal(second.sent.length, 0, 'no third card');
    assert.match(cardText(second.invokeCard), /^Replaced by the card below/);
    assert.equal((await stack().mailbox(ISAIAH_UPN)).inbox.length, 0, 'nobody was told anything');

    const done = await alex.click(c2.id, button(c2.content, 'Cancel meeting'), { comment: 'Sorry' });
    assert.match(cardText(done.invokeCard), /^Cancelled Interview: frontend candidate/);
    assert.equal((await stack().mailbox(ISAIAH_UPN)).inbox.length, 1);
  });

  it('a late click on a replaced bulk card shows it replaced, not "Cancelled 0 meetings" or "Attendees were notified"', async () => {
    const c1 = (await alex.say(`cancel all my meetings on ${day(2).toFormat('cccc')}`)).card();
    assert.match(cardText(c1.content), new RegExp(INTERVIEW));
    await moveInterview(day(2).set({ hour: 17 }));
    const confirmAll = (c1.content.actions ?? [])[0].title as string;

    const first = await alex.say('yes, public holiday');
    const c2 = first.card();
    assert.match(cardText(c2.content), /changed/i);
    assert.match(updatedText(first, c1.id), /^Replaced by the card below\. Nothing was cancelled from this card\./);
    const done = await alex.click(c2.id, button(c2.content, (c2.content.actions ?? [])[0].title), { comment: 'public holiday' });
    assert.match(cardText(done.invokeCard), /^Cancelled \d+ meetings?:/);
    const told = (await stack().mailbox(ISAIAH_UPN)).inbox.length;

    const late = await alex.click(c1.id, button(c1.content, confirmAll), { comment: '' });
    const text = cardText(late.invokeCard);
    assert.match(text, /^Replaced by the card below/, text);
    assert.doesNotMatch(text, /Cancelled 0|notified/, text);
    assert.equal((await stack().mailbox(ISAIAH_UPN)).inbox.length, told, 'the late click sent nothing');
  });

  for (const { locale, ask, yes, first, says } of [
    {
      locale: 'en-US',
      ask: "hey can you cancel the whole standup series? we're moving to async updates",
      yes: 'yes, moving to async updates',
      first: 'The whole series',
      says: /Typing "yes" in the chat cancels the whole series/,
    },
    {
      locale: 'de-DE',
      ask: 'sag das Daily standup ab, die ganze Serie',
      yes: 'ja, wir machen das jetzt schriftlich',
      first: 'Die ganze Serie',
      says: /„Ja“ im Chat sagt die ganze Serie/,
    },
  ]) {
    it(`${locale}: a request for the whole series: the card offers the series first and says so, and a typed "yes" cancels the series (trial 9 #4)`, async () => {
      const user = stack().channel.user({ ...ALEX, locale, localTimezone: PACIFIC });
      const confirm = (await user.say(ask)).card();
      const text = cardText(confirm.content);
      assert.match(text, /Daily standup/, text);
      assert.deepEqual(
        (confirm.content.actions ?? []).map((a: any) => a.title).slice(0, 1),
        [first],
        'the scope the request named comes first',
      );
      assert.match(text, says, text);
      const done = await user.say(yes);
      const outcome = updatedText(done, confirm.id);
      assert.match(outcome, locale === 'en-US' ? /^Cancelled the whole series Daily standup\./ : /ganze Serie/, outcome);
      const outlook = await outlookAs(stack(), ALEX.upn);
      assert.equal((await outlook.find('Daily standup')).length, 0, 'no occurrence of the series is left');
    });
  }

  it('the card offered again after a change says truly where its message came from (the earlier card), and "yes" sends it (trial 9 #9)', async () => {
    const list = (await alex.say(`show my meetings on ${day(2).toFormat('cccc')}`)).card();
    const c1 = (await alex.click(list.id, buttonFor(list.content, INTERVIEW))).card();
    await moveInterview(day(3).set({ hour: 16 }));
    const c2 = (await alex.click(c1.id, button(c1.content, 'Cancel meeting'), { comment: 'Sorry, off sick' })).card();
    const text = cardText(c2.content);
    assert.doesNotMatch(text, /in your request/, text);
    assert.match(text, /with the message from your earlier card/, text);
    await alex.say('yes');
    const message = (await stack().mailbox(ISAIAH_UPN)).inbox.find((m: any) => m.subject === `Canceled: ${INTERVIEW}`);
    assert.equal(message?.comment, 'Sorry, off sick');
  });

  it('a bulk card offered again names the meeting it dropped and why (cancelled in Outlook meanwhile: Graph no longer finds it) (trial 9 #9)', async () => {
    const c1 = (await alex.say(`cancel all my meetings on ${day(2).toFormat('cccc')}`)).card();
    const subjects = cardText(c1.content);
    assert.match(subjects, new RegExp(INTERVIEW));
    const outlook = await outlookAs(stack(), ALEX.upn);
    // Another of the card's meetings, that day's standup, is cancelled in Outlook, and the interview moved: the card comes again.
    assert.ok(subjectsOfBulk(c1.content).includes('Daily standup'), subjects);
    const standups = await outlook.find('Daily standup');
    const gone = standups.find((e) => DateTime.fromISO(`${e.start.dateTime}Z`).setZone(PACIFIC).hasSame(day(2), 'day'));
    assert.ok(gone, JSON.stringify(standups.map((e) => e.start)));
    await outlook.cancel(gone.id, '');
    await moveInterview(day(2).set({ hour: 17 }));
    const c2 = (await alex.click(c1.id, button(c1.content, (c1.content.actions ?? [])[0].title), { comment: '' })).card();
    const text = cardText(c2.content);
    assert.match(text, /changed/i, text);
    assert.match(
      text,
      /No longer on this card:\nDaily standup\n · .*, 3:00\sPM – 3:15\sPM · no longer in the calendar: cancelled or deleted meanwhile\n/,
      text,
    );
  });

  it('a bulk with one cancel Graph refused: says which, why (Graph\'s words), that its attendees were not told, and "told" covers only the cancelled (trial 9 #8)', async () => {
    const bulk = (await alex.say('cancel all my meetings tomorrow')).card();
    const count = Number(/^Cancel these (\d+) meetings\?/.exec(cardText(bulk.content))![1]);
    await stack().admin('POST', '/faults', { failNext: [{ path: '/cancel', method: 'POST', status: 400, count: 1 }] });
    const done = await alex.click(bulk.id, button(bulk.content, (bulk.content.actions ?? [])[0].title), { comment: 'Offsite' });
    await stack().admin('POST', '/faults', { failNext: [] });
    const text = cardText(done.invokeCard);
    const [cancelledPart, failedPart] = text.split(/\n1 could not be cancelled/);
    assert.ok(failedPart !== undefined, text);
    assert.match(cancelledPart, new RegExp(`^Cancelled ${count - 1} meetings?:\\n`), text);
    // What the attendees were told is said with the meetings they were told of, before the one that failed.
    assert.match(cancelledPart, /\nAttendees were told:\nOffsite$/, text);
    assert.match(
      failedPart,
      /^, so its attendees were not told:\n.+\n · .+\nMicrosoft 365 said: “The request is malformed or incorrect\.”/,
      text,
    );
    assert.doesNotMatch(failedPart, /Attendees were told/, text);
  });

  it('a bulk card clicked after one of its meetings was cancelled in Outlook: the outcome names it as not cancelled from this card, and why (trial 9 #3)', async () => {
    const bulk = (await alex.say(`cancel all my meetings on ${day(2).toFormat('cccc')}`)).card();
    // Three meetings that day, four on a Tuesday (the weekly sync): read from the card.
    const count = Number(/^Cancel these (\d+) meetings\?/.exec(cardText(bulk.content))?.[1]);
    assert.ok(count >= 3, cardText(bulk.content));
    const outlook = await outlookAs(stack(), ALEX.upn);
    const standup = (await outlook.find('Daily standup')).find((e) =>
      DateTime.fromISO(`${e.start.dateTime}Z`).setZone(PACIFIC).hasSame(day(2), 'day'),
    );
    await outlook.cancel(standup.id, '');
    const done = await alex.click(bulk.id, button(bulk.content, `Cancel all ${count}`), { comment: '' });
    const text = cardText(done.invokeCard);
    assert.match(text, new RegExp(`^Cancelled ${count - 1} meetings:\\n`), text);
    assert.match(
      text,
      /\nNot cancelled from this card:\nDaily standup\n · .*3:00\sPM – 3:15\sPM · no longer in the calendar: cancelled or deleted meanwhile(\n|$)/,
      text,
    );
  });

  describe('wording (trial 9 #11)', () => {
    it('two meetings: "Cancel both", "cancels both", and kept: "Kept both meetings. Nothing was cancelled." with no dangling colon', async () => {
      const outlook = await outlookAs(stack(), ALEX.upn);
      // Two meetings left that day: the standup cancelled in Outlook, and the weekly sync when the day is a Tuesday.
      for (const subject of ['Daily standup', 'Weekly sync']) {
        const occurrence = (await outlook.find(subject)).find((e) =>
          DateTime.fromISO(`${e.start.dateTime}Z`).setZone(PACIFIC).hasSame(day(2), 'day'),
        );
        if (occurrence || subject === 'Daily standup') await outlook.cancel(occurrence.id, '');
      }
      const bulk = (await alex.say(`cancel all my meetings on ${day(2).toFormat('cccc')}`)).card();
      const text = cardText(bulk.content);
      assert.deepEqual(
        (bulk.content.actions ?? []).map((a: any) => a.title),
        ['Cancel both', 'Keep it'],
        text,
      );
      assert.match(text, /Typing "yes" in the chat cancels both without a message/, text);
      const kept = updatedText(await alex.say('no'), bulk.id);
      assert.match(kept, /^Kept both meetings\. Nothing was cancelled\.\n/, kept);
      assert.doesNotMatch(kept, /:$/m, kept);
    });

    for (const { locale, no, says } of [
      { locale: 'en-US', no: 'no', says: /^Kept All hands\. Nothing was declined\.$/ },
      { locale: 'de-DE', no: 'nein', says: /^All hands bleibt\. Nichts wurde abgelehnt\.$/ },
    ]) {
      it(`${locale}: a decline card kept says nothing was declined (not cancelled)`, async () => {
        const user = stack().channel.user({ ...ALEX, locale, localTimezone: PACIFIC });
        const list = (await user.say(locale === 'en-US' ? 'show my meetings tomorrow' : 'zeig meine Termine morgen')).card();
        const decline = (await user.click(list.id, buttonFor(list.content, 'All hands'))).card();
        assert.match(cardText(decline.content), /^(Decline this meeting|Diese Besprechung ablehnen)\?/);
        const kept = updatedText(await user.say(no), decline.id);
        assert.match(kept, says, kept);
      });
    }

    it('en-CA: a sentence ending in "p.m." gets no second period', async () => {
      const user = stack().channel.user({ ...ALEX, locale: 'en-CA', localTimezone: PACIFIC });
      const list = (await user.say(`show my meetings on ${day(2).toFormat('cccc')}`)).card();
      const confirm = (await user.click(list.id, buttonFor(list.content, INTERVIEW))).card();
      const done = cardText((await user.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: '' })).invokeCard);
      assert.match(done, /^Cancelled Interview: frontend candidate, .*p\.m\.$/m, done);
      assert.doesNotMatch(done, /\.\./, done);
    });

    it("a choice row says which of the user's words its title matched, not the whole title", async () => {
      const outlook = await outlookAs(stack(), ALEX.upn);
      const [interview] = await outlook.find(INTERVIEW);
      await outlook.update(interview.id, { subject: 'Sync – Vendor' });
      const choose = (await alex.say('cancel the sync')).card();
      const text = cardText(choose.content);
      assert.match(text, /^Which meeting do you mean\?/, text);
      assert.match(text, /Sync – Vendor\n.*\ntitle matches "sync"/, text);
      assert.doesNotMatch(text, /title matches "Sync – Vendor"/, text);
    });
  });
});

/** The bold subject lines of a bulk card's meetings. */
function subjectsOfBulk(card: any): string[] {
  return (card.body ?? [])
    .filter((e: any) => e.type === 'RichTextBlock' && e.inlines?.[0]?.weight === 'Bolder')
    .map((e: any) => e.inlines[0].text as string);
}
