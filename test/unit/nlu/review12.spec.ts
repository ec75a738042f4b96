import { strict as assert } from 'node:assert';
import { understand, type UserContext } from '../../../src/nlu';

const seattle: UserContext = { locale: 'en-US', timeZone: 'America/Los_Angeles', now: new Date('2026-12-01T18:00:00Z') };
const hamburg: UserContext = { locale: 'de-DE', timeZone: 'Europe/Berlin', now: new Date('2026-12-01T09:00:00Z') };

// Review of session 12 (#4, #5): a clause that says which meeting, typed with no comma, was read as the reason: its day
// and person were lost to the search, and "yes" sent "i have with megan" to Megan.
describe('a clause saying which meeting is the request, not its message', () => {
  for (const [text, context, attendee] of [
    ['cancel the meeting tomorrow i have with megan', seattle, 'megan'],
    ['cancel the sync tomorrow we have with sam', seattle, 'sam'],
    ["cancel the meeting tomorrow i'm having with priya", seattle, 'priya'],
    ["cancel the interview i'm having with lynne tomorrow", seattle, 'lynne'],
    ['cancel the call jo is having with megan on friday', seattle, 'megan'],
    ['sag das Meeting morgen ab, das ich mit Megan habe', hamburg, 'megan'],
    ['sag das Meeting morgen ab das ich mit Megan habe', hamburg, 'megan'],
  ] as const)
    it(`"${text}"`, () => {
      const request = understand(text, context);
      assert.equal(request.reason, undefined, JSON.stringify(request));
      assert.equal(request.comment, undefined);
      assert.equal(request.attendeeHint, attendee);
      assert.notEqual(request.day, undefined, "its day is the request's");
      assert.ok(!/\b(?:having|have|habe)\b/.test(request.titleHint ?? ''), `no verb as a title word: ${request.titleHint}`);
    });

  it('"cancel the meeting i\'ll be leading tomorrow": tomorrow\'s, no message', () => {
    const request = understand("cancel the meeting i'll be leading tomorrow", seattle);
    assert.equal(request.reason, undefined);
    assert.notEqual(request.day, undefined);
    assert.equal(request.titleHint, undefined);
  });

  for (const [text, reason] of [
    ['cancel the standup tomorrow i have a dentist appointment', 'i have a dentist appointment'],
    ['cancel the standup friday my kid is sick', 'my kid is sick'],
    ["cancel the standup, i'm hosting the offsite", "i'm hosting the offsite"],
    ['cancel yoga tmrw im sick', 'im sick'],
  ] as const)
    it(`a reason stays one: "${text}"`, () => {
      assert.equal(understand(text, seattle).reason, reason);
    });
});

// Review of session 12 (#6): "my N" was read as N o'clock before any word but a plural right after it.
describe('"my N": a clock time before a day, "with" or the end; a count otherwise', () => {
  for (const [text, hour] of [
    ['cancel my 5 tmrw', 17],
    ['cancel my 9 with anna', 9],
    ['cancel my 10 on friday', 10],
    ['cancel my 4', 16],
  ] as const)
    it(`"${text}" is ${hour}:00`, () => assert.equal(understand(text, seattle).clock?.hour, hour));
  for (const text of [
    'cancel my 2 1:1s tomorrow',
    'cancel my 2 stand-ups',
    'cancel my 3 team syncs',
    'cancel my 2 next meetings',
    'cancel my 2 last meetings',
  ])
    it(`"${text}" names no time`, () => assert.equal(understand(text, seattle).clock, undefined));
});

// Review of session 12 (#2, wrong meetings): "too"/"also"/"auch" in the reason joined the card waiting, and "yes"
// cancelled both.
describe('"too" in the reason is no "and this one too"', () => {
  for (const [text, context] of [
    ["cancel the frontend candidate interview, I'm sick too", seattle],
    ['cancel the frontend candidate interview - the panel is too busy', seattle],
    ['sag das Interview morgen ab, ich bin auch krank', hamburg],
  ] as const)
    it(`"${text}": not an addition`, () => assert.equal(understand(text, context).also, undefined));
  for (const [text, context] of [
    ['and cancel the board prep too', seattle],
    ['also cancel the retro, sorry all', seattle],
    ['und sag auch die Retro ab', hamburg],
  ] as const)
    it(`"${text}": an addition`, () => assert.equal(understand(text, context).also, true));
});
