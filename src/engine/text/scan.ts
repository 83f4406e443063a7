// The character tests of the tokenizer's scan: character classes (filled on first sight), where a word ends
// (hashing its characters on the way, see forms.ts FORM_HASH_SEED), acronyms and French elisions. ASCII takes
// plain comparisons; other characters of the BMP the classes of unicode.ts (a table, no regular expression to
// compile on a first call); the Unicode regexes only see characters beyond the BMP and the rare cases their
// answer needs.
import { FORM_HASH_MUL, FORM_HASH_SEED } from "./forms";
import { isSurrogate, unicodeBits, U_DIGIT, U_LETTER, U_LETTER_I, U_LOWER, U_MARK, U_NUMBER, U_SPACE, U_UPPER } from "./unicode";
import { lazy } from "./lazy";

export const WORD = 1;
export const OTHER = 2;
export const SPACE = 3;

/** Character classes of the Basic Multilingual Plane, filled on first sight (0 = not yet known). */
const CLASS = new Uint8Array(65536);
const WORD_CHAR = lazy(() => /^[\p{L}\p{M}\p{N}]$/u);
const SPACE_CHAR = /^\s$/u;
const UPPER = lazy(() => /^\p{Lu}/u);
const ELISION = lazy(() => /^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\p{L})/iu);

/** The class of a character beyond the BMP. */
function classOf(ch: string): number {
  return WORD_CHAR().test(ch) ? WORD : SPACE_CHAR.test(ch) ? SPACE : OTHER;
}

/** WORD_CHAR and SPACE_CHAR's answer for a code unit of the BMP (a lone surrogate is neither). */
function classOfUnit(c: number): number {
  const b = unicodeBits(c);
  return (b & (U_LETTER | U_MARK | U_NUMBER)) !== 0 ? WORD : (b & U_SPACE) !== 0 ? SPACE : OTHER;
}

/** The class of the character (code point) at i. */
export function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return classOf(String.fromCodePoint(text.codePointAt(i) ?? c));
  let k = CLASS[c];
  if (k === 0) k = CLASS[c] = classOfUnit(c);
  return k;
}

/** Code units of the character at i: 2 for a surrogate pair. */
export function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/**
 * Spaces other than ASCII's, and the format characters that show nothing and separate nothing: joiners
 * (U+200C, U+200D), direction marks (U+200E, U+200F), bidi embeddings and isolates (U+202A–U+202E,
 * U+2066–U+2069), the word joiner and the BOM. They are no tokens, so "le ministre\u200f," still has its comma
 * right after the name.
 */
export function isBlank(c: number): boolean {
  return c === 0xa0 || c === 0x202f || (c > 0x2000 && c <= 0x200b) || c === 0x3000 ||
    c >= 0x200c && c <= 0x200f || c >= 0x202a && c <= 0x202e || c >= 0x2060 && c <= 0x2069 || c === 0xfeff;
}

/** ASCII code → 0 for no word character, ASCII_CAPITAL for A-Z, 1 for the other letters and the digits. */
const ASCII = new Uint8Array(128);
const ASCII_CAPITAL = 2;
for (let c = 48; c < 123; c++) if (c <= 57 || c >= 97) ASCII[c] = 1; else if (c >= 65 && c <= 90) ASCII[c] = ASCII_CAPITAL;

/** ASCII letters and digits: the ASCII word characters (what CLASS says, without the table). */
export function isAsciiWordChar(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122 || c >= 48 && c <= 57;
}

/**
 * Scans words: end(i) is where the word at i ends (letters, digits and marks, with inner hyphens and
 * apostrophes: "Jean-Marie", "a-t-il", "l'Iran"), and leaves the hash of its characters in h, the offset of
 * its first apostrophe (or -1) in apostrophe, and the code unit at the end (-1 at the end of the text) in next: the
 * loop has read it, and the tokenizer asks it three questions.
 */
export class WordScan {
  h = 0;
  apostrophe = -1;
  next = -1;
  private readonly n: number;

  constructor(private readonly text: string) {
    this.n = text.length;
  }

  end(i: number): number {
    const text = this.text;
    const n = this.n;
    let h = FORM_HASH_SEED;
    let e = i;
    this.apostrophe = -1;
    for (;;) {
      // The code unit that ended the word, or -1 at the end of the text.
      let stop = -1;
      while (e < n) {
        const c = text.charCodeAt(e);
        if (c < 128) {
          const k = ASCII[c];
          // "286.682Serbie", "1914France": a number glued to a capitalised word (lost space) ends there.
          if (k === 0 || k === ASCII_CAPITAL && e > i && gluedAfterNumber(text, e)) { stop = c; break; }
          h = Math.imul(h ^ c, FORM_HASH_MUL);
          e++;
        } else {
          if (kindAt(text, e) !== WORD || e > i && gluedAfterNumber(text, e)) { stop = c; break; }
          h = Math.imul(h ^ c, FORM_HASH_MUL);
          e++;
          if (c >= 0xd800 && c <= 0xdbff && e < n) h = Math.imul(h ^ text.charCodeAt(e++), FORM_HASH_MUL);
        }
      }
      // A hyphen or an apostrophe before a word character (none past the end) goes on.
      if ((stop === 45 || stop === 39 || stop === 0x2019) && e + 1 < n && kindAt(text, e + 1) === WORD) {
        if (stop !== 45 && this.apostrophe < 0) this.apostrophe = e;
        h = Math.imul(h ^ stop, FORM_HASH_MUL);
        e++;
        continue;
      }
      this.h = h;
      this.next = stop;
      return e;
    }
  }
}

