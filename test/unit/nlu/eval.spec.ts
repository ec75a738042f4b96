import { strict as assert } from 'node:assert';
import { evaluate } from '../../../scripts/eval-nlu';

describe('NLU evaluation over the labelled set', () => {
  const { outcomes, accuracy, byKind, overall } = evaluate();
  const failing = (keep: (o: (typeof outcomes)[number]) => boolean): string =>
    outcomes
      .filter((o) => keep(o) && !o.passed)
      .map((o) => `"${o.case.utterance}" -> ${o.intent} ${JSON.stringify(o.candidates)}`)
      .join('\n');

  it('has at least 400 utterances, roughly half English and half German', () => {
    assert.ok(outcomes.length >= 400, `only ${outcomes.length} cases`);
    const german = outcomes.filter((o) => o.language === 'de').length;
    assert.ok(german / outcomes.length > 0.4, `${german} German of ${outcomes.length}`);
    assert.ok(german / outcomes.length < 0.6, `${german} German of ${outcomes.length}`);
  });

  it('understands and ranks at least 97% of all utterances', () => {
    assert.ok(overall >= 0.97, `${(overall * 100).toFixed(1)}%; failing:\n${failing(() => true)}`);
  });

  it('never goes straight to the confirm card of a meeting that is not the one meant', () => {
    const wrong = outcomes.filter((o) => o.wrongClear).map((o) => `"${o.case.utterance}" -> ${o.candidates[0]}`);
    assert.deepEqual(wrong, []);
  });

  for (const language of ['en', 'de']) {
    it(`understands and ranks at least 95% of the ${language} utterances`, () => {
      assert.ok(
        accuracy[language].accuracy >= 0.95,
        `${(accuracy[language].accuracy * 100).toFixed(1)}%; failing:\n${failing((o) => o.language === language)}`,
      );
    });
  }

  it('gets at least 90% of every kind right (chatty, organizer, decline, dates, times, list, people, series, ...)', () => {
    assert.ok(Object.keys(byKind).length >= 10, `only kinds ${Object.keys(byKind).join(', ')}`);
    const weak = Object.entries(byKind).filter(([, entry]) => entry.accuracy < 0.9);
    assert.deepEqual(
      weak.map(([kind, entry]) => `${kind} ${(entry.accuracy * 100).toFixed(1)}%`),
      [],
      failing((o) => weak.some(([kind]) => (o.case.kind ?? 'core') === kind)),
    );
  });
});
