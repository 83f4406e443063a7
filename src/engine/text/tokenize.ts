// One pass over the text: words, punctuation, and where lines and sentences start.
// Offsets are UTF-16 code units into the original text.
import { normApostrophe } from "../lexicon";
import { FormTable, type Form } from "./forms";
import { indexedTokenAt, indexOffsets } from "./offsets";
import { ABBREV, CAP_ABBREV } from "../lexicon/abbreviations";

export interface Token {
  s: number;
  e: number;
  /** The token as written. */
  t: string;
  /** Lower-case, apostrophes normalised to "'". */
  lw: string;
  /** A word (letters/digits) rather than punctuation. */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper-case. */
  upper: boolean;
  /** Newlines between the previous token and this one. */
  nl: number;
  /** First token of a sentence (or of a line). */
  sent: boolean;
  /** The token's written form, shared by every token of the same characters (see forms.ts). */
  form: Form;
}

const ELISION = /^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\p{L})/iu;
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const DIGIT_CAP = /^\p{Nd}\p{Lu}\p{Ll}/u;
/** ".", "!", "?", "…" (by char code: a Set lookup hashed every token's string). */
function isSentenceEnd(t: string): boolean {
  if (t.length !== 1) return false;
  const c = t.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** Forms kept across texts, up to FORM_LIMIT (then started afresh): the words of news repeat. */
let forms = new FormTable(describe);
const FORM_LIMIT = 50_000;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  if (forms.size >= FORM_LIMIT) forms = new FormTable(describe);
  const n = text.length;
  let nl = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) { nl++; i++; continue; }
    if (c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || (c > 0x2000 && c <= 0x200b) || c === 0x3000 || isInvisible(c)) { i++; continue; }
    const k = kindAt(text, i);
    let e: number;
    if (k === SPACE) { i += width(text, i); continue; }
    if (k === WORD) {
      e = acronymEnd(text, i);
      if (e < 0) e = wordEnd(text, i);
    } else e = i + width(text, i);
    const el = k === WORD && hasEarlyApostrophe(text, i, e) ? ELISION.exec(text.slice(i, Math.min(e, i + 8))) : null;
    if (el) {
      push(out, forms.at(text, i, i + el[0].length), i, i + el[0].length, nl);
      push(out, forms.at(text, i + el[0].length, e), i + el[0].length, e, 0);
    } else {
      push(out, forms.at(text, i, e), i, e, nl);
    }
    nl = 0;
    i = e;
  }
  markSentences(out);
  indexOffsets(out);
  return out;
}

/**
 * Format characters that show nothing and separate nothing: joiners (U+200C, U+200D), direction marks (U+200E,
 * U+200F), bidi embeddings and isolates (U+202A–U+202E, U+2066–U+2069), the word joiner and the BOM. They are no
 * tokens, so "le ministre\u200f," still has its comma right after the name.
 */
function isInvisible(c: number): boolean {
  return c >= 0x200c && c <= 0x200f || c >= 0x202a && c <= 0x202e || c >= 0x2060 && c <= 0x2069 || c === 0xfeff;
}

/** An apostrophe within the first 7 characters: the only words an elision ("l'", "jusqu'") can open. */
function hasEarlyApostrophe(text: string, i: number, e: number): boolean {
  const end = Math.min(e - 1, i + 7);
  for (let j = i + 1; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 39 || c === 0x2019) return true;
  }
  return false;
}

const WORD = 1;
const OTHER = 2;
const SPACE = 3;
/** Character classes of the Basic Multilingual Plane, filled on first sight (0 = not yet known). */
const CLASS = new Uint8Array(65536);
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;

function classOf(ch: string): number {
  return WORD_CHAR.test(ch) ? WORD : SPACE_CHAR.test(ch) ? SPACE : OTHER;
}

function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return classOf(String.fromCodePoint(text.codePointAt(i) ?? c));
  let k = CLASS[c];
  if (k === 0) k = CLASS[c] = classOf(text[i]);
  return k;
}

function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/** Letters, digits and marks, with inner hyphens and apostrophes ("Jean-Marie", "a-t-il", "l'Iran"). */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let e = i;
  for (;;) {
    while (e < n) {
      const c = text.charCodeAt(e);
      // ASCII word characters are the letters and digits (what CLASS says, without the table).
      if (c < 128 ? !((c | 32) >= 97 && (c | 32) <= 122 || c >= 48 && c <= 57) : kindAt(text, e) !== WORD) break;
      // "286.682Serbie", "1914France": a number glued to a capitalised word (lost space) ends there.
      // Only after a digit and before a capital (or a non-ASCII letter): a slice and a regex per
      // character cost more than the rest of the scan.
      if (e > i && (c >= 128 || c >= 65 && c <= 90) && mayBeDigit(text.charCodeAt(e - 1)) && DIGIT_CAP.test(text.slice(e - 1, e + 2))) return e;
      e += c >= 0xd800 && c <= 0xdbff && e + 1 < n ? 2 : 1;
    }
    const c = text.charCodeAt(e);
    if ((c === 45 || c === 39 || c === 0x2019) && e + 1 < n && kindAt(text, e + 1) === WORD) { e++; continue; }
    return e;
  }
}

/** ASCII digits, or any non-ASCII code unit (left to DIGIT_CAP's \p{Nd}). */
function mayBeDigit(c: number): boolean {
  return c < 128 ? c >= 48 && c <= 57 : true;
}

