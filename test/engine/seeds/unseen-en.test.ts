// Invented English news articles (test/fixtures/unseen-en, README there): every marked statement is found and nothing
// unmarked is read as one. The unseen-article method of issue 11: a class that fails here and not on the dev articles is
// the gap the team's unseen articles show. A statement counts as found when a statement, or one of its fragments,
// covers at least half of it (the scorer's rule); ⟦o|…⟧ marks a disputed one that neither counts nor is an error.
import * as assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../../src/engine";
import type { Span } from "../../../src/engine/types";

const dir = join(__dirname, "..", "..", "..", "..", "test", "fixtures", "unseen-en");

interface Marked extends Span { text: string; optional: boolean }

/** The article without its markers, and the marked statements with their offsets in it. */
function parse(raw: string): { text: string; marked: Marked[] } {
  const marked: Marked[] = [];
  let text = "";
  let last = 0;
  for (const m of raw.matchAll(/⟦([dimo])\|[^|]*\|([^⟧]*)⟧/gu)) {
    text += raw.slice(last, m.index);
    marked.push({ start: text.length, end: text.length + m[2].length, text: m[2], optional: m[1] === "o" });
    text += m[2];
    last = m.index + m[0].length;
  }
  return { text: text + raw.slice(last), marked };
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Known gaps, pending (it.skip) so they show in every run: the first words of the statement, and why. */
const GAPS = new Map<string, string>([
  // "asked X to …": the infinitive complement of "ask" with an object is no report yet ("urged", "called on" are).
  ["anyone with a fever", "infinitive complement after 'asked' and a long object"],
  // "moved that …": a motion is no reporting verb.
  ["that staff report back", "'moved that' (a motion)"],
  // A long relative clause between the name and "admitted" hides the subject.
  ["he had not been good enough", "a subject with a long relative clause before 'admitted'"],
]);
/** Unmarked statements the engine reads, pending: the first words of the span. */
const EXTRAS = new Map<string, string>([
  ["prices will stay flat", "a report's name as the subject of 'forecasts that'"],
  ["many residents opposed", "a relative 'that' after a noun object read as a complementizer"],
]);

for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
  describe(`unseen English article: ${file}`, () => {
    const { text, marked } = parse(readFileSync(join(dir, file), "utf8"));
    const quotes = analyze(text, { lang: "en" }).quotes;
    const pieces = (q: (typeof quotes)[number]): Span[] => [q, ...(q.fragments ?? [])];
    for (const g of marked.filter((x) => !x.optional)) {
      const name = `finds “${g.text.slice(0, 60)}”`;
      const gap = [...GAPS.keys()].find((k) => g.text.startsWith(k));
      if (gap) { it.skip(`${name} (${GAPS.get(gap)})`); continue; }
      it(name, () => assert.ok(quotes.some((q) => pieces(q).some((p) => overlap(p, g) >= (g.end - g.start) / 2)),
        JSON.stringify(quotes.filter((q) => overlap(q, g) > 0).map((q) => q.text))));
    }
    it("reads no statement outside the marked ones (known extras pending)", () => {
      const extra = quotes.filter((q) => !marked.some((g) => overlap(q, g) >= Math.min(g.end - g.start, q.end - q.start) / 2))
        .map((q) => q.text).filter((t) => ![...EXTRAS.keys()].some((k) => t.startsWith(k)));
      assert.deepEqual(extra, []);
    });
  });
}

describe("unseen English articles: known extras", () => {
  for (const [k, why] of EXTRAS) it.skip(`reads no statement “${k}…” (${why})`);
});
