// Where sentences start, decided while the tokenizer makes the tokens (no second pass over them): the first word
// of the text, of a line, and after a sentence end ("." "!" "?" "…"). A period is no end after an abbreviation
// or before what continues the sentence, which needs the one or two tokens after it: its decision waits for them.
import { ABBREV, CAP_ABBREV } from "../lexicon/abbreviations";
import type { Form } from "./forms";

/** What sentences need of a token (tokenize.ts Token). */
interface Tok {
  readonly s: number;
  readonly e: number;
  readonly t: string;
  readonly lw: string;
  readonly word: boolean;
  readonly cap: boolean;
  readonly nl: number;
  readonly form: Form;
}

/** A token that may end a sentence: NO_END, or "!", "?", "…" (END), or "." (PERIOD, decided by its neighbours). */
export const NO_END = 0;
export const END = 1;
export const PERIOD = 2;

export class SentenceMarks {
  /** The next word opens a sentence. */
  private boundary = true;
  /** Index of a period whose decision waits for the tokens after it, or -1. */
  private pending = -1;

  constructor(private readonly toks: readonly Tok[]) {}

  /**
   * Token j, just added (its newlines before, whether it is a word, what end it may be): whether it opens a
   * sentence. The same answers as one pass over the finished list, since a period's decision only changes the
   * boundary for the words after it, and the token after a period that waits (")") is no word.
   */
  opens(j: number, nl: number, word: boolean, end: number): boolean {
    if (this.pending >= 0) this.settle(j);
    if (nl > 0) this.boundary = true;
    let opens = false;
    if (this.boundary && word) {
      opens = true;
      this.boundary = false;
    }
    if (end === PERIOD) this.pending = j;
    else if (end === END) this.boundary = true;
    return opens;
  }

  /** Decides the pending period when the tokens it needs are there (token j is the newest). */
  private settle(j: number): void {
    const i = this.pending;
    const toks = this.toks;
    // "(D-Va.), ranking member": a period before a glued ")" needs the token after the parenthesis too.
    if (j === i + 1 && toks[j].t === ")" && toks[j].s === toks[i].e) return;
    this.pending = -1;
    if (periodEnds(toks, i)) this.boundary = true;
  }
}

/** Whether the period at i ends its sentence (toks[i + 1] and, before a glued ")", toks[i + 2] are there). */
function periodEnds(toks: readonly Tok[], i: number): boolean {
  const tk = toks[i];
  const prev = i > 0 ? toks[i - 1] : undefined;
  const next = toks[i + 1];
  const glued = prev !== undefined && prev.e === tk.s;
  if (glued) {
    // "Mr.", "Sens.", "J.", "then-Sen.": an abbreviation's period; "no." only before a number ("No. 5", not "“No.” Smith").
    const bits = periodBits(prev.form);
    if (bits & ABBREVIATION || bits & NUMBER_ABBREVIATION && next !== undefined && periodBits(next.form) & DIGIT) return false;
  }
  // "Rep. Bobby Scott (D-Va.), ranking member …": a closing parenthesis, then a comma, after the abbreviation.
  if (next?.t === ")" && next.s === tk.e && continuesSentence(toks[i + 2])) return false;
  return !(glued && prev.word && continuesSentence(next));
}

/** Whether the token at i is the period of the abbreviation glued before it ("Jr.", "Mr.", "J."), no sentence end by itself. */
export function abbreviationPeriod(toks: readonly Tok[], i: number): boolean {
  const tk = toks[i];
  const prev = i > 0 ? toks[i - 1] : undefined;
  return tk?.t === "." && prev !== undefined && prev.e === tk.s && (periodBits(prev.form) & ABBREVIATION) !== 0;
}

/**
 * After a word's period, a comma or a lower-case word on the same line means the period was an
 * abbreviation's ("Kansas City, Mo., and …", "Calif., said", "Corp. and"): the sentence goes on.
 */
function continuesSentence(next: Tok | undefined): boolean {
  return next !== undefined && next.nl === 0 && (periodBits(next.form) & CONTINUES) !== 0;
}

const ABBREVIATION = 1;
/** "no": an abbreviation before a number only. */
const NUMBER_ABBREVIATION = 2;
/** Starts with an ASCII digit. */
const DIGIT = 4;
/** Continues a sentence after a period: "," ";" or a word in lower case not starting with a digit. */
const CONTINUES = 8;

/** What a form says next to a period, found once per distinct form (remembered on it). */
export function periodBits(f: Form): number {
  if (f.period >= 0) return f.period;
  const { t, lw } = f;
  const c = t.charCodeAt(0);
  const digit = c >= 48 && c <= 57;
  const listed = ABBREV.has(lw);
  let bits = digit ? DIGIT : 0;
  if (listed && lw === "no") bits |= NUMBER_ABBREVIATION;
  if (listed && lw !== "no" || CAP_ABBREV.has(t) || f.word && t.length === 1 && f.cap || hyphenAbbrev(lw)) bits |= ABBREVIATION;
  if (t === "," || t === ";" || f.word && !f.cap && !digit && t !== t.toUpperCase()) bits |= CONTINUES;
  return (f.period = bits);
}

/** "then-Sen.", "ex-Gov.": an abbreviation after a hyphen. */
function hyphenAbbrev(w: string): boolean {
  const h = w.lastIndexOf("-");
  return h > 0 && ABBREV.has(w.slice(h + 1));
}
