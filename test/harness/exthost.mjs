// @ts-check
// Runs the extension-host mocha suite (out/test/suite/index.js) inside a real VS Code: VS Code server +
// headless chromium loading the workbench with extensionDevelopmentPath and extensionTestsPath in its payload.
// The suite's spec output is printed; the exit code is the suite's. Counts go to $WSW_RESULTS_FILE (JSON lines)
// when set, for the total printed by `npm test`.
//
// usage: node test/harness/exthost.mjs
// env:   WSW_EXTENSION_PATH (default: repo root), WSW_TESTS_PATH (default: out/test/suite/index.js),
//        WSW_WORKSPACE (default: seeds/), WSW_TIMEOUT_MS (default 600000), VERBOSE=1 (all workbench logs)
import fs from "node:fs";
import path from "node:path";
import { format } from "node:util";
import {
  REPO_ROOT, WORKBENCH_NOISE, ensureRuntime, launchBrowser, makeRunDir, removeRunDir, withServer,
} from "./vscode.mjs";
import { recordSuite } from "./results.mjs";

const extensionPath = path.resolve(process.env.WSW_EXTENSION_PATH || REPO_ROOT);
const testsPath = path.resolve(process.env.WSW_TESTS_PATH || path.join(REPO_ROOT, "out/test/suite/index.js"));
const workspace = path.resolve(process.env.WSW_WORKSPACE || path.join(REPO_ROOT, "seeds"));
const timeoutMs = Number(process.env.WSW_TIMEOUT_MS || 600_000);

async function main() {
  if (!fs.existsSync(testsPath)) {
    throw new Error(`${path.relative(REPO_ROOT, testsPath)} does not exist: compile first (npx tsc -p .)`);
  }
  if (!ensureRuntime()) throw new Error("the VS Code runtime could not be installed (scripts/setup-runtime.sh)");
  const t0 = Date.now();
  const run = makeRunDir("exthost");
  const resultsFile = path.join(run.dir, "suite-results.json");
  try {
    const code = await withServer(run, { env: { WSW_TEST_RESULTS: resultsFile } }, async (server) => {
      const browser = await launchBrowser(run);
      try {
        const page = await browser.newPage();
        /** @type {(code: number | string) => void} */
        let settle = () => {};
        const exited = new Promise((resolve) => (settle = resolve));
        let finished = false;
        await page.exposeFunction("codeAutomationLog", (/** @type {string} */ type, /** @type {unknown[]} */ args) => {
          if (finished) return; // workbench teardown noise after the extension host exited
          const line = format(...args);
          if (process.env.VERBOSE || !WORKBENCH_NOISE.test(line)) (type === "error" ? console.error : console.log)(line);
        });
        await page.exposeFunction("codeAutomationExit", (/** @type {number} */ c) => {
          finished = true;
          settle(c);
        });
        /** @type {NodeJS.Timeout | undefined} */
        let timer;
        const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
        await page.goto(server.workbenchUrl({ folder: workspace, devPath: extensionPath, testsPath }));
        const result = await Promise.race([exited, timedOut]);
        clearTimeout(timer);
        if (result === "timeout") {
          console.error(`extension-host suite: no result after ${timeoutMs / 1000}s (timeout); server log: ${server.logFile}`);
          return 1;
        }
        return Number(result);
      } finally {
        await browser.close();
      }
    });
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    /** @type {{passed: number, failed: number}} */
    let counts = { passed: 0, failed: 0 };
    if (fs.existsSync(resultsFile)) counts = JSON.parse(fs.readFileSync(resultsFile, "utf8"));
    // a suite that crashed before reporting (load error, timeout) counts as one failure
    if (code !== 0 && counts.failed === 0) counts.failed = 1;
    console.log(`extension-host suite: ${counts.passed} passed, ${counts.failed} failed (exit code ${code}, ${secs}s)`);
    recordSuite("extension-host", counts.passed, counts.failed, Number(secs));
    return code === 0 && counts.failed === 0 ? 0 : 1;
  } finally {
    removeRunDir(run);
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`extension-host suite: ${err instanceof Error ? err.message : err}`);
    recordSuite("extension-host", 0, 1, 0);
    process.exit(1);
  },
);
