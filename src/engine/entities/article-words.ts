// What the whole article says about a word, for the rule that a capitalised word the article also writes in lower case
// is that common word ("Bonnes références", "Exposition de peintures"): classify.ts asks it of one-word candidates.
import type { Token } from "../text/tokenize";
import type { Candidate } from "./candidate";
import { isSpaceCode } from "../text/chars";

/**
 * The article's words in lower case, and the last words of its names of two words or more, gathered on first need.
 * The words asked about are the candidates' first words, known before any question: one pass over the tokens
 * marks which of them the article writes in lower case, a token passing to the map only when its first two letters
 * opens a candidate word (WordStarts: no string hashed for most tokens), where
 * adding every lower-case word of the article to a set was a twentieth of the classify stage. A word no
 * candidate opens with is answered from that whole set, built then.
 */
export class ArticleWords {
  /** Candidate first word → written in lower case in the article. */
  private asked: Map<string, boolean> | undefined;
  private lower: Set<string> | undefined;
  private lastWords: Set<string> | undefined;

  constructor(private readonly toks: Token[], private readonly cands: Candidate[], private readonly text: string) {}

  /** The word is written in lower case somewhere in the article. */
  usedLower(lw: string): boolean {
    const hit = (this.asked ??= this.candidateWords()).get(lw);
    if (hit !== undefined) return hit;
    if (!this.lower) {
      this.lower = new Set();
      for (const t of this.toks) if (t.word && !t.cap) this.lower.add(t.lw);
    }
    return this.lower.has(lw);
  }

  /** The word closes a longer name of the article ("Pierre Blanc … Blanc") that opens on more than an initial. */
  endsName(lw: string): boolean {
    if (!this.lastWords) {
      this.lastWords = new Set();
      // (Not after an initial alone: "T. Bonnes références" is a line's stray letter.)
      for (const c of this.cands) if (c.b - c.a >= 2 && this.toks[c.a].t.length > 1) this.lastWords.add(this.toks[c.b - 1].lw);
    }
    return this.lastWords.has(lw);
  }

  /** The candidates' first words, each with whether a lower-case token of the article is that word. */
  private candidateWords(): Map<string, boolean> {
    const toks = this.toks;
    const asked = new Map<string, boolean>();
    const starts = new WordStarts();
    for (const c of this.cands) {
      const lw = toks[c.a].lw;
      // (The rule asks only of words of four letters or more: shorter ones, initials among them, are left out.)
      if (lw.length <= 3 || asked.has(lw)) continue;
      asked.set(lw, false);
      starts.add(lw);
    }
    const text = this.text;
    // (A token's end is read as the next one's start, or the text's end: no read of its string; it may take the
    // spaces after the token in, which then fail the letter test.)
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k];
      if (!starts.mayOpen(text, t.s, k + 1 < toks.length ? toks[k + 1].s : text.length)) continue;
      const f = t.form;
      if (f.word && !f.cap && asked.has(f.lw)) asked.set(f.lw, true);
    }
    return asked;
  }
}

/** Above any word's length (a small integer, as V8 keeps a field that only ever held small integers). */
const MAX_LENGTH = 1 << 29;

/**
 * How a few lower-case words open, read for a token in the text itself: the text is read in order, where a token's
 * strings and form lie anywhere in memory (a pass that read each token's lower case or form cost more than the map
 * lookups it saved). A word that opens with four ASCII letters is told by them (a number, no string hashed); for the
 * others, a token that opens with two ASCII letters opening none of them, or with a character of a kind none of them
 * opens with, or that is shorter, is none of them.
 */
export class WordStarts {
  /** The words that open with four ASCII letters, by those letters (fourLetters), and by their first two (as pairs). */
  private readonly fours = new Set<number>();
  private readonly fourPairs = new Int32Array(22);
  /** Bit 26 × first + second (letters counted from "a"): a word opens with those two letters. */
  private readonly pairs = new Int32Array(22);
  /** A word opens with an ASCII letter and then no ASCII letter (or nothing). */
  private letterThenOther = false;
  /** A word opens with an ASCII character that is no letter (a digit, a mark). */
  private otherAscii = false;
  /** A word opens with a character beyond ASCII. */
  private nonAscii = false;
  /** The length of the shortest word: a token holds no white space, so one that has some before it is shorter. */
  private shortest = MAX_LENGTH;

