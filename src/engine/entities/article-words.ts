// What the whole article says about a word, for the rule that a capitalised word the article also writes in lower case
// is that common word ("Bonnes références", "Exposition de peintures"): name-kind.ts asks it of one-word candidates.
import type { Token } from "../text/tokenize";
import type { Candidate } from "./candidate";
import { isSpaceCode } from "../text/chars";
import { startsOf } from "../text/offsets";

/** How the article writes one word: in lower case somewhere, capitalised somewhere other than a sentence's opening. */
export interface Usage {
  lower: boolean;
  capInside: boolean;
}

/** The token opens a sentence, a dialogue turn or a quoted line: its capital says nothing. */
export type OpensSentence = (toks: Token[], k: number) => boolean;

/**
 * What the article says about a few words, gathered on first need by one pass over the tokens for every question
 * of the stage: whether name-kind.ts's one-word candidates are words the article writes in lower case ("Bonnes
 * références", "Exposition de peintures"), and how the article writes the words that open its sentences
 * (openers.ts). The words asked about are known before any question: the candidates' first words, and those that
 * open a sentence (and the word after, where a nationality before a name goes). A token passes to the map only when
 * its first two letters open one of them (WordStarts: no string hashed for most tokens), where adding every
 * lower-case word of the article to a set was a twentieth of the classify stage, and the two questions' two passes
 * a fifth. A word no question foresaw is answered from the whole set of lower-case words, or by a pass of its own.
 */
export class ArticleWords {
  /** The words foreseen, each with how the article writes it. */
  private usages: Map<string, Usage> | undefined;
  private lower: Set<string> | undefined;
  private lastWords: Set<string> | undefined;

  constructor(private readonly toks: Token[], private readonly cands: Candidate[], private readonly text: string,
    private readonly opensSentence: OpensSentence) {}

  /** The word is written in lower case somewhere in the article. */
  usedLower(lw: string): boolean {
    const hit = (this.usages ??= this.foreseen()).get(lw);
    if (hit !== undefined) return hit.lower;
    if (!this.lower) {
      this.lower = new Set();
      for (const t of this.toks) if (t.word && !t.cap) this.lower.add(t.lw);
    }
    return this.lower.has(lw);
  }

  /** How the article writes each of the words (in lower case), and the others asked before. */
  usage(words: Iterable<string>): Map<string, Usage> {
    // (Asked before any usedLower, as where the language has no such rule: only these words.)
    const usages = this.usages ??= new Map();
    let missing: Map<string, Usage> | undefined;
    for (const w of words) if (!usages.has(w)) (missing ??= new Map()).set(w, { lower: false, capInside: false });
    if (missing) {
      this.scan(missing);
      for (const [w, u] of missing) usages.set(w, u);
    }
    return usages;
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

  /**
   * The words the stage's questions will ask about, with their usage: the candidates' first words of four letters or
   * more (usedLower asks only of those: shorter ones, initials among them, are left out), and the capitalised words
   * of two letters or more that open a sentence at a candidate's first or second word (the openers' suspects).
   */
  private foreseen(): Map<string, Usage> {
    const toks = this.toks;
    const out = new Map<string, Usage>();
    for (const c of this.cands) {
      const lw = toks[c.a].lw;
      if (lw.length > 3 && !out.has(lw)) out.set(lw, { lower: false, capInside: false });
      for (let k = c.a; k < c.b && k <= c.a + 1; k++) {
        const t = toks[k];
        if (t.word && t.cap && !t.upper && t.t.length >= 2 && !t.lw.endsWith("'") && !out.has(t.lw) && this.opensSentence(toks, k)) out.set(t.lw, { lower: false, capInside: false });
      }
    }
    this.scan(out);
    return out;
  }

  /** Fills in the usage of each word: one pass over the tokens. */
  private scan(words: Map<string, Usage>): void {
    const toks = this.toks;
    const starts = new WordStarts();
    for (const w of words.keys()) starts.add(w);
    const text = this.text;
    // (The starts from the offset index, read in order, where each token's own was a read of an object. A token's end
    // is read as the next one's start, or the text's end: no read of its string; it may take the spaces after the
    // token in, which then fail the letter test.)
    const at = startsOf(toks);
    const n = toks.length;
    for (let k = 0; k < n; k++) {
      if (!starts.mayOpen(text, at[k], k + 1 < n ? at[k + 1] : text.length)) continue;
      const f = toks[k].form;
      const u = f.word ? words.get(f.lw) : undefined;
      if (!u) continue;
      if (!f.cap) u.lower = true;
      else if (!this.opensSentence(toks, k)) u.capInside = true;
    }
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
    if (e - s >= 4) {
      const c0 = text.charCodeAt(s);
      const c1 = text.charCodeAt(s + 1);
      const l0 = (c0 | 32) - 97;
      const l1 = (c1 | 32) - 97;
      if (l0 >= 0 && l0 < 26 && l1 >= 0 && l1 < 26) {
        // (The set is asked only when the first two letters open one of its words.)
        const p = 26 * l0 + l1;
        const paired = (this.fourPairs[p >> 5] & (1 << (p & 31))) !== 0;
        const q = fourLetters(text, s);
        // A token that opens with four ASCII letters is four letters long or more (a letter is always in a token, and
        // the next token starts past them), and its lower case opens with them: it is one of the words that open with
        // them, or none (no shorter word, none that opens otherwise).
        if (q >= 0) return paired && this.fours.has(q);
        if (paired && q === BEYOND_ASCII) return true;
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
