// One pass over the text: words, punctuation, and where lines and sentences start.
// Offsets are UTF-16 code units into the original text.
import { normApostrophe } from "../lexicon";
import { FormTable, hashOf, type Form } from "./forms";
import { indexedTokenAt, indexStarts } from "./offsets";
import { acronymEnd, elisionBeforeMark, elisionEnd, isAsciiWordChar, isBlank, kindAt, SPACE, startsUpper, width, WORD, WordScan } from "./scan";
import { END, NO_END, PERIOD, SentenceMarks } from "./sentences";
import { isSurrogate, unicodeBits, U_LOWER } from "./unicode";
import { lazy } from "./lazy";

/** Whether the character code after a name's "+" would go on a word or a number ("Bac+5", "C++"). */
function isNameChar(c: number): boolean {
  return isAsciiWordChar(c) || c === 43 || c >= 128 && c !== 0xa0 && c !== 0x202f && c !== 0x2019 && c !== 0xbb;
}

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

/**
 * The token at i, or undefined before the first token (and past the last, as indexing gives). Reading toks[-1]
 * makes V8 look "-1" up as a property name, and that read site then stays a slow generic lookup for the whole run.
 */
export function tokAt(toks: readonly Token[], i: number): Token | undefined {
  return i >= 0 ? toks[i] : undefined;
}

const HAS_LOWER = lazy(() => /\p{Ll}/u);

/** HAS_LOWER's answer, by the classes of the code units when t holds no surrogate. */
function hasLower(t: string): boolean {
  let surrogate = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 128 ? c >= 97 && c <= 122 : (unicodeBits(c) & U_LOWER) !== 0) return true;
    if (isSurrogate(c)) surrogate = true;
  }
  return surrogate && HAS_LOWER().test(t);
}

/** Forms kept across texts, up to FORM_LIMIT (then started afresh): the words of news repeat. */
let forms = new FormTable(describe);
const FORM_LIMIT = 50_000;


/**
 * Three short loops rather than one long one: the scan finds every token's span (each word's end found and its
 * characters hashed together, see scan.ts), then every span's form is found by its hash, then the tokens are made
 * with their sentence marks. Finding a form and making a token mostly wait on memory (the form table and the forms
 * are out of the processor's caches after the other stages); in a short loop of independent steps the processor
 * overlaps those waits, in one long loop it waited on each in turn.
 */
export function tokenize(text: string): Token[] {
  if (forms.size >= FORM_LIMIT) forms = new FormTable(describe);
  const table = forms;
  const spans = scanSpans(text, scratch);
  const { n, starts, ends, hashes, marks, ids } = spans;
  spans.touched ^= table.touchSlots(hashes, n);
  for (let k = 0; k < n; k++) ids[k] = table.idOf(text, starts[k], ends[k], hashes[k]);
  spans.touched ^= table.touchForms(ids, n);
  const out: Token[] = [];
  const sentences = new SentenceMarks(out);
  for (let k = 0; k < n; k++) {
    const m = marks[k];
    const tok = new CompactToken(starts[k], table.form(ids[k]), m >> 3);
    out.push(tok);
    if (sentences.opens(k, m >> 3, (m & 4) !== 0, m & 3)) tok.sent = true;
  }
  indexStarts(out, starts.slice(0, n), text.length);
  return out;
}

/**
 * The tokens' spans, in text order: start, end, hash of the characters, newlines before × 8 + 4 for a word +
 * sentence end, and the form's number. One set of arrays serves every text (grown as needed): the tokens keep
 * none of it, and the index keeps a copy of the starts.
 */
class Spans {
  n = 0;
  starts = new Int32Array(4096);
  ends = new Int32Array(4096);
  hashes = new Int32Array(4096);
  marks = new Int32Array(4096);
  ids = new Int32Array(4096);
  /** What the table's touch loops return, kept so that their reads are not dropped as unused. */
  touched = 0;

  push(s: number, e: number, h: number, nl: number, word: boolean, end: number): void {
    const n = this.n;
    if (n === this.starts.length) this.grow();
    this.starts[n] = s;
    this.ends[n] = e;
    this.hashes[n] = h;
    this.marks[n] = nl * 8 + (word ? 4 : 0) + end;
    this.n = n + 1;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    this.starts = grownTo(this.starts, size);
    this.ends = grownTo(this.ends, size);
    this.hashes = grownTo(this.hashes, size);
    this.marks = grownTo(this.marks, size);
    this.ids = new Int32Array(size);
  }
}

const scratch = new Spans();

