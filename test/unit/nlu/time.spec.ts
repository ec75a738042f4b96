import { strict as assert } from 'node:assert';
import { describeRequest, understand, type UserContext } from '../../../src/nlu';

// Thursday 5 March 2026, 09:00 in Los Angeles (17:00Z); US clocks go forward on Sunday 8 March.
const la: UserContext = { locale: 'en-US', timeZone: 'America/Los_Angeles', now: new Date('2026-03-05T17:00:00Z') };
// Thursday 26 March 2026, 09:00 in Berlin (08:00Z); EU clocks go forward on Sunday 29 March.
const berlin: UserContext = { locale: 'de-DE', timeZone: 'Europe/Berlin', now: new Date('2026-03-26T08:00:00Z') };

const clockOf = (text: string, context: UserContext) => understand(text, context).clock;
const dayOf = (text: string, context: UserContext) => understand(text, context).day;

describe('time: clock times', () => {
  const english: Array<[string, number, number]> = [
    ['cancel my 3pm', 15, 0],
    ['cancel the 15:00', 15, 0],
    ['cancel my 9:30', 9, 30],
    ['cancel my meeting at 3', 15, 0],
    ['cancel my meeting at noon', 12, 0],
    ['cancel the meeting at ten', 10, 0],
    ['cancel the 5:30pm', 17, 30],
    ['cancel my meeting at 3 PM today', 15, 0],
    ['cancel the 11am', 11, 0],
    ["cancel the three o'clock", 15, 0],
    ['cancel my 15h meeting', 15, 0],
    ['cancel the 9h30 call', 9, 30],
    ['cancel my 1500', 15, 0],
    ['cancel the meeting at 0930', 9, 30],
  ];
  for (const [text, hour, minute] of english) {
    it(`"${text}" is ${hour}:${String(minute).padStart(2, '0')}`, () => assert.deepEqual(clockOf(text, la), { hour, minute }));
  }
  const german: Array<[string, number, number]> = [
    ['sag den Termin um 15 Uhr ab', 15, 0],
    ['halb vier am Donnerstag absagen', 15, 30],
    ['sag den Termin um viertel vier ab', 15, 15],
    ['sag den Termin um dreiviertel vier ab', 15, 45],
    ['sag das Meeting gegen 10 am Mittwoch ab', 10, 0],
    ['sag den Termin um halb drei ab', 14, 30],
    ['sag den Termin um halb zehn ab', 9, 30],
    ['sag den Termin um viertel nach drei ab', 15, 15],
    ['sag den Termin um viertel vor zehn ab', 9, 45],
    ['sag den Termin um 15.30 Uhr ab', 15, 30],
    ['sag den Termin um 3 ab', 15, 0],
    ['sag den Termin um drei ab', 15, 0],
    ['sag den Termin um 8 Uhr ab', 8, 0],
    // Without "Uhr", before "am": not English a.m., and not dropped.
    ['sag den Termin um Viertel nach 9 am Mittwoch ab', 9, 15],
    ['sag den Termin um 10 am Montag ab', 10, 0],
    ['sag den Termin mittags ab', 12, 0],
    ['sag den Termin heute Abend um 8 ab', 20, 0],
  ];
  for (const [text, hour, minute] of german) {
    it(`"${text}" is ${hour}:${String(minute).padStart(2, '0')}`, () => assert.deepEqual(clockOf(text, berlin), { hour, minute }));
  }
  it('does not read "1:1" as a clock time', () => {
    assert.equal(clockOf('cancel my 1:1 with thomas', la), undefined);
    assert.equal(clockOf('sag mein 1:1 mit Anna ab', berlin), undefined);
  });
});

