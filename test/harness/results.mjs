// @ts-check
// Each suite appends one JSON line {suite, passed, failed, seconds} to $WSW_RESULTS_FILE (set by run-all.mjs),
// which adds them up into the single `N passed, N failed` line of `npm test`.
import fs from "node:fs";

/** @param {string} suite @param {number} passed @param {number} failed @param {number} seconds */
export function recordSuite(suite, passed, failed, seconds) {
  const file = process.env.WSW_RESULTS_FILE;
  if (file) fs.appendFileSync(file, JSON.stringify({ suite, passed, failed, seconds }) + "\n");
}

/** @param {string} file @returns {{suite: string, passed: number, failed: number, seconds: number}[]} */
export function readResults(file) {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
}
