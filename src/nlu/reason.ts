import type { LanguagePack } from './pack';

// Punctuation and space around a clause; a dash only with a space before it ("- numbers aren't ready", not "check-in").
const LEADING = /^[\s,;.!?:()–—\-\p{Extended_Pictographic}\uFE0F]+/u;
const TRAILING = /[\s,;:–—-]+$/;

/**
 * A reason given with the request and not marked as a message ("cancel lunch and learn, sorry I'm sick", "sag das
 * Standup ab, bin krank"): the text without it, and the reason as typed, which the bot offers as the message for
 * the attendees (prefilled on the confirm card, to edit or send). Greetings and thanks are no reason: a trailing
 * clause of nothing else is left out, and a reason of nothing else is none. The first reason clause is taken,
 * unless it holds the request itself ("hey, need to scrap the board prep - I'm sick": the reason is "- I'm sick").
 * Found on the typed text, lower-cased in place, so the reason keeps its case.
 */
export function reasonIn(said: string, pack: LanguagePack): { request: string; reason?: string } {
  // Read with a space before, as the patterns expect of a clause ("because the client is out").
  const typed = ` ${said}`;
  // An emoji ends a clause as a comma does ("cancel friday drinks 🍻 everyone's slammed"); the same length keeps positions.
  const lower = typed
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, (emoji) => `,${' '.repeat(emoji.length - 1)}`);
  // toLowerCase keeps positions for the scripts the packs read; if not, nothing is taken.
  if (lower.length !== typed.length) return { request: said };
  const asks = (part: string): boolean => pack.intents.some(({ pattern }) => pattern.test(` ${part} `));
  for (let from = 0; from < lower.length;) {
    const found = pack.reason.exec(lower.slice(from));
    if (!found) return { request: said };
    const start = from + found.index;
    // A sentence's own full stop is the reason's ("… ab. Wir sind zu wenige.").
    let end = /^[.!?]+\s*$/.test(lower.slice(start + found[0].length)) ? lower.length : start + found[0].length;
    // "…, twisted my ankle, pls decline", "…, helen can't make it so just cancel it please": the request said after the
    // reason is no part of it.
    const asked = askedAfter(lower.slice(start, end), pack);
    if (asked !== undefined) end = start + asked;
    if (asks(`${lower.slice(0, start)} ${lower.slice(end)}`) || !asks(lower.slice(start, end))) {
      const reason = tidy(typed.slice(start, end), pack);
      return { request: `${typed.slice(0, start)} ${typed.slice(end)}`, ...(reason ? { reason } : {}) };
    }
    from = start + 1;
  }
  return { request: said };
}

// Where a clause of a reason may end and another begin.
const CLAUSES = /(?:[,;]\s*|\s+(?:so|and|then|also)\s+)(?=\S)/gu;

/**
 * Where, in a reason clause, a clause begins that only asks for the cancel or decline ("pls decline", "so just cancel it
 * please"): not the first clause, and nothing else in it but chatter and function words. Undefined when none does.
 */
function askedAfter(clause: string, pack: LanguagePack): number | undefined {
  for (const boundary of clause.matchAll(CLAUSES)) {
    if (boundary.index === 0) continue;
    const rest = ` ${clause.slice(boundary.index + boundary[0].length)} `.replace(pack.chatter, ' ').replace(/[\s.!?,;:–—-]+/g, ' ');
    const verb = pack.intents.find(({ intent, pattern }) => (intent === 'cancel' || intent === 'decline') && pattern.test(rest));
    if (!verb) continue;
    const left = rest.replace(verb.pattern, ' ').split(/\s+/);
    if (left.every((word) => !word || pack.fillers.has(word) || pack.assent.has(word))) return boundary.index;
  }
  return undefined;
}

/**
 * The last clause after a comma or a spaced dash ("…, kenji's sick", "… - budget freeze", "…, Grippewelle im Team"), as
 * typed and tidied, for a request in which no reason was found: a reason said as a noun phrase or a clause the reason
 * pattern does not know, or words about which meeting ("…, vendor"). Which one is for the calendar to say
 * (MeetingRequest.reasonTail). Undefined when there is no such clause, or it holds nothing but chatter.
 */
export function lastClause(said: string, pack: LanguagePack): string | undefined {
  const at = Math.max(said.lastIndexOf(','), said.lastIndexOf(' - '), said.lastIndexOf(' – '), said.lastIndexOf(' — '));
  if (at < 0) return undefined;
  const clause = tidy(said.slice(at).replace(/[\s.!?]+$/u, ''), pack);
  return clause && clause.split(/\s+/).length <= MOST_TAIL_WORDS ? clause : undefined;
}

// A longer clause is a sentence the reason pattern reads, or words about the meeting.
const MOST_TAIL_WORDS = 6;

/** The reason without the punctuation around it, and without trailing clauses that only greet or thank ("…, thanks!"). */
function tidy(clause: string, pack: LanguagePack): string | undefined {
  const led = clause.replace(LEADING, '');
  const clauses = (pack.reasonLead ? led.replace(pack.reasonLead, '') : led).split(/(?<=,)\s*/);
  // "…, thanks!" is for the bot; "customer escalation, sorry" apologizes to the attendees.
  const apology = (clause: string): boolean => clauses.length > 1 && Boolean(pack.apology?.test(clause.toLowerCase()));
  while (clauses.length > 0 && onlyChatter(clauses[clauses.length - 1], pack) && !apology(clauses[clauses.length - 1])) clauses.pop();
  const reason = clauses.join(' ').replace(TRAILING, '');
  return reason && !onlyChatter(reason, pack) ? reason : undefined;
}

function onlyChatter(clause: string, pack: LanguagePack): boolean {
  return !/[\p{L}\p{N}]/u.test(clause.toLowerCase().replace(pack.chatter, ' '));
}
