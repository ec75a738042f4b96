import { strict as assert } from 'node:assert';
import { CalendarUnavailableError, OutcomeUnknownError } from '../../../src/calendar/errors';
import {
  confirmBulk,
  confirmCancel,
  confirmDecline,
  offerCancel,
  offerDecline,
  settleUnconfirmed,
  unconfirmedTickets,
  type FlowUser,
  type View,
} from '../../../src/flows';
import { offerBulkCancel } from '../../../src/flows/offer';
import { FakeCalendar, flowDepsFor, meeting } from './fake-calendar';

const NOW = new Date('2026-12-01T18:00:00Z');
const user: FlowUser = { id: 'alex', tenantId: 't', conversationId: 'c1', locale: 'en-US', timeZone: 'America/Los_Angeles' };
const at = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000).toISOString();

function setup(meetings = [meeting({ subject: 'Budget', start: at(2), end: at(3) })]) {
  const calendar = new FakeCalendar(meetings);
  const deps = flowDepsFor(calendar, NOW);
  return { deps, calendar };
}

function ticketOf(view: View): string {
  assert.ok('ticket' in view, `expected a card with a ticket, got ${view.kind}`);
  return (view as { ticket: string }).ticket;
}

/** Makes the n-th reads from now on (1-based) fail as if Graph were down. */
function failReads(calendar: FakeCalendar, which: number[]): void {
  let n = 0;
  const original = calendar.getMeeting.bind(calendar);
  calendar.getMeeting = async (id) => {
    if (which.includes(++n)) throw new CalendarUnavailableError('Graph answered 503');
    return original(id);
  };
}

const outcomeKind = (view: View) => (view.kind === 'outcome' ? view.outcome.kind : `${view.kind}:${(view as any).notice?.kind}`);

