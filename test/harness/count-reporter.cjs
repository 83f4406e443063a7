// Mocha reporter: mocha's spec output, plus the counts appended to $WSW_RESULTS_FILE for the `npm test` total.
// usage: mocha --reporter ./test/harness/count-reporter.cjs  (suite name: $WSW_SUITE, default "mocha")
"use strict";
const fs = require("node:fs");
const Mocha = require("mocha");

class CountReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const t0 = Date.now();
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const suite = process.env.WSW_SUITE || "mocha";
      const { passes, failures } = this.stats;
      const seconds = Number(((Date.now() - t0) / 1000).toFixed(1));
      process.stdout.write(`${suite} suite: ${passes} passed, ${failures} failed (${seconds}s)\n`);
      const file = process.env.WSW_RESULTS_FILE;
      if (file) fs.appendFileSync(file, JSON.stringify({ suite, passed: passes, failed: failures, seconds }) + "\n");
    });
  }
}
module.exports = CountReporter;
