import { strict as assert } from 'node:assert';
import { oneCopyEach, type MeetingCalendar } from '../../../src/calendar/meeting';
import { meeting } from '../../support/meeting';

const BOARD: MeetingCalendar = { key: 'shared/b', owner: 'person', name: 'Board', ownerName: 'Alex Wilber', isDefault: false };
const ALEX: MeetingCalendar = { key: 'users/alex', owner: 'person', name: 'Calendar', ownerName: 'Alex Wilber', isDefault: true };

describe('oneCopyEach: one meeting in several calendars is one', () => {
  it("keeps the copy the user can cancel (the organizer's), wherever it was read, and drops their invitation", () => {
    const invitation = meeting({ uid: 'q4', isOrganizer: false });
    const organizers = meeting({ uid: 'q4', calendar: BOARD });
    const other = meeting({ uid: 'other', isOrganizer: false });
    assert.deepEqual(oneCopyEach([invitation, other, organizers]), [other, organizers]);
  });

  it('keeps the first copy read when the user can cancel none, and never merges meetings of one calendar', () => {
    const mine = meeting({ uid: 'hands', isOrganizer: false });
    const alexs = meeting({ uid: 'hands', isOrganizer: false, calendar: ALEX });
    assert.deepEqual(oneCopyEach([mine, alexs]), [mine]);
    // Occurrences of a series share a uid in some calendars: told apart by their starts, and by their calendar.
    const monday = meeting({ uid: 'standup', start: '2026-12-07T23:00:00.000Z' });
    const tuesday = meeting({ uid: 'standup', start: '2026-12-08T23:00:00.000Z' });
    const twin = meeting({ uid: 'standup', start: '2026-12-08T23:00:00.000Z' });
    assert.deepEqual(oneCopyEach([monday, tuesday, twin]), [monday, tuesday, twin]);
    const noUid = meeting({});
    assert.deepEqual(oneCopyEach([noUid, meeting({ ...noUid, calendar: ALEX })]).length, 2);
  });
});