describe('flows: a cancel or decline whose answer was lost', () => {
  it('ran, and the re-read shows it gone: "Cancelled", nothing left to settle', async () => {
    const { deps, calendar } = setup();
    const ticket = ticketOf(await offerCancel(deps, user, calendar.meetings[0].id));
    calendar.loseWrites = 1;
    assert.equal(outcomeKind(await confirmCancel(deps, user, ticket, 'occurrence', 'Sorry')), 'cancelled');
    assert.equal(calendar.cancels.length, 1);
    assert.deepEqual(await unconfirmedTickets(deps, user), []);
  });

  it('did not run, and the re-read shows the meeting unchanged: "nothing was changed" is true, the card stays usable', async () => {
    const { deps, calendar } = setup();
    const ticket = ticketOf(await offerCancel(deps, user, calendar.meetings[0].id));
    calendar.failCancels = [new OutcomeUnknownError('lost before it ran')];
    assert.equal(outcomeKind(await confirmCancel(deps, user, ticket, 'occurrence', '')), 'notice:unavailable');
    assert.equal(outcomeKind(await confirmCancel(deps, user, ticket, 'occurrence', '')), 'cancelled');
    assert.equal(calendar.cancels.length, 1);
  });

  it('ran, and the re-read fails too: "I couldn\'t confirm", never "nothing was changed"; settled later to "Cancelled"', async () => {
    const { deps, calendar } = setup();
    const ticket = ticketOf(await offerCancel(deps, user, calendar.meetings[0].id));
    calendar.loseWrites = 1;
    failReads(calendar, [2]); // 1: the confirm step's own read; 2: the re-read after the lost answer
    const view = await confirmCancel(deps, user, ticket, 'occurrence', 'Sorry');
    assert.ok(view.kind === 'outcome', outcomeKind(view));
    assert.ok(view.outcome.kind === 'unconfirmed', outcomeKind(view));
    assert.deepEqual(await unconfirmedTickets(deps, user), [ticket]);
    // A click meanwhile shows the same honest card and sends nothing.
    assert.equal(outcomeKind(await confirmCancel(deps, user, ticket, 'occurrence', 'Sorry')), 'unconfirmed');
    calendar.failReads = 1;
    assert.equal(await settleUnconfirmed(deps, user, ticket), 'pending', 'still unknown while reads fail');
    const settled = await settleUnconfirmed(deps, user, ticket);
    assert.ok(typeof settled === 'object');
    assert.ok(settled.view.kind === 'outcome');
    assert.ok(settled.view.outcome.kind === 'cancelled');
    assert.equal(settled.view.kind === 'outcome' && settled.view.outcome.kind === 'cancelled' && settled.view.outcome.comment, 'Sorry');
    assert.deepEqual(await unconfirmedTickets(deps, user), []);
    assert.equal(outcomeKind(await confirmCancel(deps, user, ticket, 'occurrence', '')), 'cancelled', 'later clicks see the truth');
    assert.equal(calendar.cancels.length, 1);
  });

  it('did not run, and the re-read fails: settled later to the confirm card again, with a "not cancelled" notice', async () => {
    const { deps, calendar } = setup();
    const id = calendar.meetings[0].id;
    const ticket = ticketOf(await offerCancel(deps, user, id));
    calendar.failCancels = [new OutcomeUnknownError('lost')];
    failReads(calendar, [2]);
    assert.equal(outcomeKind(await confirmCancel(deps, user, ticket, 'occurrence', '')), 'unconfirmed');
    const settled = await settleUnconfirmed(deps, user, ticket);
    assert.ok(typeof settled === 'object');
    if (typeof settled !== 'object') return;
    assert.deepEqual(settled.notice, { kind: 'notDone', action: 'cancel', subject: 'Budget' });
    assert.ok(settled.view.kind === 'confirmCancel');
    assert.ok(settled.view.ticket === ticket);
    assert.ok(settled.view.meeting.id === id);
    assert.equal(outcomeKind(await confirmCancel(deps, user, ticket, 'occurrence', '')), 'cancelled', 'the same button works again');
    assert.equal(calendar.cancels.length, 1);
  });

  it('a decline the same way: unconfirmed, then "Declined" once the re-read works', async () => {
    const theirs = meeting({ subject: 'All hands', start: at(4), end: at(5), isOrganizer: false });
    const { deps, calendar } = setup([theirs]);
    const ticket = ticketOf(await offerDecline(deps, user, theirs.id));
    calendar.loseWrites = 1;
    failReads(calendar, [2]);
    assert.equal(outcomeKind(await confirmDecline(deps, user, ticket, 'Cannot make it')), 'unconfirmed');
    const settled = await settleUnconfirmed(deps, user, ticket);
    assert.ok(typeof settled === 'object');
    assert.ok(settled.view.kind === 'outcome');
    assert.ok(settled.view.outcome.kind === 'declined');
    assert.equal(calendar.declines.length, 1);
  });

  it('a decline answered 429 (or lost) whose copy stays on the calendar, declined: the re-read sees it ran, never "not declined"', async () => {
    const theirs = meeting({ subject: 'All hands', start: at(4), end: at(5), isOrganizer: false });
    const { deps, calendar } = setup([theirs]);
    calendar.keepDeclined = true;
    const ticket = ticketOf(await offerDecline(deps, user, theirs.id));
    calendar.loseWrites = 1;
    assert.equal(outcomeKind(await confirmDecline(deps, user, ticket, 'Cannot make it')), 'declined');
    // Settled later (the re-read failed at first): the same.
    const again = meeting({ subject: 'Town hall', start: at(6), end: at(7), isOrganizer: false });
    calendar.meetings.push(again);
    const second = ticketOf(await offerDecline(deps, user, again.id));
    calendar.loseWrites = 1;
    failReads(calendar, [2]);
    assert.equal(outcomeKind(await confirmDecline(deps, user, second, '')), 'unconfirmed');
    const settled = await settleUnconfirmed(deps, user, second);
    assert.ok(typeof settled === 'object' && settled.view.kind === 'outcome' && settled.view.outcome.kind === 'declined');
    assert.equal(calendar.declines.length, 2);
  });

  it('bulk: a lost answer is checked per meeting; one that cannot be checked is listed as unconfirmed, not as failed', async () => {
    const mine = [1, 2, 3].map((h) => meeting({ subject: `M${h}`, start: at(h), end: at(h + 0.5) }));
    const { deps, calendar } = setup(mine);
    const ticket = ticketOf(await offerBulkCancel(deps, user, mine));
    // Reads 1-3: all three at once (one batch). Cancels: M1's and M2's answers are lost, M3 is
    // cancelled. Re-read 4 shows M1 gone; re-read 5, of M2, fails.
    calendar.loseWrites = 2;
    failReads(calendar, [5]);
    const done = await confirmBulk(deps, user, ticket, 'Out');
    assert.ok(done.kind === 'outcome');
    assert.ok(done.outcome.kind === 'cancelledMany');
    if (done.kind !== 'outcome' || done.outcome.kind !== 'cancelledMany') return;
    assert.deepEqual(
      done.outcome.cancelled.map((m) => m.subject),
      ['M1', 'M3'],
    );
    assert.deepEqual(done.outcome.failed, []);
    assert.deepEqual(
      done.outcome.unconfirmed?.map((m) => m.subject),
      ['M2'],
    );
    assert.deepEqual(await unconfirmedTickets(deps, user), [ticket], 'remembered for the next turn');
    // Graph still cannot answer: the card stays as it is.
    failReads(calendar, [1]);
    assert.equal(await settleUnconfirmed(deps, user, ticket), 'pending');
    // Now it can: M2 was cancelled after all, and the card says so.
    const settled = await settleUnconfirmed(deps, user, ticket);
    assert.ok(typeof settled === 'object', `settled: ${String(settled)}`);
    assert.ok(settled.view.kind === 'outcome');
    assert.ok(settled.view.outcome.kind === 'cancelledMany');
    assert.deepEqual(
      settled.view.outcome.cancelled.map((m) => m.subject),
      ['M1', 'M3', 'M2'],
    );
    assert.equal(settled.view.outcome.unconfirmed, undefined, 'nothing left unconfirmed');
    assert.deepEqual(await unconfirmedTickets(deps, user), [], 'nothing left to settle');
    assert.equal(calendar.cancels.length, 3, 'settling sends nothing');
  });

  it('bulk: a meeting whose lost cancel did not run ends among those not cancelled', async () => {
    const mine = [1, 2].map((h) => meeting({ subject: `M${h}`, start: at(h), end: at(h + 0.5) }));
    const { deps, calendar } = setup(mine);
    const ticket = ticketOf(await offerBulkCancel(deps, user, mine));
    calendar.loseWrites = 1;
    failReads(calendar, [3]);
    const done = await confirmBulk(deps, user, ticket, 'Out');
    assert.ok(done.kind === 'outcome');
    assert.ok(done.outcome.kind === 'cancelledMany');
    assert.equal(done.outcome.unconfirmed?.length, 1);
    // The lost cancel had not run after all: M1 is back on the calendar, untouched.
    calendar.meetings.push(mine[0]);
    const settled = await settleUnconfirmed(deps, user, ticket);
    assert.ok(typeof settled === 'object');
    assert.ok(settled.view.kind === 'outcome');
    assert.ok(settled.view.outcome.kind === 'cancelledMany');
    assert.deepEqual(
      settled.view.outcome.failed.map((m) => m.subject),
      ['M1'],
    );
  });
});
