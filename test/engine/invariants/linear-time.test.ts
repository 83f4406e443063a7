// No input may take super-linear time: analyze on a text four times as long costs at most about
// four times as much. Inputs are a short pattern of building blocks (quote marks of every kind,
// names, reporting verbs in French and English, dashes, colons, newlines) repeated to length, the
// shape that makes a quadratic scan show: many openers that look alike. Time is judged by a ratio
// measured in the same run (n and 4n), never by a wall-clock limit, so a slow machine does not fail it.
import * as assert from "node:assert/strict";
import fc from "fast-check";
import { analyze } from "../../../src/engine";
import { checkSpans } from "../helpers/spans";

/** Below MAX_QUOTE (20,000) at both sizes, so a scan that re-reads the rest of the text from each opener shows as ~16×. */
const N = 4_000;
const MAX_RATIO = 8;
const RUNS = 5;

const BLOCKS = [
  "«", "»", "« ", " »", "‹", "›", "“", "”", "„", "\"", "‘", "’", "'", "''",
  "a", "b ", " ", "le ", "the ", ", ", ". ", ": ", "(", ")", "\n", "\n\n", "\r\n", "\n— ", "— ", "– ", "\n- ",
  "Jean Dupont ", "Mary Smith ", "M. Martin ", "Mr. Brown ", "le ministre de la Défense ", "the Defence Minister ",
  "said ", "said that ", "he said. ", "according to ", "a déclaré que ", "a-t-il dit. ", "dit-il. ", "selon ", "que ",
  "Q: ", "R : ", "👍", "שלום ", "مرحبا ",
];

/** Adversarial shapes found by hand, checked on every run whatever fast-check draws. */
const KNOWN: string[][] = [
  ["\"", "a", " "], // straight openers before letters, no closer (was quadratic in the mark scan)
  ["« ", "« ", "« ", "a", " »"], // « nesting deeper than it closes
  ["''", "a", " "], // doubled apostrophes standing for a straight mark
  ["“", "a", " ", "„", "b ", "« ", "c", " »", "”", " "], // inner quotes of other kinds
  ["\n— ", "b ", "dit-il. "], ["Mary Smith ", "said "], ["Jean Dupont ", "a déclaré que "], ["Jean Dupont ", ": "],
];

function repeatTo(pattern: string[], n: number): string {
  const unit = pattern.join("");
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** CPU time (ms) of `f`. CPU, not wall time: on a loaded machine a 20 ms run is often descheduled. */
function cpu(f: () => void): number {
  const t0 = process.cpuUsage();
  f();
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1e3;
}

/** The 4n/n time ratio, after checking the spans of both texts (which also warms the code up). */
function ratio(pattern: string[], lang: "fr" | "en"): number {
  const small = repeatTo(pattern, N), large = repeatTo(pattern, 4 * N);
  checkSpans(small, analyze(small, { lang }));
  checkSpans(large, analyze(large, { lang }));
  // The small text is timed four times in a row against the large one once: the same amount of text, so
  // garbage collection and the optimising compiler weigh alike on both sides. Runs alternate, and the least
  // of them counts: other work on the machine only ever adds time. A pattern's first runs may still be
  // compiling its paths, so a ratio above the bound is measured again (a real quadratic stays above it);
  // a floor of 0.5 ms keeps timer noise on a tiny input from reading as growth.
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= MAX_RATIO; attempt++) {
    let t1 = Infinity, t4 = Infinity;
    for (let k = 0; k < RUNS; k++) {
      t1 = Math.min(t1, cpu(() => { for (let r = 0; r < 4; r++) analyze(small, { lang }); }) / 4);
      t4 = Math.min(t4, cpu(() => analyze(large, { lang })));
    }
    ratio = t4 / Math.max(0.5, t1);
  }
  return ratio;
}

describe("linear time (property-based)", () => {
  // The engine's first megabyte runs partly unoptimised: warm it up so that the first case is timed like the rest.
  before(function () {
    this.timeout(60_000);
    const warm = repeatTo(BLOCKS, 200_000);
    for (let k = 0; k < 2; k++) for (const lang of ["fr", "en"] as const) analyze(warm, { lang });
  });

  it("hand-found adversarial shapes cost at most ~8× on a 4× input", function () {
    this.timeout(60_000);
    for (const pattern of KNOWN) {
      for (const lang of ["fr", "en"] as const) {
        const r = ratio(pattern, lang);
        assert.ok(r < MAX_RATIO, `${JSON.stringify(pattern.join(""))} (${lang}): 4× input took ${r.toFixed(1)}×`);
      }
    }
  });

  it("any repeated pattern of marks, names, verbs, dashes, colons and newlines costs at most ~8× on a 4× input", function () {
    this.timeout(60_000);
    fc.assert(fc.property(fc.array(fc.constantFrom(...BLOCKS), { minLength: 1, maxLength: 10 }), fc.constantFrom("fr", "en"), (pattern, lang) => {
      const r = ratio(pattern, lang as "fr" | "en");
      assert.ok(r < MAX_RATIO, `${JSON.stringify(pattern.join(""))} (${lang}): 4× input took ${r.toFixed(1)}×`);
    }), { numRuns: 12, endOnFailure: true });
  });
});
