// Known organisations whose names go on in lower case: "Parti socialiste", "La France insoumise",
// "Rassemblement national". A run of capitals stops at "socialiste"; the gazetteer knows the whole name.
import { inKnownOrgName, maxOrgWords, orgInfo } from "../lexicon/gazetteer";
import type { Token } from "../text/tokenize";
import type { Candidate } from "./candidates";

/** Extends each candidate that a lower-case word continues into a known organisation's full name, marked as one. */
export function extendKnownOrgs(toks: Token[], cands: Candidate[]): void {
  const max = maxOrgWords();
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const next = toks[c.b];
    if (!next || !next.word || next.cap || next.nl || !inKnownOrgName(next.form)) continue;
    const words: string[] = [];
    for (let k = c.a; k < toks.length && k < c.a + max && (k < c.b || toks[k].nl === 0); k++) words.push(toks[k].t);
    const length = longestOrgOver(words, c.b - c.a);
    if (length === 0) continue;
    const b = c.a + length;
    // Never swallow the next candidate.
    if (cands[i + 1] && cands[i + 1].a < b) continue;
    c.b = b;
    c.org = true;
  }
}

/**
 * The length of the longest known organisation name that the words open, when it is longer than `run` words; 0
 * otherwise. (The longest name the gazetteer's matchOrg finds, asked only about the lengths that could extend the
 * run.) A name stops before a lower-case word that no known name has after its first word (lexicon inKnownOrgName):
 * from the third word on, such a word ends the lengths worth asking about (the second may follow an article the
 * lookup drops: "La France insoumise").
 */
function longestOrgOver(words: readonly string[], run: number): number {
  let last = words.length;
  for (let p = Math.max(run + 1, 2); p < last; p++) if (endsNames(words[p])) last = p;
  for (let n = last; n > run; n--) if (orgInfo(words.slice(0, n).join(" ")) !== undefined) return n;
  return 0;
}

/** A lower-case word (its first letter changes in upper case: an ASCII one is a-z) that no known name has after its first word. */
function endsNames(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128 ? c < 97 || c > 122 : w.charAt(0) === w.charAt(0).toUpperCase()) return false;
  return !inKnownOrgName(w) && !APOSTROPHE.test(w);
}

/** Apostrophes the gazetteer reads as "'": a word with one is asked as written, never cut on. */
const APOSTROPHE = /[\u2019\u2018\u02BC\u0060\u00B4]/;
