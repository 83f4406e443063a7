// One pass over the text: words, punctuation, and where lines and sentences start.
// Offsets are UTF-16 code units into the original text.
import { normApostrophe } from "../lexicon";

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
}

// Acronyms with dots (U.S., U.N.), words with inner hyphens/apostrophes, or one other character.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|\S/gu;
const ELISION = /^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\p{L})/iu;
const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const WORDY = /^[\p{L}\p{M}\p{N}]/u;
const SENT_END = new Set([".", "!", "?", "…"]);
/** Abbreviations whose final period does not end a sentence. */
const ABBREV = new Set(["m", "mm", "mme", "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "col",
  "lt", "sgt", "capt", "prof", "pr", "jr", "sr", "no", "vs", "etc", "inc", "corp", "ltd", "co", "mt", "ft",
  "fig", "av", "ave", "bd", "cf", "ex", "mgr", "me", "hon", "rev", "adm", "maj", "cpl", "supt", "det", "insp",
  "pres", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "u.s", "p", "vol", "op"]);

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    const s = m.index;
    let nl = 0;
    for (let i = prevEnd; i < s; i++) if (text.charCodeAt(i) === 10) nl++;
    prevEnd = s + raw.length;
    const el = raw.length > 2 ? ELISION.exec(raw) : null;
    if (el) {
      push(out, text, s, s + el[0].length, nl);
      push(out, text, s + el[0].length, s + raw.length, 0);
    } else {
      push(out, text, s, s + raw.length, nl);
    }
  }
  markSentences(out);
  return out;
}

function push(out: Token[], text: string, s: number, e: number, nl: number): void {
  const t = text.slice(s, e);
  const c = t.charCodeAt(0);
  // ASCII fast paths; the Unicode regexes only for other scripts.
  const word = c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : WORDY.test(t);
  const cap = word && (c < 128 ? c >= 65 && c <= 90 : UPPER.test(t));
  const low = t.toLowerCase();
  out.push({
    s, e, t, lw: low.includes("’") ? normApostrophe(low) : low, word, cap,
    upper: cap && t.length >= 2 && low !== t && !HAS_LOWER.test(t), nl, sent: false,
  });
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
    if (SENT_END.has(tk.t)) {
      const prev = toks[i - 1];
      const abbrev = tk.t === "." && prev && prev.e === tk.s &&
        (ABBREV.has(prev.lw) || (prev.word && prev.t.length === 1 && prev.cap));
      if (!abbrev) boundary = true;
    }
  }
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAt(toks: Token[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].s < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
