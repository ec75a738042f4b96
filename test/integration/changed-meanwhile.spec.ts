import { strict as assert } from 'node:assert';
import { DateTime } from 'luxon';
import { button, buttonFor, cardText, subjectsIn } from './support/cards';
import { outlookAs } from './support/outlook';
import { ALEX, MEGAN, stackForSuite } from './support/stack';
import type { ChatUser } from './support/teams-channel';

const PACIFIC = 'America/Los_Angeles';
const ISAIAH_UPN = 'IsaiahL@contoso.onmicrosoft.com';

/** A local day `offset` days from today in Los Angeles (the seed's zone). */
function day(offset: number): DateTime {
  return DateTime.now().setZone(PACIFIC).startOf('day').plus({ days: offset }).setLocale('en-US');
}
const wire = (at: DateTime) => ({ dateTime: at.toUTC().toFormat("yyyy-LL-dd'T'HH:mm:ss"), timeZone: 'UTC' });

/**
 * The meeting a confirm card names changes in Outlook before the click (moved, renamed, deleted,
 * cancelled by someone else): the click never cancels or declines what the user has not seen.
 * Bot over HTTP against the sandbox; the change is a real Graph PATCH/DELETE with the owner's token.
 */
describe('a meeting that changed between the card and the click (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  let alex: ChatUser;
  const stack = stackForSuite();
  beforeEach(() => {
    alex = stack().channel.user({ ...ALEX, localTimezone: PACIFIC });
  });

  async function confirmCardFor(user: ChatUser, subject: string, when: DateTime): Promise<{ id: string; content: any }> {
    const list = (await user.say(`show my meetings on ${when.toFormat('cccc')}`)).card();
    assert.ok(subjectsIn(list.content).includes(subject), cardText(list.content));
    return (await user.click(list.id, buttonFor(list.content, subject))).card();
  }

  async function interviewer() {
    const outlook = await outlookAs(stack(), ALEX.upn);
    const [event] = await outlook.find('Interview: frontend candidate');
    return { outlook, event };
  }

  it('moved to another time: nothing is cancelled, the card shows the new time and says it changed; its new button then cancels', async () => {
    const confirm = await confirmCardFor(alex, 'Interview: frontend candidate', day(2));
    const { outlook, event } = await interviewer();
    const later = day(3).set({ hour: 16 });
    await outlook.update(event.id, { start: wire(later), end: wire(later.plus({ hours: 1 })) });

    const click = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Sorry' });
    // A new card with the meeting as it is now (the clicked one is replaced by it: see trial9-cards.spec).
    const again = click.card();
    const text = cardText(again.content);
    assert.match(text, /changed/i, text);
    assert.match(text, new RegExp(`${later.toFormat('ccc, LLL d')}, 4:00\\s?PM`), text);
    assert.doesNotMatch(text, /^Cancelled/, text);
    assert.equal((await stack().mailbox(ISAIAH_UPN)).inbox.length, 0, 'nobody was told anything');
    assert.equal((await outlook.find('Interview: frontend candidate')).length, 1, 'still on the calendar');

    const done = await alex.click(again.id, button(again.content, 'Cancel meeting'), { comment: 'Sorry' });
    assert.match(cardText(done.updated[0].attachments![0].content), /^Cancelled Interview: frontend candidate/);
    assert.equal((await stack().mailbox(ISAIAH_UPN)).inbox.length, 1);
  });

  it('renamed, then the card refreshed (shown again in Teams): it shows the new name and says it changed', async () => {
    const confirm = await confirmCardFor(alex, 'Interview: frontend candidate', day(2));
    const { outlook, event } = await interviewer();
    await outlook.update(event.id, { subject: 'Offer call: frontend candidate' });
    const refreshed = cardText((await alex.refresh(confirm.id, confirm.content)).invokeCard);
    assert.match(refreshed, /Offer call: frontend candidate/, refreshed);
    assert.match(refreshed, /changed/i, refreshed);
  });

  it('renamed: nothing is cancelled and the card shows the new name', async () => {
    const confirm = await confirmCardFor(alex, 'Interview: frontend candidate', day(2));
    const { outlook, event } = await interviewer();
    await outlook.update(event.id, { subject: 'Offer call: frontend candidate' });
    const click = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: '' });
    const text = cardText(click.card().content);
    assert.match(text, /Offer call: frontend candidate/, text);
    assert.match(text, /changed/i, text);
    assert.equal((await stack().mailbox(ISAIAH_UPN)).inbox.length, 0, 'nobody was told anything');
  });

  it('deleted in Outlook: the card says plainly it is no longer on the calendar, and nothing else is sent', async () => {
    const confirm = await confirmCardFor(alex, 'Interview: frontend candidate', day(2));
    const { outlook, event } = await interviewer();
    await outlook.remove(event.id);
    const before = (await stack().mailbox(ISAIAH_UPN)).inbox.length;
    const click = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'x' });
    assert.match(
      cardText(click.updated[0].attachments![0].content),
      /^Microsoft 365 no longer finds Interview: frontend candidate in its calendar\./,
    );
    assert.equal((await stack().mailbox(ISAIAH_UPN)).inbox.length, before, 'no second cancellation');
  });

  it('a meeting with no subject is named "(no subject)" in every sentence, never an empty name', async () => {
    const { outlook, event } = await interviewer();
    await outlook.update(event.id, { subject: '' });
    const list = (await alex.say(`show my meetings on ${day(2).toFormat('cccc')}`)).card();
    assert.match(cardText(list.content), /\(no subject\)/);
    const confirm = (await alex.click(list.id, buttonFor(list.content, '(no subject)'))).card();
    assert.match(cardText(confirm.content), /^Cancel this meeting\?\n\(no subject\)\n/);
    const done = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: '' });
    assert.match(cardText(done.updated[0].attachments![0].content), /^Cancelled \(no subject\), /);
  });

  for (const status of [409, 412]) {
    it(`a cancel refused with ${status} (the meeting edited at the same moment): told so truly, nothing sent, the card works again`, async () => {
      const confirm = await confirmCardFor(alex, 'Interview: frontend candidate', day(2));
      await stack().admin('POST', '/faults', { failNext: [{ path: '/cancel', method: 'POST', status, count: 1 }] });
      const refused = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Sorry' });
      assert.match(refused.text(), /being changed at the same moment.*[Nn]othing was cancelled/, refused.text());
      assert.doesNotMatch(refused.text(), /couldn't reach/);
      assert.equal((await stack().mailbox(ISAIAH_UPN)).inbox.length, 0);
      const done = await alex.click(confirm.id, button(confirm.content, 'Cancel meeting'), { comment: 'Sorry' });
      assert.match(cardText(done.updated[0].attachments![0].content), /^Cancelled Interview: frontend candidate/);
    });
  }

  it('bulk: one meeting of the card moved meanwhile: nothing at all is cancelled, the card comes again as they are now', async () => {
    const bulk = (await alex.say(`cancel all my meetings on ${day(2).toFormat('cccc')}`)).card();
    assert.match(cardText(bulk.content), /Interview: frontend candidate/);
    const { outlook, event } = await interviewer();
    const later = day(2).set({ hour: 17 });
    await outlook.update(event.id, { start: wire(later), end: wire(later.plus({ hours: 1 })) });
    const deletedBefore = (await stack().mailbox(ALEX.upn)).deletedItems.length;
    const click = await alex.click(bulk.id, button(bulk.content, (bulk.content.actions ?? [])[0].title), { comment: 'Sorry' });
    const again = click.card();
    const text = cardText(again.content);
    assert.match(text, /changed/i, text);
    assert.match(text, /Interview: frontend candidate\n.*5:00\s?PM/, text);
    assert.equal((await stack().mailbox(ALEX.upn)).deletedItems.length, deletedBefore, 'nothing was cancelled');
    assert.equal((await stack().mailbox(ISAIAH_UPN)).inbox.length, 0, 'nobody was told anything');
  });

  it('a meeting Alex attends, moved by its organizer: the decline is not sent, the card shows the new time', async () => {
    const confirm = await confirmCardFor(alex, 'All hands', day(1));
    assert.match(cardText(confirm.content), /^Decline this meeting\?/);
    const megan = await outlookAs(stack(), MEGAN.upn);
    const [hers] = await megan.find('All hands');
    const later = day(4).set({ hour: 9 });
    await megan.update(hers.id, { start: wire(later), end: wire(later.plus({ hours: 1 })) });
    const click = await alex.click(confirm.id, button(confirm.content, 'Decline'), { comment: '' });
    const text = cardText(click.card().content);
    assert.match(text, /changed/i, text);
    assert.match(text, new RegExp(`${later.toFormat('ccc, LLL d')}, 9:00\\s?AM`), text);
    assert.equal((await stack().mailbox(MEGAN.upn)).inbox.length, 0, 'Megan got no response');
  });

  it('the whole series renamed before "The whole series" is pressed: nothing is cancelled, the card comes again as it is now', async () => {
    const confirm = (await alex.say('cancel my standup at 3pm')).card();
    assert.match(cardText(confirm.content), /^Cancel this meeting\?\nDaily standup\n/);
    const outlook = await outlookAs(stack(), ALEX.upn);
    const [occurrence] = await outlook.find('Daily standup');
    assert.ok(occurrence?.seriesMasterId, 'the standup is a series');
    await outlook.update(occurrence.seriesMasterId, { subject: 'Team sync (new format)' });

    const click = await alex.click(confirm.id, button(confirm.content, 'The whole series'), { comment: '' });
    const text = cardText(click.card().content);
    assert.match(text, /changed/i, text);
    assert.match(text, /Team sync \(new format\)/, text);
    assert.doesNotMatch(text, /^Cancelled/, text);
    assert.ok((await outlook.find('Team sync (new format)')).length > 0, 'the series is still on the calendar');
  });
});
