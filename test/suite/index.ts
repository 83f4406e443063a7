// Entry point that VS Code loads INSIDE the extension host (extensionTestsPath = out/test/suite/index.js).
// Runs every out/test/suite/**/*.test.js with mocha's BDD interface (describe/it) and the spec reporter.
// WSW_TEST_GREP restricts the run to matching titles. When WSW_TEST_RESULTS names a file, the counts are also written there as JSON for the test harness
// (test/harness/), which adds them to the total of `npm test`.
import * as fs from "node:fs";
import * as path from "node:path";

type MochaCtor = typeof import("mocha");

function loadMocha(): MochaCtor {
  // mocha 12 is an ES module whose CommonJS build is lib/mocha.cjs; requiring it directly also works on
  // the Node versions inside older desktop VS Code builds that cannot require() ES modules.
  try {
    return require("mocha/lib/mocha.cjs") as MochaCtor;
  } catch {
    return require("mocha") as MochaCtor;
  }
}

function findTests(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".test.js"))
    .map((f) => path.join(dir, f))
    .sort();
}

export function run(): Promise<void> {
  const Mocha = loadMocha();
  // WSW_TEST_GREP runs only the tests whose title matches (one suite while working on it).
  const mocha = new Mocha({ ui: "bdd", reporter: "spec", color: false, timeout: 20000, grep: process.env.WSW_TEST_GREP || undefined });
  for (const file of findTests(__dirname)) mocha.addFile(file);

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const stats = runner.stats ?? { passes: 0, failures, pending: 0, tests: 0 };
        const resultsFile = process.env.WSW_TEST_RESULTS;
        if (resultsFile) {
          fs.writeFileSync(
            resultsFile,
            JSON.stringify({ passed: stats.passes, failed: stats.failures, pending: stats.pending }),
          );
        }
        if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
