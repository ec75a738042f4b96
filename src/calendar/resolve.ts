import { understand, type MeetingRequest, type UserContext } from '../nlu';
import { findCandidates, type Candidate } from './candidates';
import type { Meeting } from './meeting';

/** Text to ranked candidates: exactly what the bot, the CLI and the evaluation run. */
export function resolve(text: string, meetings: Meeting[], context: UserContext): { request: MeetingRequest; candidates: Candidate[] } {
  const request = understand(text, context);
  return { request, candidates: findCandidates(request, meetings, context) };
}
