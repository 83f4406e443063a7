// A name mention (a candidate once classified) and the helpers that build one from a token span.
import type { Token } from "../text/tokenize";
import type { EntityKind } from "../types";
import { isPossessive } from "./possessive";

export interface NameMention {
  a: number;
  b: number;
  s: number;
  e: number;
  text: string;
  kind: EntityKind;
  /** Strong evidence for a person (honorific, role, first name, reporting verb). */
  strong: boolean;
  role?: string;
  gender?: "m" | "f";
  /** A place name read in a place's position: after a preposition or an article ("à Berne", "the Hague"). */
  placeSlot?: boolean;
  /** The place slot is only a "de" complement of a noun that names no place (EntityHooks.ofComplement). */
  ofSlot?: boolean;
  /**
   * A person read only from the verb beside the name or from the name's shape ("Comelf said", "Takuya Takagi"),
   * the evidence an organisation of the same name elsewhere in the article outweighs (entities/settle.ts).
   */
  byContext?: boolean;
}

export interface Span {
  a: number;
  b: number;
  s: number;
  e: number;
  text: string;
}

/** Tokens [a, b) and their character span, without a final possessive "'s". */
export function span(toks: Token[], a: number, b: number, text: string): Span {
  const s = toks[a].s;
  const e = toks[b - 1].e - (isPossessive(toks[b - 1]) ? 2 : 0);
  // A one-token name is its token's text, a string shared by every occurrence: the gazetteer's memo
  // tables then find it by identity instead of comparing a fresh copy character by character.
  return { a, b, s, e, text: b - a === 1 && e === toks[a].e ? toks[a].t : text.slice(s, e) };
}

/** The text of span(toks, a, b, text), without building the span. */
export function spanText(toks: Token[], a: number, b: number, text: string): string {
  const e = toks[b - 1].e - (isPossessive(toks[b - 1]) ? 2 : 0);
  return b - a === 1 && e === toks[a].e ? toks[a].t : text.slice(toks[a].s, e);
}

/**
 * A mention of the span, built field by field: every mention then has one object shape
 * (object spreads made a new shape per call site, and garbage for the spread source).
 */
export function named(sp: Span, kind: EntityKind, strong: boolean, role?: string, gender?: "m" | "f"): NameMention {
  return { a: sp.a, b: sp.b, s: sp.s, e: sp.e, text: sp.text, kind, strong, role, gender, placeSlot: undefined, ofSlot: undefined, byContext: undefined };
}

/** A copy of m read as another kind, in named()'s shape (a spread of m made a shape of its own). */
export function retyped(m: NameMention, kind: EntityKind, strong = m.strong): NameMention {
  return { a: m.a, b: m.b, s: m.s, e: m.e, text: m.text, kind, strong, role: m.role, gender: m.gender, placeSlot: m.placeSlot, ofSlot: m.ofSlot, byContext: m.byContext };
}
