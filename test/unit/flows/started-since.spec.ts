import { strict as assert } from 'node:assert';
import { MemoryStorage } from 'botbuilder';
import { confirmCancel, offerCancel, refreshTicket, type FlowUser, type View } from '../../../src/flows';
import { outcomeCard } from '../../../src/cards';
import { summarize } from '../../../src/flows/outcomes';
import { catalogFor } from '../../../src/i18n';
import { cardText } from '../../support/adaptive-card';
import { FakeCalendar, flowDepsFor, meeting } from './fake-calendar';

const NOW = new Date('2026-12-01T18:00:00Z');
const user: FlowUser = { id: 'alex', tenantId: 't', conversationId: 'c1', locale: 'en-US', timeZone: 'America/Los_Angeles' };

const ticketOf = (view: View) => (view as { ticket: string }).ticket;

describe('a confirm card whose meeting began before the click', () => {
  it('says it has begun (not that it is gone from the calendar), and cancels nothing; one cancelled meanwhile is gone', async () => {
    const standup = meeting({ subject: 'Standup', start: '2026-12-01T18:30:00.000Z', end: '2026-12-01T19:00:00.000Z' });
    const calendar = new FakeCalendar([standup]);
    const deps = flowDepsFor(calendar, NOW, new MemoryStorage());
    const ticket = ticketOf(await offerCancel(deps, user, standup));
    const later = { ...deps, now: new Date('2026-12-01T18:40:00Z') };
    // The card as Teams refreshes it, then the click.
    const refreshed = await refreshTicket(later, user, ticket);
    assert.equal(refreshed.kind, 'outcome');
    const outcome = (refreshed as Extract<View, { kind: 'outcome' }>).outcome;
    assert.deepEqual([outcome.kind, (outcome as { started?: boolean }).started], ['gone', true]);
    const clicked = await confirmCancel(later, user, ticket, 'occurrence', '');
    assert.equal(clicked.kind, 'outcome');
    assert.deepEqual((clicked as Extract<View, { kind: 'outcome' }>).outcome.kind, 'gone');
    assert.equal(((clicked as Extract<View, { kind: 'outcome' }>).outcome as { started?: boolean }).started, true);
    assert.equal(calendar.cancels.length, 0);

    const review = meeting({ subject: 'Review', start: '2026-12-01T20:00:00.000Z', end: '2026-12-01T21:00:00.000Z' });
    calendar.meetings.push(review);
    const second = ticketOf(await offerCancel(deps, user, review));
    review.isCancelled = true;
    const gone = await confirmCancel(deps, user, second, 'occurrence', '');
    assert.equal(((gone as Extract<View, { kind: 'outcome' }>).outcome as { started?: boolean }).started, undefined);
  });
});

describe('the card of a meeting that began before the click', () => {
  it('says so in the user’s language', () => {
    const m = summarize(meeting({ subject: '[Standup](https://x)', start: '2026-12-01T18:30:00.000Z', end: '2026-12-01T19:00:00.000Z' }));
    for (const [locale, expected] of [
      ['en-US', 'has already begun, so nothing was sent: a meeting under way is not cancelled or declined here.'],
      ['de-DE', 'hat schon begonnen, deshalb wurde nichts gesendet: Eine laufende Besprechung wird hier nicht abgesagt oder abgelehnt.'],
    ]) {
      const audience = { catalog: catalogFor(locale), locale, timeZone: 'America/Los_Angeles' };
      const text = cardText(outcomeCard(audience, { kind: 'gone', meeting: m, started: true }, 500));
      assert.ok(text.includes(expected), text);
      assert.doesNotMatch(text, /no longer finds|findet .* nicht mehr|already cancelled|schon abgesagt/);
    }
  });
});
