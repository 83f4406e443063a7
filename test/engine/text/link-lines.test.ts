// Lines that link to another article (text/link-lines.ts): the one reader the entities and the quotes share, each
// with its own labels. A row: the text, then per line whether it is a link line.
import * as assert from "node:assert/strict";
import { linkLines } from "../../../src/engine/text/link-lines";
import { tokenize } from "../../../src/engine/text/tokenize";

type Row = [text: string, bar: boolean, expected: boolean[]];

const LABELS = [["read", "more"], ["watch"], ["à", "lire", "aussi"]];

const rows: Row[] = [
  ["READ MORE: Minister says the plan failed\nThe plan failed.", false, [true, false]],
  ["Le texte.\nÀ lire aussi : le ministre répond", false, [false, true]],
  // A bar closes a label only where the caller says so.
  ["WATCH | The mayor speaks", true, [true]],
  ["WATCH | The mayor speaks", false, [false]],
  // Must not match: a label inside a line, a label with no separator, a label cut by a line break, a separator on the next line.
  ["Fans read more: books, papers.", false, [false]],
  ["Read more of her books.", false, [false]],
  ["Read\nmore: books", false, [false, false]],
  ["Watch\n: the mayor", false, [false, false]],
  // Several lines, blank lines between them, a link line last: each line's flag covers its tokens only.
  ["The mayor spoke.\n\nREAD MORE: City budget passes\nShe left.\n\n\nWATCH: Mayor speaks", false, [false, true, false, true]],
  ["\n\nREAD MORE: City budget passes\n", false, [true]],
];

describe("linkLines: lines that link to another article", () => {
  for (const [text, bar, expected] of rows) {
    it(JSON.stringify(text) + (bar ? " (bar)" : ""), () => {
      const toks = tokenize(text);
      const flags = linkLines(toks, LABELS, bar);
      // One flag per line: that of its first token.
      const lines = toks.flatMap((t, i) => (i === 0 || t.nl ? [flags[i] === 1] : []));
      assert.deepEqual(lines, expected);
      // Given the text, the reader goes from line break to line break: the same flag on every token.
      assert.deepEqual([...linkLines(toks, LABELS, bar, text)], [...flags]);
    });
  }
});
