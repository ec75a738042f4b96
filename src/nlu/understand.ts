import { DateTime } from 'luxon';
import { packFor } from './packs';
import type { LanguagePack } from './pack';
import type { Intent, MeetingRequest, UserContext } from './types';
import { cut, extractWhen } from './when';

const TOKEN_SPLIT = /[^\p{L}\p{N}']+/u;

function ordinalIn(text: string, pack: LanguagePack): { text: string; ordinal?: number } {
  for (const { pattern, value } of pack.ordinals) {
    const found = cut(text, pattern);
    if (!found.match) continue;
    // value 0 marks "number 2" / "#2" / a bare "2": the digit is the ordinal.
    const ordinal = value !== 0 ? value : Number(found.match[1] ?? found.match[2]);
    return { text: found.text, ordinal };
  }
  return { text };
}

function meaningfulWords(text: string, pack: LanguagePack): string[] {
  return text.split(TOKEN_SPLIT).filter((word) => word && !pack.fillers.has(word));
}

function todayIn(context: UserContext): { start: string; end: string } {
  const today = DateTime.fromJSDate(context.now, { zone: context.timeZone }).startOf('day');
  return { start: today.toUTC().toISO()!, end: today.plus({ days: 1 }).toUTC().toISO()! };
}

/** The user's words as a request. Deterministic, offline; never throws on odd input. */
export function understand(text: string, context: UserContext): MeetingRequest {
  const pack = packFor(context.locale);
  const language = pack.language;
  let rest = ` ${pack.rewrite(text.toLowerCase().replace(/\s+/g, ' ').trim())} `;

  const answer = rest
    .replace(/[,;:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (pack.yes.test(answer)) return { intent: 'yes', scope: 'one', language };
  if (pack.no.test(answer)) return { intent: 'no', scope: 'one', language };

  const correction = cut(rest.trimStart(), pack.correction);
  rest = correction.text;
  const bulk = pack.all.test(rest);

  let intent: Intent | undefined;
  for (const candidate of pack.intents) {
    const found = cut(rest, candidate.pattern);
    if (!found.match) continue;
    intent = candidate.intent;
    rest = found.text;
    break;
  }

  const ordinalFound = ordinalIn(rest, pack);
  rest = ordinalFound.text;
  let position: MeetingRequest['position'];
  for (const candidate of pack.positions) {
    const found = cut(rest, candidate.pattern);
    if (!found.match) continue;
    position = candidate.value;
    rest = found.text;
    break;
  }

  const when = extractWhen(rest, pack, context);
  rest = when.rest;

  let attendeeHint: string | undefined;
  const attendee = cut(rest, pack.attendee);
  if (attendee.match) {
    const names = meaningfulWords(attendee.match[1], pack);
    if (names.length > 0) {
      attendeeHint = names.join(' ');
      rest = attendee.text;
    }
  }
  const reference = cut(rest, pack.reference);
  rest = reference.text;
  rest = rest.replace(pack.all, ' ');

  const titleWords = meaningfulWords(rest, pack).map((word) => (word === '1on1' ? '1:1' : word));
  const titleHint = titleWords.length > 0 ? titleWords.join(' ') : undefined;

  const ordinal = ordinalFound.ordinal;
  const refersToMeeting =
    ordinal !== undefined ||
    position !== undefined ||
    reference.match !== undefined ||
    when.day !== undefined ||
    when.clock !== undefined ||
    attendeeHint !== undefined;
  const finalIntent: Intent = intent ?? (refersToMeeting ? 'select' : 'other');

  let day = when.day;
  // "my last meeting" with no day means today's last one.
  if (position === 'last' && !day) day = todayIn(context);
  const scope = bulk || (finalIntent === 'list' && ordinal === undefined && position === undefined) ? 'all' : 'one';
  // A bulk cancel with nothing narrowing it stays within today: never the whole week by accident.
  if (scope === 'all' && finalIntent !== 'list' && !day && !when.clock && !titleHint && !attendeeHint) day = todayIn(context);

  const request: MeetingRequest = { intent: finalIntent, scope, language };
  if (position) request.position = position;
  if (ordinal !== undefined) request.ordinal = ordinal;
  if (day) request.day = day;
  if (when.clock) request.clock = when.clock;
  if (titleHint) request.titleHint = titleHint;
  if (attendeeHint) request.attendeeHint = attendeeHint;
  return request;
}