describe("time: days and parts of days, in the user's zone", () => {
  const days: Array<[string, UserContext, string, string]> = [
    ['cancel my meetings today', la, '2026-03-05T08:00:00.000Z', '2026-03-06T08:00:00.000Z'],
    ['cancel my meetings tomorrow', la, '2026-03-06T08:00:00.000Z', '2026-03-07T08:00:00.000Z'],
    ['cancel my meeting on Friday', la, '2026-03-06T08:00:00.000Z', '2026-03-07T08:00:00.000Z'],
    // The day of the switch has 23 hours; Monday starts at 07:00Z, not 08:00Z.
    ['cancel my meetings on sunday', la, '2026-03-08T08:00:00.000Z', '2026-03-09T07:00:00.000Z'],
    ['drop my appointment for Monday', la, '2026-03-09T07:00:00.000Z', '2026-03-10T07:00:00.000Z'],
    ['cancel my meetings next Monday', la, '2026-03-09T07:00:00.000Z', '2026-03-10T07:00:00.000Z'],
    ['cancel my meeting on thursday', la, '2026-03-05T08:00:00.000Z', '2026-03-06T08:00:00.000Z'],
    ['cancel my meetings this afternoon', la, '2026-03-05T20:00:00.000Z', '2026-03-06T01:00:00.000Z'],
    ['cancel tonight', la, '2026-03-06T01:00:00.000Z', '2026-03-06T08:00:00.000Z'],
    ['cancel tomorrow morning', la, '2026-03-06T08:00:00.000Z', '2026-03-06T20:00:00.000Z'],
    // An en-US week runs Sunday to Saturday; an en-GB one Monday to Sunday (see 'weeks by locale' below).
    ['cancel everything this week', la, '2026-03-05T08:00:00.000Z', '2026-03-08T08:00:00.000Z'],
    ['cancel everything next week', la, '2026-03-08T08:00:00.000Z', '2026-03-15T07:00:00.000Z'],
    ['cancel everything this week', { ...la, locale: 'en-GB' }, '2026-03-05T08:00:00.000Z', '2026-03-09T07:00:00.000Z'],
    ['cancel everything next week', { ...la, locale: 'en-GB' }, '2026-03-09T07:00:00.000Z', '2026-03-16T07:00:00.000Z'],
    ['sag alles heute ab', berlin, '2026-03-25T23:00:00.000Z', '2026-03-26T23:00:00.000Z'],
    ['sag alles morgen ab', berlin, '2026-03-26T23:00:00.000Z', '2026-03-27T23:00:00.000Z'],
    ['sag alles übermorgen ab', berlin, '2026-03-27T23:00:00.000Z', '2026-03-28T23:00:00.000Z'],
    ['sag den Termin am Donnerstag ab', berlin, '2026-03-25T23:00:00.000Z', '2026-03-26T23:00:00.000Z'],
    ['sag alles am Sonntag ab', berlin, '2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z'],
    ['sag den Termin am Montag ab', berlin, '2026-03-29T22:00:00.000Z', '2026-03-30T22:00:00.000Z'],
    ['sag alles heute Nachmittag ab', berlin, '2026-03-26T11:00:00.000Z', '2026-03-26T16:00:00.000Z'],
    ['sag alles morgen früh ab', berlin, '2026-03-26T23:00:00.000Z', '2026-03-27T11:00:00.000Z'],
    ['sag alles nächste Woche ab', berlin, '2026-03-29T22:00:00.000Z', '2026-04-05T22:00:00.000Z'],
    // Slips in day words, and chat shorthand.
    ['cancel my standup tommorow', la, '2026-03-06T08:00:00.000Z', '2026-03-07T08:00:00.000Z'],
    ['decline the townhall wedneday', la, '2026-03-11T07:00:00.000Z', '2026-03-12T07:00:00.000Z'],
    ['cancel the mtg with olga tmw', la, '2026-03-06T08:00:00.000Z', '2026-03-07T08:00:00.000Z'],
    ['sag den Termin am Mittwich ab', berlin, '2026-03-31T22:00:00.000Z', '2026-04-01T22:00:00.000Z'],
    // "my day" is today.
    ['what does my day look like', la, '2026-03-05T08:00:00.000Z', '2026-03-06T08:00:00.000Z'],
    ['wie sieht mein Tag aus', berlin, '2026-03-25T23:00:00.000Z', '2026-03-26T23:00:00.000Z'],
    // A numeric German date, day then month.
    ['sag den Termin am 7.4. ab', berlin, '2026-04-06T22:00:00.000Z', '2026-04-07T22:00:00.000Z'],
    ['Termin 1.4.2026 absagen', berlin, '2026-03-31T22:00:00.000Z', '2026-04-01T22:00:00.000Z'],
  ];
  for (const [text, context, start, end] of days) {
    it(`"${text}" (${context.timeZone}) is ${start} .. ${end}`, () => assert.deepEqual(dayOf(text, context), { start, end }));
  }

  it('"next meeting" and "my last meeting today" are positions, not dates', () => {
    const next = understand('cancel my next meeting', la);
    assert.equal(next.position, 'next');
    assert.equal(next.day, undefined);
    const last = understand('cancel my last meeting today', la);
    assert.equal(last.position, 'last');
    assert.deepEqual(last.day, { start: '2026-03-05T08:00:00.000Z', end: '2026-03-06T08:00:00.000Z' });
    assert.equal(understand('sag meinen nächsten Termin ab', berlin).position, 'next');
  });

  it('"all my meetings tomorrow" is a bulk request over that day', () => {
    const bulk = understand('cancel all my meetings tomorrow', la);
    assert.equal(bulk.scope, 'all');
    assert.deepEqual(bulk.day, { start: '2026-03-06T08:00:00.000Z', end: '2026-03-07T08:00:00.000Z' });
    assert.equal(understand('storniere alle Termine morgen', berlin).scope, 'all');
  });

  describe('weeks by locale: en-US weeks start on Sunday, en-GB and German ones on Monday', () => {
    // Sunday 1 November 2026, 21:45 in Chicago (the day US clocks went back).
    const sunday: UserContext = { locale: 'en-US', timeZone: 'America/Chicago', now: new Date('2026-11-02T03:45:00Z') };
    const british = { ...sunday, locale: 'en-GB' };
    // Sunday 6 December 2026, 11:00 in Berlin; the Monday after, 09:00; the Saturday before, 19:00.
    const berlinSunday: UserContext = { locale: 'de-DE', timeZone: 'Europe/Berlin', now: new Date('2026-12-06T10:00:00Z') };
    const berlinMonday: UserContext = { ...berlinSunday, now: new Date('2026-12-07T08:00:00Z') };
    const berlinSaturday: UserContext = { ...berlinSunday, now: new Date('2026-12-05T18:00:00Z') };

    it('said on a Sunday in the US, "this week" is the seven days from that Sunday, "next week" the seven after', () => {
      const week = { start: '2026-11-01T05:00:00.000Z', end: '2026-11-08T06:00:00.000Z' };
      assert.deepEqual(dayOf('cancel the standup for the rest of the week', sunday), week);
      assert.deepEqual(dayOf('show my meetings this week', sunday), week);
      assert.deepEqual(dayOf('show my meetings next week', sunday), { start: '2026-11-08T06:00:00.000Z', end: '2026-11-15T06:00:00.000Z' });
    });
    it('said on a Sunday in the UK or Germany, "this week" is what is left of that Sunday, "next week" starts tomorrow', () => {
      assert.deepEqual(dayOf('show my meetings this week', british), {
        start: '2026-11-01T05:00:00.000Z',
        end: '2026-11-02T06:00:00.000Z',
      });
      assert.deepEqual(dayOf('show my meetings next week', british), {
        start: '2026-11-02T06:00:00.000Z',
        end: '2026-11-09T06:00:00.000Z',
      });
      assert.deepEqual(dayOf('zeig meine Termine diese Woche', berlinSunday), {
        start: '2026-12-05T23:00:00.000Z',
        end: '2026-12-06T23:00:00.000Z',
      });
      const next = { start: '2026-12-06T23:00:00.000Z', end: '2026-12-13T23:00:00.000Z' };
      assert.deepEqual(dayOf('zeig meine Termine nächste Woche', berlinSunday), next);
      assert.deepEqual(dayOf('zeig meine Termine diese Woche', berlinMonday), next);
    });
    it('said on a Monday, "next week" is the week after, Sunday-based in the US', () => {
      assert.deepEqual(dayOf('was habe ich nächste Woche', berlinMonday), {
        start: '2026-12-13T23:00:00.000Z',
        end: '2026-12-20T23:00:00.000Z',
      });
      const monday = { ...berlinMonday, locale: 'en-US' };
      assert.deepEqual(dayOf('what do I have next week', monday), { start: '2026-12-12T23:00:00.000Z', end: '2026-12-19T23:00:00.000Z' });
    });
    it('"this weekend" is the weekend under way, Saturday and Sunday in any locale; "next weekend" the one after', () => {
      const wholeWeekend = { start: '2026-12-04T23:00:00.000Z', end: '2026-12-06T23:00:00.000Z' };
      assert.deepEqual(dayOf('cancel everything this weekend', { ...berlinSaturday, locale: 'en-US' }), wholeWeekend);
      assert.deepEqual(dayOf('sag alles am Wochenende ab', berlinSaturday), wholeWeekend);
      const sundayLeft = { start: '2026-12-05T23:00:00.000Z', end: '2026-12-06T23:00:00.000Z' };
      assert.deepEqual(dayOf('what do I have this weekend', { ...berlinSunday, locale: 'en-US' }), sundayLeft);
      assert.deepEqual(dayOf('was hab ich dieses Wochenende', berlinSunday), sundayLeft);
      const following = { start: '2026-12-11T23:00:00.000Z', end: '2026-12-13T23:00:00.000Z' };
      assert.deepEqual(dayOf('anything next weekend', { ...berlinSunday, locale: 'en-US' }), following);
      assert.deepEqual(dayOf('zeig mir das nächste Wochenende', berlinSunday), following);
    });
    it('"Monday after next" is the Monday after the coming one, whatever day the week starts on', () => {
      const us = { ...berlinSunday, locale: 'en-US' };
      assert.deepEqual(dayOf('what do I have monday after next', us), {
        start: '2026-12-13T23:00:00.000Z',
        end: '2026-12-14T23:00:00.000Z',
      });
      assert.deepEqual(dayOf('was habe ich übernächsten Montag', berlinMonday), {
        start: '2026-12-20T23:00:00.000Z',
        end: '2026-12-21T23:00:00.000Z',
      });
    });
  });

  it('a name one slip from a day word ("Morgan"), or a day word made longer ("fridays"), is not put right', () => {
    assert.equal(dayOf('das Meeting mit Morgan absagen', berlin), undefined);
    assert.equal(understand('cancel the fridays social', la).titleHint, 'fridays social');
  });

  it('"the all day offsite" is one meeting, "cancel all day tomorrow" all of them', () => {
    assert.equal(understand('cancel the all day offsite', la).scope, 'one');
    assert.equal(understand('cancel all day tomorrow', la).scope, 'all');
  });

  it('a bulk cancel with nothing narrowing it stays within today', () => {
    assert.deepEqual(understand('cancel all my meetings', la).day, { start: '2026-03-05T08:00:00.000Z', end: '2026-03-06T08:00:00.000Z' });
  });
});

