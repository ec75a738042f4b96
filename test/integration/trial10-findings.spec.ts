import { strict as assert } from 'node:assert';
import { button, buttonFor, cardText, subjectsIn } from './support/cards';
import { DateTime } from 'luxon';
import { defaultSeed } from '../../dev/sandbox/seed/default-seed';
import { clearOfMidnights } from './support/midnight';
import { outlookAs } from './support/outlook';
import { ALEX, stackForSuite } from './support/stack';

const PACIFIC = 'America/Los_Angeles';
const DOMAIN = 'contoso.onmicrosoft.com';
const PATTI = { aadObjectId: '00000000-0000-4000-8000-000000000024', name: 'Patti Fernandez', upn: `PattiF@${DOMAIN}` };
const person = (alias: string, name: string) => ({ emailAddress: { address: `${alias}@${DOMAIN}`, name } });

/** The default week, and tomorrow (Pacific) the meetings of the trial: `extra` (hour, subject, organizer, attendees). */
function seedWith(extra: Array<{ hour: number; subject: string; organizer: string; attendees: string[] }>) {
  const tomorrow = DateTime.now().setZone(PACIFIC).startOf('day').plus({ days: 1 });
  const at = (hour: number) => ({ dateTime: tomorrow.set({ hour }).toFormat("yyyy-LL-dd'T'HH:mm:ss"), timeZone: 'Pacific Standard Time' });
  const names: Record<string, string> = { AlexW: 'Alex Wilber', MeganB: 'Megan Bowen', PattiF: 'Patti Fernandez', AdeleV: 'Adele Vance' };
  const seed = defaultSeed(new Date());
  const events = extra.map(({ hour, subject, organizer, attendees }) => ({
    subject,
    start: at(hour),
    end: at(hour + 1),
    organizer: person(organizer, names[organizer]),
    attendees: attendees.map((a) => ({ type: 'required' as const, ...person(a, names[a]) })),
  }));
  return { ...seed, events: [...seed.events, ...events] };
}

/**
 * Findings of the session 10 user trial (flows side), each through the bot over HTTP against the sandbox, as the trial's
 * driver ran them (/work/notes/trial10-report.md).
 */
