import { strict as assert } from 'node:assert';
import { RecentMap } from '../../src/recent-map';

describe('RecentMap: the most recently set entries, at most a limit', () => {
  it('lets the oldest go past the limit; setting an entry again makes it the newest', () => {
    const recent = new RecentMap<string, number>(3);
    recent.set('a', 1).set('b', 2).set('c', 3);
    recent.set('a', 10);
    recent.set('d', 4);
    assert.deepEqual(
      [...recent],
      [
        ['c', 3],
        ['a', 10],
        ['d', 4],
      ],
    );
    assert.equal(recent.has('b'), false);
  });

  it('reading does not change the order; deleting frees a place', () => {
    const recent = new RecentMap<string, number>(2);
    recent.set('a', 1).set('b', 2);
    assert.equal(recent.get('a'), 1);
    recent.delete('b');
    recent.set('c', 3);
    assert.deepEqual([...recent.keys()], ['a', 'c']);
  });
});
