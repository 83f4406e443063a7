// Shared machinery of the gazetteers: table parsing, lazy tables, per-word memos, spelling
// normalisation (apostrophes, long s, capitals) and longest multi-word matches.

import { FormFacts, type FactField, type Form } from "../text/forms";
import { isSurrogate, unicodeBits, U_LOWER, U_UPPER } from "../text/unicode";
import { normApostrophe } from "./apostrophes";
import { lazy } from "../text/lazy";

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

const MEMO_LIMIT = 50_000;
const NONE: unique symbol = Symbol("none");

/** A word to look up: its text, or a token's form (text/forms.ts), which keeps the answers on itself. */
export type Word = string | Form;

/**
 * Answers remembered per string, in two generations: when the current one grows past MEMO_LIMIT words it becomes
 * the old one (the older is dropped), and a word found in the old one moves back to the current one. Words still
 * asked about survive the flush, where emptying one Map made every word redo its raw lookup. "No answer" is kept
 * as NONE, so that a remembered undefined costs one lookup, not a get and a has.
 */
export function stringMemo<T>(f: (word: string) => T): (word: string) => T {
  let current = new Map<string, T | typeof NONE>();
  let old = new Map<string, T | typeof NONE>();
  return (word) => {
    let hit = current.get(word);
    if (hit === undefined) {
      hit = old.get(word);
      if (hit === undefined) {
        const value = f(word);
        hit = value === undefined ? NONE : value;
      }
      if (current.size >= MEMO_LIMIT) { old = current; current = new Map(); }
      current.set(word, hit);
    }
    return hit === NONE ? undefined as T : hit;
  };
}

/** Yes/no questions taken in FormFacts.asked/yes, one bit each (kept below 30: a small integer). */
let flagBits = 0;
/** Object questions taken in FormFacts.held, one bit each. */
let heldBits = 0;

function nextBit(taken: number): number {
  if (taken >= 30) throw new Error("FormFacts: no bit left");
  return 1 << taken;
}

/**
 * A yes/no lookup remembered per distinct word: an article asks about the same few hundred words thousands of
 * times, and each raw lookup normalises, lower-cases or title-cases its key (allocations that made garbage
 * collection the largest cost). The tables never change, so a remembered answer stays right. Asked with a token's
 * form, the answer is two bits of the form's FormFacts (one read and a mask, no string hashed); asked with a
 * string, in a two-generation Map (stringMemo).
 */
export function memoFlag(f: (word: string) => boolean): (word: Word) => boolean {
  const asked = nextBit(flagBits++);
  const strings = stringMemo(f);
  return (word) => {
    if (typeof word === "string") return strings(word);
    const facts = word.facts ??= new FormFacts();
    if ((facts.asked & asked) !== 0) return (facts.yes & asked) !== 0;
    const value = f(word.t);
    facts.asked |= asked;
    if (value) facts.yes |= asked;
    return value;
  };
}

/** Questions without a field, numbered: the index of each one's answer in FormFacts.others. */
let otherSlots = 0;

/**
 * A lookup whose answer is an object (or undefined), remembered per distinct word as memoFlag's: asked with a
 * token's form, in the FormFacts field named (one field per question), or without a field at the question's own
 * index of FormFacts.others (one array read; no string hashed, where a Map keyed by the form's text cost a hash
 * lookup in a table of the whole vocabulary).
 */
