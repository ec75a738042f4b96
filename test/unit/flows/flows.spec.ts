import { strict as assert } from 'node:assert';
import { MemoryStorage } from 'botbuilder';
import { CalendarUnavailableError, ThrottledError } from '../../../src/calendar/errors';
import {
  answerText,
  confirmBulk,
  confirmCancel,
  confirmDecline,
  keep,
  offerCancel,
  resolveTimeZone,
  showMeetings,
  type FlowUser,
  type View,
} from '../../../src/flows';
import { FakeCalendar, flowDepsFor, meeting } from './fake-calendar';

const NOW = new Date('2026-12-01T18:00:00Z'); // 10:00 in Los Angeles
const user: FlowUser = { id: 'alex', tenantId: 't', conversationId: 'c1', locale: 'en-US', timeZone: 'America/Los_Angeles' };
const at = (hoursFromNow: number) => new Date(NOW.getTime() + hoursFromNow * 3_600_000).toISOString();

function setup(meetings = [meeting({ subject: 'Budget', start: at(2), end: at(3) })]) {
  const storage = new MemoryStorage();
  const calendar = new FakeCalendar(meetings);
  const signOuts: number[] = [];
  const deps = flowDepsFor(calendar, NOW, storage, async () => void signOuts.push(1));
  return { deps, calendar, storage, signOuts };
}

function ticketOf(view: View): string {
  assert.ok('ticket' in view, `expected a card with a ticket, got ${view.kind}`);
  return (view as { ticket: string }).ticket;
}

