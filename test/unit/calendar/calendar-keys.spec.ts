import { strict as assert } from 'node:assert';
import {
  accessOf,
  calendarKey,
  containerOf,
  eventPath,
  meetingKey,
  placeOf,
  viewPath,
  type Container,
} from '../../../src/calendar/graph/calendar-keys';

describe('meeting keys: the calendar a meeting lives in, and its Graph paths', () => {
  const places: Array<[Container, string, string, string]> = [
    [{ kind: 'me' }, '/me/events/AAMk%2Fa%3D', '/me/calendarView', 'own'],
    [
      { kind: 'myCalendar', calendarId: 'AQMk/c+1=' },
      '/me/calendars/AQMk%2Fc%2B1%3D/events/AAMk%2Fa%3D',
      '/me/calendars/AQMk%2Fc%2B1%3D/calendarView',
      'own',
    ],
    [
      { kind: 'person', address: 'AlexW@contoso.onmicrosoft.com' },
      '/users/AlexW%40contoso.onmicrosoft.com/events/AAMk%2Fa%3D',
      '/users/AlexW%40contoso.onmicrosoft.com/calendar/calendarView',
      'shared',
    ],
    [
      // A custom calendar someone shared with the user, through the user's copy of it: their own permissions reach it.
      { kind: 'sharedCopy', calendarId: 'AAMkADAABf0Jly/A=' },
      '/me/calendars/AAMkADAABf0Jly%2FA%3D/events/AAMk%2Fa%3D',
      '/me/calendars/AAMkADAABf0Jly%2FA%3D/calendarView',
      'own',
    ],
    [
      { kind: 'group', groupId: '00000000-0000-4000-8000-000000000040' },
      '/groups/00000000-0000-4000-8000-000000000040/events/AAMk%2Fa%3D',
      '/groups/00000000-0000-4000-8000-000000000040/calendarView',
      'groups',
    ],
  ];

  it('each place reads back from its key and goes through the path event-cancel.md lists for it, with the access it needs', () => {
    for (const [container, event, view, access] of places) {
      const key = meetingKey(container, 'AAMk/a=');
      assert.deepEqual(placeOf(key), { container, eventId: 'AAMk/a=' });
      assert.equal(eventPath(placeOf(key)!), event);
      assert.equal(viewPath(container), view);
      assert.equal(accessOf(container), access);
      assert.deepEqual(containerOf(calendarKey(container)), container);
    }
  });

  it("the default calendar's key is the event id alone, as before calendars had keys", () => {
    assert.equal(meetingKey({ kind: 'me' }, 'AAMkAGI2'), 'AAMkAGI2');
  });

  it('keys this adapter never wrote name no place', () => {
    for (const forged of [
      '',
      '|x',
      'me|x',
      'users/|x',
      'users/a/b|x',
      'users/%E0%A4%A|x',
      'sites/x|y',
      'groups/g|',
      'me/calendars/c/extra|x',
    ]) {
      assert.equal(placeOf(forged), undefined, forged);
    }
  });
});