describe('time: clock ranges ("between 2 and 4", "after 5", "vor 12")', () => {
  const ranges: Array<[string, UserContext, string, string]> = [
    // Los Angeles is UTC-8 on Thursday 5 March 2026.
    ['cancel everything between 2 and 4 on friday', la, '2026-03-06T22:00:00.000Z', '2026-03-07T00:00:00.000Z'],
    ['cancel all my meetings from 10 to 2 tomorrow', la, '2026-03-06T18:00:00.000Z', '2026-03-06T22:00:00.000Z'],
    ['cancel all my meetings after 5 today', la, '2026-03-06T01:00:00.000Z', '2026-03-06T08:00:00.000Z'],
    ['cancel everything tomorrow before noon', la, '2026-03-06T08:00:00.000Z', '2026-03-06T20:00:00.000Z'],
    ['cancel everything after 4:30pm', la, '2026-03-06T00:30:00.000Z', '2026-03-06T08:00:00.000Z'],
    // Berlin is UTC+1 on Thursday 26 March 2026.
    ['alle Termine zwischen 14 und 16 Uhr am Freitag absagen', berlin, '2026-03-27T13:00:00.000Z', '2026-03-27T15:00:00.000Z'],
    ['sag alle Termine nach 16 Uhr heute ab', berlin, '2026-03-26T15:00:00.000Z', '2026-03-26T23:00:00.000Z'],
    ['alle Termine morgen vor 12 absagen', berlin, '2026-03-26T23:00:00.000Z', '2026-03-27T11:00:00.000Z'],
    ['alle Termine am Freitagnachmittag absagen', berlin, '2026-03-27T11:00:00.000Z', '2026-03-27T16:00:00.000Z'],
  ];
  for (const [text, context, start, end] of ranges) {
    it(`"${text}" is ${start} .. ${end}`, () => assert.deepEqual(dayOf(text, context), { start, end }));
  }

  it('is no range when the number is a day or a date ("the 27th", "bis 27.3.")', () => {
    assert.deepEqual(dayOf('cancel the standup on the 27th', la), { start: '2026-03-27T07:00:00.000Z', end: '2026-03-28T07:00:00.000Z' });
    assert.equal(dayOf('das Daily bis 27.3. absagen', berlin)?.start, '2026-03-26T23:00:00.000Z');
  });

  it('is told as asked when nothing is found ("tomorrow between 2pm and 4pm", "heute nach 16 Uhr")', () => {
    assert.equal(describeRequest(understand('cancel everything between 2 and 4 tomorrow', la), la), 'tomorrow between 2pm and 4pm');
    assert.equal(describeRequest(understand('alle Termine heute nach 16 Uhr absagen', berlin), berlin), 'heute nach 16 Uhr');
    assert.equal(describeRequest(understand('alle Termine heute Nachmittag absagen', berlin), berlin), 'heute Nachmittag');
  });
});

