import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const EVENTS = 'test/fixtures/nlu/calendar-los-angeles.json';
const NOW = '2026-03-05T17:00:00Z';

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/resolve.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('resolve CLI', () => {
  it('prints the intent and the candidate event ids, best first, as one JSON line', () => {
    const result = run('--events', EVENTS, '--now', NOW, '--tz', 'America/Los_Angeles', 'cancel my meeting at 3 PM today');
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), { intent: 'cancel', candidates: ['la-budget', 'la-design'], clear: true, comment: null });
    assert.equal(result.stdout.trim().split('\n').length, 1);
  });

  it('prints the message for the attendees carried in the request, and whether the bot goes straight to one confirm card', () => {
    const result = run(
      '--events',
      EVENTS,
      '--now',
      NOW,
      '--tz',
      'America/Los_Angeles',
      'cancel my 1:1 with Thomas and tell him we will catch up Friday',
    );
    const line = JSON.parse(result.stdout);
    assert.deepEqual(line.candidates, ['la-1on1-thomas']);
    assert.equal(line.clear, true);
    assert.match(line.comment, /catch up Friday/i);
  });

  it('reads German with --locale de-DE', () => {
    const result = run('--events', EVENTS, '--now', NOW, '--tz', 'America/Los_Angeles', '--locale', 'de-DE', 'sag mein 1:1 mit Thomas ab');
    assert.deepEqual(JSON.parse(result.stdout), { intent: 'cancel', candidates: ['la-1on1-thomas'], clear: true, comment: null });
  });

  it('prints whether the bot goes straight to one confirm card, and the message for the attendees taken from the words', function () {
    this.timeout(60000);
    const at = (text: string) => JSON.parse(run('--events', EVENTS, '--now', NOW, '--tz', 'America/Los_Angeles', text).stdout);
    assert.deepEqual(at("cancel my 1:1 with thomas tomorrow and tell them we'll catch up Monday"), {
      intent: 'cancel',
      candidates: ['la-1on1-thomas'],
      clear: true,
      comment: "we'll catch up Monday",
    });
    // A word that names nothing, as strong as the one that matches: offered first, but the bot asks.
    assert.deepEqual(at('cancel the design thingamajig'), { intent: 'cancel', candidates: ['la-design'], clear: false, comment: null });
  });

  it('prints "other" with no candidates for what it does not understand, and for yes/no', () => {
    for (const text of ['tell me a joke', 'yes']) {
      const result = run('--events', EVENTS, '--now', NOW, '--tz', 'America/Los_Angeles', text);
      assert.deepEqual(JSON.parse(result.stdout), { intent: 'other', candidates: [], clear: false, comment: null });
    }
  });

  const bad: Array<[string, string[], RegExp]> = [
    ['a missing --tz', ['--events', EVENTS, '--now', NOW, 'cancel'], /--tz is required/],
    ['an unknown zone', ['--events', EVENTS, '--now', NOW, '--tz', 'Mars/Olympus', 'cancel'], /not an IANA time zone/],
    ['a non-ISO --now', ['--events', EVENTS, '--now', 'tomorrow', '--tz', 'UTC', 'cancel'], /not an ISO 8601 instant/],
    ['a missing file', ['--events', 'no-such-file.json', '--now', NOW, '--tz', 'UTC', 'cancel'], /cannot read --events/],
    ['no utterance', ['--events', EVENTS, '--now', NOW, '--tz', 'UTC'], /exactly one utterance/],
    ['an unknown option', ['--events', EVENTS, '--now', NOW, '--tz', 'UTC', '--verbose', 'x', 'cancel'], /unknown option --verbose/],
  ];
  for (const [what, args, message] of bad) {
    it(`exits 2 with a clear message on ${what}`, () => {
      const result = run(...args);
      assert.equal(result.status, 2);
      assert.match(result.stderr, message);
      assert.equal(result.stdout, '');
    });
  }
});
