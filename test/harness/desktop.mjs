// @ts-check
// `npm run test:desktop`: the same extension-host suite in a desktop VS Code downloaded by
// @vscode/test-electron (needs a desktop and internet access; on machines without either use `npm test`).
// env: VSCODE_VERSION (default "stable"), VSCODE_EXECUTABLE (use an installed VS Code instead of downloading)
import path from "node:path";
import { runTests } from "@vscode/test-electron";
import { REPO_ROOT } from "./vscode.mjs";

try {
  const code = await runTests({
    version: process.env.VSCODE_VERSION || "stable",
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath: path.join(REPO_ROOT, "out/test/suite/index.js"),
    launchArgs: [path.join(REPO_ROOT, "seeds"), "--disable-extensions", "--disable-workspace-trust"],
  });
  process.exit(code);
} catch (err) {
  console.error(`desktop extension-host suite: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
