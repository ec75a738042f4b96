import { strict as assert } from 'node:assert';
import {
  calendarsNamed,
  clearChoice,
  findCandidates,
  nearestMeetings,
  resolve,
  straightToConfirm,
  wordsNotFound,
  type Meeting,
  type MeetingCalendar,
} from '../../../src/calendar';
import { chooseCard, type Audience } from '../../../src/cards';
import { catalogFor } from '../../../src/i18n';
import { understand, type UserContext } from '../../../src/nlu';
import { cardText } from '../../support/adaptive-card';
import { ALEX_PERSON, attendee, meeting as base } from '../../support/meeting';

// Patti, Alex Wilber's delegate, on Tuesday 1 December 2026 at 09:00 in Berlin.
const context: UserContext = { locale: 'en-US', timeZone: 'Europe/Berlin', now: new Date('2026-12-01T08:00:00Z') };
const de: UserContext = { ...context, locale: 'de-DE' };
const PATTI = { name: 'Patti Fernandez', email: 'PattiF@contoso.onmicrosoft.com' };

const alexes: MeetingCalendar = {
  key: 'users/alex',
  owner: 'person',
  name: 'Calendar',
  ownerName: 'Alex Wilber',
  ownerEmail: ALEX_PERSON.email,
  isDefault: true,
};
const alexProjects: MeetingCalendar = {
  key: 'users/alex/projects',
  owner: 'person',
  name: 'Projects',
  ownerName: 'Alex Wilber',
  ownerEmail: ALEX_PERSON.email,
  isDefault: false,
};
const marketing: MeetingCalendar = {
  key: 'groups/marketing',
  owner: 'group',
  name: 'Calendar',
  ownerName: 'Marketing',
  ownerEmail: 'marketing@contoso.onmicrosoft.com',
  isDefault: true,
};
const projects: MeetingCalendar = { key: 'me/calendars/projects', owner: 'me', name: 'Projects', isDefault: false };

/** A 30-minute meeting Patti organizes in her own default calendar unless said otherwise. */
function meeting(subject: string, start: string, more: Partial<Meeting> = {}): Meeting {
  return base({ subject, start, organizer: PATTI, ...more });
}
const byAlex = { isOrganizer: false, organizer: ALEX_PERSON, attendees: [attendee(PATTI.name, PATTI.email)] };

// Tuesday 15:00 in Berlin: a meeting in Alex's calendar, and one Alex organizes in Patti's.
const board = meeting('Board meeting', '2026-12-01T14:00:00Z', {
  organizer: ALEX_PERSON,
  attendees: [attendee('Board of Directors', 'board@contoso.onmicrosoft.com')],
  calendar: alexes,
});
const sync = meeting('Weekly sync', '2026-12-01T14:00:00Z', byAlex);
const customer = meeting('Customer call', '2026-12-02T15:00:00Z', { organizer: ALEX_PERSON, calendar: alexes });
const campaign = meeting('Campaign planning', '2026-12-02T13:00:00Z', {
  isOrganizer: false,
  organizer: { name: 'Marketing', email: 'marketing@contoso.onmicrosoft.com' },
  calendar: marketing,
});
const budget = meeting('Budget review', '2026-12-03T10:00:00Z', { calendar: projects });
const standup = meeting('Team standup', '2026-12-02T08:30:00Z');
const all = [board, sync, customer, campaign, budget, standup];

const ids = (text: string, meetings = all, ctx = context): string[] => resolve(text, meetings, ctx).candidates.map((c) => c.meeting.id);