  add(lw: string): void {
    const q = lw.length >= 4 ? fourLetters(lw, 0) : -1;
    if (q >= 0) {
      this.fours.add(q);
      const p = (q / 676) | 0;
      this.fourPairs[p >> 5] |= 1 << (p & 31);
      return;
    }
    // ("İ" is one character whose lower case is two, "i" and U+0307: a token of a word with it may be one shorter.)
    const n = lw.indexOf("\u0307") < 0 ? lw.length : 1;
    if (n < this.shortest) this.shortest = n;
    const l0 = lw.charCodeAt(0) - 97;
    const l1 = lw.length >= 2 ? lw.charCodeAt(1) - 97 : -1;
    if (l0 >= 0 && l0 < 26 && l1 >= 0 && l1 < 26) {
      const p = 26 * l0 + l1;
      this.pairs[p >> 5] |= 1 << (p & 31);
    } else if (l0 >= 0 && l0 < 26) this.letterThenOther = true;
    else if (l0 < 128 - 97) this.otherAscii = true;
    else this.nonAscii = true;
  }

  /**
   * False when the lower case of the token at offset s of text surely opens none of the words added; e: the next
   * token's start (or the text's end), read where the token's own end would be its string's length.
   */
  mayOpen(text: string, s: number, e: number): boolean {
    if (this.fours.size > 0 && e - s >= 4) {
      const c0 = text.charCodeAt(s);
      const c1 = text.charCodeAt(s + 1);
      const l0 = (c0 | 32) - 97;
      const l1 = (c1 | 32) - 97;
      if (l0 >= 0 && l0 < 26 && l1 >= 0 && l1 < 26) {
        // (The set is asked only when the first two letters open one of its words.)
        const p = 26 * l0 + l1;
        if ((this.fourPairs[p >> 5] & (1 << (p & 31))) !== 0) {
          const q = fourLetters(text, s);
          if (q >= 0 ? this.fours.has(q) : q === BEYOND_ASCII) return true;
        }
      } else if (asciiInLower(c0) || asciiInLower(c1)) return true;
    }
    if (!this.opensAs(text, s, e)) return false;
    const n = this.shortest;
    if (e - s < n) return false;
    for (let j = 1; j < n; j++) if (isSpaceCode(text.charCodeAt(s + j))) return false;
    return true;
  }

  /** Whether the token's first two characters may open one of the words. */
  private opensAs(text: string, s: number, e: number): boolean {
    const c0 = text.charCodeAt(s);
    // (Two characters beyond ASCII have an ASCII letter in their lower case: "İ" (U+0130) and the Kelvin sign.)
    if (c0 >= 128) return this.nonAscii || asciiInLower(c0);
    // (An ASCII letter in either case, as lower case; other characters fall outside 0–25.)
    const l0 = (c0 | 32) - 97;
    if (l0 < 0 || l0 >= 26) return this.otherAscii;
    // (At s + 1 the next token may start: its character is no part of this one.)
    if (e - s < 2) return true;
    const c1 = text.charCodeAt(s + 1);
    if (asciiInLower(c1)) return true;
    // (After a one-letter token, the character at s + 1 is no letter: a space, a mark.)
    const l1 = (c1 | 32) - 97;
    if (l1 < 0 || l1 >= 26) return this.letterThenOther;
    const p = 26 * l0 + l1;
    return (this.pairs[p >> 5] & (1 << (p & 31))) !== 0;
  }
}

const asciiInLower = (c: number): boolean => c === 0x130 || c === 0x212a;

/** fourLetters' answer when one of the characters has an ASCII letter in its lower case without being one. */
const BEYOND_ASCII = -2;

/** The four characters of w from s as a number (letters counted from "a", 26 to a place) when they are ASCII letters, in either case; else -1 (or BEYOND_ASCII). */
function fourLetters(w: string, s: number): number {
  let q = 0;
  for (let i = s; i < s + 4; i++) {
    const c = w.charCodeAt(i);
    if (asciiInLower(c)) return BEYOND_ASCII;
    const l = (c | 32) - 97;
    if (l < 0 || l >= 26) return -1;
    q = 26 * q + l;
  }
  return q;
}
