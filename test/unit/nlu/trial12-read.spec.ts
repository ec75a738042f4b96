import { strict as assert } from 'node:assert';
import { outcome } from './outcome';
import { loadCases } from '../../../scripts/eval-nlu';
import { resolve } from '../../../src/calendar';
import { understand, type UserContext } from '../../../src/nlu';

// Sentences other than the trial's (/work/notes/trial12-report.md) that showed each cause, over the labelled calendars.
const denver: UserContext = { locale: 'en-US', timeZone: 'America/Denver', now: new Date('2026-12-08T15:00:00Z') };
const vienna: UserContext = { locale: 'de-AT', timeZone: 'Europe/Vienna', now: new Date('2026-12-08T07:00:00Z') };
const { calendars } = loadCases();
const told = (text: string, calendar: string, context: UserContext): string | undefined => {
  const { request } = resolve(text, calendars.get(calendar)!, context);
  return request.comment ?? request.reason;
};

describe('trial 12: what the user said, read whole', () => {
  describe('day words as chat spells them are the day, never title words (trial #6)', () => {
    it('tonite, 2nite, tomoz, 2mrw, 2day name the day and leave the title alone', () => {
      const cases: Array<[string, string]> = [
        ['can u cancel will and trust review tonite', 'dn-will-review'],
        ['cancel will and trust review 2nite pls', 'dn-will-review'],
        ['cancel yoga tomoz', 'dn-yoga'],
        ['cancel yoga 2mrw', 'dn-yoga'],
        ['cancel the hiring sync 2day', 'dn-hiring'],
      ];
      for (const [text, id] of cases) assert.equal(outcome(text, 'denver', denver).clear, id, text);
      const tonight = understand('cancel the deploy window tonite', denver);
      assert.equal(tonight.titleHint, 'deploy window');
      assert.deepEqual(tonight.day, understand('cancel the deploy window tonight', denver).day);
      assert.equal(understand("cancel tonite's deploy", denver).calendarHint, undefined);
    });

    it('a meeting on another day is not offered for the day said in chat spelling', () => {
      // The concert is on Saturday: none tonight (before, "tonite" was a title word and Saturday's concert matched).
      assert.deepEqual(outcome('cancel the concert tonite', 'denver', denver).ids, []);
    });

    it('"the 2day offsite" is a length, not today', () => {
      assert.equal(understand('cancel the 2day offsite', denver).day, undefined);
    });

    it('German chat spellings ("morgn", "heut abend") are the day', () => {
      assert.equal(outcome('sag das Daily morgn ab', 'vienna', vienna).clear, 'vi-daily-mi');
      assert.equal(outcome('sag die Sommerfest-Planung heut abend ab', 'vienna', vienna).clear, 'vi-sommer');
    });
  });

  describe('a bare hour after "my" is a clock time (trial #15)', () => {
    it('"my 10 tmrw", "my 3 today" name the meeting at that hour', () => {
      assert.equal(outcome('cancel my 10 tmrw', 'denver', denver).clear, 'dn-qplanning');
      assert.equal(outcome('cancel my 3 today', 'denver', denver).clear, 'dn-hiring');
      assert.deepEqual(understand('cancel my 5 tmrw', denver).clock, { hour: 17, minute: 0 });
      assert.equal(understand('cancel my 9 with anna', denver).titleHint, undefined);
    });

    it('a number of meetings stays a number ("my 2 meetings", "my 3 standups"), a clock stays as said', () => {
      assert.equal(understand('cancel my 2 meetings tomorrow', denver).clock, undefined);
      assert.equal(understand('cancel my 3 standups', denver).clock, undefined);
      assert.deepEqual(understand('cancel my 9:30 tomorrow', denver).clock, { hour: 9, minute: 30 });
    });

    it('German: "meinen 11-Uhr-Termin"', () => {
      assert.equal(outcome('sag meinen 11-Uhr-Termin am Donnerstag ab', 'vienna', vienna).clear, 'vi-rainer');
    });
  });

  describe('a reason typed with no comma is the message, not title words (trial #12)', () => {
    it('after the day said, a clause about oneself or someone out is the reason', () => {
      assert.equal(told('cancel yoga tmrw im sick', 'denver', denver), 'im sick');
      assert.equal(outcome('cancel yoga tmrw im sick', 'denver', denver).clear, 'dn-yoga');
      assert.equal(told('cancel the retro thursday sam is out', 'denver', denver), 'sam is out');
      assert.equal(outcome('cancel the retro thursday sam is out', 'denver', denver).clear, 'dn-retro');
      const all = 'cancel all my stuff tmrw im sick';
      assert.equal(told(all, 'denver', denver), 'im sick');
      assert.equal(resolve(all, calendars.get('denver')!, denver).request.scope, 'all');
      assert.deepEqual([...outcome(all, 'denver', denver).ids].sort(), [
        'dn-initech',
        'dn-podcast',
        'dn-qplanning',
        'dn-standup-wed',
        'dn-umbrella',
        'dn-yoga',
      ]);
      assert.equal(understand('cancel the standup friday my kid is sick', denver).reason, 'my kid is sick');
    });

    it('German: after the verb at the end ("… ab bin krank", "… absagen Toni ist krank")', () => {
      assert.equal(told('sag alles morgen ab bin krank', 'vienna', vienna), 'bin krank');
      assert.equal(resolve('sag alles morgen ab bin krank', calendars.get('vienna')!, vienna).request.scope, 'all');
      assert.equal(told('das Teamessen am Donnerstag absagen Toni ist krank', 'vienna', vienna), 'Toni ist krank');
      assert.equal(outcome('sag die Retro am Donnerstag ab ich bin krank', 'vienna', vienna).clear, 'vi-retro');
    });

    it('words about which meetings are no reason ("… i\'m invited to", "… i have"), nor is a question', () => {
      assert.equal(understand('cancel everything tomorrow i have', denver).reason, undefined);
      assert.equal(understand("cancel everything tomorrow i'm invited to", denver).reason, undefined);
      assert.equal(understand('cancel monday my sync with fred', denver).reason, undefined);
      assert.equal(understand('sag mir bitte was ich am freitag hab', vienna).reason, undefined);
    });
  });

  describe('"the day after" joined to a day is the next day, for the same meeting (trial #2)', () => {
    const days = (text: string, context: UserContext): Array<string | undefined> =>
      (understand(text, context).each ?? []).map((part) => part.day?.start);

    it('each part has its own day: the one said, then the one after it', () => {
      const cases: Array<[string, string, UserContext, string[]]> = [
        ['cancel the standup tomorrow and the day after', 'denver', denver, ['dn-standup-thu', 'dn-standup-wed']],
        ['cancel the standup thursday and the next day', 'denver', denver, ['dn-standup-fri', 'dn-standup-thu']],
        ['cancel the standup wednesday and a day later', 'denver', denver, ['dn-standup-thu', 'dn-standup-wed']],
        ['sag das Daily morgen und den Tag danach ab', 'vienna', vienna, ['vi-daily-do', 'vi-daily-mi']],
        ['das Daily am Donnerstag und tags darauf absagen', 'vienna', vienna, ['vi-daily-do', 'vi-daily-fr']],
      ];
      for (const [text, calendar, context, ids] of cases) {
        const found = outcome(text, calendar, context);
        assert.equal(found.clear, undefined, text);
        assert.deepEqual([...found.ids].sort(), ids, text);
      }
      // Not a title word: "Tag" and "danach" are no part of the Daily's name.
      assert.equal(understand('sag das Daily morgen und den Tag danach ab', vienna).titleHint, 'daily');
    });

    it('"the day after tomorrow" stays a day of its own; a later weekday said after one is after it', () => {
      const [tomorrow, after] = days('cancel the standup tomorrow and the day after tomorrow', denver);
      assert.equal(tomorrow, '2026-12-09T07:00:00.000Z');
      assert.equal(after, '2026-12-10T07:00:00.000Z');
      // Said on a Tuesday: "monday and tuesday" is next week's Monday and the Tuesday after it, not today.
      assert.deepEqual(days('cancel the standup monday and tuesday', denver), ['2026-12-14T07:00:00.000Z', '2026-12-15T07:00:00.000Z']);
    });
  });

  describe('a plural title without "all" is every meeting so called (trial #3)', () => {
    const several = (text: string, calendar: string, context: UserContext, ids: string[]): void => {
      const found = outcome(text, calendar, context);
      assert.equal(found.clear, undefined, text);
      assert.deepEqual([...found.ids].sort(), [...ids].sort(), text);
      assert.equal(resolve(text, calendars.get(calendar)!, context).request.scope, 'all', text);
    };

    it('a plural meeting noun after the title ("the customer calls", "all design review sessions")', () => {
      several('cancel the customer calls tomorrow', 'denver', denver, ['dn-initech', 'dn-umbrella']);
      assert.equal(understand('cancel all onboarding sessions', denver).scope, 'all');
      assert.equal(understand('cancel the onboarding sessions', denver).scope, 'all');
      // The noun is the plural word: a meeting called "Onboarding sessions" is one meeting (calendar/clear-choice pluralAsName).
      assert.equal(understand('cancel the onboarding sessions', denver).pluralWord, 'sessions');
    });

    it('a time\'s possessive owns the plural as "the" does ("this week\'s standups", "tomorrow\'s customer calls")', () => {
      several("cancel this week's standups", 'denver', denver, ['dn-standup-tue', 'dn-standup-wed', 'dn-standup-thu', 'dn-standup-fri']);
      several("cancel tomorrow's customer calls", 'denver', denver, ['dn-initech', 'dn-umbrella']);
    });

    it('German -ys plurals ("die Dailys"), and a plural over each day said', () => {
      several('sag die Dailys diese Woche ab', 'vienna', vienna, ['vi-daily-di', 'vi-daily-mi', 'vi-daily-do', 'vi-daily-fr']);
      several('cancel the standups tomorrow and friday', 'denver', denver, ['dn-standup-wed', 'dn-standup-fri']);
    });

    it('one meeting named in the singular stays one; words ending in s that are no plural stay one', () => {
      assert.equal(outcome('cancel the standup tomorrow', 'denver', denver).clear, 'dn-standup-wed');
      assert.equal(outcome('sag das Daily morgen ab', 'vienna', vienna).clear, 'vi-daily-mi');
      for (const text of ['cancel the news tomorrow', 'cancel the status tomorrow', 'cancel the ops sync tomorrow'])
        assert.equal(understand(text, denver).scope, 'one', text);
    });
  });
});
