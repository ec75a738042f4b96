/**
 * Accuracy of understanding + ranking over the labelled utterances in test/fixtures/nlu/.
 * `npm run eval:nlu` prints accuracy per language (and failures); `--json` prints every outcome,
 * which the zone-independence test compares across server time zones. The mocha test
 * test/unit/nlu/eval.spec.ts runs the same evaluate().
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { resolve, type Meeting } from '../src/calendar';
import { toMeeting } from '../src/calendar/graph/to-meeting';
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
  note?: string;
}

export interface Outcome {
  case: LabelledCase;
  language: string;
  intent: Intent;
  candidates: string[];
  passed: boolean;
}

export function readCalendar(body: string): Meeting[] {
  const parsed = JSON.parse(body) as { value: Parameters<typeof toMeeting>[0][] };
  return parsed.value.map(toMeeting);
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
    const meeting = calendar.find((candidate) => candidate.id === id);
    if (!meeting) throw new Error(`Shown id "${id}" is not in calendar "${labelled.calendar}"`);
    return meeting;
  });
}

function matches(expected: string[], actual: string[], mode: 'first' | 'set'): boolean {
  if (expected.length === 0) return actual.length === 0;
  if (mode === 'first') return actual[0] === expected[0];
  return actual.length === expected.length && expected.every((id) => actual.includes(id));
}

export function evaluate(dir = FIXTURES): {
  outcomes: Outcome[];
  accuracy: Record<string, { passed: number; total: number; accuracy: number }>;
} {
  const { cases, calendars } = loadCases(dir);
  const outcomes = cases.map((labelled): Outcome => {
    const context = { locale: labelled.locale, timeZone: labelled.tz, now: new Date(labelled.now), listShown: Boolean(labelled.shown) };
    const { request, candidates } = resolve(labelled.utterance, meetingsFor(labelled, calendars), context);
    const ids = candidates.map((candidate) => candidate.meeting.id);
    const passed = request.intent === labelled.intent && matches(labelled.candidates, ids, labelled.match ?? 'first');
    return { case: labelled, language: request.language, intent: request.intent, candidates: ids, passed };
  });
  const accuracy: Record<string, { passed: number; total: number; accuracy: number }> = {};
  for (const outcome of outcomes) {
    const entry = (accuracy[outcome.language] ??= { passed: 0, total: 0, accuracy: 0 });
    entry.total++;
    if (outcome.passed) entry.passed++;
    entry.accuracy = entry.passed / entry.total;
  }
  return { outcomes, accuracy };
}

function main(): void {
  const { outcomes, accuracy } = evaluate();
  if (process.argv.includes('--json')) {
    process.stdout.write(
      `${JSON.stringify(outcomes.map((o) => ({ utterance: o.case.utterance, intent: o.intent, candidates: o.candidates })))}\n`,
    );
    return;
  }
  for (const outcome of outcomes.filter((o) => !o.passed)) {
    const c = outcome.case;
    console.log(
      `FAIL [${c.locale} ${c.tz}] "${c.utterance}": expected ${c.intent} ${JSON.stringify(c.candidates)}, got ${outcome.intent} ${JSON.stringify(outcome.candidates)}`,
    );
  }
  for (const [language, entry] of Object.entries(accuracy)) {
    console.log(`${language}: ${(entry.accuracy * 100).toFixed(1)}% (${entry.passed}/${entry.total})`);
  }
}

if (require.main === module) main();
