import { understand, type MeetingRequest, type UserContext } from '../nlu';
import { findCandidates, type Candidate } from './candidates';
import type { Meeting } from './meeting';

/** Text to ranked candidates: exactly what the bot, the CLI and the evaluation run. */
export function resolve(text: string, meetings: Meeting[], context: UserContext): { request: MeetingRequest; candidates: Candidate[] } {
  const request = understand(text, context);
  const candidates = findCandidates(request, meetings, context);
  if (!request.except) return { request, candidates };
  // "everything tomorrow except the 1:1": what the exception names among them, as if picked from a list of them.
  const { except } = request;
  const left = new Set(
    findCandidates(
      except,
      candidates.map((c) => c.meeting),
      { ...context, listShown: true },
    )
      .filter((c) => c.complete)
      .map((c) => c.meeting),
  );
  return { request, candidates: candidates.filter((c) => !left.has(c.meeting)) };
}
