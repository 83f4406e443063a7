// @ts-check
// The static checks as one suite of `npm test`: the strict type-check and the lint (which also
// guards the engine's boundary and its regular expressions against super-linear backtracking).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { recordSuite } from "./results.mjs";
import { REPO_ROOT } from "./vscode.mjs";

const checks = [
  { name: "type-check (tsc --noEmit, strict)", args: [path.join(REPO_ROOT, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", "."] },
  { name: "lint (eslint src test bench)", args: [path.join(REPO_ROOT, "node_modules/eslint/bin/eslint.js"), "src", "test", "bench"] },
];
const t0 = Date.now();
let passed = 0;
let failed = 0;
for (const c of checks) {
  const r = spawnSync(process.execPath, c.args, { cwd: REPO_ROOT, stdio: "inherit" });
  if (r.status === 0) { passed++; console.log(`  ✔ ${c.name}`); } else { failed++; console.log(`  ✘ ${c.name} (exit ${r.status})`); }
}
console.log(`static: ${passed} passed, ${failed} failed`);
recordSuite("static", passed, failed, Math.round((Date.now() - t0) / 100) / 10);
process.exit(failed ? 1 : 0);
