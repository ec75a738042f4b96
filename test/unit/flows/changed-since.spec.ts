import { strict as assert } from 'node:assert';
import type { Meeting } from '../../../src/calendar/meeting';
import { changedSince, summarize } from '../../../src/flows/outcomes';

const occurrence: Meeting = {
  id: 'occ-1',
  subject: 'Daily standup',
  start: '2026-12-01T23:00:00.000Z',
  end: '2026-12-01T23:15:00.000Z',
  isAllDay: false,
  isCancelled: false,
  isOrganizer: true,
  organizer: { name: 'Alex Wilber', email: 'AlexW@contoso.onmicrosoft.com' },
  attendees: [],
  kind: 'occurrence',
  seriesMasterId: 'master-1',
  isOnline: false,
};

describe('changedSince: is a meeting still what its card showed?', () => {
  const shown = summarize(occurrence);

  it('the same meeting read again is unchanged', () => {
    assert.equal(
      changedSince(shown, { ...occurrence, attendees: [{ name: 'x', email: 'x@y', type: 'required', response: 'none' }] }),
      false,
    );
  });

  for (const [what, change] of [
    ['moved', { start: '2026-12-02T00:00:00.000Z', end: '2026-12-02T00:15:00.000Z' }],
    ['longer', { end: '2026-12-01T23:45:00.000Z' }],
    ['renamed', { subject: 'Daily sync' }],
    ['made all day', { isAllDay: true, start: '2026-12-01', end: '2026-12-02' }],
    ['another organizer', { organizer: { name: 'Megan Bowen', email: 'MeganB@contoso.onmicrosoft.com' }, isOrganizer: false }],
  ] as const) {
    it(`${what}: changed`, () => assert.equal(changedSince(shown, { ...occurrence, ...change }), true));
  }

  it("the whole series: only another organizer counts (the master's name and times are not the occurrence's)", () => {
    const master: Meeting = {
      ...occurrence,
      id: 'master-1',
      kind: 'seriesMaster',
      seriesMasterId: undefined,
      subject: 'Standup (series)',
      start: '2026-11-02T23:00:00.000Z',
    };
    assert.equal(changedSince(shown, master, 'series'), false);
    assert.equal(
      changedSince(shown, { ...master, organizer: { name: 'Megan Bowen', email: 'MeganB@contoso.onmicrosoft.com' } }, 'series'),
      true,
    );
  });
});
