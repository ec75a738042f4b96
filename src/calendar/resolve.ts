import { understand, type MeetingRequest, type UserContext } from '../nlu';
import { findCandidates, withReasonTail, type Candidate } from './candidates';
import { pluralAsName } from './clear-choice';
import type { Meeting } from './meeting';

/** Text to ranked candidates: exactly what the bot, the CLI and the evaluation run. */
export function resolve(text: string, meetings: Meeting[], context: UserContext): { request: MeetingRequest; candidates: Candidate[] } {
  const said = withReasonTail(understand(text, context), meetings, context);
  const candidates = findCandidates(said, meetings, context);
  return { request: pluralAsName(said, candidates), candidates };
}
