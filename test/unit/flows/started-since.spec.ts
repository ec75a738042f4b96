import { strict as assert } from 'node:assert';
import { MemoryStorage } from 'botbuilder';
import { confirmCancel, confirmDecline, offerCancel, offerDecline, refreshTicket, type FlowUser, type View } from '../../../src/flows';
import { confirmCancelCard, confirmDeclineCard, outcomeCard } from '../../../src/cards';
import { summarize } from '../../../src/flows/outcomes';
import { catalogFor } from '../../../src/i18n';
import { cardText } from '../../support/adaptive-card';
import { FakeCalendar, flowDepsFor, meeting } from './fake-calendar';

const NOW = new Date('2026-12-01T18:00:00Z');
const user: FlowUser = { id: 'alex', tenantId: 't', conversationId: 'c1', locale: 'en-US', timeZone: 'America/Los_Angeles' };

const ticketOf = (view: View) => (view as { ticket: string }).ticket;
const outcomeOf = (view: View) =>
  (view as Extract<View, { kind: 'outcome' }>).outcome as { kind: string; ended?: boolean; started?: boolean };

/**
 * A meeting under way can be cancelled (Outlook lets its organizer, and Graph's cancel documents no limit on when):
 * its confirm card says it began and is under way. One that has ended is refused in plain words, nothing sent.
 */
describe('a meeting that began before the click', () => {
  const standup = () => meeting({ subject: 'Standup', start: '2026-12-01T18:30:00.000Z', end: '2026-12-01T19:00:00.000Z' });

  it('under way: the refreshed card offers it as under way, and the click cancels it', async () => {
    const calendar = new FakeCalendar([standup()]);
    const { id } = calendar.meetings[0];
    const deps = flowDepsFor(calendar, NOW, new MemoryStorage());
    const offered = await offerCancel(deps, user, calendar.meetings[0]);
    assert.equal((offered as { underWay?: boolean }).underWay, undefined, 'still to come when offered');
    const later = { ...deps, now: new Date('2026-12-01T18:40:00Z') };
    const refreshed = await refreshTicket(later, user, ticketOf(offered));
    assert.deepEqual([refreshed.kind, (refreshed as { underWay?: boolean }).underWay], ['confirmCancel', true]);
    const clicked = await confirmCancel(later, user, ticketOf(offered), 'occurrence', 'Wrapping up early');
    assert.equal(outcomeOf(clicked).kind, 'cancelled');
    assert.deepEqual(calendar.cancels, [{ id, comment: 'Wrapping up early' }]);
  });

  it('offered while under way: the confirm card says so; a decline of one under way is offered the same way', async () => {
    const attended = meeting({
      subject: 'All hands',
      start: '2026-12-01T17:50:00.000Z',
      end: '2026-12-01T18:50:00.000Z',
      isOrganizer: false,
    });
    const calendar = new FakeCalendar([standup(), attended]);
    const deps = { ...flowDepsFor(calendar, NOW, new MemoryStorage()), now: new Date('2026-12-01T18:35:00Z') };
    const offered = await offerCancel(deps, user, calendar.meetings[0].id);
    assert.deepEqual([offered.kind, (offered as { underWay?: boolean }).underWay], ['confirmCancel', true]);
    const decline = await offerDecline(deps, user, attended.id);
    assert.deepEqual([decline.kind, (decline as { underWay?: boolean }).underWay], ['confirmDecline', true]);
    assert.equal(outcomeOf(await confirmDecline(deps, user, ticketOf(decline), '')).kind, 'declined');
  });

  it('ended: the refresh and the click say it has ended and send nothing; a row clicked says so too', async () => {
    const calendar = new FakeCalendar([standup()]);
    const deps = flowDepsFor(calendar, NOW, new MemoryStorage());
    const ticket = ticketOf(await offerCancel(deps, user, calendar.meetings[0]));
    const after = { ...deps, now: new Date('2026-12-01T19:05:00Z') };
    const refreshed = await refreshTicket(after, user, ticket);
    assert.deepEqual([outcomeOf(refreshed).kind, outcomeOf(refreshed).ended], ['gone', true]);
    const clicked = await confirmCancel(after, user, ticket, 'occurrence', '');
    assert.deepEqual([outcomeOf(clicked).kind, outcomeOf(clicked).ended], ['gone', true]);
    assert.equal(calendar.cancels.length, 0);
    const row = await offerCancel(after, user, calendar.meetings[0].id);
    assert.deepEqual(row, { kind: 'notice', notice: { kind: 'meetingClosed', why: 'ended', subject: 'Standup' } });
  });
});

describe('the cards of a meeting under way, or ended', () => {
  const begun = meeting({ subject: '[Standup](https://x)', start: '2026-12-01T18:30:00.000Z', end: '2026-12-01T19:00:00.000Z' });
  const audience = (locale: string) => ({ catalog: catalogFor(locale), locale, timeZone: 'America/Los_Angeles' });

  it('the confirm card says plainly when it started and that it is under way, in the user’s language', () => {
    for (const [locale, expected] of [
      ['en-US', 'It started at 10:30 AM and is under way: its attendees may be in it now.'],
      ['de-DE', 'Sie hat um 10:30 begonnen und läuft gerade: Die Teilnehmer sind vielleicht schon drin.'],
    ]) {
      const cancel = cardText(confirmCancelCard(audience(locale), begun, 'T'.repeat(22), 500, undefined, false, true));
      assert.ok(cancel.includes(expected), cancel);
      const decline = cardText(confirmDeclineCard(audience(locale), begun, 'T'.repeat(22), 500, undefined, false, true));
      assert.ok(decline.includes(expected), decline);
      assert.ok(!cardText(confirmCancelCard(audience(locale), begun, 'T'.repeat(22), 500)).includes(expected));
    }
  });

  it('a card whose meeting has ended says so, and that nothing was sent', () => {
    for (const [locale, expected] of [
      ['en-US', 'has already ended, so nothing was sent.'],
      ['de-DE', 'ist schon vorbei, deshalb wurde nichts gesendet.'],
    ]) {
      const text = cardText(outcomeCard(audience(locale), { kind: 'gone', meeting: summarize(begun), ended: true }, 500));
      assert.ok(text.includes(expected), text);
      assert.doesNotMatch(text, /no longer finds|findet .* nicht mehr|already cancelled|schon abgesagt/);
    }
  });
});
