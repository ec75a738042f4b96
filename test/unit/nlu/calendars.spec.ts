import { strict as assert } from 'node:assert';
import { describeRequest, understand, type MeetingRequest, type UserContext } from '../../../src/nlu';

// Tuesday 1 December 2026, 09:00 in Berlin.
const now = new Date('2026-12-01T08:00:00Z');
const en: UserContext = { locale: 'en-US', timeZone: 'Europe/Berlin', now };
const de: UserContext = { locale: 'de-DE', timeZone: 'Europe/Berlin', now };

type Expected = Partial<Pick<MeetingRequest, 'intent' | 'calendarHint' | 'titleHint' | 'attendeeHint'>> & { clock?: number };

function check(text: string, context: UserContext, expected: Expected): void {
  const request = understand(text, context);
  const { clock, ...fields } = expected;
  // Every field asked about, absent ones included: a calendar's name must not stay in the title.
  const actual = {
    intent: request.intent,
    calendarHint: request.calendarHint,
    titleHint: request.titleHint,
    attendeeHint: request.attendeeHint,
  };
  assert.deepEqual(
    actual,
    { intent: fields.intent, calendarHint: fields.calendarHint, titleHint: fields.titleHint, attendeeHint: fields.attendeeHint },
    text,
  );
  if (clock !== undefined) assert.deepEqual(request.clock, { hour: clock, minute: 0 }, text);
}

