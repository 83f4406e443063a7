// Properties that hold for every input: offsets in bounds, slices equal texts, determinism,
// and graceful limits on hostile input (huge single lines, binary, unbalanced marks, emoji, CRLF, RTL).
import * as assert from "node:assert/strict";
import fc from "fast-check";
import { analyze } from "../../../src/engine";
import { checkSpans } from "../helpers/spans";

const alphabet = ["a", "é", "Z", " ", "\n", "\r\n", "«", "»", "“", "”", "\"", "’", "'", ",", ".", ":", "–", "—",
  "M.", "Mr.", "said", "a déclaré", "que", "that", "Jean Dupont", "Mary Smith", "il", "he", "👍", "שלום", "مرحبا", "\u00a0", "\u0000"];

describe("invariants (property-based)", () => {
  it("every span slices to its text, for any mix of marks, names, emoji, CRLF and RTL", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }), fc.constantFrom("fr", "en"), (parts, lang) => {
      const text = parts.join(" ");
      checkSpans(text, analyze(text, { lang: lang as "fr" | "en" }));
    }), { numRuns: 300 });
  });

  it("is deterministic", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (parts) => {
      const text = parts.join(" ");
      assert.deepEqual(analyze(text), analyze(text));
    }), { numRuns: 100 });
  });
});

describe("hostile input", () => {
  it("a 1 MB single line with unbalanced marks completes with valid spans", function () {
    // Not a timing test (see npm run bench): the limit only catches a hang or quadratic blow-up.
    this.timeout(30_000);
    const text = "« Jean Dupont a dit que ".repeat(45_000);
    const a = analyze(text);
    checkSpans(text, a);
    assert.ok(text.length > 1_000_000);
  });

  it("a name, a stray comma and a verb at the very end do not crash (found by the property above)", () => {
    for (const text of ["Mary Smith , said", "Mary Smith ,", ", said Mary Smith", "Jean Dupont :", "Jean Dupont a déclaré que a ,"]) {
      for (const lang of ["fr", "en"] as const) checkSpans(text, analyze(text, { lang }));
    }
  });

  it("cuts at maxLength and says so", () => {
    const text = "Mary Smith said the plan would fail.\n".repeat(1000);
    const a = analyze(text, { maxLength: 10_000 });
    assert.ok(a.truncated && a.truncated.analysedLength <= 10_000 && a.truncated.totalLength === text.length);
    assert.ok(a.quotes.every((q) => q.end <= 10_000));
  });

  it("never cuts a surrogate pair", () => {
    const text = "a".repeat(9) + "👍" + "b".repeat(10);
    const a = analyze(text, { maxLength: 10 });
    assert.equal(a.truncated?.analysedLength, 9);
  });

  it("CRLF line ends keep offsets in UTF-16 units of the original text", () => {
    const text = "Intro.\r\n\r\n“We will hold,” said Mary Smith.\r\n";
    const a = analyze(text, { lang: "en" });
    assert.equal(a.quotes[0].text, "“We will hold,”");
    assert.equal(a.quotes[0].speaker?.name, "Mary Smith");
    checkSpans(text, a);
  });

  it("emoji before a quote do not shift offsets", () => {
    const text = "👍👍 “Great news,” said Mary Smith.";
    const q = analyze(text, { lang: "en" }).quotes[0];
    assert.equal(q.start, 5);
    assert.equal(q.text, "“Great news,”");
  });
});
