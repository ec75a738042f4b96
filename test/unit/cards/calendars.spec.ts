import { strict as assert } from 'node:assert';
import { SignInNeeded } from '../../../src/auth/errors';
import { CalendarUnavailableError, MeetingNotFoundError } from '../../../src/calendar/errors';
import type { MeetingCalendar } from '../../../src/calendar/meeting';
import { confirmCancelCard, meetingListCard, type Audience } from '../../../src/cards';
import { catalogFor } from '../../../src/i18n';
import { cardProblems, cardText, submitData } from '../../support/adaptive-card';
import { meeting } from '../../support/meeting';

const en: Audience = { catalog: catalogFor('en-US'), locale: 'en-US', timeZone: 'America/Los_Angeles', viewer: '29:patti' };
const de: Audience = { catalog: catalogFor('de-DE'), locale: 'de-DE', timeZone: 'Europe/Berlin', viewer: '29:patti' };

const PROJECTS: MeetingCalendar = { key: 'me/calendars/p', owner: 'me', name: 'Projects', isDefault: false };
const ALEX: MeetingCalendar = {
  key: 'users/alex',
  owner: 'person',
  name: 'Calendar',
  ownerName: 'Alex Wilber',
  ownerEmail: 'a@x',
  isDefault: true,
};
const MARKETING: MeetingCalendar = { key: 'groups/m', owner: 'group', name: 'Marketing', ownerName: 'Marketing', isDefault: true };
const span = { kind: 'upcoming', days: 7 } as const;

describe('cards: every calendar', () => {
  it("a list of the user's own calendars names the one that is not the default and offers the others' calendars", () => {
    const card = meetingListCard(en, {
      meetings: [meeting({ subject: 'Standup' }), meeting({ subject: 'Budget review', calendar: PROJECTS })],
      page: 1,
      hasMore: false,
      span,
      others: [ALEX, MARKETING],
    });
    assert.deepEqual(cardProblems(card), []);
    const text = cardText(card);
    assert.match(text, /Budget review\n[^\n]*· your Projects calendar/);
    assert.doesNotMatch(text, /Standup\n[^\n]*calendar/);
    const switches = submitData(card).filter((d) => d.verb === 'showMeetings');
    assert.deepEqual(switches, [
      { verb: 'showMeetings', page: 1, calendars: [ALEX.key] },
      { verb: 'showMeetings', page: 1, calendars: [MARKETING.key] },
    ]);
    assert.match(text, /Show Alex Wilber's calendar\nShow the Marketing group calendar/);
  });

  it("a delegate's list says whose calendar it is, does not say 'You organize this' for the owner's meetings, and its More and refresh stay in it", () => {
    const card = meetingListCard(en, {
      meetings: [meeting({ subject: 'Board prep', isOrganizer: true, organizer: { name: 'Alex Wilber', email: 'a@x' }, calendar: ALEX })],
      page: 1,
      hasMore: true,
      span,
      calendars: [ALEX],
    });
    assert.deepEqual(cardProblems(card), []);
    const text = cardText(card);
    assert.match(text, /^Meetings in the next 7 days in Alex Wilber's calendar/);
    assert.match(text, /Board prep\n[^\n]*Organized by Alex Wilber/);
    assert.doesNotMatch(text, /You organize this/);
    assert.ok(submitData(card).some((d) => d.verb === 'showMeetings' && d.page === 2 && (d.calendars as string[])?.[0] === ALEX.key));
    assert.deepEqual((card as any).refresh.action.data.calendars, [ALEX.key]);
  });

  it('calendars that could not be read are named with the reason: consent, admin approval, no access, no answer', () => {
    const card = meetingListCard(en, {
      meetings: [],
      page: 1,
      hasMore: false,
      span,
      unreadable: [
        { calendar: ALEX, error: new SignInNeeded('consent', undefined, 'shared') },
        { calendar: MARKETING, error: new SignInNeeded('consent', undefined, 'groups') },
        { calendar: ALEX, error: new MeetingNotFoundError('ErrorAccessDenied') },
        { calendar: ALEX, error: new CalendarUnavailableError('503') },
      ],
    });
    assert.deepEqual(cardProblems(card), []);
    const text = cardText(card);
    assert.match(text, /I can't show Alex Wilber's calendar yet: you haven't allowed me to use it\./);
    assert.match(text, /I can't show the Marketing group calendar: group calendars need your administrator/);
    assert.match(text, /I can't open Alex Wilber's calendar: Microsoft 365 says you no longer have access to it\./);
    assert.match(text, /I couldn't read Alex Wilber's calendar just now/);
  });

  it("the confirm card in a delegate's calendar says whose meeting it is and who the attendees hear from; a group's names the group (en, de)", () => {
    const board = meeting({ subject: 'Board prep', organizer: { name: 'Alex Wilber', email: 'a@x' }, calendar: ALEX });
    const english = cardText(confirmCancelCard(en, board, 't1', 500));
    assert.match(
      english,
      /This is Alex Wilber's meeting: you act on it as their delegate, and the attendees get the cancellation from Alex Wilber\./,
    );
    const german = confirmCancelCard(de, { ...board, calendar: MARKETING }, 't1', 500);
    assert.deepEqual(cardProblems(german), []);
    assert.match(cardText(german), /Diese Besprechung steht im Gruppenkalender Marketing/);
  });

  it('a group meeting someone else organizes has no button: Graph lets the user neither cancel nor decline it there', () => {
    const card = meetingListCard(en, {
      meetings: [
        meeting({
          subject: 'Campaign planning',
          isOrganizer: false,
          organizer: { name: 'Megan Bowen', email: 'm@x' },
          calendar: MARKETING,
        }),
      ],
      page: 1,
      hasMore: false,
      span,
    });
    assert.deepEqual(
      submitData(card).filter((d) => d.verb === 'offerCancel' || d.verb === 'offerDecline'),
      [],
    );
  });
});
