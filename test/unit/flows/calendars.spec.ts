import { strict as assert } from 'node:assert';
import { SignInNeeded } from '../../../src/auth/errors';
import { CalendarAccessDeniedError, MeetingNotFoundError } from '../../../src/calendar/errors';
import { answerText, confirmCancel, offerCancel, showMeetings, type FlowUser, type View } from '../../../src/flows';
import { calendarsFor, userCalendars } from '../../../src/flows/calendars';
import { FakeCalendar, flowDepsFor, meeting } from './fake-calendar';
import { CALENDARS } from '../../support/meeting';

const NOW = new Date('2026-12-01T18:00:00Z');
const patti: FlowUser = { id: 'patti', tenantId: 't', conversationId: 'c1', locale: 'en-US', timeZone: 'America/Los_Angeles' };
const at = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000).toISOString();

const OWN = CALENDARS.own;
const PROJECTS = CALENDARS.projects;
const ALEX = CALENDARS.alex;
const MARKETING = CALENDARS.marketing;

function setup(now = NOW) {
  const calendar = new FakeCalendar([
    meeting({ subject: 'Pipeline review', start: at(2), end: at(3) }),
    meeting({ subject: 'Budget review', start: at(4), end: at(5), calendar: PROJECTS }),
    meeting({ subject: 'Board prep', start: at(5), end: at(6), calendar: ALEX, isOrganizer: true }),
    meeting({ subject: 'Campaign planning', start: at(6), end: at(7), calendar: MARKETING }),
  ]);
  calendar.calendarList = [OWN, PROJECTS, ALEX, MARKETING];
  const deps = flowDepsFor(calendar, now);
  return { deps, calendar };
}

const subjects = (view: View) => (view.kind === 'list' ? view.meetings.map((m) => m.subject) : []);

describe('flows: every calendar the user may act on', () => {
  it("the user's calendars are read once and trusted for 15 minutes, then read again", async () => {
    const { deps, calendar } = setup();
    await userCalendars(deps, patti);
    await userCalendars(deps, patti);
    assert.equal(calendar.calendarReads, 1);
    await userCalendars({ ...deps, now: new Date(NOW.getTime() + 16 * 60_000) }, patti);
    assert.equal(calendar.calendarReads, 2);
  });

  it("a request that names no calendar reads the user's own; one that names a calendar reads it too, and a list only it", () => {
    const all = [OWN, PROJECTS, ALEX, MARKETING];
    assert.deepEqual(calendarsFor({ intent: 'cancel' }, all), { read: [OWN, PROJECTS], named: [] });
    assert.deepEqual(calendarsFor({ intent: 'cancel', calendarHint: 'alex' }, all), { read: [OWN, PROJECTS, ALEX], named: [ALEX] });
    assert.deepEqual(calendarsFor({ intent: 'list', calendarHint: 'marketing' }, all), { read: [MARKETING], named: [MARKETING] });
  });

  it('"show my meetings" lists the own calendars merged and offers the others; a named calendar lists only its meetings', async () => {
    const { deps } = setup();
    const mine = await showMeetings(deps, patti);
    assert.deepEqual(subjects(mine), ['Pipeline review', 'Budget review']);
    assert.ok(mine.kind === 'list');
    assert.deepEqual(
      mine.others?.map((c) => c.key),
      [ALEX.key, MARKETING.key],
    );
    const alexs = await showMeetings(deps, patti, 1, undefined, [ALEX]);
    assert.deepEqual(subjects(alexs), ['Board prep']);
    assert.ok(alexs.kind === 'list');
    assert.deepEqual(alexs.calendars, [ALEX]);
  });

  it('a calendar named by the user that needs consent asks for it; one read alongside that fails is named on the card', async () => {
    const { deps, calendar } = setup();
    calendar.failingCalendars.set(ALEX.key, new SignInNeeded('consent', undefined, 'shared'));
    await assert.rejects(
      answerText(deps, patti, "cancel alex's board prep"),
      (error: unknown) => error instanceof SignInNeeded && error.access === 'shared',
    );
    calendar.failingCalendars.set(ALEX.key, new MeetingNotFoundError('access denied'));
    const view = await answerText(deps, patti, "cancel alex's pipeline review");
    assert.equal(view.kind, 'confirmCancel');
  });

  it('nothing of the user\'s own fits: the calendars they act on for others are searched too ("cancel campaign planning")', async () => {
    const { deps } = setup();
    const view = await answerText(deps, patti, 'cancel campaign planning');
    assert.equal(view.kind, 'confirmCancel');
    assert.ok(view.kind === 'confirmCancel');
    assert.equal(view.meeting.subject, 'Campaign planning');
  });

  it("\"show Megan's meetings\" with no calendar of Megan's says so over the user's own list", async () => {
    const { deps } = setup();
    const view = await answerText(deps, patti, "show megan's meetings");
    assert.ok(view.kind === 'list', view.kind);
    assert.equal(view.unknownCalendar, 'megan');
    assert.deepEqual(subjects(view), ['Pipeline review', 'Budget review'], 'her own list instead');
  });

  it('"More" on the own list continues the own list, even after another calendar was listed in between', async () => {
    const { deps, calendar } = setup();
    calendar.meetings = Array.from({ length: 12 }, (_, i) => meeting({ subject: `Mine ${i}`, start: at(i + 1), end: at(i + 1.5) })).concat(
      Array.from({ length: 12 }, (_, i) => meeting({ subject: `Alex ${i}`, start: at(i + 1), end: at(i + 1.5), calendar: ALEX })),
    );
    await showMeetings(deps, patti);
    await showMeetings(deps, patti, 1, undefined, [ALEX]);
    const more = await showMeetings(deps, patti, 2);
    assert.ok(subjects(more).length > 0);
    assert.ok(
      subjects(more).every((s) => s.startsWith('Mine ')),
      subjects(more).join(', '),
    );
  });

  it('a list of one of the own calendars ("my Projects calendar") is titled with it, not as all the user\'s meetings', async () => {
    const { deps } = setup();
    const view = await showMeetings(deps, patti, 1, undefined, [PROJECTS]);
    assert.ok(view.kind === 'list');
    assert.deepEqual(view.calendars, [PROJECTS]);
    assert.deepEqual(subjects(view), ['Budget review']);
  });

  it("a calendar the user lost access to is said as such: a row's card and a confirm send nothing and never say the meeting is gone", async () => {
    const { deps, calendar } = setup();
    const alexs = await showMeetings(deps, patti, 1, undefined, [ALEX]);
    assert.ok(alexs.kind === 'list');
    const board = alexs.meetings[0];
    const confirm = await offerCancel(deps, patti, board);
    assert.ok(confirm.kind === 'confirmCancel');
    calendar.failingCalendars.set(ALEX.key, new CalendarAccessDeniedError('Access is denied. Check credentials and try again.'));
    assert.deepEqual(await offerCancel(deps, patti, board.id), { kind: 'notice', notice: { kind: 'noAccess' } });
    assert.deepEqual(await confirmCancel(deps, patti, confirm.ticket, 'occurrence', ''), { kind: 'notice', notice: { kind: 'noAccess' } });
    assert.equal(calendar.cancels.length, 0);
    assert.equal((await deps.tickets.get(confirm.ticket))?.status, 'open', 'the card stays usable');
  });
});
