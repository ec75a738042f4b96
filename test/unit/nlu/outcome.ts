import { loadCases } from '../../../scripts/eval-nlu';
import { resolve, straightToConfirm } from '../../../src/calendar';
import { placeOf } from '../../../src/calendar/graph/calendar-keys';
import type { UserContext } from '../../../src/nlu';

const { calendars } = loadCases();

/**
 * What the bot makes of `text` over one of the labelled calendars (test/fixtures/nlu): its intent, the candidates' event
 * ids best first, and the one it goes straight to, if any.
 */
export function outcome(text: string, calendar: string, context: UserContext): { intent: string; ids: string[]; clear?: string } {
  const { request, candidates } = resolve(text, calendars.get(calendar)!, context);
  const id = (key: string): string => placeOf(key)?.eventId ?? key;
  const clear = straightToConfirm(request, candidates);
  return { intent: request.intent, ids: candidates.map((c) => id(c.meeting.id)), ...(clear ? { clear: id(clear.meeting.id) } : {}) };
}
