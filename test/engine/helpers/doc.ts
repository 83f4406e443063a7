// Readers tested directly: the declared stages (analyze.ts STAGES) run up to the layer a reader needs, so a
// reader's table fails on the reader's own rule, not on whatever the whole pipeline made of the text.
// A reader row is [rule, text (or [text, at]), expected]: one `it` per row, named "rule: text", so a failure names the rule;
// `[]` (or null) is the must-not-match answer, as in the statement tables (table.ts).
import * as assert from "node:assert/strict";
import { STAGES, type Analysis } from "../../../src/engine/analyze";
import type { Doc } from "../../../src/engine/quotes/doc";
import type { Lang } from "../../../src/engine/types";

export type StageName = (typeof STAGES)[number]["name"];

/** The Analysis after the stages up to `until` (included) ran on text, in the language given. */
export function runStages(text: string, lang: Lang, until: StageName): Analysis {
  const last = STAGES.findIndex((s) => s.name === until);
  if (last < 0) throw new Error(`no stage named ${until}`);
  const a = { text, options: { lang } } as Analysis;
  for (const stage of STAGES.slice(0, last + 1)) stage.run(a);
  return a;
}

/** The quote document of a text: every stage up to "quote-doc", and nothing after (no quote finder ran). */
export function docOf(text: string, lang: Lang): Doc {
  return runStages(text, lang, "quote-doc").doc;
}

/** Index of the nth (1-based) token written `word` (exactly, or in lower case); throws when there is none. */
export function tokenIndex(doc: Doc, word: string, nth = 1): number {
  let seen = 0;
  for (let k = 0; k < doc.toks.length; k++) {
    if ((doc.toks[k].t === word || doc.toks[k].lw === word) && ++seen === nth) return k;
  }
  throw new Error(`no token ${JSON.stringify(word)} (#${nth}) in ${JSON.stringify(doc.text)}`);
}

/** Where a reader starts: a word, or [word, nth] for a later occurrence of it. */
export type At = string | [word: string, nth: number];
export const tokenAtWord = (doc: Doc, at: At): number => (typeof at === "string" ? tokenIndex(doc, at) : tokenIndex(doc, at[0], at[1]));

/** The text tokens a (included) to b (excluded) cover, as written. */
export const tokensText = (doc: Doc, a: number, b: number): string => (b > a ? doc.text.slice(doc.toks[a].s, doc.toks[b - 1].e) : "");

/** The text a span covers. */
export const textOf = (doc: { text: string }, span: { start: number; end: number } | undefined): string | null =>
  span ? doc.text.slice(span.start, span.end) : null;

/** [rule, input, expected]: the input is the text, or the text and where the reader starts ([text, at]). */
export type ReaderRow<T, I = string> = [rule: string, input: I, expected: T];

/** One `it` per row, named "rule: input", checking what `read` answers on the row's input. */
export function readerTable<T, I = string>(rows: ReaderRow<T, I>[], read: (input: I) => T): void {
  for (const [rule, input, expected] of rows) it(`${rule}: ${JSON.stringify(input)}`, () => assert.deepEqual(read(input), expected));
}