describe('time: dates written by locale', () => {
  it('"11/12" is 11 December for en-GB and en-AU, "12/11" for en-US; German "11.12." is 11 December', () => {
    const london: UserContext = { locale: 'en-GB', timeZone: 'Europe/London', now: new Date('2026-12-08T09:00:00Z') };
    const eleventh = { start: '2026-12-11T00:00:00.000Z', end: '2026-12-12T00:00:00.000Z' };
    assert.deepEqual(dayOf('cancel my standup on 11/12', london), eleventh);
    assert.deepEqual(dayOf('cancel my standup on 11/12', { ...london, locale: 'en-AU' }), eleventh);
    assert.deepEqual(dayOf('cancel my standup on 12/11', { ...london, locale: 'en-US' }), eleventh);
    assert.deepEqual(dayOf('sag das Standup am 11.12. ab', { ...london, locale: 'de-DE' }), eleventh);
  });
  it('"the end of the week", "Ende der Woche" is its Friday', () => {
    // Thursday 5 March 2026 in Los Angeles; Thursday 26 March 2026 in Berlin.
    assert.deepEqual(dayOf('cancel the standup at the end of the week', la), {
      start: '2026-03-06T08:00:00.000Z',
      end: '2026-03-07T08:00:00.000Z',
    });
    assert.deepEqual(dayOf('das Daily Ende der Woche absagen', berlin), {
      start: '2026-03-26T23:00:00.000Z',
      end: '2026-03-27T23:00:00.000Z',
    });
  });
});

describe('time: probe 8 leftovers', () => {
  it('"am 11.12" without the closing dot is 11 December; "11.30 Uhr" stays a clock time', () => {
    const december: UserContext = { ...berlin, now: new Date('2026-12-08T08:00:00Z') };
    assert.deepEqual(dayOf('das Daily am 11.12 absagen', december), { start: '2026-12-10T23:00:00.000Z', end: '2026-12-11T23:00:00.000Z' });
    assert.deepEqual(clockOf('den Termin um 11.30 Uhr absagen', december), { hour: 11, minute: 30 });
  });
  it('"the meeting I\'m sitting in", "in dem ich gerade sitze" are the one under way; "what\'s left this week" is a list', () => {
    assert.equal(understand("cancel the meeting I'm sitting in", la).underway, true);
    assert.equal(understand('das Meeting, in dem ich gerade sitze, absagen', berlin).underway, true);
    assert.equal(understand("what's left this week", la).intent, 'list');
  });
});
