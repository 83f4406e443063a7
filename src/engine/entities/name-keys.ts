// The accent- and case-folded key of a name, as the entity rules compare names ("Élisabeth Borne's" →
// "elisabeth borne"), and the character tests its callers need, by character code: settle.ts and cluster.ts
// compare every mention's name this way, and a Unicode normalisation and two regexes per mention were a fifth
// of their time. Plain ASCII (most names of the news) needs neither.

import { isSpaceCode } from "../text/chars";
import { stringMemo } from "../lexicon/gazetteer-tables";

const MARKS = /[\u0300-\u036f]/g;
const POSSESSIVE = /[’']s$/;

/** `s.normalize("NFD")` without its combining marks, without a final "'s" or "’s", in lower case. */
export function foldKey(s: string): string {
  const n = s.length;
  for (let i = 0; i < n; i++) if (s.charCodeAt(i) >= 128) return foldedKey(s);
  // ASCII: NFD changes nothing and there are no marks; the possessive is "'s" (a lower-case s only).
  return (n >= 2 && s.charCodeAt(n - 1) === 115 && s.charCodeAt(n - 2) === 39 ? s.slice(0, n - 2) : s).toLowerCase();
}

/** Keys of names beyond ASCII, remembered (lexicon's two-generation string memo): the same names recur all through an article and across articles. */
const foldedKey = stringMemo((s: string): string => s.normalize("NFD").replace(MARKS, "").replace(POSSESSIVE, "").toLowerCase());

/**
 * The first characters of a set of folded keys: a name whose key cannot start with one of them is no member, and
 * needs no folding. (A name of three or more characters opening with an ASCII character keeps it, in lower case, as its
 * key's first: NFD leaves it first, and the possessive goes from the end.)
 */
export class KeyStarts {
  /** The ASCII first characters seen, one bit each (four words of 32 bits: no typed array to allocate per article). */
  private readonly bits = [0, 0, 0, 0];

  add(key: string): void {
    const c = key.charCodeAt(0);
    if (c < 128) this.bits[c >> 5] |= 1 << (c & 31);
  }

  /** False when foldKey(name) surely starts with none of the keys' first characters. */
  mayHold(name: string): boolean {
    let c = name.charCodeAt(0);
    if (name.length <= 2 || c >= 128) return true;
    if (c >= 65 && c <= 90) c += 32;
    return (this.bits[c >> 5] & (1 << (c & 31))) !== 0;
  }
}

/** The index of the first white-space character of s, or -1. */
export function firstSpace(s: string): number {
  for (let i = 0; i < s.length; i++) if (isSpaceCode(s.charCodeAt(i))) return i;
  return -1;
}
