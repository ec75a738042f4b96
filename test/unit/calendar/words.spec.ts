import { strict as assert } from 'node:assert';
import { wordSimilarity, wordsOf } from '../../../src/calendar/words';

describe('words: another name of the same kind of meeting', () => {
  const same: Array<[string, string]> = [
    ['standup', 'Daily Scrum'],
    ['vendor', 'Lieferanten-Sync Helvetia Logistik'],
    ['vorstellungsgespräch', 'Interview Senior Backend'],
    ['mittagessen', 'Lunch mit Nina'],
    ['dentist', 'Zahnarzt'],
  ];
  for (const [typed, subject] of same) {
    it(`"${typed}" names "${subject}"`, () => {
      const [word] = wordsOf(typed);
      assert.equal(Math.max(...wordsOf(subject).map((w) => wordSimilarity(word, w))), 1);
    });
  }

  it('a kind never joins different kinds, nor a word that only starts like one', () => {
    assert.equal(wordSimilarity('vendor', 'planung'), 0);
    assert.equal(wordSimilarity('lunch', 'abendessen'), 0);
    // A surname near a kind ("Kunz", "kunde") is not that kind.
    assert.equal(wordSimilarity('client', 'kunz'), 0);
  });
});
