// Which lexicon lists a token's word is on, as bits, looked up once per distinct word of the text:
// the per-token loops of the quote finders (findIndirect, findNominalReports) then skip the words
// that none of their rules can start on with one array read instead of several set lookups.
import { mayHaveShape, type Lexicon } from "../lexicon";
import type { Token } from "../text/tokenize";
import { INVERSION } from "../lexicon/fr/quotes";

/** A reporting verb form, bare, inverted ("dit-il") or pronominal ("inquiète" of "s'inquiéter"). */
export const VERBISH = 1;
/** The first word of a source preposition ("selon", "according"). */
export const SOURCE_PREP = 2;
/** A French cue word that opens a source on its own ("pour", "selon", "d'"). */
export const FRENCH_CUE = 4;
/** A noun that reports its possessor's words before a complementizer ("claim", "affirmation"). */
export const REPORT_NOUN = 8;
/** A complementizer ("that", "que"). */
export const COMPLEMENTIZER = 16;
/** A form of a verb that reports only through its frame ("parle" of "parler|de+np", "rapporte" of "rapporter|que"). */
export const FRAME_ONLY = 32;

function bitsOf(lex: Lexicon, lw: string): number {
  let b = 0;
  const inv = lw.indexOf("-") < 0 ? null : INVERSION.exec(lw);
  if (mayHaveShape(lex.verbShapes, lw) && lex.verbForms.has(lw) || inv && lex.verbForms.has(inv[1]) ||
    lex.pronominalForms.has(inv ? inv[1] : lw)) b |= VERBISH;
  if (lex.sourcePrepFirst.has(lw)) b |= SOURCE_PREP;
  if (lex.reportCueWords.has(lw)) b |= FRENCH_CUE;
  if (lex.reportNouns.has(lw)) b |= REPORT_NOUN;
  if (lex.complementizers.has(lw)) b |= COMPLEMENTIZER;
  if (lex.frameOnlyForms.has(lw)) b |= FRAME_ONLY;
  return b;
}

/** Token index → bits of its lower-case word (see above), remembered on the token's form. */
export function wordBits(toks: Token[], lex: Lexicon): Uint8Array {
  const out = new Uint8Array(toks.length);
  let memo = memos.get(lex);
  if (!memo) memos.set(lex, memo = new Map());
  for (let k = 0; k < toks.length; k++) {
    const f = toks[k].form;
    if (f.bitsFor !== lex) {
      let b = memo.get(f.lw);
      if (b === undefined) {
        if (memo.size >= MEMO_LIMIT) memo.clear();
        memo.set(f.lw, b = bitsOf(lex, f.lw));
      }
      f.bits = b;
      f.bitsFor = lex;
    }
    out[k] = f.bits;
  }
  return out;
}

/** Bits per word, per lexicon, kept across analyses (a short article repeats few words of its own). */
const memos = new WeakMap<Lexicon, Map<string, number>>();
/** Bound on a memo's size (cleared when reached): the vocabulary of many texts stays in memory otherwise. */
const MEMO_LIMIT = 50_000;
