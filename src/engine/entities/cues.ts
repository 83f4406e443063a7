// Context cues around a name candidate: a role noun phrase before it ("le ministre chinois de
// la Défense, Wei Fenghe"), a reporting verb next to it, a lowercase organisation head.
import type { Lexicon } from "../lexicon";
import { tokAt, type Token } from "../text/tokenize";
import { NO_ROLE_ACROSS, ROLE_COMPLEMENT_PREPOSITIONS } from "../lexicon/entity-words";
import { INVERTED_SUBJECT } from "../lexicon/fr/entities";
import { entityHooks } from "../lang/entity-hooks";
import { candidateLists, DETERMINER, HONORIFIC, mainFormTable, PARTICLE, ROLE_NOUN, type ListBits } from "./list-bits";
import type { Form } from "../text/forms";
import { titleModifiersStart } from "../phrases/title";

const MAX_ROLE_WORDS = 8;
/** How many words a bracket between a role and its comma may hold ("(CNS)", "(Front national)"). */
const MAX_BRACKET = 3;

/**
 * The role phrase bound to a name starting at token a, when the text gives one just before it:
 * "ministre chinois de la Défense, Wei Fenghe" / "le général de brigade Amir Hatami" /
 * "UFCW Local 832 president Jeff Traeger". Returns the phrase (without determiner) or undefined.
 */
export function roleBefore(toks: Token[], a: number, lex: Lexicon): { role: string; gender?: "m" | "f"; start: number } | undefined {
  // (The lists a word is on, in one read: cueBits.)
  const bits = cueBits(lex);
  // "son avocat, Me Antoine Berger", "le maire, M. Paul Roche": the honorific before the name is no part of the role.
  let k = honorificBefore(toks, a, lex);
  const comma = tokAt(toks, k)?.t === ",";
  if (comma) k--;
  // "le président du Conseil national syrien (CNS), X": the body's acronym in brackets is no part of the role.
  if (comma && toks[k]?.t === ")") {
    let o = k - 1;
    while (o > 0 && k - o <= MAX_BRACKET && toks[o].word) o--;
    if (toks[o]?.t === "(" && o < k - 1) k = o - 1;
  }
  // "ministre de la Défense": a capital after "de la" is part of the role, not a name.
  // "un économiste chez Marc Dubois": "chez" before a name gives a place of work or a home, no role; "conseiller aux
  // États", "secrétaire d'État aux Affaires étrangères": "au"/"aux" (à + the article) before a chamber, a portfolio.
  else if (k >= 0 && (bits(toks[k].form) & (DETERMINER | PARTICLE) || NO_ROLE_ACROSS.has(toks[k].lw))) return undefined;
  const end = k;
  let roleAt = -1;
  let start = -1;
  // Since the last role noun or complement preposition read: whether one links the phrase read so far to a role noun
  // further back ("secrétaire général de l'ONU", "minister of defence"), and whether a lower-case word stands loose
  // there, where a language that puts a title's modifiers before it has no word of the title ("lawyer representing X").
  const modifiersBefore = lex.titleModifiers.reach > 0;
  let linked = true;
  let loose = false;
  for (let n = 0; k >= 0 && n < MAX_ROLE_WORDS; k--, n++) {
    const t = toks[k];
    if (!t.word && t.t !== "'" && t.t !== "’" && t.t !== "-") break;
    const tb = bits(t.form);
    // "Le procureur a requis dix ans contre Gérard Malvoisin", "an aide met with Anna Reed": a finite verb or a preposition
    // that opens no title's complement ends the role phrase.
    if (tb & ROLE_STOP) break;
    if (tb & ROLE_NOUN) {
      // "The actress Marie Dubois sat beside director Hans Keller", "The coach praised striker Tom Reyes": a role noun further
      // back belongs to the phrase only through a complement ("chief of staff") or right before it ("vice president").
      if (roleAt >= 0 && !linked && k !== start - 1 || modifiersBefore && loose) break;
      roleAt = k; start = k; linked = false; loose = false;
    } else if (tb & ROLE_OF) { linked = true; loose = false; }
    else if (!t.cap && t.word && !(tb & DETERMINER)) loose = true;
    if (t.nl > 0 && k < end) break;
    if (t.sent || (tb & DETERMINER && !(k > 0 && bits(toks[k - 1].form) & ROLE_OF))) break;
  }
  if (roleAt < 0 || start < 0) return undefined;
  // "Analyst Sanam Vakil of Chatham House": a name between the role noun and "of" is the person; the name after "of"
  // is where that person works, and takes no role.
  if (nameBeforeOf(toks, roleAt + 1, end, bits)) return undefined;
  // "D'après un conseiller de la Première ministre, Élisabeth Borne recevra …": after "selon", "d'après",
  // "according to", the comma closes the source and the name opens the clause (unless a comma closes it too).
  if (comma && afterSourcePreposition(toks, start, lex) && toks[nameEnd(toks, a, lex)]?.t !== ",") return undefined;
  // English puts the title's modifiers before its noun: "the province's transportation minister", "Former foreign minister".
  start = titleModifiersStart(toks, start, lex);
  // A comma apposition needs the role phrase to start at a determiner or a sentence start.
  const phrase = rolePhrase(toks, start, end + 1, false);
  if (!phrase || phrase.length > 80) return undefined;
  // "la ministre", "le porte-parole": a role noun of both genders takes the gender its determiner shows.
  return { role: phrase, gender: lex.roleNouns.get(toks[roleAt].lw) ?? lex.genderedDeterminers.get(tokAt(toks, start - 1)?.lw ?? ""), start };
}

