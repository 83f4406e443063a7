// The Unicode classes the engine asks of a character (letter, capital, lower-case letter, mark, number, digit,
// white space), read from a table compiled at build time (unicode.generated.ts, by scripts/compile-lexicons.mjs
// from Node's own regular expressions) instead of a `\p{…}` regular expression per question. V8 compiles each such
// expression at its first use, twice (to bytecode, then to machine code at the second call), a few tenths of a
// millisecond for each of the ~20 a first analysis met: most of the cost of the classes on a first call.
// A code unit of the BMP only: a surrogate has no class here (as a lone surrogate has none for the expressions);
// callers read a pair (a character beyond the BMP) with their regular expression.
import { RUNS } from "./unicode.generated";
import { lazy } from "./lazy";

// The classes, one bit each: \p{L}, \p{Lu}, \p{Ll}, \p{M}, \p{N}, \p{Nd}, \s, and \p{L} under the flags "iu" (which
// also takes the marks whose case folding is a letter, as U+0345).
export const U_LETTER = 1, U_UPPER = 2, U_LOWER = 4, U_MARK = 8, U_NUMBER = 16, U_DIGIT = 32, U_SPACE = 64, U_LETTER_I = 128;

/** The bits of each code unit already asked about, plus KNOWN. */
const KNOWN = 256;
const seen = new Uint16Array(0x10000);

/** The classes of the code unit c (U_… bits); 0 for a surrogate and for anything not a code unit (NaN of charCodeAt past the end). */
export function unicodeBits(c: number): number {
  if (!(c >= 0 && c < 0x10000)) return 0;
  const k = seen[c];
  if (k !== 0) return k & 255;
  // The last run starting at or before c (RUNS: its first code unit, then its bits, run after run).
  let lo = 0;
  let hi = (RUNS.length >> 1) - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (RUNS.charCodeAt(2 * mid) <= c) lo = mid;
    else hi = mid - 1;
  }
  const bits = RUNS.charCodeAt(2 * lo + 1);
  seen[c] = bits | KNOWN;
  return bits;
}

const ASTRAL_LOWER = lazy(() => /^\p{Ll}$/u);

/**
 * Whether the character just before the last n code units of s is a lower-case letter: /\p{Ll}X$/u where the caller
 * has checked that s ends with X, n code units of the BMP ("s" of "\p{Ll}s$"). A pair beyond the BMP is read whole.
 */
export function lowerBefore(s: string, n: number): boolean {
  const i = s.length - n - 1;
  if (i < 0) return false;
  const c = s.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
    const h = s.charCodeAt(i - 1);
    if (h >= 0xd800 && h <= 0xdbff) return ASTRAL_LOWER().test(s.slice(i - 1, i + 1));
  }
  return (unicodeBits(c) & U_LOWER) !== 0;
}

/** Whether the code unit c is a surrogate (half of a character beyond the BMP). */
export const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** Whether s holds a surrogate: its classes must then be read by code point (a regular expression). */
export function hasSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isSurrogate(s.charCodeAt(i))) return true;
  return false;
}

const ALL_LOWER = lazy(() => /^\p{Ll}+$/u);

/** /^\p{Ll}+$/u: s is one or more lower-case letters. */
export function isLowerWord(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSurrogate(c)) return ALL_LOWER().test(s);
    if ((unicodeBits(c) & U_LOWER) === 0) return false;
  }
  return true;
}

/**
 * /^\p{Ll}+(?:e1|e2|…)$/u as a test that compiles no expression at a first call: a lower-case word ending with one of
 * the endings (lower-case letters of the BMP) after at least one more letter.
 */
export function lowerWithEnding(endings: readonly string[]): { test(s: string): boolean } {
  return { test: (s) => endings.some((e) => s.length > e.length && s.endsWith(e)) && isLowerWord(s) };
}

const STARTS_LOWER = lazy(() => /^\p{Ll}/u);

/** /^\p{Ll}/u: s opens with a lower-case letter. */
export function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  return isSurrogate(c) ? STARTS_LOWER().test(s) : (unicodeBits(c) & U_LOWER) !== 0;
}

/** /\p{Ll}{n}$/u: s ends with n lower-case letters. */
export function endsLower(s: string, n: number): boolean {
  if (s.length < n) return false;
  for (let i = s.length - n; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSurrogate(c)) return new RegExp(`\\p{Ll}{${n}}$`, "u").test(s);
    if ((unicodeBits(c) & U_LOWER) === 0) return false;
  }
  return true;
}

const SPACED_CAPITAL = lazy(() => /\s\p{Lu}\.?$/u);

/** /\s\p{Lu}\.?$/u: s ends with a capital after a white space, maybe with a dot ("John F.", "Jean D"). */
export function endsOnSpacedCapital(s: string): boolean {
  const e = s.charCodeAt(s.length - 1) === 46 ? s.length - 1 : s.length;
  const c = s.charCodeAt(e - 1);
  if (isSurrogate(c)) return SPACED_CAPITAL().test(s);
  return (unicodeBits(c) & U_UPPER) !== 0 && (unicodeBits(s.charCodeAt(e - 2)) & U_SPACE) !== 0;
}
