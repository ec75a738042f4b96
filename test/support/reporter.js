'use strict';
// Mocha's spec reporter plus the one closing line CI reads: "tests: N passed, N failed".
const Mocha = require('mocha');

class SpecWithTotals extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const { passes, failures } = this.stats;
      // Printed after Spec's epilogue so it is the run's last line.
      process.nextTick(() => process.stdout.write(`tests: ${passes} passed, ${failures} failed\n`));
    });
  }
}

module.exports = SpecWithTotals;
