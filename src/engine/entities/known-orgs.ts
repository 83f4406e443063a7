// Known organisations whose names go on in lower case: "Parti socialiste", "La France insoumise",
// "Rassemblement national". A run of capitals stops at "socialiste"; the gazetteer knows the whole name.
import { inKnownOrgName, matchOrg, maxOrgWords } from "../lexicon/gazetteer";
import type { Token } from "../text/tokenize";
import type { Candidate } from "./candidates";

/** Extends each candidate that a lower-case word continues into a known organisation's full name, marked as one. */
export function extendKnownOrgs(toks: Token[], cands: Candidate[]): void {
  const max = maxOrgWords();
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const next = toks[c.b];
    if (!next || !next.word || next.cap || next.nl || !inKnownOrgName(next.t)) continue;
    const words: string[] = [];
    for (let k = c.a; k < toks.length && k < c.a + max && (k < c.b || toks[k].nl === 0); k++) words.push(toks[k].t);
    const m = matchOrg(words, 0);
    if (!m || m.length <= c.b - c.a) continue;
    const b = c.a + m.length;
    // Never swallow the next candidate.
    if (cands[i + 1] && cands[i + 1].a < b) continue;
    c.b = b;
    c.org = true;
  }
}
