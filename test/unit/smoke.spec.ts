import { strict as assert } from 'node:assert';
describe('toolchain', () => {
  it('runs TypeScript tests', () => { const x: number = 1 + 1; assert.equal(x, 2); });
});
