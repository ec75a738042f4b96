import { strict as assert } from 'node:assert';
const { instantOf } = require('../../../scripts/dev/shift-clock.cjs') as { instantOf: (text: string) => number };

describe('scripts/dev/shift-clock.cjs: reading the instant to run at', () => {
  it('reads an ISO instant with Z or an offset, and a wall time in a named zone', () => {
    assert.equal(new Date(instantOf('2026-12-01T23:58Z')).toISOString(), '2026-12-01T23:58:00.000Z');
    assert.equal(new Date(instantOf('2027-10-31T02:30+02:00')).toISOString(), '2027-10-31T00:30:00.000Z');
    assert.equal(new Date(instantOf('2026-12-06T23:50[Europe/Berlin]')).toISOString(), '2026-12-06T22:50:00.000Z');
    assert.equal(new Date(instantOf('2027-03-28T03:05[Europe/Berlin]')).toISOString(), '2027-03-28T01:05:00.000Z');
  });

  it('refuses a time with no zone, a wall time the zone skips, and one it repeats (naming both offsets)', () => {
    assert.throws(() => instantOf('2026-12-01T23:58'), /names no zone/);
    assert.throws(() => instantOf('2027-03-28T02:30[Europe/Berlin]'), /does not exist in Europe\/Berlin/);
    assert.throws(
      () => instantOf('2027-10-31T02:30[Europe/Berlin]'),
      /2027-10-31T02:30 is twice in Europe\/Berlin: name one with its offset \(2027-10-31T02:30\+02:00 or 2027-10-31T02:30\+01:00\)/,
    );
  });
});
