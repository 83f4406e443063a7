// Which lexicon lists a token's word is on, as bits, looked up once per distinct word of the text:
// the per-token loops of the quote finders (findIndirect, findNominalReports) then skip the words
// that none of their rules can start on with one array read instead of several set lookups.
import type { Lexicon } from "../lexicon";
import type { Token } from "../text/tokenize";
import { QUOTE_MARKS } from "./quote-marks";
import { FAR_STOP, INVERSION, INVERTED_AUX, INVERTED_ETRE } from "../lexicon/fr/quotes";
import { COMPLEMENT, CONJUNCTION, DEFINITE, RELATIVE, TRAILING } from "../lexicon/quote-words";
import { RELATIVE_EN, SAY_EN, TELL_EN } from "../lexicon/en/quotes";

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
/** A word that may open a French postposed cue before its verb (mayPostpose): an auxiliary, "s'", "n'", "ne", a hyphenated word ("a-t-il", "assure-t-on"). */
export const POSTPOSE_OPENER = 64;
/** On lex.namingVerbs ("called", "qualifié"). */
export const NAMING_VERB = 128;

// Above the byte wordBits returns: the facts the quote readers test on the tokens around a quote, so that a
// reader asks an Int32Array (Doc.facts) instead of hashing the token's string into a lexicon set.
/** isVerbForm (verbs.ts): a reporting verb form, bare or inverted ("dit-il"). */
export const VERB_FORM = 1 << 8;
/** On lex.verbForms as written. */
export const BARE_VERB_FORM = 1 << 9;
export const DETERMINER = 1 << 10;
export const SPEAKER_NOUN = 1 << 11;
export const ROLE_NOUN = 1 << 12;
export const HONORIFIC = 1 << 13;
/** A key of lex.pronouns (its gender is read there). */
export const PRONOUN = 1 << 14;
export const AUXILIARY = 1 << 15;
/** An inverted auxiliary ("a-t-il", "s'est-elle", "est-il"): INVERTED_AUX or INVERTED_ETRE. */
export const INVERTED_AUXILIARY = 1 << 16;
export const TIME_WORD = 1 << 17;
/** On quote-words DEFINITE, COMPLEMENT, RELATIVE, TRAILING. */
export const DEFINITE_WORD = 1 << 18;
export const COMPLEMENT_WORD = 1 << 19;
export const RELATIVE_WORD = 1 << 20;
export const TRAILING_WORD = 1 << 21;
/** One quote mark (doc.ts isQuoteMark; the lower case of a mark is the mark). */
export const QUOTE_MARK_WORD = 1 << 22;
/** English relative pronouns (lexicon/en/quotes.ts RELATIVE_EN) and clause conjunctions (quote-words.ts CONJUNCTION), in any language. */
export const RELATIVE_EN_WORD = 1 << 23;
export const CONJUNCTION_WORD = 1 << 24;
/** On TELL_EN, SAY_EN (lexicon/en/quotes.ts) and FAR_STOP (lexicon/fr/quotes.ts), in any language, as those sets are asked. */
export const TELL_WORD = 1 << 25;
export const SAY_WORD = 1 << 26;
/** On lex.nounLikeVerbForms, beliefForms, bareClauseForms, objectForms. */
export const NOUN_LIKE_VERB = 1 << 27;
export const BELIEF_FORM = 1 << 28;
export const BARE_CLAUSE_FORM = 1 << 29;
export const OBJECT_FORM = 1 << 30;
/** The sign bit: negative as a number, tested with & like the others. */
export const FAR_STOP_WORD = 1 << 31;

/** The sets a word's bit stands for, each asked once per distinct word. */
type Listed = (lex: Lexicon) => { has(w: string): boolean };
const LISTS: [Listed, number][] = [
  [(l) => l.sourcePrepFirst, SOURCE_PREP], [(l) => l.reportCueWords, FRENCH_CUE], [(l) => l.reportNouns, REPORT_NOUN],
  [(l) => l.complementizers, COMPLEMENTIZER], [(l) => l.frameOnlyForms, FRAME_ONLY], [(l) => l.verbForms, BARE_VERB_FORM],
  [(l) => l.determiners, DETERMINER], [(l) => l.speakerNouns, SPEAKER_NOUN], [(l) => l.roleNouns, ROLE_NOUN],
  [(l) => l.honorifics, HONORIFIC], [(l) => l.pronouns, PRONOUN], [(l) => l.auxiliaries, AUXILIARY], [(l) => l.timeWords, TIME_WORD],
  [() => DEFINITE, DEFINITE_WORD], [() => COMPLEMENT, COMPLEMENT_WORD], [() => RELATIVE, RELATIVE_WORD], [() => TRAILING, TRAILING_WORD],
  [(l) => l.namingVerbs, NAMING_VERB], [() => TELL_EN, TELL_WORD], [() => SAY_EN, SAY_WORD], [() => FAR_STOP, FAR_STOP_WORD],
  [(l) => l.nounLikeVerbForms, NOUN_LIKE_VERB], [(l) => l.beliefForms, BELIEF_FORM], [(l) => l.bareClauseForms, BARE_CLAUSE_FORM],
  [(l) => l.objectForms, OBJECT_FORM],
];

