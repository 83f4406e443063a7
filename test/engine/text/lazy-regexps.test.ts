// A regular expression with a Unicode property escape (\p{…}) costs V8 a walk of ICU's tables each time one is
// made (~0.5 M instructions, as much again when it first runs). Made at module level, the 36 such expressions of the
// engine were 24 M of the ~80 M instructions of loading it, though an article runs two or three of them: they are
// made at their first use (text/lazy.ts). The guard reads the engine's sources for a module-level one.
import * as assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { lazy } from "../../../src/engine/text/lazy";

const ENGINE = join(__dirname, "../../../../src/engine");

/** The module-level statements of a source (those that open at the first column) whose value is a \p{…} expression. */
function eagerPropertyRegexps(source: string): string[] {
  const found: string[] = [];
  const lines = source.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!/^(?:export )?(?:const|let|var) /.test(lines[i])) continue;
    const statement = [lines[i]];
    while (!statement[statement.length - 1].trimEnd().endsWith(";") && statement.length < 12 && i + 1 < lines.length) statement.push(lines[++i]);
    const text = statement.join("\n");
    if (text.includes("\\p{") && /=\s*(?:\/|new RegExp\()/.test(text)) found.push(statement[0]);
  }
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") && !e.name.endsWith(".generated.ts") ? [join(dir, e.name)] : []);
}

describe("regular expressions with \\p{…} are made at their first use", () => {
  const rows: [string, string, number][] = [
    ["a module-level literal", "const UPPER = /^\\p{Lu}/u;", 1],
    ["an exported one", "export const TAG = /^[RDI]-\\p{Lu}/u;", 1],
    ["one made by new RegExp", "const DAY = new RegExp(`(?<![\\\\p{L}\\\\d])(\\\\d{1,2})`, \"giu\");", 1],
    ["over two lines", "const LONG =\n  /^\\p{Lu}\\p{Ll}+$/u;", 1],
    ["made lazily (not flagged)", "const UPPER = lazy(() => /^\\p{Lu}/u);", 0],
    ["inside a function (not flagged)", "function f(s: string) {\n  return /\\p{L}/u.test(s);\n}", 0],
    ["no property escape (not flagged)", "const DIGITS = /^\\d+$/u;", 0],
    ["a string, part of a later expression (not flagged)", "const NOT_WORD = \"(?![\\\\p{L}\\\\d])\";", 0],
    ["an arrow function's (not flagged)", "const isLetter = (c: string) => /[\\p{L}]/u.test(c);", 0],
  ];
  for (const [what, source, n] of rows) it(`the guard: ${what}`, () => assert.equal(eagerPropertyRegexps(source).length, n));

  it("no engine source makes one at module level", () => {
    const eager = sources(ENGINE).flatMap((f) => eagerPropertyRegexps(readFileSync(f, "utf8")).map((s) => `${f}: ${s}`));
    assert.deepEqual(eager, []);
  });

  it("lazy makes the value once, at the first call", () => {
    let made = 0;
    const re = lazy(() => (made++, /\p{Ll}/u));
    assert.equal(made, 0);
    assert.equal(re(), re());
    assert.equal(made, 1);
  });
});