describe('flows', () => {
  it('"sign out" forgets the tokens through the sign-out dependency, then says so', async () => {
    const { deps, signOuts } = setup();
    assert.deepEqual(await answerText(deps, user, 'sign out'), { kind: 'signedOut' });
    assert.equal(signOuts.length, 1);
  });

  describe('showMeetings', () => {
    it('pages upcoming meetings five at a time, without cancelled or past ones, and remembers the shown ids', async () => {
      const meetings = [
        meeting({ subject: 'Past', start: at(-3), end: at(-2) }),
        meeting({ subject: 'Cancelled', start: at(1), end: at(2), isCancelled: true }),
        ...Array.from({ length: 7 }, (_, i) => meeting({ subject: `M${i}`, start: at(i + 1), end: at(i + 1.5) })),
      ];
      const { deps } = setup(meetings);
      const first = await showMeetings(deps, user);
      assert.equal(first.kind, 'list');
      if (first.kind !== 'list') return;
      assert.deepEqual(
        first.meetings.map((m) => m.subject),
        ['M0', 'M1', 'M2', 'M3', 'M4'],
      );
      assert.equal(first.hasMore, true);
      const second = await showMeetings(deps, user, 2);
      assert.ok(second.kind === 'list');
      assert.ok(second.meetings.map((m) => m.subject).join() === 'M5,M6');
      assert.ok(!second.hasMore);
      assert.deepEqual((await deps.memory.load('c1', 'alex')).choices, second.kind === 'list' ? second.meetings.map((m) => m.id) : []);
      const forged = await showMeetings(deps, user, 99);
      assert.ok(forged.kind === 'list', 'a page that does not continue the last list starts over');
      assert.ok(forged.page === 1, 'a page that does not continue the last list starts over');
    });

    it('counts the meetings of the span that have begun (not cancelled ones), on the first page only', async () => {
      const meetings = [
        meeting({ subject: 'Under way', start: at(-0.5), end: at(0.5) }),
        meeting({ subject: 'Called off', start: at(-0.5), end: at(0.5), isCancelled: true }),
        ...Array.from({ length: 7 }, (_, i) => meeting({ subject: `M${i}`, start: at(i + 1), end: at(i + 1.5) })),
      ];
      const { deps } = setup(meetings);
      const first = await showMeetings(deps, user);
      assert.ok(first.kind === 'list' && first.begun === 1, JSON.stringify(first));
      assert.deepEqual(
        first.meetings.map((m) => m.subject),
        ['M0', 'M1', 'M2', 'M3', 'M4'],
      );
      const second = await showMeetings(deps, user, 2);
      assert.ok(second.kind === 'list' && second.begun === undefined && second.meetings.length === 2, JSON.stringify(second));
    });

    it('reads Graph a page at a time: "More" continues where the list stopped, a day asked for reads that day', async () => {
      const meetings = Array.from({ length: 40 }, (_, i) => meeting({ subject: `B${i}`, start: at(i + 1), end: at(i + 1.5) }));
      const { deps, calendar } = setup(meetings);
      const seen: string[] = [];
      for (let page = 1; page <= 8; page++) {
        const view = await showMeetings(deps, user, page);
        assert.ok(view.kind === 'list');
        seen.push(...view.meetings.map((m) => m.subject));
        assert.equal(view.hasMore, page < 8);
      }
      assert.deepEqual(
        seen,
        meetings.map((m) => m.subject),
        'every meeting once, in order',
      );
      assert.ok(calendar.lists <= 8, `one Graph page per list page at most, read ${calendar.lists}`);
      const day = { start: at(10), end: at(12) };
      const dayView = await showMeetings(deps, user, 1, day);
      assert.ok(dayView.kind === 'list');
      assert.deepEqual(
        dayView.meetings.map((m) => m.subject),
        ['B9', 'B10'],
      );
      const more = await showMeetings(deps, user, 2);
      assert.ok(more.kind === 'list', 'the day list had no more');
      assert.ok(more.page === 1, 'the day list had no more');
    });
  });

  describe('confirmCancel', () => {
    it('cancels once with the cleaned message, then every later click sees the same outcome', async () => {
      const { deps, calendar } = setup();
      const ticket = ticketOf(await offerCancel(deps, user, 'evt-' + calendar.meetings[0].id.split('-')[1]));
      const first = await confirmCancel(deps, user, ticket, 'occurrence', '  Sorry!\u0007  ');
      assert.equal(first.kind, 'outcome');
      assert.deepEqual(calendar.cancels, [{ id: calendar.cancels[0]?.id, comment: 'Sorry!' }]);
      const again = await confirmCancel(deps, user, ticket, 'occurrence', 'different');
      assert.deepEqual(again, first);
      assert.equal(calendar.cancels.length, 1);
    });

    it('concurrent clicks: exactly one reaches Graph', async () => {
      const { deps, calendar } = setup();
      const ticket = ticketOf(await offerCancel(deps, user, calendar.meetings[0].id));
      const views = await Promise.all(Array.from({ length: 5 }, () => confirmCancel(deps, user, ticket, 'occurrence', '')));
      assert.equal(calendar.cancels.length, 1);
      assert.ok(views.filter((v) => v.kind === 'outcome').length >= 1);
      assert.ok(views.every((v) => v.kind === 'outcome' || (v.kind === 'notice' && v.notice.kind === 'busy')));
    });

    it('another user, an unknown ticket or a ticket for another action cancels nothing', async () => {
      const { deps, calendar } = setup();
      const ticket = ticketOf(await offerCancel(deps, user, calendar.meetings[0].id));
      for (const view of [
        await confirmCancel(deps, { ...user, id: 'megan' }, ticket, 'occurrence', ''),
        await confirmCancel(deps, user, 'x'.repeat(22), 'occurrence', ''),
        await confirmDecline(deps, user, ticket, ''),
        await confirmBulk(deps, user, ticket, ''),
      ]) {
        assert.deepEqual(view, { kind: 'notice', notice: { kind: 'staleCard' } });
      }
      assert.equal(calendar.cancels.length, 0);
      assert.equal((await confirmCancel(deps, user, ticket, 'occurrence', '')).kind, 'outcome', 'the real click still works');
    });

    it('an over-long message is refused before anything is claimed', async () => {
      const { deps, calendar } = setup();
      const ticket = ticketOf(await offerCancel(deps, user, calendar.meetings[0].id));
      assert.deepEqual(await confirmCancel(deps, user, ticket, 'occurrence', 'x'.repeat(51)), {
        kind: 'notice',
        notice: { kind: 'commentTooLong', length: 51, max: 50 },
      });
      assert.equal((await confirmCancel(deps, user, ticket, 'occurrence', 'x'.repeat(50))).kind, 'outcome');
    });

    it('throttling or an unavailable Graph leaves the ticket open for the same button', async () => {
      const { deps, calendar } = setup();
      const ticket = ticketOf(await offerCancel(deps, user, calendar.meetings[0].id));
      calendar.failCancels = [new ThrottledError(5), new CalendarUnavailableError('503')];
      assert.deepEqual(await confirmCancel(deps, user, ticket, 'occurrence', ''), { kind: 'notice', notice: { kind: 'throttled' } });
      assert.deepEqual(await confirmCancel(deps, user, ticket, 'occurrence', ''), { kind: 'notice', notice: { kind: 'unavailable' } });
      assert.equal((await confirmCancel(deps, user, ticket, 'occurrence', '')).kind, 'outcome');
      assert.equal(calendar.cancels.length, 1);
    });

    it('"The whole series" cancels the series master; "Only this one" the occurrence; a forged scope means this one', async () => {
      const occurrence = meeting({ subject: 'Standup', start: at(5), end: at(5.25), kind: 'occurrence', seriesMasterId: 'master-1' });
      const master = meeting({ id: 'master-1', subject: 'Standup', start: at(-100), end: at(-99.75), kind: 'seriesMaster' });
      const { deps, calendar } = setup([occurrence, master]);
      const series = ticketOf(await offerCancel(deps, user, occurrence.id));
      await confirmCancel(deps, user, series, 'series', '');
      assert.deepEqual(
        calendar.cancels.map((c) => c.id),
        ['master-1'],
      );

      const again = setup([occurrence, master]);
      const one = ticketOf(await offerCancel(again.deps, user, occurrence.id));
      await confirmCancel(again.deps, user, one, { evil: true }, '');
      assert.deepEqual(
        again.calendar.cancels.map((c) => c.id),
        [occurrence.id],
      );
    });

    it("not the organizer: relays Graph's words and issues a decline ticket that carries the message", async () => {
      const attended = meeting({
        subject: 'All hands',
        start: at(4),
        end: at(5),
        isOrganizer: false,
        organizer: { name: 'Megan Bowen', email: 'm@x' },
      });
      const { deps, calendar } = setup([attended]);
      const ticket = ticketOf(await offerCancel(deps, user, attended.id));
      const view = await confirmCancel(deps, user, ticket, 'occurrence', 'Cannot come');
      assert.ok(view.kind === 'outcome');
      assert.ok(view.outcome.kind === 'notOrganizer');
      if (view.kind !== 'outcome' || view.outcome.kind !== 'notOrganizer') return;
      assert.match(view.outcome.graphMessage, /You need to be an organizer/);
      assert.equal(view.outcome.meeting.organizer, 'Megan Bowen');
      assert.equal(view.outcome.comment, 'Cannot come');
      const declined = await confirmDecline(deps, user, view.outcome.declineTicket, 'Cannot come');
      assert.ok(declined.kind === 'outcome');
      assert.ok(declined.outcome.kind === 'declined');
      assert.deepEqual(calendar.declines, [{ id: attended.id, comment: 'Cannot come' }]);
    });

    it('a meeting that is gone or over by the time of the click is reported, not cancelled', async () => {
      const { deps, calendar } = setup();
      const ticket = ticketOf(await offerCancel(deps, user, calendar.meetings[0].id));
      calendar.meetings = [];
      const view = await confirmCancel(deps, user, ticket, 'occurrence', '');
      assert.ok(view.kind === 'outcome');
      assert.ok(view.outcome.kind === 'gone');
      const later = setup();
      const t2 = ticketOf(await offerCancel(later.deps, user, later.calendar.meetings[0].id));
      const after = await confirmCancel({ ...later.deps, now: new Date(NOW.getTime() + 4 * 3_600_000) }, user, t2, 'occurrence', '');
      assert.ok(after.kind === 'outcome');
      assert.ok(after.outcome.kind === 'gone');
      assert.equal(later.calendar.cancels.length, 0);
    });
  });

  it('keep ends the card without touching the calendar', async () => {
    const { deps, calendar } = setup();
    const ticket = ticketOf(await offerCancel(deps, user, calendar.meetings[0].id));
    const view = await keep(deps, user, ticket);
    assert.ok(view.kind === 'outcome');
    assert.ok(view.outcome.kind === 'kept');
    assert.deepEqual(await confirmCancel(deps, user, ticket, 'occurrence', ''), view, 'a later confirm shows the kept card');
    assert.equal(calendar.cancels.length, 0);
  });

  it("bulk: cancels only the user's own meetings, each once, one failure does not stop the rest", async () => {
    const mine = [meeting({ start: at(2), end: at(3) }), meeting({ start: at(4), end: at(5) }), meeting({ start: at(6), end: at(7) })];
    const theirs = meeting({ start: at(3), end: at(4), isOrganizer: false });
    const { deps, calendar } = setup([...mine, theirs]);
    const view = await answerText(deps, user, 'cancel all my meetings today');
    assert.ok(view.kind === 'confirmBulk', view.kind);
    if (view.kind !== 'confirmBulk') return;
    assert.deepEqual(
      view.notYours.map((m) => m.id),
      [theirs.id],
    );
    calendar.failCancels = [new CalendarUnavailableError('503')];
    const done = await confirmBulk(deps, user, view.ticket, 'Out today');
    assert.ok(done.kind === 'outcome');
    assert.ok(done.outcome.kind === 'cancelledMany');
    if (done.kind !== 'outcome' || done.outcome.kind !== 'cancelledMany') return;
    assert.equal(done.outcome.cancelled.length, 2);
    assert.equal(done.outcome.failed.length, 1);
    assert.deepEqual(
      calendar.cancels.map((c) => c.comment),
      ['Out today', 'Out today'],
    );
  });

  it('text: "cancel" or "absagen" alone shows the list to pick from', async () => {
    const { deps } = setup([meeting({ subject: 'A', start: at(2), end: at(3) }), meeting({ subject: 'B', start: at(4), end: at(5) })]);
    for (const [text, locale] of [
      ['cancel', 'en-US'],
      ['I want to cancel a meeting', 'en-US'],
      ['absagen', 'de-DE'],
      ['decline', 'en-US'],
    ]) {
      const view = await answerText(deps, { ...user, locale }, text);
      assert.ok(view.kind === 'list', `${text}: ${view.kind}`);
      assert.ok(view.meetings.map((m) => m.subject).join() === 'A,B', `${text}: ${view.kind}`);
    }
  });

  it('text: yes confirms the pending card, no keeps it, and with nothing pending it says so', async () => {
    const { deps, calendar } = setup([meeting({ start: at(2), end: at(3) }), meeting({ start: at(4), end: at(5) })]);
    assert.deepEqual(await answerText(deps, user, 'yes'), { kind: 'notice', notice: { kind: 'nothingPending' } });
    const first = ticketOf(await offerCancel(deps, user, calendar.meetings[0].id));
    await deps.memory.remember('c1', 'alex', { pendingTicketId: first });
    assert.ok((await answerText(deps, user, 'yes')).kind === 'outcome');
    assert.equal(calendar.cancels.length, 1);
    const second = ticketOf(await offerCancel(deps, user, calendar.meetings[0].id));
    await deps.memory.remember('c1', 'alex', { pendingTicketId: second });
    const kept = await answerText(deps, user, 'no');
    assert.ok(kept.kind === 'outcome');
    assert.ok(kept.outcome.kind === 'kept');
    assert.equal(calendar.cancels.length, 1);
  });

  it('text: a message typed with the request fills the confirm card, unsent; "yes, <message>" sends it with the confirm', async () => {
    const { deps, calendar } = setup([
      meeting({ subject: 'Standup', start: at(5), end: at(6) }),
      meeting({ subject: 'Budget', start: at(7), end: at(8) }),
    ]);
    const offered = await answerText(deps, user, "cancel my 3pm standup and tell them we'll catch up Friday");
    assert.ok(offered.kind === 'confirmCancel', offered.kind);
    assert.equal(offered.comment, "we'll catch up Friday");
    assert.equal(calendar.cancels.length, 0, 'nothing is sent before the user confirms');
    const german = await answerText(deps, { ...user, locale: 'de-DE' }, 'sag das Standup ab, Nachricht: Wir holen das Freitag nach');
    assert.ok(german.kind === 'confirmCancel', german.kind);
    assert.ok(german.comment === 'Wir holen das Freitag nach', german.kind);
    await deps.memory.remember('c1', 'alex', { pendingTicketId: ticketOf(offered) });
    const done = await answerText(deps, user, 'yes, tell them we moved it to Friday');
    assert.ok(done.kind === 'outcome', done.kind);
    assert.deepEqual(
      calendar.cancels.map((c) => c.comment),
      ['we moved it to Friday'],
    );
  });

  it('text: "the 2nd" is the second row of a list just shown, else the 2nd of the month', async () => {
    // 1 December 2026 10:00 in Los Angeles; one meeting on the 2nd, two today.
    const onTheSecond = meeting({ subject: 'Planning', start: '2026-12-02T19:00:00Z', end: '2026-12-02T20:00:00Z' });
    const { deps } = setup([
      meeting({ subject: 'A', start: at(2), end: at(3) }),
      meeting({ subject: 'B', start: at(4), end: at(5) }),
      onTheSecond,
    ]);
    const byDate = await answerText(deps, user, 'cancel the 2nd');
    assert.ok(byDate.kind === 'confirmCancel', byDate.kind);
    assert.ok(byDate.meeting.subject === 'Planning', byDate.kind);
    await showMeetings(deps, user);
    const byRow = await answerText(deps, user, 'the 2nd');
    assert.ok(byRow.kind === 'confirmCancel', byRow.kind);
    assert.ok(byRow.meeting.subject === 'B', byRow.kind);
  });

  it("the user's zone: the client's wins; else the client's last in this chat; else the mailbox's (asked once, remembered); never the server's", async () => {
    const { deps, calendar } = setup();
    const place = { memory: deps.memory, conversationId: 'c1', userId: 'alex', now: NOW };
    let asked = 0;
    const open = async () => {
      asked++;
      return calendar;
    };
    // A chat whose client never sent a zone: the mailbox's.
    const elsewhere = { ...place, conversationId: 'c2' };
    assert.equal(await resolveTimeZone(undefined, elsewhere, open), 'America/Los_Angeles');
    assert.equal(await resolveTimeZone('Not/AZone', elsewhere, open), 'America/Los_Angeles');
    assert.equal(asked, 1, 'the mailbox zone is remembered');
    assert.equal(await resolveTimeZone('Asia/Kolkata', place, open), 'Asia/Kolkata');
    assert.equal(await resolveTimeZone('W. Europe Standard Time', place, open), 'Europe/Berlin');
    // A click without a zone after the client said Berlin: Berlin, as the card it answers was shown.
    assert.equal(await resolveTimeZone(undefined, place, open), 'Europe/Berlin');
    assert.equal(await resolveTimeZone('', place, open), 'Europe/Berlin');
    assert.equal(await resolveTimeZone('Not/AZone', place, open), 'Europe/Berlin');
    assert.equal((await deps.memory.load('c1', 'alex')).clientTimeZone, 'Europe/Berlin');
    assert.equal(asked, 1, 'the mailbox is not asked while the client has said where it is');
  });
});
