// What the name-candidate passes ask of a word many times over (is it capitalised and no elided article, which of
// the language's lists its lower case is on), decided once per distinct written form and kept on the form
// (text/forms.ts Form.facts, through the lexicon's memo): the passes then test a bit per token instead of running
// several string-keyed set lookups and regexes on every capitalised word.
import type { Lexicon } from "../lexicon";
import type { LexiconData } from "../lexicon/types";
import { memo } from "../lexicon/gazetteer-tables";
import { ARABIC_ARTICLE, CONTRACTION, DE_PARTICLES, IN_NAME_ABBREVIATIONS, PARTICLE_TITLES, SAINT_ABBREVIATIONS } from "../lexicon/entity-words";
import { NOBLE_TITLES_FR } from "../lexicon/fr/entities";
import type { Form } from "../text/forms";

/**
 * A fact of a form, remembered on the form: `decide` runs once per distinct form (and per table made here). The
 * lexicon's memo hands its function the form's text only; the form being asked is passed beside it, which is
 * sound because every field of a form is a function of its characters.
 */
export function formFact<T>(decide: (f: Form) => T): (f: Form) => T {
  let asked: Form;
  const remembered = memo(() => decide(asked));
  return (f) => {
    asked = f;
    return remembered(f);
  };
}

/** A capitalised word that is no elided article ("L'", "D'") nor an English contraction ("I'm", "Don't"): it may open a name. */
export const OPENS = 1;
/** On the language's lists (lower case, apostrophes as "'"): honorifics, words that name nobody, determiners, name particles, role nouns. */
export const HONORIFIC = 2;
export const NOT_NAME = 4;
export const DETERMINER = 8;
export const PARTICLE = 16;
export const ROLE_NOUN = 32;
/** "st", "sr": honorific abbreviations that also stand inside or after a name. */
export const IN_NAME = 64;
/** "St", "Ste", "ST": a saint's abbreviation as written. */
export const SAINT = 128;
/** "de", "d'": the particle a surname may keep after a title ("M. de Bismarck"). */
export const DE = 256;
/** Titles that take a particle: military ("général", PARTICLE_TITLES) and noble ones ("duc", NOBLE_TITLES_FR). */
export const PARTICLE_TITLE = 512;
export const NOBLE_TITLE = 4096;
/** An Arabic article joined to a surname ("al-Assad", "el-Tayeb"). */
export const ARABIC = 1024;
/** A letter somewhere in the form (\p{L}). */
export const LETTER = 2048;

const LETTER_ANYWHERE = /\p{L}/u;
const hasApostrophe = (w: string): boolean => w.includes("'") || w.includes("’");

function bitsOf(f: Form, lex: Lexicon): number {
  const lw = f.lw;
  let b = 0;
  if (f.word && f.cap && !lw.endsWith("'") && !(hasApostrophe(f.t) && CONTRACTION.test(f.t))) b |= OPENS;
  if (lex.honorifics.has(lw)) b |= HONORIFIC;
  if (lex.notNames.has(lw)) b |= NOT_NAME;
  if (lex.determiners.has(lw)) b |= DETERMINER;
  if (lex.particles.has(lw)) b |= PARTICLE;
  if (lex.roleNouns.has(lw)) b |= ROLE_NOUN;
  if (IN_NAME_ABBREVIATIONS.has(lw)) b |= IN_NAME;
  if (SAINT_ABBREVIATIONS.has(f.t) || f.t === "ST") b |= SAINT;
  if (DE_PARTICLES.has(lw)) b |= DE;
  if (PARTICLE_TITLES.has(lw)) b |= PARTICLE_TITLE;
  if (NOBLE_TITLES_FR.has(lw)) b |= NOBLE_TITLE;
  if (ARABIC_ARTICLE.test(f.t)) b |= ARABIC;
  if (LETTER_ANYWHERE.test(f.t)) b |= LETTER;
  return b;
}

/**
 * The candidate bits of a form for a lexicon. The lists read here come from the language's data alone (not from
 * the caller's extra verbs), so one table per language's data serves every lexicon compiled from it.
 */
const tables = new WeakMap<LexiconData, (f: Form) => number>();
export function candidateBits(lex: Lexicon): (f: Form) => number {
  let table = tables.get(lex.data);
  if (!table) tables.set(lex.data, table = formFact((f) => bitsOf(f, lex)));
  return table;
}