describe('trial 10 findings (bot over HTTP against the sandbox)', function () {
  this.timeout(60000);
  const stack = stackForSuite();
  const alex = (locale = 'en-US') => stack().channel.user({ ...ALEX, locale, localTimezone: PACIFIC });
  const megansInbox = async () => (await stack().mailbox('MeganB@contoso.onmicrosoft.com')).inbox;
  const alexsInbox = async () => (await stack().mailbox('AlexW@contoso.onmicrosoft.com')).inbox;

  describe('#4: a decline of a meeting the user organizes', () => {
    it('"skip" / "decline" of his own 1:1 offers its cancel card, saying why; "yes" cancels it with his message', async () => {
      const user = alex();
      for (const text of ['skip the 1:1 with megan tomorrow', 'decline my 1:1 with megan tomorrow']) {
        const text1 = cardText((await user.say(text)).card().content);
        assert.match(
          text1,
          /^Cancel this meeting\?\nYou organize this meeting, so you can't decline it: you can cancel it for everyone/,
          text,
        );
        assert.match(text1, /1:1 Alex \/ Megan/);
        assert.doesNotMatch(text1, /Decline this meeting/);
      }
      const reply = await user.say('yes, out sick');
      assert.match(cardText(reply.updated[0].attachments![0].content), /^Cancelled 1:1 Alex \/ Megan, .+\nAttendees were told:\nout sick/);
      const told = (await megansInbox()).filter((m: any) => m.subject === 'Canceled: 1:1 Alex / Megan');
      assert.deepEqual(
        told.map((m: any) => m.comment),
        ['out sick'],
      );
      assert.equal((await alexsInbox()).filter((m: any) => /^Declined/.test(m.subject)).length, 0);
    });

    it('in German', async () => {
      const card = (await alex('de-DE').say('lehne das 1:1 mit Megan morgen ab')).card();
      assert.match(
        cardText(card.content),
        /^Diese Besprechung absagen\?\nDu organisierst diese Besprechung, daher kannst du sie nicht ablehnen: Du kannst sie stattdessen für alle absagen\./,
      );
      assert.ok(button(card.content, 'Besprechung absagen'));
    });
  });

  describe('safety: a bulk exception that names none of the meetings', () => {
    it('the bulk card says the exception left nothing out, as understood; one that does leave a meeting out says nothing', async () => {
      const user = alex();
      const bulk = (await user.say('cancel all my meetings the day after tomorrow except the jour fixe and the retro')).card();
      const said =
        /^Cancel these \d+ meetings\?\nYou asked to leave out the meeting called .jour fixe. and the meeting called .retro., but none here matches, so nothing was left out for them:/;
      assert.match(cardText(bulk.content), said);
      assert.match(cardText(bulk.content), /Interview: frontend candidate/);
      // Shown again (another device, later): it still says so.
      assert.match(cardText((await user.refresh(bulk.id)).updated[0].attachments![0].content), said);
      const kept = cardText((await user.say('cancel all my meetings the day after tomorrow except the interview')).card().content);
      assert.match(kept, /^Cancel (these \d+ meetings|this meeting)\?\n/);
      assert.doesNotMatch(kept, /Interview|You asked to leave out/);
      // Two exceptions, one naming a meeting: that one is left out, the other said.
      const half = cardText(
        (await user.say('cancel all my meetings the day after tomorrow except the interview and the retro')).card().content,
      );
      assert.match(half, /\nYou asked to leave out the meeting called .retro., but none here matches, so nothing was left out for it:/);
      assert.doesNotMatch(half, /Interview/);
    });

    it('in German', async () => {
      const card = cardText(
        (await alex('de-DE').say('sag alle meine Termine übermorgen ab außer dem Jour fixe und der Retro')).card().content,
      );
      assert.match(
        card,
        /^Diese \d+ Besprechungen absagen\?\nDu wolltest die Besprechung namens .jour fixe.+ auslassen, aber keine hier passt dazu, daher wurde dafür nichts ausgelassen/i,
      );
    });
  });

  describe('#5: "the one after" after a delegate cancelled in the boss\'s calendar', () => {
    const stack2 = stackForSuite(async () => {
      await clearOfMidnights([PACIFIC]);
      return {
        sandbox: {
          seed: seedWith([
            { hour: 13, subject: 'Design crit', organizer: 'AlexW', attendees: ['MeganB'] },
            { hour: 14, subject: 'Hiring sync', organizer: 'MeganB', attendees: ['PattiF'] },
          ]),
        },
      };
    });

    it("stays in Alex's calendar: his next meeting, not one of Patti's own", async () => {
      const patti = stack2().channel.user({ ...PATTI, localTimezone: PACIFIC });
      const first = cardText((await patti.say("cancel alex's 1:1 with megan tomorrow, tell her he's stuck on a flight")).card().content);
      assert.match(first, /1:1 Alex \/ Megan/);
      await patti.say('yes');
      const cancelled = (await stack2().mailbox('MeganB@contoso.onmicrosoft.com')).inbox.filter(
        (m: any) => m.subject === 'Canceled: 1:1 Alex / Megan',
      );
      assert.equal(cancelled.length, 1);
      const next = cardText((await patti.say('and the one after')).card().content);
      assert.match(next, /^Cancel this meeting\?\n/);
      assert.match(next, /Design crit/);
      assert.doesNotMatch(next, /Hiring sync/);
    });

    it('the same in German', async () => {
      const patti = stack2().channel.user({ ...PATTI, locale: 'de-DE', localTimezone: PACIFIC });
      const first = (await patti.say('sag das 1:1 von Alex mit Megan morgen ab')).card();
      assert.match(cardText(first.content), /1:1 Alex \/ Megan/);
      await patti.say('ja');
      const next = cardText((await patti.say('und das danach')).card().content);
      assert.match(next, /Design crit/);
    });
  });

  describe('#9: all-day events first on their day; a late click on an older list after a cancel here', () => {
    const BERLIN = 'Europe/Berlin';
    // The team offsite (all day, in three days) and, that day, meetings at 00:00 and 01:00 Berlin time.
    const offsiteDay = () => DateTime.now().setZone(PACIFIC).startOf('day').plus({ days: 3 });
    const stack3 = stackForSuite(async () => {
      await clearOfMidnights([PACIFIC, BERLIN]);
      const date = offsiteDay().toISODate();
      const seed = defaultSeed(new Date());
      const at = (time: string) => ({ dateTime: `${date}T${time}:00`, timeZone: 'W. Europe Standard Time' });
      const night = (subject: string, from: string, to: string) => ({
        subject,
        start: at(from),
        end: at(to),
        organizer: person('AlexW', 'Alex Wilber'),
        attendees: [{ type: 'required' as const, ...person('MeganB', 'Megan Bowen') }],
      });
      return {
        sandbox: {
          seed: { ...seed, events: [...seed.events, night('Night deploy', '00:00', '00:30'), night('Release check', '01:00', '01:30')] },
        },
      };
    });

    it('lists the all-day offsite first on its day, before a meeting at its midnight', async () => {
      const user = stack3().channel.user({ ...ALEX, localTimezone: BERLIN });
      const list = (await user.say(`show my meetings on ${offsiteDay().setLocale('en-US').toFormat('cccc')}`)).card();
      // (The weekday standup, 3 PM Pacific, is at 00:00 in Berlin too when that day is a weekday.)
      const subjects = subjectsIn(list.content);
      assert.equal(subjects[0], 'Team offsite', subjects.join());
      assert.ok(subjects.includes('Night deploy') && subjects.includes('Release check'), subjects.join());
    });

    it("a late click on an older list's row of a meeting cancelled in this chat says so, and sends nothing more", async () => {
      const user = stack3().channel.user({ ...ALEX, localTimezone: PACIFIC });
      const list = (await user.say('show my meetings the day after tomorrow')).card();
      const row = buttonFor(list.content, 'Interview: frontend candidate');
      const card = (await user.say('cancel the frontend candidate interview')).card();
      await user.click(card.id, button(card.content, 'Cancel meeting'), { comment: 'Position filled' });
      const late = await user.click(list.id, row);
      assert.match(
        late.text(),
        /^Interview: frontend candidate is already cancelled: you cancelled it in this chat on \w{3}, \w{3} \d{1,2}, \d{1,2}:\d\d [AP]M, so nothing more was sent\./,
      );
      const told = (await stack3().mailbox('LynneR@contoso.onmicrosoft.com')).inbox.filter(
        (m: any) => m.subject === 'Canceled: Interview: frontend candidate',
      );
      assert.equal(told.length, 1);
    });

    it('a row of a meeting deleted elsewhere (Outlook) still says only what Microsoft 365 says', async () => {
      const user = stack3().channel.user({ ...ALEX, localTimezone: PACIFIC });
      const list = (await user.say('show my meetings the day after tomorrow')).card();
      const row = buttonFor(list.content, 'Interview: frontend candidate');
      const outlook = await outlookAs(stack3(), ALEX.upn);
      const [interview] = await outlook.find('Interview: frontend candidate');
      await outlook.cancel(interview.id);
      assert.match(
        (await user.click(list.id, row)).text(),
        /^Microsoft 365 no longer finds that meeting in its calendar, so nothing was sent\./,
      );
    });

    it('in German', async () => {
      const user = stack3().channel.user({ ...ALEX, locale: 'de-DE', localTimezone: PACIFIC });
      const list = (await user.say('zeig meine Termine übermorgen')).card();
      const row = buttonFor(list.content, 'Interview: frontend candidate');
      const card = (await user.say('sag das Interview ab')).card();
      await user.click(card.id, button(card.content, 'Besprechung absagen'), { comment: '' });
      const late = await user.click(list.id, row);
      assert.match(
        late.text(),
        /^Interview: frontend candidate ist schon abgesagt: Du hast sie in diesem Chat am .+ abgesagt, daher wurde nichts mehr gesendet\./,
      );
    });
  });
});