/** "U.S.", "U.N.": two or more capital-period pairs, or -1. */
function acronymEnd(text: string, i: number): number {
  let e = i;
  while (e + 1 < text.length && text.charCodeAt(e + 1) === 46 && isUpperAt(text, e)) e += 2;
  return e - i >= 4 ? e : -1;
}

function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return true;
  return c > 127 && kindAt(text, i) === WORD && UPPER.test(text[i]);
}

/**
 * A token keeps its offsets, its form, its text and lower case (read most: as fields, not through the form) and
 * its line and sentence marks; the flags are read from the form. Six fields instead of ten: a token took ~116
 * bytes (Node keeps 8-byte fields) and a fifth of the characters are tokens, so the tokens were most of the
 * analysis' memory. (Reading t and lw through the form too saved 12 more bytes a token but cost ~7 % more
 * instructions.)
 */
class CompactToken implements Token {
  readonly t: string;
  readonly lw: string;
  /** Newlines before the token, times 2, plus 1 when it starts a sentence. */
  private marks: number;

  constructor(readonly s: number, readonly e: number, readonly form: Form, nl: number) {
    this.t = form.t;
    this.lw = form.lw;
    this.marks = nl * 2;
  }

  get word(): boolean { return this.form.word; }
  get cap(): boolean { return this.form.cap; }
  get upper(): boolean { return this.form.upper; }
  get nl(): number { return this.marks >> 1; }
  get sent(): boolean { return (this.marks & 1) === 1; }
  set sent(v: boolean) { this.marks = v ? this.marks | 1 : this.marks & ~1; }
}

function push(out: Token[], f: Form, s: number, e: number, nl: number): void {
  out.push(new CompactToken(s, e, f, nl));
}

/** What the characters of a token decide, once per distinct form (see forms.ts). */
function describe(t: string): Form {
  const c = t.charCodeAt(0);
  // ASCII fast paths; the Unicode regexes only for other scripts. A word starts with a letter, mark or digit:
  // the class table of the scan (one regex compiled, not two: each Unicode class costs ~1 ms on the first call).
  const word = c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : kindAt(t, 0) === WORD;
  const cap = word && (c < 128 ? c >= 65 && c <= 90 : UPPER.test(t));
  const low = plainLower(t) ? t : t.toLowerCase();
  return {
    t, lw: low.includes("’") ? normApostrophe(low) : low, word, cap, upper: cap && t.length >= 2 && low !== t && !HAS_LOWER.test(t),
    bits: 0, bitsFor: null, facts: null, langs: -1,
  };
}

/**
 * Whether t is ASCII without capitals, so that it is its own lower case: most tokens are, and
 * toLowerCase copies even an unchanged string (slowly, when the text has characters beyond Latin-1).
 */
function plainLower(t: string): boolean {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/**
 * After a word's period, a comma or a lower-case word on the same line means the period was an
 * abbreviation's ("Kansas City, Mo., and …", "Calif., said", "Corp. and"): the sentence goes on.
 */
function continuesSentence(next: Token | undefined): boolean {
  if (!next || next.nl > 0) return false;
  if (next.t === "," || next.t === ";") return true;
  if (!next.word || next.cap) return false;
  const c = next.t.charCodeAt(0);
  return !(c >= 48 && c <= 57) && next.t !== next.t.toUpperCase();
}

/** "No. 5", "no 12": "no." abbreviates a number only before one; "“No.” Smith says" ends a sentence. */
function startsWithDigit(t: Token | undefined): boolean {
  const c = t?.t.charCodeAt(0) ?? 0;
  return c >= 48 && c <= 57;
}

/** "then-Sen.", "ex-Gov.": an abbreviation after a hyphen. */
function hyphenAbbrev(w: string): boolean {
  const h = w.lastIndexOf("-");
  return h > 0 && ABBREV.has(w.slice(h + 1));
}

function markSentences(toks: Token[]): void {
  let boundary = true;
  for (let i = 0; i < toks.length; i++) {
    const tk = toks[i];
    if (tk.nl > 0) boundary = true;
    if (boundary && tk.word) {
      tk.sent = true;
      boundary = false;
    }
    if (isSentenceEnd(tk.t)) {
      const prev = toks[i - 1];
      const abbrev = tk.t === "." && prev && prev.e === tk.s &&
        (ABBREV.has(prev.lw) && !(prev.lw === "no" && !startsWithDigit(toks[i + 1])) || CAP_ABBREV.has(prev.t) ||
          (prev.word && prev.t.length === 1 && prev.cap) || hyphenAbbrev(prev.lw));
      // "Rep. Bobby Scott (D-Va.), ranking member …": a closing parenthesis, then a comma, after the abbreviation.
      const paren = tk.t === "." && toks[i + 1]?.t === ")" && toks[i + 1].s === tk.e && continuesSentence(toks[i + 2]);
      if (!abbrev && !paren && !(tk.t === "." && prev?.word && prev.e === tk.s && continuesSentence(toks[i + 1]))) boundary = true;
    }
  }
}

/** Index of the first token whose start is >= offset (by the offset index, else a binary search). */
export function tokenAt(toks: Token[], offset: number): number {
  const k = indexedTokenAt(toks, offset);
  if (k >= 0) return k;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].s < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
