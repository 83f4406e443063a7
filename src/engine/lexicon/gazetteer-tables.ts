// Shared machinery of the gazetteers: table parsing, lazy tables, per-word memos, spelling
// normalisation (apostrophes, long s, capitals) and longest multi-word matches.

import type { Form } from "../text/forms";
import { normApostrophe } from "./apostrophes";

const HAS_APOSTROPHE = /[\u2019\u2018\u02BC\u0060\u00B4]/;

/** The lexicon's apostrophe normaliser, under the name the gazetteer API has always exported. */
export const normalizeApostrophes = normApostrophe;

interface Entry {
  group: string;
  name: string;
  /** Marked "?" in a hand table. */
  flagged: boolean;
}

/** Parses "KEY:a|?b|c" lines (a plain loop: the city table has ~25k names). */
export function grouped(table: string): Entry[] {
  const out: Entry[] = [];
  for (const line of table.split("\n")) {
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const group = line.slice(0, colon).trim();
    for (const raw of line.slice(colon + 1).split("|")) {
      const flagged = raw.charCodeAt(0) === 63; // "?"
      let name = (flagged ? raw.slice(1) : raw).trim();
      if (HAS_APOSTROPHE.test(name)) name = normalizeApostrophes(name);
      if (name) out.push({ group, name, flagged });
    }
  }
  return out;
}

export function flat(table: string): string[] {
  return table
    .split(/[|\n]/)
    .map((s) => normalizeApostrophes(s.trim().replace(/^\?/, "")))
    .filter((s) => s.length > 0);
}

/** Lazily built value: the tables are parsed on first use, once. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

const MEMO_LIMIT = 50_000;
const NONE: unique symbol = Symbol("none");

/** A word to look up: its text, or a token's form (text/forms.ts), which keeps the answers on itself. */
export type Word = string | Form;

/** Slots taken in Form.facts, one per memo. */
let factSlots = 0;

/**
 * A lookup remembered per distinct word: an article asks about the same few hundred words
 * thousands of times, and each raw lookup normalises, lower-cases or title-cases its key
 * (allocations that made garbage collection the largest cost). The tables never change, so a
 * remembered answer stays right. Asked with a token's form, the answer is kept in the form's own
 * slot (no string hashed, no probe of a large Map: these were ~6 % of the engine); asked with a
 * string, in a Map emptied when it grows past MEMO_LIMIT words.
 */
export function memo<T>(f: (word: string) => T): (word: Word) => T {
  // "No answer" is kept as NONE, so that a remembered undefined costs one lookup, not a get and a has.
  const cache = new Map<string, T | typeof NONE>();
  const slot = factSlots++;
  return (word) => {
    if (typeof word !== "string") {
      const facts = word.facts ??= [];
      const known = facts[slot] as T | typeof NONE | undefined;
      if (known !== undefined) return known === NONE ? undefined as T : known;
      const value = f(word.t);
      facts[slot] = value === undefined ? NONE : value;
      return value;
    }
    const hit = cache.get(word);
    if (hit !== undefined) return hit === NONE ? undefined as T : hit;
    const value = f(word);
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(word, value === undefined ? NONE : value);
    return value;
  };
}

/** The text of a word. */
export const textOf = (word: Word): string => (typeof word === "string" ? word : word.t);

export const wordCount = (s: string): number => s.split(/\s+/).length;

const PARTICLES = new Set(["de", "du", "des", "d'", "la", "le", "les", "l'", "of", "the", "and", "et", "en", "sur", "al", "el"]);

/** "PÉKIN" -> "Pékin", "CÔTE D'IVOIRE" -> "Côte d'Ivoire": for datelines and headlines. */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((part, i) => {
      const elided = /^([dl]')(.+)$/.exec(part);
      if (elided && i > 0) return elided[1] + elided[2].charAt(0).toUpperCase() + elided[2].slice(1);
      if (i > 0 && PARTICLES.has(part)) return part;
      return part.charAt(0).toUpperCase() + part.slice(1);
    })
    .join("");
}

export const isAllCaps = (s: string): boolean => /\p{Lu}.*\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

const LONG_S = /f(?=\p{Ll})/gu;

/**
 * Old print's long s (ſ) read as f by OCR: "Long-Ifland", "Pennfylvania", "Prefident".
 * A lower-case f before another lower-case letter becomes s: a lookup key only, tried
 * after the word as written, so "Suffolk" or "Jefferson" still match as themselves.
 */
export function longS(word: string): string {
  return word.indexOf("f") < 0 ? word : word.replace(LONG_S, "s");
}

export interface TokenMatch<T> {
  /** Number of tokens the name spans, from `start`. */
  length: number;
  name: string;
  info: T;
}

/**
 * Longest known name starting at tokens[start], the tokens being the words of
 * the text in order (whitespace-separated; "d'Ivoire" is one token). At most
 * `maxWords` lookups: O(1) each.
 */
export function longestMatch<T>(
  tokens: readonly string[],
  start: number,
  maxWords: number,
  find: (name: string) => T | undefined,
): TokenMatch<T> | undefined {
  const last = Math.min(tokens.length, start + maxWords);
  // The longest name is joined once; each shorter one is its head, cut before the last word.
  let name = tokens.slice(start, last).join(" ");
  for (let end = last; end > start; end--) {
    if (end < last) name = name.slice(0, name.length - tokens[end].length - 1);
    const info = find(name);
    if (info !== undefined) return { length: end - start, name, info };
  }
  return undefined;
}