export function memo<T>(f: (word: string) => T, field?: FactField): (word: Word) => T {
  const strings = stringMemo(f);
  if (field === undefined) {
    const slot = otherSlots++;
    return (word) => {
      if (typeof word === "string") return strings(word);
      const others = (word.facts ??= new FormFacts()).others ??= [];
      let hit = others[slot];
      if (hit === undefined) {
        const value = f(word.t);
        others[slot] = hit = value === undefined ? NONE : value;
      }
      return hit === NONE ? undefined as T : hit as T;
    };
  }
  const held = nextBit(heldBits++);
  return (word) => {
    if (typeof word === "string") return strings(word);
    const facts = word.facts ??= new FormFacts();
    if ((facts.held & held) !== 0) return facts[field] as T;
    const value = f(word.t);
    facts[field] = value;
    facts.held |= held;
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

/**
 * Two capitals on one line and no lower-case letter: "PÉKIN", "U.S." (ALL_CAPS and not LOWER). Read code unit by
 * code unit, the classes of the BMP from unicode.ts's table (no regex to compile on a first call); text with a
 * character beyond the BMP goes to the regexes, which decide. A line ends at \n, \r, U+2028 or U+2029 (what "."
 * does not match).
 */
export function isAllCaps(s: string): boolean {
  let run = 0;
  let pairs = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) { if (++run >= 2) pairs = 1; }
      else if (c === 10 || c === 13) run = 0;
      continue;
    }
    if (isSurrogate(c)) return ALL_CAPS().test(s) && !LOWER().test(s);
    const b = unicodeBits(c);
    if ((b & U_LOWER) !== 0) return false;
    if ((b & U_UPPER) !== 0) { if (++run >= 2) pairs = 1; }
    else if (c === 0x2028 || c === 0x2029) run = 0;
  }
  return pairs === 1;
}
const ALL_CAPS = lazy(() => /\p{Lu}.*\p{Lu}/u);
const LOWER = lazy(() => /\p{Ll}/u);

const LONG_S = lazy(() => /f(?=\p{Ll})/gu);

/**
 * Old print's long s (ſ) read as f by OCR: "Long-Ifland", "Pennfylvania", "Prefident".
 * A lower-case f before another lower-case letter becomes s: a lookup key only, tried
 * after the word as written, so "Suffolk" or "Jefferson" still match as themselves.
 * LONG_S's answer, by unicode.ts's classes when no surrogate follows an f.
 */
export function longS(word: string): string {
  let at = word.indexOf("f");
  if (at < 0) return word;
  let out = "";
  let from = 0;
  for (; at >= 0; at = word.indexOf("f", at + 1)) {
    const next = word.charCodeAt(at + 1);
    if (isSurrogate(next)) return word.replace(LONG_S(), "s");
    if (next < 128 ? next >= 97 && next <= 122 : (unicodeBits(next) & U_LOWER) !== 0) {
      out += word.slice(from, at) + "s";
      from = at + 1;
    }
  }
  return from === 0 ? word : out + word.slice(from);
}

export interface TokenMatch<T> {
  /** Number of tokens the name spans, from `start`. */
  length: number;
  name: string;
  info: T;
}

/** A sequence of tokens already looked up: the name they join into, what it is (if anything), and the sequences one token longer. */
interface Prefix<T> {
  match: TokenMatch<T> | undefined;
  next: Map<string, Prefix<T>> | undefined;
}

/** Prefixes kept per table before its cache is emptied. */
const PREFIX_LIMIT = 100_000;

/**
 * Longest known name starting at a token: matcher(find, maxWords)(tokens, start), the tokens being the words of
 * the text in order (whitespace-separated; "d'Ivoire" is one token). Each sequence of tokens is joined and looked
 * up once; afterwards the walk reads one Map entry per token, keyed by the token's own string (its hash already
 * computed), where joining the words and hashing the name at each length cost a string per lookup. The answers
 * are those of `find` on the joined names, which never change; the TokenMatch returned is shared, never to be
 * modified.
 */
export function matcher<T>(find: (name: string) => T | undefined, maxWords: number) {
  let root = new Map<string, Prefix<T>>();
  let size = 0;
  return (tokens: readonly string[], start: number): TokenMatch<T> | undefined => {
    if (size > PREFIX_LIMIT) { root = new Map(); size = 0; }
    const last = Math.min(tokens.length, start + maxWords);
    let level = root;
    let prefix: Prefix<T> | undefined;
    let best: TokenMatch<T> | undefined;
    for (let end = start + 1; end <= last; end++) {
      const word = tokens[end - 1];
      prefix = level.get(word);
      if (prefix === undefined) {
        const name = end - start === 1 ? word : tokens.slice(start, end).join(" ");
        const info = find(name);
        prefix = { match: info === undefined ? undefined : { length: end - start, name, info }, next: undefined };
        level.set(word, prefix);
        size++;
      }
      if (prefix.match !== undefined) best = prefix.match;
      if (end < last) level = prefix.next ??= new Map();
    }
    return best;
  };
}
