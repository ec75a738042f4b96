/**
 * Accuracy of understanding + ranking over the labelled utterances in test/fixtures/nlu/.
 * `npm run eval:nlu` prints accuracy per language (and failures); `--json` prints every outcome,
 * which the zone-independence test compares across server time zones. The mocha test
 * test/unit/nlu/eval.spec.ts runs the same evaluate().
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { resolve, straightToConfirm, type Meeting, type MeetingCalendar } from '../src/calendar';
import { toMeeting } from '../src/calendar/graph/to-meeting';
import { placeOf } from '../src/calendar/graph/calendar-keys';
import type { Intent } from '../src/nlu';

export const FIXTURES = join(__dirname, '..', 'test', 'fixtures', 'nlu');

export interface LabelledCase {
  utterance: string;
  locale: string;
  tz: string;
  now: string;
  /** Calendar fixture name: calendar-<name>.json. */
  calendar: string;
  /** Ids of a short list the bot showed (in that order) instead of the whole calendar. */
  shown?: string[];
  intent: Intent;
  /** Expected candidate ids: the first one must lead, or with match "set" exactly these. [] = none. */
  candidates: string[];
  match?: 'first' | 'set';
  /** What the utterance is an example of ("dates", "decline", ...); accuracy is printed per kind. Unset: "core". */
  kind?: string;
  /**
   * The message for the attendees the utterance offers, exactly: one typed as a message, else a reason given with the
   * request ("…, sorry I'm sick"); null: it offers none ("no message", "ohne Nachricht", "…, thanks").
   */
  comment?: string | null;
  /** Whether the request means the whole series (true) or expressly not (false). */
  series?: boolean;
  /** Whether the bot goes straight to one confirm card. */
  clear?: boolean;
  note?: string;
}

export interface Outcome {
  case: LabelledCase;
  language: string;
  intent: Intent;
  candidates: string[];
  comment?: string;
  series: boolean;
  clear: boolean;
  /** Straight to a confirm card for a meeting that is not the one meant: the worst outcome. */
  wrongClear: boolean;
  passed: boolean;
}

export type Accuracy = Record<string, { passed: number; total: number; accuracy: number }>;

function tally(outcomes: Outcome[], key: (outcome: Outcome) => string): Accuracy {
  const accuracy: Accuracy = {};
  for (const outcome of outcomes) {
    const entry = (accuracy[key(outcome)] ??= { passed: 0, total: 0, accuracy: 0 });
    entry.total++;
    if (outcome.passed) entry.passed++;
    entry.accuracy = entry.passed / entry.total;
  }
  return accuracy;
}

type GraphEvent = Parameters<typeof toMeeting>[0];

/**
 * A fixture calendar: Graph's calendarView answer for the user's default calendar (`value`), and in
 * `calendars` the other calendars the user may act on, each with the MeetingCalendar the Graph adapter
 * gives its meetings.
 */
export function readCalendar(body: string): Meeting[] {
  const parsed = JSON.parse(body) as { value: GraphEvent[]; calendars?: Array<{ calendar: MeetingCalendar; value: GraphEvent[] }> };
  const others = (parsed.calendars ?? []).flatMap(({ calendar, value }) => value.map((event) => toMeeting(event, calendar)));
  return [...parsed.value.map((event) => toMeeting(event)), ...others];
}

export function loadCases(dir = FIXTURES): { cases: LabelledCase[]; calendars: Map<string, Meeting[]> } {
  const cases: LabelledCase[] = [];
  const calendars = new Map<string, Meeting[]>();
  for (const file of readdirSync(dir).sort()) {
    const body = readFileSync(join(dir, file), 'utf8');
    if (file.startsWith('cases-')) cases.push(...(JSON.parse(body) as LabelledCase[]));
    if (file.startsWith('calendar-')) calendars.set(file.slice('calendar-'.length, -'.json'.length), readCalendar(body));
  }
  return { cases, calendars };
}

export function meetingsFor(labelled: LabelledCase, calendars: Map<string, Meeting[]>): Meeting[] {
  const calendar = calendars.get(labelled.calendar);
  if (!calendar) throw new Error(`No fixture calendar "${labelled.calendar}" for "${labelled.utterance}"`);
  if (!labelled.shown) return calendar;
  return labelled.shown.map((id) => {
    const meeting = calendar.find((candidate) => eventIdOf(candidate) === id);
    if (!meeting) throw new Error(`Shown id "${id}" is not in calendar "${labelled.calendar}"`);
    return meeting;
  });
}