describe('findCandidates across calendars', () => {
  it('ranks both readings of "Alex\'s 3pm", his calendar first, and neither is a clear choice', () => {
    const { request, candidates } = resolve("cancel Alex's 3pm", all, context);
    assert.deepEqual(
      candidates.map((c) => c.meeting.id),
      [board.id, sync.id],
    );
    assert.ok(candidates.every((c) => c.complete));
    assert.deepEqual(
      candidates.map((c) => c.inNamedCalendar),
      [true, false],
    );
    assert.equal(straightToConfirm(request, candidates), undefined);
    assert.equal(clearChoice(candidates), undefined);
  });

  it('reads a name that is no possessive both ways too ("with Alex", "Alex Wilbers 15-Uhr-Termin")', () => {
    for (const [text, ctx] of [
      ['cancel the 3pm with Alex', context],
      ['cancel the 3pm for Alex Wilber', context],
      ['sag Alex Wilbers 15-Uhr-Termin ab', de],
    ] as const) {
      const { request, candidates } = resolve(text, all, ctx);
      assert.deepEqual(
        candidates.map((c) => c.meeting.id),
        [board.id, sync.id],
        text,
      );
      assert.equal(straightToConfirm(request, candidates), undefined, text);
    }
  });

  it('says why: in whose calendar, or with whom', () => {
    const [inHis, withHim] = resolve("cancel Alex's 3pm", all, context).candidates;
    assert.deepEqual(
      inHis.reasons.find((r) => r.kind === 'calendar'),
      { kind: 'calendar', detail: 'Alex Wilber', owner: 'person' },
    );
    assert.deepEqual(
      withHim.reasons.find((r) => r.kind === 'attendee'),
      { kind: 'attendee', detail: 'Alex Wilber' },
    );
    const [group] = resolve('cancel campaign planning in Marketing', all, context).candidates;
    assert.deepEqual(
      group.reasons.find((r) => r.kind === 'calendar'),
      { kind: 'calendar', detail: 'Marketing', owner: 'group' },
    );
    const [own] = resolve('cancel the budget review in Projects', all, context).candidates;
    assert.deepEqual(
      own.reasons.find((r) => r.kind === 'calendar'),
      { kind: 'calendar', detail: 'Projects', owner: 'me' },
    );
  });

  it('one meeting seen in two calendars is no clear choice, whoever can act on it', () => {
    const mine = meeting('Product roadmap', '2026-12-03T09:00:00Z', byAlex);
    const his = meeting('Product roadmap', '2026-12-03T09:00:00Z', { organizer: ALEX_PERSON, calendar: alexes });
    for (const text of ['cancel the product roadmap', 'decline the product roadmap']) {
      const { request, candidates } = resolve(text, [his, mine], context);
      assert.deepEqual(new Set(candidates.map((c) => c.meeting.id)), new Set([his.id, mine.id]), text);
      assert.equal(straightToConfirm(request, candidates), undefined, text);
    }
    // In one calendar, the one the user can act on stays the clear choice, as before.
    const theirs = meeting('Product roadmap', '2026-12-03T09:00:00Z', byAlex);
    const own = meeting('Product roadmap', '2026-12-03T10:00:00Z');
    const { request, candidates } = resolve('cancel the product roadmap', [theirs, own], context);
    assert.equal(straightToConfirm(request, candidates)?.meeting.id, own.id);
  });

  it('is a clear choice when the rest of the request fits one of them only', () => {
    const { request, candidates } = resolve("cancel Alex's 3pm with the board", all, context);
    assert.equal(straightToConfirm(request, candidates)?.meeting.id, board.id);
    const group = resolve('cancel campaign planning in Marketing', all, context);
    assert.equal(straightToConfirm(group.request, group.candidates)?.meeting.id, campaign.id);
  });

  it('a list or bulk over a named calendar keeps to it, not every meeting Alex is in', () => {
    assert.deepEqual(ids("show Alex's meetings"), [board.id, customer.id]);
    assert.deepEqual(ids("clear Alex's calendar on Tuesday"), [board.id]);
    assert.deepEqual(ids('show the Marketing calendar'), [campaign.id]);
    assert.deepEqual(ids("cancel Alex's next meeting"), [board.id]);
    // Without his calendar in view, the meetings he is in are Alex's.
    assert.deepEqual(ids("show Alex's meetings", [sync, standup]), [sync.id]);
  });

  it('a calendar named that nothing in view is in, organized by or called: never a clear choice, and named as not found', () => {
    for (const text of ['show the Finance calendar', "show Priya's meetings", "cancel Priya's 3pm tomorrow"]) {
      assert.deepEqual(ids(text), [], text);
    }
    // What else matches is offered to choose from: the budget review is not in a Finance calendar.
    const { request, candidates } = resolve('cancel the budget review in Finance', all, context);
    assert.deepEqual(
      candidates.map((c) => [c.meeting.id, c.complete]),
      [[budget.id, false]],
    );
    assert.equal(straightToConfirm(request, candidates), undefined);
    assert.deepEqual(wordsNotFound(understand('cancel the standup in Finance at 5pm', context), all, context), ['finance']);
    assert.deepEqual(wordsNotFound(understand('show the Finance calendar', context), all, context), ['finance']);
    assert.deepEqual(wordsNotFound(understand('zeig den Vertriebs-Kalender', de), all, de), ['vertriebs']);
    assert.deepEqual(wordsNotFound(understand("cancel Alex's 3pm", context), all, context), []);
  });

  it('without a calendar named, meetings from every calendar match on their title as usual', () => {
    assert.deepEqual(ids('cancel the campaign planning'), [campaign.id]);
    assert.deepEqual(ids('cancel the budget review'), [budget.id]);
    assert.equal(findCandidates(understand('cancel the customer call', context), all, context)[0].meeting.id, customer.id);
  });

  it('matches calendar names as tolerantly as titles: case, accents, a typo, a full name', () => {
    for (const text of [
      "cancel Álex's customer call",
      "cancel Wilbr's customer call",
      "cancel Alex Wilber's customer call",
      'cancel the campaign planning in marketng',
    ]) {
      assert.equal(ids(text)[0], text.includes('campaign') ? campaign.id : customer.id, text);
    }
  });

  it('a possessive that names a title, not a calendar, still finds the meeting', () => {
    const leaving = meeting("Sarah's leaving do", '2026-12-04T16:00:00Z', {
      isOrganizer: false,
      organizer: { name: 'Megan Bowen', email: 'm@contoso.com' },
    });
    const { request, candidates } = resolve("decline Sarah's leaving do", [...all, leaving], context);
    assert.equal(straightToConfirm(request, candidates)?.meeting.id, leaving.id);
  });
});