/** The index of the honorific ("Me", "M.", "Mme", "Mrs") standing right before the name at a, its period read through; -1 if none. */
export function honorificAt(toks: Token[], a: number, lex: Lexicon): number {
  const h = tokAt(toks, a - 1)?.t === "." ? a - 2 : a - 1;
  const t = tokAt(toks, h);
  return t && lex.honorifics.has(t.lw) ? h : -1;
}

/** The token before the name at a, past an honorific on the name's line that a comma opens ("son avocat, Me X"). */
function honorificBefore(toks: Token[], a: number, lex: Lexicon): number {
  const h = honorificAt(toks, a, lex);
  return h >= 0 && toks[h].nl === 0 && toks[a].nl === 0 && tokAt(toks, h - 1)?.t === "," ? h - 1 : a - 1;
}

/** Whether a capitalised word that is no role word stands in [a, end] before the first word linking a complement. */
function nameBeforeOf(toks: Token[], a: number, end: number, bits: (f: Form) => number): boolean {
  let name = false;
  for (let k = a; k <= end; k++) {
    const tb = bits(toks[k].form);
    if (tb & ROLE_OF) return name;
    if (toks[k].cap && !(tb & (ROLE_NOUN | DETERMINER))) name = true;
    else if (name) return false;
  }
  return false;
}

/**
 * A role phrase's tokens [a, b) as written: words one space apart, a comma or an apostrophe glued to the word before
 * ("l'Intérieur", "ministre de l’Économie"), and a free-standing hyphen glued on both sides where `hyphens` ("vice -
 * président" → "vice-président", as the apposition after a name reads it; the role before a name keeps the spaces, so
 * the two stay apart to keep outputs as they were). The one join of entities/cues.ts and role-after.ts.
 */
