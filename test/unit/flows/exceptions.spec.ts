import { strict as assert } from 'node:assert';
import { findCandidates } from '../../../src/calendar';
import { exceptionsLeavingNothing } from '../../../src/flows/left-out';
import { understand, type MeetingRequest } from '../../../src/nlu';
import { meeting } from '../../support/meeting';

const NOW = new Date('2026-12-01T18:00:00Z'); // Tue 10:00 in Los Angeles
const context = { locale: 'en-US', timeZone: 'America/Los_Angeles', now: NOW };
// Wednesday, Dec 2, Pacific.
const wed = (hour: number) => new Date(Date.UTC(2026, 11, 2, hour + 8)).toISOString();
const meetings = [
  meeting({ subject: 'Jour fixe', start: wed(9) }),
  meeting({ subject: 'Interview', start: wed(11) }),
  meeting({ subject: 'Budget review', start: wed(14) }),
];
const pick = (titleHint: string): MeetingRequest => ({ intent: 'select', scope: 'one', language: 'en', titleHint, dependsOnList: true });

/**
 * A bulk request's exception that leaves none of its meetings out is said on the card (safety, trial 10 #1): which
 * exceptions, as understood; none when each left a meeting out.
 */
describe('exceptions that leave nothing out of a bulk cancel', () => {
  const said = (text: string) => understand(text, context);

  it('an exception naming none of the meetings is named, as understood', () => {
    const request = said('cancel all my meetings tomorrow except the retro');
    assert.ok(request.except);
    const kept = findCandidates(request, meetings, context);
    assert.equal(kept.length, 3);
    assert.deepEqual(exceptionsLeavingNothing(request, meetings, kept, context), ['called "retro"']);
  });

  it('none when the exception left a meeting out, or none was said', () => {
    const request = said('cancel all my meetings tomorrow except the jour fixe');
    const kept = findCandidates(request, meetings, context);
    assert.equal(kept.length, 2);
    assert.deepEqual(exceptionsLeavingNothing(request, meetings, kept, context), []);
    const plain = said('cancel all my meetings tomorrow');
    assert.deepEqual(exceptionsLeavingNothing(plain, meetings, findCandidates(plain, meetings, context), context), []);
  });

  it('several exceptions read each on its own: those naming none of the meetings, when another left one out', () => {
    const request = {
      ...said('cancel all my meetings tomorrow except the jour fixe and the retro'),
      exceptEach: [pick('jour fixe'), pick('retro')],
    };
    // As the exceptions read each on their own leave them out: the jour fixe only.
    const kept = findCandidates({ ...request, except: undefined, exceptEach: undefined }, meetings, context).filter(
      (c) => c.meeting.subject !== 'Jour fixe',
    );
    assert.deepEqual(exceptionsLeavingNothing(request, meetings, kept, context), ['called "retro"']);
    // Neither left anything out: both are named.
    const all = findCandidates({ ...request, except: undefined, exceptEach: undefined }, meetings, context);
    assert.deepEqual(exceptionsLeavingNothing(request, meetings, all, context), ['called "jour fixe"', 'called "retro"']);
  });

  it('words naming no meeting at all ("except that one", "außer dem einen") are said as typed, in quotes', () => {
    const request = said('cancel all my meetings tomorrow except the jour fixe and that one');
    const kept = findCandidates(request, meetings, context);
    assert.equal(kept.length, 2);
    assert.deepEqual(exceptionsLeavingNothing(request, meetings, kept, context), ['"that one"']);
    const de = { ...context, locale: 'de-DE' };
    const german = understand('sag alle meine Termine morgen ab außer dem einen', de);
    assert.deepEqual(exceptionsLeavingNothing(german, meetings, findCandidates(german, meetings, de), de), ['„dem einen“']);
  });
});
