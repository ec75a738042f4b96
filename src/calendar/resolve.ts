import { understand, type MeetingRequest, type UserContext } from '../nlu';
import { findCandidates, type Candidate } from './candidates';
import { pluralAsName } from './clear-choice';
import type { Meeting } from './meeting';

/** Text to ranked candidates: exactly what the bot, the CLI and the evaluation run. */
export function resolve(text: string, meetings: Meeting[], context: UserContext): { request: MeetingRequest; candidates: Candidate[] } {
  const said = understand(text, context);
  const candidates = findCandidates(said, meetings, context);
  return { request: pluralAsName(said, candidates), candidates };
}
