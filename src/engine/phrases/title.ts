// The modifiers of a title noun, before it: "former foreign minister", "the province's transportation minister",
// "a Pentagon spokesman" (a name in the modifiers' place). Shared by the entity rules (the English hook
// titleModifiersStart) and the quote finders (quotes/subject-phrase.ts): imports only text/, lexicon/ and the
// one-token possessive test.
import type { Lexicon } from "../lexicon";
import type { Token } from "../text/tokenize";
import { isPossessive } from "../entities/possessive";

/**
 * Whether token t may modify a title noun after it: a word on its line (or opening its sentence, a paragraph's first
 * word: "State Sen. Lee Bright"), no possessive ("the province's" opens the
 * phrase, it is no modifier), determiner, auxiliary, verb form, name particle, complementizer, nor a word of the
 * language's table that ends the modifiers (prepositions, conjunctions).
 */
function mayModify(t: Token, lex: Lexicon): boolean {
  return t.word && (t.nl === 0 || t.sent) && !isPossessive(t) && !lex.determiners.has(t.lw) && !lex.auxiliaries.has(t.lw) &&
    (!lex.verbForms.has(t.lw) || lex.titleModifiers.nounsAlsoVerbs.has(t.lw)) && !lex.particles.has(t.lw) && !lex.complementizers.has(t.lw) && !lex.titleModifiers.stops.has(t.lw);
}

/**
 * Where the modifiers before the title noun at token `noun` begin: at most the language's reach of words
 * (Lexicon.titleModifiers) in lower case, or one of its `atSentenceStart` capitalised at the sentence's start ("Former
 * foreign minister Anne Reed"); `noun` when there is none (always, in a language that leaves the shape out).
 */
export function titleModifiersStart(toks: Token[], noun: number, lex: Lexicon): number {
  const o = lex.titleModifiers;
  let s = noun;
  while (noun - s < o.reach && s > 0) {
    const t = toks[s - 1];
    if (!mayModify(t, lex) || t.cap && !(t.sent && o.atSentenceStart.has(t.lw))) break;
    s--;
    if (t.sent) break;
  }
  return s;
}

/**
 * Whether a title noun (one of `nouns`) follows the name that ends before token b, after lower-case words that may
 * modify it (fewer than the language's reach): the name is in the title's modifiers ("a Pentagon spokesman", "the
 * White House press secretary"), not the title's holder. The same modifiers as titleModifiersStart, read forward from
 * a name instead of backward from a title noun.
 */
export function nameModifiesTitle(toks: Token[], b: number, lex: Lexicon, nouns: { has(lw: string): boolean }): boolean {
  for (let n = b; n < b + lex.titleModifiers.reach; n++) {
    const t = toks[n];
    if (!t || t.cap || !mayModify(t, lex)) return false;
    if (nouns.has(t.lw)) return true;
  }
  return false;
}