/** LISTS with each set read from the lexicon: once per call of tokenFacts, not once per distinct word and list. */
type ListedSets = [{ has(w: string): boolean }, number][];

/** (Apart from tokenFacts: a closure there would move its lexicon into a context object, read on every token.) */
function listedSets(lex: Lexicon): ListedSets {
  return LISTS.map(([list, bit]) => [list(lex), bit]);
}

function bitsOf(lex: Lexicon, lw: string, lists: ListedSets): number {
  let b = 0;
  const inv = lw.indexOf("-") < 0 ? null : INVERSION.exec(lw);
  // (Asked once per distinct word: no shape table before the set, which a first analysis would build for this.)
  const verbForm = lex.verbForms.has(lw) || !!inv && lex.verbForms.has(inv[1]);
  if (verbForm) b |= VERB_FORM;
  if (verbForm || lex.pronominalForms.has(inv ? inv[1] : lw)) b |= VERBISH;
  // Indexed, not for…of with destructuring: cold (a first analysis runs it ~700 times), the iterator costs more than the lookups.
  for (let i = 0; i < lists.length; i++) if (lists[i][0].has(lw)) b |= lists[i][1];
  if (lw.indexOf("-") >= 0 && (INVERTED_AUX.test(lw) || INVERTED_ETRE.test(lw))) b |= INVERTED_AUXILIARY;
  if ((b & AUXILIARY) !== 0 || lw.indexOf("-") >= 0 || lw === "s'" || lw === "n'" || lw === "ne") b |= POSTPOSE_OPENER;
  if (lw.length === 1 && QUOTE_MARKS.includes(lw)) b |= QUOTE_MARK_WORD;
  if (RELATIVE_EN.test(lw)) b |= RELATIVE_EN_WORD;
  if (CONJUNCTION.test(lw)) b |= CONJUNCTION_WORD;
  return b;
}

/**
 * Token index → every bit above of its lower-case word, remembered on the token's form (Form.bits, for the
 * lexicon Form.bitsFor): one array read per token, the lexicon looked up once per distinct word. A read past the
 * last token gives undefined, which masks to 0 as the lexicon sets answer no. Their low byte goes into `low` when given.
 */
export function tokenFacts(toks: Token[], lex: Lexicon, low?: Uint8Array): Int32Array {
  const out = new Int32Array(toks.length);
  let memo = memos.get(lex);
  if (!memo) memos.set(lex, memo = new Map());
  let lists: ListedSets | undefined;
  for (let k = 0; k < toks.length; k++) {
    const f = toks[k].form;
    if (f.bitsFor !== lex) {
      let b = memo.get(f.lw);
      if (b === undefined) {
        if (memo.size >= MEMO_LIMIT) memo.clear();
        memo.set(f.lw, b = bitsOf(lex, f.lw, lists ??= listedSets(lex)));
      }
      f.bits = b;
      f.bitsFor = lex;
    }
    out[k] = f.bits;
    if (low) low[k] = f.bits & 0xff;
  }
  return out;
}

/** Token index → bits of its lower-case word (VERBISH … NAMING_VERB), remembered on the token's form. */
export function wordBits(toks: Token[], lex: Lexicon): Uint8Array {
  const low = new Uint8Array(toks.length);
  tokenFacts(toks, lex, low);
  return low;
}

/** Bits per word, per lexicon, kept across analyses (a short article repeats few words of its own). */
const memos = new WeakMap<Lexicon, Map<string, number>>();
/** Bound on a memo's size (cleared when reached): the vocabulary of many texts stays in memory otherwise. */
const MEMO_LIMIT = 50_000;
