import { strict as assert } from 'node:assert';
import { understand, type UserContext } from '../../../src/nlu';

// What the user trial of session 10 found, in sentences other than its own.
const la: UserContext = { locale: 'en-US', timeZone: 'America/Los_Angeles', now: new Date('2026-12-08T17:00:00Z') };

describe('causes of user trial 10 (NLU)', () => {
  it('news of a move after the request is the message, its day or time no part of the request', () => {
    for (const [text, title, reason] of [
      ['cancel the roadmap review, pushing it to next month', 'roadmap review', 'pushing it to next month'],
      ['cancel retro - we are moving it to friday', 'retro', 'we are moving it to friday'],
      ['drop the vendor call, rescheduling to thursday 3pm', 'vendor', 'rescheduling to thursday 3pm'],
      ["cancel the design crit, let's handle it in the doc", 'design crit', "let's handle it in the doc"],
    ] as const) {
      const request = understand(text, la);
      assert.deepEqual([request.titleHint, request.reason, request.day, request.clock], [title, reason, undefined, undefined], text);
    }
    // A title that has such a word is still a title.
    assert.equal(understand('cancel the moving company call', la).reason, undefined);
  });

  it('"not going to make it", "won\'t make it" after the request are the message', () => {
    for (const text of ['cancel the sync, not going to make it', "cancel the sync - won't make it today, sorry"])
      assert.match(understand(text, la).reason ?? '', /make it/, text);
  });

  it('"decline X for Alex", "cancel X on behalf of Alex": Alex\'s calendar; "cancel the farewell lunch for Alex" stays a title', () => {
    assert.equal(understand("decline the all hands for alex, he's out sick", la).calendarHint, 'alex');
    assert.equal(understand('cancel the standup on behalf of alex', la).calendarHint, 'alex');
    const title = understand('cancel the farewell lunch for alex', la);
    assert.deepEqual([title.calendarHint, title.titleHint], [undefined, 'farewell lunch alex']);
    const vienna: UserContext = { locale: 'de-AT', timeZone: 'Europe/Vienna', now: la.now };
    for (const text of [
      'lehn das All hands für Alex ab, er ist krank',
      'das All hands für Alex ablehnen',
      'sag das Standup im Namen von Alex ab',
    ])
      assert.equal(understand(text, vienna).calendarHint, 'alex', text);
    assert.equal(understand('sag das Abschiedsessen für Alex ab', vienna).calendarHint, undefined);
  });

  it('a row picked with news after it ("the 3rd one, client rescheduled"): the row, the news its message', () => {
    const listed = { ...la, listShown: true };
    for (const [text, reason] of [
      ['the 3rd one, client rescheduled', 'client rescheduled'],
      ['the second one, postponed', 'postponed'],
    ] as const) {
      const request = understand(text, listed);
      assert.deepEqual([request.intent, request.reason], ['select', reason], text);
    }
    // Asked to reschedule is still what the bot cannot do.
    assert.equal(understand('reschedule the retro', la).intent, 'other');
  });

  it('a reason said as a noun after a comma or dash ("- client emergency", ", dentist appt", ", Arzttermin") is the message', () => {
    const vienna: UserContext = { locale: 'de-AT', timeZone: 'Europe/Vienna', now: la.now };
    for (const [text, context, title, reason] of [
      ['cancel design crit - client emergency', la, 'design crit', 'client emergency'],
      ['cancel my standup tomorrow, dentist appt', la, 'standup', 'dentist appt'],
      ['cancel the sync - prod outage', la, 'sync', 'prod outage'],
      ['sag das Standup ab, Arzttermin', vienna, 'standup', 'Arzttermin'],
      ['sag das Standup ab - Notfall in der Familie', vienna, 'standup', 'Notfall in der Familie'],
    ] as const) {
      const request = understand(text, context);
      assert.deepEqual([request.titleHint, request.reason, request.calendarHint], [title, reason, undefined], text);
    }
    // Such a noun in the title is the title.
    for (const text of ['cancel the incident review', 'cancel the dentist appointment', 'cancel the sync, the incident one'])
      assert.equal(understand(text, la).reason, undefined, text);
  });

  it('"exept", "excpt" are "except"', () => {
    for (const text of ['cancel all my meetings friday exept the standup', 'cancel all my meetings friday excpt the standup']) {
      const request = understand(text, la);
      assert.deepEqual([request.scope, request.except?.titleHint], ['all', 'standup'], text);
    }
  });
});
