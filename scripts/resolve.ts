/**
 * npm run --silent resolve -- --events FILE --now ISO --tz IANA [--locale en-US|de-DE] "utterance"
 * Prints {"intent": ..., "candidates": [event ids, best first], "clear": true|false, "comment": "..."|null}
 * using the bot's own resolve(): clear says whether the bot goes straight to one confirm card, comment is
 * the message for the attendees taken from the utterance (the card's message box is filled with it).
 * Intents outside cancel|list|decline|help are printed as "other" (yes/no, sign out, and a bare
 * pick such as "the second one", which means nothing without a list the bot showed).
 * Bad arguments: a message on stderr and exit code 2.
 */
import { readFileSync } from 'node:fs';
import { IANAZone } from 'luxon';
import { resolve, straightToConfirm } from '../src/calendar';
import { toMeeting } from '../src/calendar/graph/to-meeting';

const USAGE = 'usage: resolve --events FILE --now ISO --tz IANA [--locale en-US|de-DE] "utterance"';
const PRINTED = new Set(['cancel', 'list', 'decline', 'help']);

class UsageError extends Error {}

function parseArguments(argv: string[]): { events: string; now: Date; tz: string; locale: string; text: string } {
  const options: Record<string, string> = {};
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      words.push(arg);
      continue;
    }
    const name = arg.slice(2);
    if (!['events', 'now', 'tz', 'locale'].includes(name)) throw new UsageError(`unknown option ${arg}`);
    const value = argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
    options[name] = value;
  }
  for (const name of ['events', 'now', 'tz']) if (!options[name]) throw new UsageError(`--${name} is required`);
  if (words.length !== 1 || !words[0].trim()) throw new UsageError('give exactly one utterance (quote it)');
  const now = new Date(options.now);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(options.now) || Number.isNaN(now.getTime()))
    throw new UsageError(`--now "${options.now}" is not an ISO 8601 instant`);
  if (!IANAZone.isValidZone(options.tz)) throw new UsageError(`--tz "${options.tz}" is not an IANA time zone`);
  return { events: options.events, now, tz: options.tz, locale: options.locale ?? 'en-US', text: words[0] };
}

function readEvents(file: string): Parameters<typeof toMeeting>[0][] {
  let body: string;
  try {
    body = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read --events ${file}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new UsageError(`--events ${file} is not JSON`);
  }
  const value = (parsed as { value?: unknown }).value;
  if (!Array.isArray(value)) throw new UsageError(`--events ${file} has no "value" array (expected a Graph calendarView body)`);
  return value;
}

function main(): void {
  try {
    const args = parseArguments(process.argv.slice(2));
    const meetings = readEvents(args.events).map((event) => {
      try {
        return toMeeting(event);
      } catch (error) {
        throw new UsageError(`--events: ${(error as Error).message}`);
      }
    });
    const { request, candidates } = resolve(args.text, meetings, { locale: args.locale, timeZone: args.tz, now: args.now });
    const intent = PRINTED.has(request.intent) ? request.intent : 'other';
    const printed = {
      intent,
      candidates: candidates.map((candidate) => candidate.meeting.id),
      clear: straightToConfirm(request, candidates) !== undefined,
      comment: request.comment ?? null,
    };
    process.stdout.write(`${JSON.stringify(printed)}\n`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`resolve: ${error.message}\n${USAGE}\n`);
    process.exit(2);
  }
}

main();
