import { strict as assert } from 'node:assert';
import { evaluate } from '../../../scripts/eval-nlu';

describe('NLU evaluation over the labelled set', () => {
  const { outcomes, accuracy } = evaluate();

  it('has at least 150 utterances, roughly half English and half German', () => {
    assert.ok(outcomes.length >= 150, `only ${outcomes.length} cases`);
    const german = outcomes.filter((o) => o.language === 'de').length;
    assert.ok(german / outcomes.length > 0.4 && german / outcomes.length < 0.6, `${german} German of ${outcomes.length}`);
  });

  for (const language of ['en', 'de']) {
    it(`understands and ranks at least 95% of the ${language} utterances`, () => {
      const failures = outcomes
        .filter((o) => o.language === language && !o.passed)
        .map((o) => `"${o.case.utterance}" -> ${o.intent} ${JSON.stringify(o.candidates)}`);
      assert.ok(
        accuracy[language].accuracy >= 0.95,
        `${(accuracy[language].accuracy * 100).toFixed(1)}%; failing:\n${failures.join('\n')}`,
      );
    });
  }
});