describe('understand: whose or which calendar (calendarHint)', () => {
  const english: Array<[string, Expected]> = [
    ["show Alex's meetings", { intent: 'list', calendarHint: 'alex' }],
    ["what's on Alex's calendar", { intent: 'list', calendarHint: 'alex' }],
    ["Alex's calendar tomorrow", { intent: 'list', calendarHint: 'alex' }],
    ["cancel Alex's 3pm with the board", { intent: 'cancel', calendarHint: 'alex', attendeeHint: 'board', clock: 15 }],
    ['show the Marketing calendar', { intent: 'list', calendarHint: 'marketing' }],
    ['meetings in Marketing this week', { intent: 'list', calendarHint: 'marketing' }],
    ['cancel campaign planning in Marketing', { intent: 'cancel', calendarHint: 'marketing', titleHint: 'campaign planning' }],
    ['cancel the budget review in my Projects calendar', { intent: 'cancel', calendarHint: 'projects', titleHint: 'budget review' }],
    ["on Patti's calendar", { intent: 'list', calendarHint: 'patti' }],
    ['cancel the standup on Patti’s calendar', { intent: 'cancel', calendarHint: 'patti', titleHint: 'standup' }],
    ["show James' meetings", { intent: 'list', calendarHint: 'james' }],
  ];
  for (const [text, expected] of english) it(`en: "${text}"`, () => check(text, en, expected));

  const german: Array<[string, Expected]> = [
    ["zeig Alex' Termine", { intent: 'list', calendarHint: 'alex' }],
    ['zeig die Termine von Alex', { intent: 'list', calendarHint: 'alex' }],
    ["Alex' Kalender morgen", { intent: 'list', calendarHint: 'alex' }],
    ["sag Alex' 15-Uhr-Termin mit dem Vorstand ab", { intent: 'cancel', calendarHint: 'alex', attendeeHint: 'vorstand', clock: 15 }],
    ['zeig den Marketing-Kalender', { intent: 'list', calendarHint: 'marketing' }],
    ['Kampagnenplanung im Marketing-Kalender absagen', { intent: 'cancel', calendarHint: 'marketing', titleHint: 'kampagnenplanung' }],
    ['im Kalender von Alex', { intent: 'list', calendarHint: 'alex' }],
    ['Budget-Review im Projects-Kalender absagen', { intent: 'cancel', calendarHint: 'projects', titleHint: 'budgetreview' }],
    ['zeig den Marketingkalender', { intent: 'list', calendarHint: 'marketing' }],
    ['die Termine von Alex Wilber morgen', { intent: 'list', calendarHint: 'alex wilber' }],
    ['sag die Runde von Klaus ab', { intent: 'cancel', calendarHint: 'klaus', titleHint: 'runde' }],
  ];
  for (const [text, expected] of german) it(`de: "${text}"`, () => check(text, de, expected));

  it("a question about someone's time is a look at their calendar", () => {
    check('is Alex free tomorrow afternoon?', en, { intent: 'list', calendarHint: 'alex' });
    check('does Alex Wilber have anything on Friday', en, { intent: 'list', calendarHint: 'alex wilber' });
    check('what does Alex have tomorrow', en, { intent: 'list', calendarHint: 'alex' });
    check('show me the calendar for Marketing', en, { intent: 'list', calendarHint: 'marketing' });
    check('ist Alex morgen frei', de, { intent: 'list', calendarHint: 'alex' });
    check('hat Alex morgen Zeit', de, { intent: 'list', calendarHint: 'alex' });
    check('was hat Alex am Freitag', de, { intent: 'list', calendarHint: 'alex' });
    check('Termine im Kalender der Gruppe Marketing', de, { intent: 'list', calendarHint: 'marketing' });
    check('ist das Meeting morgen frei', de, { intent: 'select' });
    check('show meetings for Alex', en, { intent: 'list', calendarHint: 'alex' });
    check('show meetings for tomorrow', en, { intent: 'list' });
    check('zeig Termine für Alex', de, { intent: 'list', calendarHint: 'alex' });
    check('was steht bei Alex morgen an', de, { intent: 'list', calendarHint: 'alex' });
    check('ich bin bei der Retro nicht dabei', de, { intent: 'decline', titleHint: 'retro' });
    check('welche Termine hat Alex diese Woche', de, { intent: 'list', calendarHint: 'alex' });
    check('hat Alex am Donnerstag was', de, { intent: 'list', calendarHint: 'alex' });
  });

  it('a decline "for <name>" names their calendar also when a day or time follows the name (trial 11 #1)', () => {
    check('decline the 1:1 for grace tomorrow', en, { intent: 'decline', titleHint: '1:1', calendarHint: 'grace' });
    check('decline the standup for alex tomorrow at 9', en, {
      intent: 'decline',
      titleHint: 'standup',
      calendarHint: 'alex',
      clock: 9,
    });
    check('decline the lunch for alex on friday', en, { intent: 'decline', titleHint: 'lunch', calendarHint: 'alex' });
    check('cancel the sync on behalf of alex next week', en, { intent: 'cancel', titleHint: 'sync', calendarHint: 'alex' });
    check('lehn das 1:1 für Grace morgen ab', de, { intent: 'decline', titleHint: '1:1', calendarHint: 'grace' });
    check('das All hands für Alex am Freitag ablehnen', de, { intent: 'decline', titleHint: 'all hands', calendarHint: 'alex' });
    // Not after a cancel: "for Alex" may be part of the title there.
    check('cancel the farewell lunch for alex tomorrow', en, { intent: 'cancel', titleHint: 'farewell lunch alex' });
    check('sag das Abschiedsessen für Alex morgen ab', de, { intent: 'cancel', titleHint: 'abschiedsessen alex' });
  });

  it('spoken German "Alex sein 1:1", "Patti ihre Teamrunde" is that person\'s meeting, in their calendar', () => {
    check('sag Alex sein 1:1 mit Megan morgen ab', de, { intent: 'cancel', titleHint: '1:1', attendeeHint: 'megan', calendarHint: 'alex' });
    check('sag bitte Patti ihre Teamrunde morgen ab', de, { intent: 'cancel', titleHint: 'teamrunde', calendarHint: 'patti' });
    check('lehn Alex seinen Termin um 3 ab', de, { intent: 'decline', calendarHint: 'alex' });
    // A pronoun alone names nobody: whose is known from the card (MeetingRequest.theirs).
    check('sag sein Meeting ab', de, { intent: 'cancel' });
  });

  it('the calendar named after the word "calendar", and never a verb or chatter for a name', () => {
    check('show calendar Marketing', en, { intent: 'list', calendarHint: 'marketing' });
    check("check Alex's calendar", en, { intent: 'list', calendarHint: 'alex' });
    check('open the Projects calendar', en, { intent: 'list', calendarHint: 'projects' });
    check('check my calendar', en, { intent: 'list' });
    check('show my calendar thx', en, { intent: 'list' });
    check('show my calendar next week', en, { intent: 'list' });
    check('zeig den Kalender Marketing', de, { intent: 'list', calendarHint: 'marketing' });
    check('zeig Kalender von Alex', de, { intent: 'list', calendarHint: 'alex' });
    check('prüf den Marketing-Kalender', de, { intent: 'list', calendarHint: 'marketing' });
    check('zeig meinen Kalender nächste Woche', de, { intent: 'list' });
  });

  it('a group by name', () => {
    check('decline the launch review in the Marketing group', en, {
      intent: 'decline',
      calendarHint: 'marketing',
      titleHint: 'launch review',
    });
    check("show the marketing group's meetings", en, { intent: 'list', calendarHint: 'marketing' });
    check('sag den Launch Review der Marketing-Gruppe ab', de, { intent: 'cancel', calendarHint: 'marketing', titleHint: 'launch review' });
    check('zeig die Termine der Gruppe Marketing', de, { intent: 'list', calendarHint: 'marketing' });
    check('sag die Arbeitsgruppe ab', de, { intent: 'cancel', titleHint: 'arbeitsgruppe' });
  });

  it("someone's week is this week in their calendar, as my week is in mine", () => {
    // Tuesday 09:00: the rest of the week, from today to the locale's week end (en-US: Saturday; de: Sunday).
    const saturday = '2026-12-05T23:00:00.000Z';
    const sunday = '2026-12-06T23:00:00.000Z';
    for (const [text, context, hint, end] of [
      ["show Alex's week", en, 'alex', saturday],
      ['what does my week look like', en, undefined, saturday],
      ["zeig mir Alex' Woche", de, 'alex', sunday],
      ['wie sieht meine Woche aus', de, undefined, sunday],
    ] as const) {
      const request = understand(text, context);
      assert.deepEqual([request.intent, request.calendarHint, request.titleHint], ['list', hint, undefined], text);
      assert.deepEqual(request.day, { start: '2026-11-30T23:00:00.000Z', end }, text);
    }
  });

  it('"my" and "mein" name no calendar', () => {
    check('show my meetings', en, { intent: 'list' });
    check("what's on my calendar tomorrow", en, { intent: 'list' });
    check('cancel the standup in my calendar', en, { intent: 'cancel', titleHint: 'standup' });
    check('clear my calendar tomorrow', en, { intent: 'cancel' });
    check('zeig meinen Kalender', de, { intent: 'list' });
    check('sag mein Standup im Kalender ab', de, { intent: 'cancel', titleHint: 'standup' });
  });

  it('keeps people, titles and times that only look like a calendar', () => {
    check('cancel the 1:1 with Alex', en, { intent: 'cancel', titleHint: '1:1', attendeeHint: 'alex' });
    // "Alex's 1:1" may be the 1:1 with Alex in my calendar: the ranking weighs both readings.
    check("cancel Alex's 1:1", en, { intent: 'cancel', calendarHint: 'alex', titleHint: '1:1' });
    // A possessive in a title: the ranking finds "sarah" in the subject.
    check("decline Sarah's leaving do", en, { intent: 'decline', calendarHint: 'sarah', titleHint: 'leaving' });
    check("cancel monday's standup", en, { intent: 'cancel', titleHint: 'standup' });
    check("cancel tonight's call", en, { intent: 'cancel' });
    check("cancel my boss's 1:1", en, { intent: 'cancel', titleHint: 'boss 1:1' });
    check("cancel the team's retro", en, { intent: 'cancel', titleHint: 'team retro' });
    check('cancel my 1:1 in person', en, { intent: 'cancel', titleHint: '1:1 person' });
    check("what's on today", en, { intent: 'list' });
    check("gibt's heute noch was?", de, { intent: 'list' });
    check('nein, die von morgen', de, { intent: 'select' });
    check('sag das Meeting mit Sven ab', de, { intent: 'cancel', attendeeHint: 'sven' });
  });

  it('says which calendar it looked in when nothing was found', () => {
    assert.equal(describeRequest(understand("cancel Alex's 3pm", en), en), "in Alex's calendar at 3pm");
    // The flow says the words that named nothing as the title: the calendar's name is said once.
    const finance = understand('cancel the standup in Finance at 5pm', en);
    assert.equal(describeRequest({ ...finance, titleHint: 'finance' }, en), "in Finance's calendar at 5pm");
    assert.equal(describeRequest(finance, en), 'called "standup" in Finance\'s calendar at 5pm');
    assert.equal(
      describeRequest(understand('sag die Kampagnenplanung im Marketing-Kalender ab', de), de),
      'namens „kampagnenplanung“ im Kalender von Marketing',
    );
  });
});
