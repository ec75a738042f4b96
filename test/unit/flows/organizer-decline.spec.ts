import { strict as assert } from 'node:assert';
import { OrganizerRequiredError } from '../../../src/calendar/errors';
import { answerText, confirmDecline, offerDecline, type FlowUser, type View } from '../../../src/flows';
import { FakeCalendar, flowDepsFor, meeting } from './fake-calendar';

const NOW = new Date('2026-12-01T18:00:00Z'); // 10:00 in Los Angeles
const user: FlowUser = { id: 'alex', tenantId: 't', conversationId: 'c1', locale: 'en-US', timeZone: 'America/Los_Angeles' };
const at = (hoursFromNow: number) => new Date(NOW.getTime() + hoursFromNow * 3_600_000).toISOString();
const owner = { userId: user.id, conversationId: user.conversationId };

/**
 * Trial 10 #4: a decline of a meeting the user organizes. Microsoft 365 refuses an organizer's decline, so it is never
 * offered (the cancel card instead, saying so), a decline card from before this was checked is replaced by that cancel
 * card when confirmed (nothing sent), and a refusal Graph gives anyway is said as one: nothing was declined.
 */
describe('a decline of a meeting the user organizes (trial 10 #4)', () => {
  const crit = () => meeting({ id: 'crit', subject: 'Design crit', start: at(20), end: at(21), isOrganizer: true });

  it('"skip design crit" offers its cancel card, saying why', async () => {
    const calendar = new FakeCalendar([crit()]);
    const deps = flowDepsFor(calendar, NOW);
    for (const text of ['skip design crit tomorrow', 'decline the design crit']) {
      const view = await answerText(deps, user, text);
      assert.equal(view.kind, 'confirmCancel', `${text}: ${view.kind}`);
      assert.equal((view as View & { kind: 'confirmCancel' }).declineAsked, true);
    }
  });

  it('a decline card from before is replaced by the cancel card when confirmed, and nothing is sent', async () => {
    const calendar = new FakeCalendar([crit()]);
    const deps = flowDepsFor(calendar, NOW);
    const old = await deps.tickets.issue({ action: 'decline', meetingId: 'crit' }, owner, undefined, 'sorry');
    const view = await confirmDecline(deps, user, old.id, 'sorry');
    assert.equal(view.kind, 'confirmCancel');
    const card = view as View & { kind: 'confirmCancel' };
    assert.equal(card.declineAsked, true);
    assert.equal(card.comment, 'sorry');
    assert.equal(card.replaces?.ticket, old.id);
    assert.deepEqual([calendar.declines, calendar.cancels], [[], []]);
  });

  it('a refusal Graph gives anyway is said as a refusal (nothing declined), and the card works again', async () => {
    const calendar = new FakeCalendar([meeting({ id: 'sync', subject: 'Sync', start: at(20), end: at(21), isOrganizer: false })]);
    const deps = flowDepsFor(calendar, NOW);
    calendar.failDeclines.push(new OrganizerRequiredError('The user is the organizer of this meeting, and cannot, therefore, decline it.'));
    const offered = await offerDecline(deps, user, 'sync');
    assert.equal(offered.kind, 'confirmDecline');
    const ticket = (offered as View & { kind: 'confirmDecline' }).ticket;
    const view = await confirmDecline(deps, user, ticket, '');
    assert.deepEqual(view, {
      kind: 'notice',
      notice: {
        kind: 'refused',
        action: 'decline',
        graphMessage: 'The user is the organizer of this meeting, and cannot, therefore, decline it.',
      },
    });
    assert.equal((await deps.tickets.get(ticket))?.status, 'open');
  });
});