/** Labelled cases name Graph's event ids; a meeting's key also names its calendar. */
function eventIdOf(meeting: Meeting): string {
  return placeOf(meeting.id)?.eventId ?? meeting.id;
}

function matches(expected: string[], actual: string[], mode: 'first' | 'set'): boolean {
  if (expected.length === 0) return actual.length === 0;
  if (mode === 'first') return actual[0] === expected[0];
  return actual.length === expected.length && expected.every((id) => actual.includes(id));
}

export function evaluate(dir = FIXTURES): { outcomes: Outcome[]; accuracy: Accuracy; byKind: Accuracy; overall: number } {
  const { cases, calendars } = loadCases(dir);
  const outcomes = cases.map((labelled): Outcome => {
    const context = { locale: labelled.locale, timeZone: labelled.tz, now: new Date(labelled.now), listShown: Boolean(labelled.shown) };
    const { request, candidates } = resolve(labelled.utterance, meetingsFor(labelled, calendars), context);
    const ids = candidates.map((candidate) => eventIdOf(candidate.meeting));
    const clear = straightToConfirm(request, candidates);
    const wrongClear = clear !== undefined && !labelled.candidates.includes(eventIdOf(clear.meeting));
    const passed =
      request.intent === labelled.intent &&
      matches(labelled.candidates, ids, labelled.match ?? 'first') &&
      (labelled.comment === undefined || (request.comment ?? request.reason) === (labelled.comment ?? undefined)) &&
      (labelled.series === undefined || labelled.series === Boolean(request.series)) &&
      (labelled.clear === undefined || labelled.clear === (clear !== undefined)) &&
      !wrongClear;
    return {
      case: labelled,
      language: request.language,
      intent: request.intent,
      candidates: ids,
      comment: request.comment ?? request.reason,
      series: Boolean(request.series),
      clear: clear !== undefined,
      wrongClear,
      passed,
    };
  });
  const overall = outcomes.filter((o) => o.passed).length / outcomes.length;
  return { outcomes, accuracy: tally(outcomes, (o) => o.language), byKind: tally(outcomes, (o) => o.case.kind ?? 'core'), overall };
}

function main(): void {
  const { outcomes, accuracy, byKind, overall } = evaluate();
  if (process.argv.includes('--json')) {
    process.stdout.write(
      `${JSON.stringify(outcomes.map((o) => ({ utterance: o.case.utterance, intent: o.intent, candidates: o.candidates })))}\n`,
    );
    return;
  }
  for (const outcome of outcomes.filter((o) => !o.passed)) {
    const c = outcome.case;
    console.log(
      `FAIL [${c.kind ?? 'core'} ${c.locale} ${c.tz}] "${c.utterance}": expected ${c.intent} ${JSON.stringify(c.candidates)}` +
        `${c.comment !== undefined ? ` comment ${JSON.stringify(c.comment)}` : ''}${c.series !== undefined ? ` series ${c.series}` : ''}` +
        `, got ${outcome.intent} ${JSON.stringify(outcome.candidates)}` +
        `${outcome.comment !== undefined ? ` comment ${JSON.stringify(outcome.comment)}` : ''}` +
        `${c.series !== undefined ? ` series ${outcome.series}` : ''}` +
        `${c.clear !== undefined && c.clear !== outcome.clear ? ` (clear ${outcome.clear}, expected ${c.clear})` : ''}` +
        `${outcome.wrongClear ? ' (CLEAR CHOICE OF THE WRONG MEETING)' : ''}`,
    );
  }
  const line = (name: string, entry: Accuracy[string]): string =>
    `${name.padEnd(10)} ${(entry.accuracy * 100).toFixed(1).padStart(5)}% (${entry.passed}/${entry.total})`;
  for (const [kind, entry] of Object.entries(byKind).sort()) console.log(line(kind, entry));
  for (const [language, entry] of Object.entries(accuracy)) console.log(line(language, entry));
  const passed = outcomes.filter((o) => o.passed).length;
  console.log(
    `overall    ${(overall * 100).toFixed(1)}% (${passed}/${outcomes.length}); wrong clear choices: ${outcomes.filter((o) => o.wrongClear).length}`,
  );
}

if (require.main === module) main();