function grownTo(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/** The one pass over the characters: words, punctuation, and the newlines and sentence ends between them. */
function scanSpans(text: string, spans: Spans): Spans {
  const n = text.length;
  spans.n = 0;
  const scan = new WordScan(text);
  let nl = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // A space first: most often what follows a token.
    if (c === 32) { i++; continue; }
    let kind: number;
    if (c < 128) {
      if (isAsciiWordChar(c)) kind = WORD;
      else if (c === 10) { nl++; i++; continue; }
      else if (c === 9 || c === 13) { i++; continue; }
      else kind = kindAt(text, i);
    } else if (isBlank(c)) { i++; continue; }
    else kind = kindAt(text, i);
    let e: number;
    let h: number;
    let end = NO_END;
    // The code unit after a word when the scan read it (-1: not read, or past the end).
    let after = -1;
    if (kind === WORD) {
      // Only a capital (or a letter beyond ASCII) opens an acronym.
      const acronym = (c <= 90 || c >= 128) && i + 1 < n && text.charCodeAt(i + 1) === 46 ? acronymEnd(text, i) : -1;
      if (acronym >= 0) {
        e = acronym;
        h = hashOf(text, i, e);
      } else {
        e = scan.end(i);
        h = scan.h;
        after = scan.next;
        // "Canal+", "Disney+": a plus sign glued to a capitalised name that ends there is part of it.
        if (after === 43 && startsUpper(text[i]) && !isNameChar(text.charCodeAt(e + 1))) {
          h = hashOf(text, i, ++e);
          after = -1;
        }
        const cut = scan.apostrophe < 0 ? -1 : elisionEnd(text, i, scan.apostrophe, e);
        // "qu’« il faut agir »": the elided word keeps its apostrophe before an opening quote mark.
        const marked = cut < 0 && e - i <= 6 && (after === 39 || after === 0x2019) ? elisionBeforeMark(text, i, e) : -1;
        if (marked >= 0) {
          e = marked;
          h = hashOf(text, i, e);
          after = -1;
        } else if (cut >= 0) {
          spans.push(i, cut, hashOf(text, i, cut), nl, true, NO_END);
          nl = 0;
          h = hashOf(text, cut, e);
          i = cut;
        }
      }
    } else if (kind === SPACE) {
      i += width(text, i);
      continue;
    } else {
      // Anything else is a token of one character (a surrogate pair included).
      e = i + width(text, i);
      h = hashOf(text, i, e);
      if (c === 46) end = PERIOD;
      else if (c === 33 || c === 63 || c === 0x2026) end = END;
    }
    spans.push(i, e, h, nl, kind === WORD, end);
    nl = 0;
    // A space after a word, read already: skipped here.
    i = after === 32 ? e + 1 : e;
  }
  return spans;
}

/**
 * A token keeps its start, its form, its text and lower case (read most: as fields, not through the form) and
 * its line and sentence marks; its end is its start plus its text's length, and the flags are read from the
 * form. Five fields (Node keeps 8-byte fields, plus a 24-byte header): a fifth of the characters are tokens, so
 * the tokens are most of the analysis' memory. (Reading t and lw through the form too saved 16 more bytes a
 * token but cost ~7 % more instructions.)
 */
class CompactToken implements Token {
  readonly t: string;
  readonly lw: string;
  /** Newlines before the token, times 2, plus 1 when it starts a sentence. */
  private marks: number;

  constructor(readonly s: number, readonly form: Form, nl: number) {
    this.t = form.t;
    this.lw = form.lw;
    this.marks = nl * 2;
  }

  get e(): number { return this.s + this.t.length; }
  get word(): boolean { return this.form.word; }
  get cap(): boolean { return this.form.cap; }
  get upper(): boolean { return this.form.upper; }
  get nl(): number { return this.marks >> 1; }
  get sent(): boolean { return (this.marks & 1) === 1; }
  set sent(v: boolean) { this.marks = v ? this.marks | 1 : this.marks & ~1; }
}

/** What the characters of a token decide, once per distinct form (see forms.ts). */
function describe(t: string): Form {
  const c = t.charCodeAt(0);
  // ASCII fast paths; the Unicode regexes only for other scripts. A word starts with a letter, mark or digit:
  // the class table of the scan (one regex compiled, not two: each Unicode class costs ~1 ms on the first call).
  const word = c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : kindAt(t, 0) === WORD;
  const cap = word && (c < 128 ? c >= 65 && c <= 90 : startsUpper(t));
  const low = plainLower(t) ? t : t.toLowerCase();
  return {
    t, lw: low.includes("’") ? normApostrophe(low) : low, word, cap, upper: cap && t.length >= 2 && low !== t && !hasLower(t),
    bits: 0, bitsFor: null, lists: null, entity: 0, entityFor: null, facts: null, langs: -1, period: -1,
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