/**
 * Whether the capital (or non-ASCII word character) at e follows a digit and precedes a lower-case letter:
 * a number glued to a capitalised word. ASCII answers by comparison; the Unicode classes of the three code units
 * (/^\p{Nd}\p{Lu}\p{Ll}/u on them: a surrogate, half of a pair cut by the three, matches none) decide the rest.
 */
function gluedAfterNumber(text: string, e: number): boolean {
  const p = text.charCodeAt(e - 1);
  if (p < 128) {
    if (p < 48 || p > 57) return false;
    if (text.charCodeAt(e) < 128 && e + 1 < text.length) {
      const next = text.charCodeAt(e + 1);
      if (next < 128) return next >= 97 && next <= 122;
    }
  }
  return (unicodeBits(p) & U_DIGIT) !== 0 && (unicodeBits(text.charCodeAt(e)) & U_UPPER) !== 0 &&
    (unicodeBits(text.charCodeAt(e + 1)) & U_LOWER) !== 0;
}

/** "U.S.", "U.N.": two or more capital-period pairs, or -1. */
export function acronymEnd(text: string, i: number): number {
  let e = i;
  while (e + 1 < text.length && text.charCodeAt(e + 1) === 46 && isUpperAt(text, e)) e += 2;
  return e - i >= 4 ? e : -1;
}

function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return true;
  return c > 127 && kindAt(text, i) === WORD && (unicodeBits(c) & U_UPPER) !== 0;
}

/** Whether the first character of t is an upper-case letter (\p{Lu}). */
export function startsUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  return isSurrogate(c) ? UPPER().test(t) : (unicodeBits(c) & U_UPPER) !== 0;
}

/**
 * Where the elision opening the word [i, e) ends ("l'", "d’", "jusqu'" before a letter), or -1; a is the word's
 * first apostrophe. The elided words are ASCII, so an ASCII prefix is compared by hand; other characters (a
 * case-folded "ſ") and a letter beyond the BMP after the apostrophe go to the regular expression.
 */
export function elisionEnd(text: string, i: number, a: number, e: number): number {
  // The regular expression ran on the first 8 characters: an apostrophe at most 6 characters in, a letter after.
  if (a < 0 || a >= i + 7) return -1;
  let ascii = true;
  for (let k = i; k < a; k++) if (text.charCodeAt(k) >= 128) ascii = false;
  const next = text.charCodeAt(a + 1);
  if (ascii && !(next >= 0xd800 && next <= 0xdfff)) {
    return elided(text, i, a - i) && isLetter(next) ? a + 1 : -1;
  }
  const m = ELISION().exec(text.slice(i, Math.min(e, i + 8)));
  return m ? i + m[0].length : -1;
}

/**
 * Where an elided word [i, e) ends with its apostrophe when an opening quote mark follows it ("qu’« il faut agir »",
 * "d’« un échec »", "l’« affaire »"), or -1: the elision of a word before a letter is elisionEnd's.
 */
export function elisionBeforeMark(text: string, i: number, e: number): number {
  const a = text.charCodeAt(e);
  if (a !== 39 && a !== 0x2019) return -1;
  const m = text.charCodeAt(e + 1);
  return (m === 0xab || m === 0x201c || m === 34) && elided(text, i, e - i) ? e + 1 : -1;
}

/** Whether the ASCII text[i, i + len) is, in any case, one of the elided words. */
function elided(text: string, i: number, len: number): boolean {
  const c = text.charCodeAt(i) | 32;
  if (len === 1) return c === 108 || c === 100 || c === 106 || c === 109 || c === 110 || c === 115 || c === 116 || c === 99;
  if (len !== 2 && len !== 5 && len !== 6) return false;
  // Every elided word of two or more letters ends in "qu".
  if ((text.charCodeAt(i + len - 2) | 32) !== 113 || (text.charCodeAt(i + len - 1) | 32) !== 117) return false;
  if (len === 2) return true;
  const head = text.slice(i, i + len - 2).toLowerCase();
  return len === 5 ? head === "jus" : head === "lors" || head === "puis" || head === "quoi";
}

/** ELISION's \p{L} for a code unit of the BMP (not a surrogate), with its flags: under /iu a character matches
 * when its case folding does (U+0345 folds to "ι"). */
function isLetter(c: number): boolean {
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return (unicodeBits(c) & U_LETTER_I) !== 0;
}
