import { strict as assert } from 'node:assert';
import { button, cardText } from './support/cards';
import { outlookAs } from './support/outlook';
import { ALEX, LYNNE, Stack } from './support/stack';

/**
 * An older card for a meeting this chat already cancelled (trial 8 #6): clicked or refreshed later, it says the meeting is
 * already cancelled, here and when, instead of "Microsoft 365 no longer finds it" (true, but the bot knows why). What the
 * bot knows comes from the ticket the cancel completed (no storage write of its own).
 */
describe('an older card for a meeting this chat cancelled (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  let stack: Stack;
  before(async () => {
    stack = await Stack.start();
  });
  after(async () => {
    await stack?.stop();
  });
  beforeEach(async () => {
    await stack.reset();
  });

  const interviewCancels = async () =>
    (await stack.mailbox(LYNNE.upn)).inbox.filter((m: any) => m.subject === 'Canceled: Interview: frontend candidate');

  it('says it is already cancelled in this chat, and when, clicked or refreshed, and sends nothing more', async () => {
    const alex = stack.channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    const older = (await alex.say('cancel the frontend candidate interview')).card();
    const newer = (await alex.say('cancel the frontend candidate interview')).card();
    await alex.click(newer.id, button(newer.content, 'Cancel meeting'), { comment: 'Position filled' });
    const said =
      /^Interview: frontend candidate is already cancelled: you cancelled it in this chat on \w{3}, \w{3} \d{1,2}, \d{1,2}:\d\d [AP]M\.\n/;
    const refreshed = (await alex.refresh(older.id)).updated[0].attachments![0].content;
    assert.match(cardText(refreshed), said);
    const clicked = await alex.click(older.id, button(older.content, 'Cancel meeting'), { comment: 'again' });
    assert.match(cardText(clicked.updated[0].attachments![0].content), said);
    assert.deepEqual(
      (await interviewCancels()).map((m: any) => m.comment),
      ['Position filled'],
    );
  });

  it('after a bulk cancel of its day too', async () => {
    const alex = stack.channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    const older = (await alex.say('cancel the frontend candidate interview')).card();
    const bulk = (await alex.say('cancel all my meetings the day after tomorrow')).card();
    assert.match(cardText(bulk.content), /Interview: frontend candidate/);
    await alex.click(bulk.id, button(bulk.content, cardText(bulk.content).match(/Cancel all \d+|Cancel both|Cancel it/)![0]), {
      comment: '',
    });
    const refreshed = (await alex.refresh(older.id)).updated[0].attachments![0].content;
    assert.match(cardText(refreshed), /^Interview: frontend candidate is already cancelled: you cancelled it in this chat on /);
    assert.equal((await interviewCancels()).length, 1);
  });

  it('in German', async () => {
    const urs = stack.channel.user({ ...ALEX, locale: 'de-DE', localTimezone: 'Europe/Berlin' });
    const older = (await urs.say('sag das Interview ab')).card();
    const newer = (await urs.say('sag das Interview ab')).card();
    await urs.click(newer.id, button(newer.content, 'Besprechung absagen'), { comment: '' });
    const refreshed = (await urs.refresh(older.id)).updated[0].attachments![0].content;
    assert.match(cardText(refreshed), /^Interview: frontend candidate ist schon abgesagt: Du hast sie in diesem Chat am .+ abgesagt\.\n/);
  });

  it('a meeting gone from the calendar that this chat did not cancel still says only what Microsoft 365 says', async () => {
    const alex = stack.channel.user({ ...ALEX, localTimezone: 'America/Los_Angeles' });
    const card = (await alex.say('cancel the frontend candidate interview')).card();
    const outlook = await outlookAs(stack, ALEX.upn);
    const [interview] = await outlook.find('Interview: frontend candidate');
    await outlook.remove(interview.id);
    const refreshed = (await alex.refresh(card.id)).updated[0].attachments![0].content;
    assert.match(cardText(refreshed), /^Microsoft 365 no longer finds Interview: frontend candidate in its calendar\.\n/);
  });
});
