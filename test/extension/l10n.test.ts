// Every user-visible string the extension passes to vscode.l10n.t has a French translation,
// with the same placeholders, and the bundle holds no stale keys.
import * as assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..", "..");

const code = readdirSync(join(root, "src", "vscode")).filter((f) => f.endsWith(".ts"))
  .map((f) => readFileSync(join(root, "src", "vscode", f), "utf8")).join("\n");

const keys = new Set([...code.matchAll(/l10n\.t\(\s*"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`)));

const fr: Record<string, string> = JSON.parse(readFileSync(join(root, "l10n", "bundle.l10n.fr.json"), "utf8"));

const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe("French translations of the extension's strings", () => {
  it("finds the strings in the code", () => assert.ok(keys.size >= 30, `only ${keys.size} strings found`));
  it("translates every string, with the same placeholders", () => {
    for (const k of keys) {
      assert.ok(k in fr, `missing French for: ${k}`);
      assert.deepEqual(placeholders(fr[k]), placeholders(k), k);
    }
  });
  it("has no stale entries", () => {
    for (const k of Object.keys(fr)) assert.ok(keys.has(k), `unused: ${k}`);
  });
  it("the manifest points at the bundle", () => {
    assert.equal(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).l10n, "./l10n");
  });
});
