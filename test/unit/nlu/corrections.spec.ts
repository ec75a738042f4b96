import { strict as assert } from 'node:assert';
import { corrected, understand, type UserContext } from '../../../src/nlu';

// Monday 30 November 2026, 10:00 in Zurich.
const now = new Date('2026-11-30T09:00:00Z');
const en: UserContext = { locale: 'en-US', timeZone: 'Europe/Zurich', now };
const de: UserContext = { locale: 'de-CH', timeZone: 'Europe/Zurich', now };
const dayOf = (iso?: string) => iso?.slice(0, 10);
// The Zurich day that starts at 23:00 UTC the evening before.
const zurichDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 3_600_000).toISOString().slice(0, 10);

describe('nlu: corrections and the meeting beside the one discussed (s8 follow-ups)', () => {
  it('a correction of its own names the part it replaces, never "meant"/"meinte" as a title', () => {
    for (const [text, context] of [
      ['nope, I meant friday', en],
      ['oh sorry I meant Friday', en],
      ['actually friday', en],
      ['ups, ich meinte Freitag', de],
      ['nei, ich meine am Freitag', de],
      ['nein ich hab Freitag gemeint', de],
    ] as const) {
      const request = understand(text, context);
      assert.equal(request.corrects, true, text);
      assert.equal(request.titleHint, undefined, text);
      assert.equal(dayOf(request.day?.start), zurichDay('2026-12-04'), text);
    }
    const person = understand('no no, I meant the one with Priya', en);
    assert.deepEqual([person.corrects, person.attendeeHint, person.titleHint], [true, 'priya', undefined]);
    const calendar = understand("sorry i meant Omar's", en);
    assert.deepEqual([calendar.corrects, calendar.calendarHint, calendar.titleHint], [true, 'omar', undefined]);
  });

  it('the last request with that part replaced; what the correction does not name stays', () => {
    const last = understand("cancel Hannah's project review at 3pm tomorrow", en);
    const omar = corrected(last, understand('no, I meant Omar’s', en));
    assert.deepEqual(
      [omar.intent, omar.titleHint, omar.calendarHint, omar.clock?.hour, omar.day],
      ['cancel', 'project review', 'omar', 15, last.day],
    );
    const thursday = corrected(last, understand('ich meinte Donnerstag', de));
    assert.equal(dayOf(thursday.day?.start), zurichDay('2026-12-03'));
    assert.equal(thursday.clock?.hour, 15);
    // A title said for another meeting takes the time said for the wrong one with it.
    const retro = corrected(last, understand('I meant the retro', en));
    assert.deepEqual([retro.titleHint, retro.clock, retro.day], ['retro', undefined, last.day]);
  });

  it('within one message the corrected part wins', () => {
    const request = understand('cancel the lunch and learn on tuesday, nope I meant wednesday', en);
    assert.deepEqual([request.intent, request.titleHint, request.corrects], ['cancel', 'lunch learn', undefined]);
    assert.equal(dayOf(request.day?.start), zurichDay('2026-12-02'));
    const german = understand('sag die Teamrunde am Dienstag ab, nein ich meinte Mittwoch', de);
    assert.deepEqual([german.intent, german.titleHint], ['cancel', 'teamrunde']);
    assert.equal(dayOf(german.day?.start), zurichDay('2026-12-02'));
  });

  it('no correction where the words only look like one', () => {
    assert.equal(understand('cancel the mean time review', en).titleHint, 'mean time review');
    const mine = understand('sag meine Besprechung am Mittwoch ab', de);
    assert.deepEqual([mine.intent, mine.corrects], ['cancel', undefined]);
    // A new request after "actually" is that request, not a part of the last one.
    const retro = understand('actually, cancel the retro', en);
    assert.deepEqual([retro.intent, retro.titleHint, retro.corrects], ['cancel', 'retro', undefined]);
    // "I meant the second one" names a row, no part: read as usual.
    assert.equal(understand('no, I meant the second one', en).corrects, undefined);
  });

  it('"and the one after", "der davor": beside the meeting discussed; "the one after" with none is the next one', () => {
    for (const text of ['and the one after?', 'what about the next one', 'the following meeting please', 'ok and after that'])
      assert.deepEqual([understand(text, en).beside, understand(text, en).position], ['after', 'next'], text);
    for (const text of ['the one before that', 'and the previous one']) assert.equal(understand(text, en).beside, 'before', text);
    for (const text of ['und der danach', 'Und das Meeting danach?', 'der nächste'])
      assert.equal(understand(text, de).beside, 'after', text);
    for (const text of ['der davor', 'und den Termin davor']) assert.equal(understand(text, de).beside, 'before', text);
    assert.equal(understand('cancel the one after the standup', en).beside, undefined);
    assert.equal(understand('cancel the next one', en).intent, 'cancel');
  });

  it('card button words and Swiss German yes/no', () => {
    for (const text of ['keep', 'Keep it', 'keep this one']) assert.equal(understand(text, en).intent, 'no', text);
    for (const text of ['Behalten', 'Nicht absagen', 'nei', 'Nöd!', 'nid']) assert.equal(understand(text, de).intent, 'no', text);
    for (const text of ['jo', 'gärn', 'jo gärn']) assert.equal(understand(text, de).intent, 'yes', text);
  });

  it('"cal" with no possessive is no calendar: a misspelt call stays a title', () => {
    const typo = understand('cancl vendr cal', en);
    assert.deepEqual([typo.intent, typo.calendarHint, typo.titleHint], ['cancel', undefined, 'vendr cal']);
    assert.equal(understand("show Megan's cal", en).calendarHint, 'megan');
    assert.equal(understand('show the Marketing calendar', en).calendarHint, 'marketing');
  });
});