export function rolePhrase(toks: Token[], a: number, b: number, hyphens: boolean): string {
  const words = toks.slice(a, b).map((t) => t.t).join(" ");
  return (hyphens ? words.replace(/ ([,'’-]) ?/g, "$1") : words.replace(/ ([,'’]) ?/g, "$1")).replace(/(['’]) /g, "$1");
}

/** Whether a source preposition ("selon", "d'après", "according to") stands before the role phrase starting at token k (after its determiner). */
function afterSourcePreposition(toks: Token[], k: number, lex: Lexicon): boolean {
  // The preposition may stand a few modifiers before the role noun ("according to the party's chairman").
  for (let e = k - 1; e >= 0 && e >= k - 4 && (toks[e].word || toks[e].t === "'" || toks[e].t === "’"); e--) {
    if (sourceBefore(toks, e + 1, lex)) return true;
    if (toks[e].sent) break;
  }
  return false;
}

/** The token after the capitalised words (and particles) of a name that starts at token a. */
function nameEnd(toks: Token[], a: number, lex: Lexicon): number {
  let b = a;
  while (toks[b] && toks[b].nl === 0 && (toks[b].cap || lex.particles.has(toks[b].lw) && toks[b + 1]?.cap)) b++;
  return b;
}

/** True when a reporting verb follows the name (after optional auxiliaries): "Wang said", "X a déclaré". */
export function verbAfter(toks: Token[], b: number, lex: Lexicon): boolean {
  const bits = cueBits(lex);
  for (let k = b, n = 0; k < toks.length && n < 4; k++, n++) {
    const t = toks[k];
    if (t.t === ",") return false;
    const tb = bits(t.form);
    if (tb & VERB) return true;
    if (!(tb & AUXILIARY)) return false;
  }
  return false;
}

/** True when a reporting verb directly precedes the name: "said Amir Hatami", "a déclaré M. Wei". */
export function verbBefore(toks: Token[], a: number, lex: Lexicon): boolean {
  const bits = cueBits(lex);
  let k = a - 1;
  if (k >= 0 && toks[k].t === ".") k--;
  if (k >= 0 && bits(toks[k].form) & HONORIFIC) k--;
  return k >= 0 && (bits(toks[k].form) & (VERB | INVERTED)) !== 0;
}

/** Whether a source preposition ("according to", "selon", "d'après") ends right before token a. */
export function sourceBefore(toks: Token[], a: number, lex: Lexicon): boolean {
  return lex.sourcePreps.some((p) => a - p.length >= 0 && p.every((w, i) => {
    const t = toks[a - p.length + i].lw;
    return t === w || t + "'" === w;
  }));
}

/** INVERTED_SUBJECT.test(lw) ("a-t-il", "va-t-elle"), its regex run only on a word with "-t-" in it. */
const invertedSubject = (lw: string): boolean => lw.indexOf("-t-") >= 0 && INVERTED_SUBJECT.test(lw);

// The bits cueBits adds to the candidate lists' (list-bits.ts: ROLE_NOUN, DETERMINER, PARTICLE, HONORIFIC …): a word
// that ends a role phrase (EntityHooks.roleStops), a preposition that links a title to its complement, a reporting
// verb form, an auxiliary, an inverted subject ("a-t-il").
const ROLE_STOP = 1 << 8, ROLE_OF = 1 << 9, VERB = 1 << 10, AUXILIARY = 1 << 11, INVERTED = 1 << 12;

/**
 * Every list the entity passes read of a word around a name (the candidate lists, list-bits.ts, and the bits above),
 * kept on its form, one table per lexicon (its verb forms include the caller's extra verbs): one field read per token
 * where each list was a string hashed into a set.
 */
const tables = new WeakMap<Lexicon, ListBits>();
export function entityLists(lex: Lexicon): ListBits {
  let table = tables.get(lex);
  if (!table) {
    const lists = candidateLists(lex);
    const stops = entityHooks(lex.lang).roleStops;
    const ofForm = mainFormTable((lw) => (lists.get(lw) ?? 0) | (stops.has(lw) ? ROLE_STOP : 0) | (ROLE_COMPLEMENT_PREPOSITIONS.has(lw) ? ROLE_OF : 0) |
      (lex.verbForms.has(lw) ? VERB : 0) | (lex.auxiliaries.has(lw) ? AUXILIARY : 0) | (invertedSubject(lw) ? INVERTED : 0));
    tables.set(lex, table = Object.assign(new Map(lists), { ofForm }));
  }
  return table;
}

const cueBits = (lex: Lexicon): ((form: Form) => number) => entityLists(lex).ofForm;
