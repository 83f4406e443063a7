// text/unicode.ts: the Unicode classes of the BMP read from the table compiled at build time
// (text/unicode.generated.ts, by scripts/compile-lexicons.mjs) give the answers of the regular expressions they
// stand for, code unit by code unit; and the readers that moved from a regular expression to the table answer as
// the expression did, characters beyond the BMP included.
import * as assert from "node:assert/strict";
import { isAllCaps, longS } from "../../../src/engine/lexicon/gazetteer-tables";
import { startsUpper } from "../../../src/engine/text/scan";
import { hyphensBeforeCapitals, mayBreakHyphen } from "../../../src/engine/lexicon/gazetteer-places";
import { endsLower, endsOnSpacedCapital, isLowerWord, lowerWithEnding, startsLower, lowerBefore, unicodeBits, U_DIGIT, U_LETTER, U_LETTER_I, U_LOWER, U_MARK, U_NUMBER, U_SPACE, U_UPPER } from "../../../src/engine/text/unicode";

const CLASSES: [number, RegExp][] = [[U_LETTER, /^\p{L}$/u], [U_UPPER, /^\p{Lu}$/u], [U_LOWER, /^\p{Ll}$/u], [U_MARK, /^\p{M}$/u],
  [U_NUMBER, /^\p{N}$/u], [U_DIGIT, /^\p{Nd}$/u], [U_SPACE, /^\s$/u], [U_LETTER_I, /^\p{L}$/iu]];

// Invented words, with letters beyond the BMP (mathematical capitals U+1D400…, Deseret U+10400…) and line separators.
const WORDS = ["PÉKIN", "U.S.", "Pékin", "ÉTATS-UNIS", "A\nB", "AB\nc", "A\u2028B", "AB\u2029", "É\rÉ", "\u{1D400}\u{1D401}",
  "\u{1D400}a", "A\u{1D41A}", "\u{10400}\u{10401}", "\u{10428}", "Prefident", "Pennfylvania", "Suffolk", "ff", "f", "fé",
  "fÉ", "f\u{1D41A}", "ef\u{10428}f", "", "ΣΑΣ", "ǅ", "ǅA", "Ⅻ", "x", "Mets", "METS", "s", "és", "\u{1D41A}s", "\udc00s",
  "Parisians", "ians", "ÉTATS", "Orléanais", "New-Hampshire", "New- York", "a-\u00a0B", "-Ab", "x--Y", "Ile--de-France",
  "Stras--bourg", "Ros-porden", "Limo-- ges", "Ab-cd", "ab-c", "a-\u{1D41A}b", "-ab", "a---bc", "John F.", "Jean D", "A.", " É", "x \u{1D400}",
  "x \u{1D400}.", "sociale", "al", "iranien", "Iranien", "fé\u{1D41A}ique", "\u{1D41A}ique", "écologique", "abcd", "ab\u{1D41A}d",
  "Chesnut-street", "chesnut-street", "Ab-street"];

describe("unicode classes (text/unicode.ts)", () => {
  it("match the regular expressions on every code unit of the BMP (else run scripts/compile-lexicons.mjs)", () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      let want = 0;
      for (const [bit, re] of CLASSES) if (re.test(ch)) want |= bit;
      if (unicodeBits(c) !== want) assert.fail(`U+${c.toString(16).padStart(4, "0")}: ${unicodeBits(c)}, the expressions ${want}`);
    }
  });

  it("give no class to what is not a code unit", () => {
    for (const c of [NaN, -1, 0x10000]) assert.equal(unicodeBits(c), 0);
  });

  it("answer for lowerBefore as /\\p{Ll}s$/u and /\\p{Ll}ians$/u did, once the suffix is checked", () => {
    for (const w of WORDS) {
      assert.equal(w.endsWith("s") && lowerBefore(w, 1), /\p{Ll}s$/u.test(w), `s ${JSON.stringify(w)}`);
      assert.equal(w.endsWith("ians") && lowerBefore(w, 4), /\p{Ll}ians$/u.test(w), `ians ${JSON.stringify(w)}`);
    }
  });

  it("answer for isAllCaps, longS and startsUpper as their regular expressions did", () => {
    for (const w of WORDS) {
      assert.equal(isAllCaps(w), /\p{Lu}.*\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w), `isAllCaps ${JSON.stringify(w)}`);
      assert.equal(longS(w), w.replace(/f(?=\p{Ll})/gu, "s"), `longS ${JSON.stringify(w)}`);
      assert.equal(startsUpper(w), /^\p{Lu}/u.test(w), `startsUpper ${JSON.stringify(w)}`);
    }
  });

  it("answer for the helpers that stand for an expression on a first call as the expression does", () => {
    const ending = lowerWithEnding(["ique", "al", "ien"]);
    for (const w of WORDS) {
      const j = JSON.stringify(w);
      assert.equal(isLowerWord(w), /^\p{Ll}+$/u.test(w), `isLowerWord ${j}`);
      assert.equal(ending.test(w), /^\p{Ll}+(?:ique|al|ien)$/u.test(w), `lowerWithEnding ${j}`);
      assert.equal(startsLower(w), /^\p{Ll}/u.test(w), `startsLower ${j}`);
      assert.equal(endsLower(w, 4), /\p{Ll}{4}$/u.test(w), `endsLower ${j}`);
      assert.equal(endsOnSpacedCapital(w), /\s\p{Lu}\.?$/u.test(w), `endsOnSpacedCapital ${j}`);
      assert.equal(hyphensBeforeCapitals(w), w.replace(/-\s*(?=\p{Lu})/gu, " "), `hyphensBeforeCapitals ${j}`);
      const joined = w.replace(/(?<=\p{Ll})-{1,2}\s?(?=\p{Ll}{2,}(?:$|[\s-]))/gu, "");
      if (joined !== w) assert.ok(mayBreakHyphen(w), `mayBreakHyphen ${j}`);
    }
  });
});