describe('nearestMeetings with a calendar named', () => {
  it('offers the nearest in the calendar named, else the nearest of all', () => {
    assert.deepEqual(
      nearestMeetings(understand("cancel Alex's 4pm", context), all, context, 2).map((m) => m.id),
      [board.id, customer.id],
    );
    assert.deepEqual(
      nearestMeetings(understand("cancel Priya's 4pm", context), all, context, 2).map((m) => m.id),
      [board.id, sync.id],
    );
  });
});

describe('calendarsNamed', () => {
  const calendars = [marketing, alexProjects, projects, alexes];

  it('returns the calendars a hint names best, default first', () => {
    assert.deepEqual(calendarsNamed('alex', calendars), [alexes, alexProjects]);
    // Both words name one calendar: Alex's others and the user's own Projects match only one of them.
    assert.deepEqual(calendarsNamed('alex projects', calendars), [alexProjects]);
    assert.deepEqual(calendarsNamed('projects', calendars), [projects, alexProjects]);
    assert.deepEqual(calendarsNamed('marketing', calendars), [marketing]);
  });

  it('matches as tolerantly as meetings are matched', () => {
    assert.deepEqual(calendarsNamed('Márketing', calendars), [marketing]);
    assert.deepEqual(calendarsNamed('marketng', calendars), [marketing]);
    assert.deepEqual(calendarsNamed('wilber', calendars), [alexes, alexProjects]);
    assert.deepEqual(calendarsNamed('alexw', calendars), [alexes, alexProjects]);
  });

  it('returns [] for no hint and for a name no calendar has', () => {
    assert.deepEqual(calendarsNamed(undefined, calendars), []);
    assert.deepEqual(calendarsNamed('', calendars), []);
    assert.deepEqual(calendarsNamed('finance', calendars), []);
    // A person's or group's default calendar is called "Calendar": that names none of them.
    assert.deepEqual(calendarsNamed('calendar', [alexes, marketing]), []);
  });
});

describe('the choice card says which calendar', () => {
  const audience = (locale: string): Audience => ({ catalog: catalogFor(locale), locale, timeZone: 'Europe/Berlin' });
  const rows = (text: string) => resolve(text, all, context).candidates;

  it('in English and German', () => {
    assert.match(cardText(chooseCard(audience('en-US'), rows("cancel Alex's 3pm"))), /in Alex Wilber's calendar/);
    assert.match(cardText(chooseCard(audience('en-US'), rows('cancel campaign planning in Marketing'))), /in the Marketing calendar/);
    assert.match(cardText(chooseCard(audience('de-DE'), rows("cancel Alex's 3pm"))), /im Kalender von Alex Wilber/);
    assert.match(cardText(chooseCard(audience('de-DE'), rows('cancel campaign planning in Marketing'))), /im Kalender „Marketing“/);
  });
});
