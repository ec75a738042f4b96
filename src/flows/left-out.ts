import { findCandidates, type Candidate, type Meeting } from '../calendar';
import { actionFor, organizedByUser, type MeetingCalendar } from '../calendar/meeting';
import { describeRequest, type MeetingRequest, type UserContext } from '../nlu';
import { language } from '../i18n/language';

/**
 * "cancel all of Omar's meetings tomorrow", as his delegate: a meeting of his that the user is invited to as well is
 * read once, as the user's own invitation (oneCopyEach), so it is not among his calendar's. One neither of them
 * organizes cannot be cancelled by the user: the bulk card leaves it out, and says so. One the user organizes with him in
 * it is read as the user's own too: not what "all of Omar's meetings" asked to cancel, and left out, said so, never
 * dropped unsaid. These are the meetings, outside the people's calendars named, that the request matches with those
 * people in them.
 */
export function leftOutOf(request: MeetingRequest, meetings: Meeting[], context: UserContext, named: MeetingCalendar[]): Meeting[] {
  if (!request.calendarHint || !named.length || !named.every((c) => c.owner === 'person')) return [];
  const keys = new Set(named.map((c) => c.key));
  const outside = meetings.filter((m) => !keys.has(m.calendar?.key ?? ''));
  // The same request, its person said of the meeting ("… with Omar") instead of the calendar.
  const withThem: MeetingRequest = {
    ...request,
    calendarHint: undefined,
    attendeeHint: [request.attendeeHint, request.calendarHint].filter(Boolean).join(' '),
  };
  return findCandidates(withThem, outside, context)
    .filter((c) => c.complete && (actionFor(c.meeting) !== 'cancel' || organizedByUser(c.meeting)))
    .map((c) => c.meeting);
}

/** A request whose exception may be read as several ("except the workshop and the legal sync"), each on its own. */
type Excepting = MeetingRequest & { exceptEach?: MeetingRequest[] };

/**
 * "Cancel all my meetings friday except the jour fixe": the exceptions said that leave none of the meetings asked for
 * out (their words name none of them, as read), as understood (describeRequest), so the bulk card says so rather than
 * drop them unsaid: the user may have meant one of the meetings it cancels. With several exceptions read each on its
 * own, those of them that name none. Exceptions whose words name no meeting at all ("except that one", "außer dem
 * einen"; exceptUnnamed) are said as typed, in quotes. Empty when the request said none, or each left one out. `kept`:
 * the candidates the request found, its exceptions left out.
 */
export function exceptionsLeavingNothing(request: MeetingRequest, meetings: Meeting[], kept: Candidate[], context: UserContext): string[] {
  const unnamed = (request.exceptUnnamed ?? []).map((words) => quoted(words, context.locale));
  return [...namedLeavingNothing(request, meetings, kept, context), ...unnamed];
}

/** Words as typed, in the quotes of the card's language. */
function quoted(words: string, locale: string): string {
  return language(locale) === 'de' ? `„${words}“` : `"${words}"`;
}

function namedLeavingNothing(request: MeetingRequest, meetings: Meeting[], kept: Candidate[], context: UserContext): string[] {
  const { except, exceptEach = [] } = request as Excepting;
  const said = exceptEach.length ? exceptEach : except ? [except] : [];
  if (!said.length) return [];
  const all: Excepting = { ...request, except: undefined, exceptEach: undefined };
  const asked = findCandidates(all, meetings, context).map((c) => c.meeting);
  if (asked.length <= kept.length) return said.map((e) => describeRequest(e, context));
  // Some meeting was left out; of several exceptions, those that name none of them ("the jour fixe and the retro" with no retro).
  const names = (e: MeetingRequest) => findCandidates(e, asked, { ...context, listShown: true }).some((c) => c.complete);
  return exceptEach.filter((e) => !names(e)).map((e) => describeRequest(e, context));
}
