// Which of the language's word lists a lower-case word is on, as bits in one table: the candidate passes test the
// words around a capital against several lists (honorifics, words that name nobody, determiners, particles, role
// nouns), and one Map lookup answers them all where each Set lookup cost as much as that one.
import type { Lexicon } from "../lexicon";
import type { LexiconData } from "../lexicon/types";
import { IN_NAME_ABBREVIATIONS, PARTICLE_TITLES } from "../lexicon/entity-words";
import { NOBLE_TITLES_FR } from "../lexicon/fr/entities";
import type { Form } from "../text/forms";

/** Lower-case word → the bits of the lists it is on (absent: none). */
export interface ListBits extends ReadonlyMap<string, number> {
  /** The bits of a form's lower case, kept on the form (one gazetteer fact slot per table): no string hashed. */
  readonly ofForm: (form: Form) => number;
}

/** The bits of a token's lower-case word: from its form when it has one (a token's lw is its form's). */
export const bitsOf = (lists: ListBits, t: { lw: string; form?: Form }): number => t.form ? lists.ofForm(t.form) : lists.get(t.lw) ?? 0;

/** How many form tables were made: each reads and writes its own slot of a form's `lists`. */
let tableCount = 0;
/** Slots past this many answer without keeping (a form's slots stay few: a table per language, per lexicon). */
const MAX_SLOTS = 32;

/**
 * A word fact as bits, asked of a form's lower case and kept in the form's slot for this table: one array read
 * per token after the first, where a memo by the form's text hashed a string.
 */
export function formTable(bitsOfWord: (lw: string) => number): (form: Form) => number {
  const id = tableCount++;
  if (id >= MAX_SLOTS) return (form) => bitsOfWord(form.lw);
  return (form) => {
    const slots = form.lists ??= [];
    const b = slots[id];
    return b !== undefined ? b : (slots[id] = bitsOfWord(form.lw));
  };
}

/**
 * formTable for the entity passes' main table (cues.ts entityLists), kept in the form's own fields for this table:
 * a form holds one such table's bits at a time (one lexicon per analysis), so that a token's bits are one field
 * read, where a slot of an array on the form was two reads more, each likely a cache miss.
 */
export function mainFormTable(bitsOfWord: (lw: string) => number): (form: Form) => number {
  const key = {};
  return (form) => {
    if (form.entityFor === key) return form.entity;
    form.entityFor = key;
    return (form.entity = bitsOfWord(form.lw));
  };
}

/** A table of bits over word lists (each list with its bit). */
export function bitTable(lists: readonly (readonly [Iterable<string>, number])[]): ListBits {
  const map = new Map<string, number>();
  for (const [words, bit] of lists) for (const w of words) map.set(w, (map.get(w) ?? 0) | bit);
  return Object.assign(map, { ofForm: formTable((lw) => map.get(lw) ?? 0) });
}

/**
 * The lists' bits: honorifics, words that name nobody, determiners, name particles, role nouns; "st", "sr" (honorific
 * abbreviations that also stand inside or after a name); titles that take a particle, military ("général",
 * PARTICLE_TITLES) and noble ones ("duc", NOBLE_TITLES_FR).
 */
export const HONORIFIC = 1, NOT_NAME = 2, DETERMINER = 4, PARTICLE = 8, ROLE_NOUN = 16, IN_NAME = 32, PARTICLE_TITLE = 64, NOBLE_TITLE = 128;

/**
 * The candidate passes' table for a lexicon. Its lists come from the language's data alone (not from the caller's
 * extra verbs), so one table per language's data serves every lexicon compiled from it.
 */
const tables = new WeakMap<LexiconData, ListBits>();
export function candidateLists(lex: Lexicon): ListBits {
  let table = tables.get(lex.data);
  if (!table) {
    table = bitTable([[lex.honorifics.keys(), HONORIFIC], [lex.notNames, NOT_NAME], [lex.determiners, DETERMINER], [lex.particles, PARTICLE],
      [lex.roleNouns.keys(), ROLE_NOUN], [IN_NAME_ABBREVIATIONS, IN_NAME], [PARTICLE_TITLES, PARTICLE_TITLE], [NOBLE_TITLES_FR, NOBLE_TITLE]]);
    tables.set(lex.data, table);
  }
  return table;
}
