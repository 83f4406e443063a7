// "outre-Rhin", "outre-Manche", "outre-Atlantique": the land beyond a river, a sea or a mountain range, a place the
// French press names in lower case (so no capitalised run finds it); a stage French adds after the candidates are found
// (lang/fr/entities.ts) puts it among them, in text order.
import type { Token } from "../../text/tokenize";
import { candidate, type Candidate } from "../../entities/candidate";
import { BEYOND_PREFIX_FR } from "../../lexicon/fr/entities";
import { lazy } from "../../text/lazy";

export function beyondPlaces(toks: Token[], cands: Candidate[]): void {
  let at = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    // (The prefix's first letter, tested first: most tokens open with another.)
    if (t.lw.charCodeAt(0) !== 111 || !t.lw.startsWith(BEYOND_PREFIX_FR) || !CAPITAL().test(t.t.slice(BEYOND_PREFIX_FR.length))) continue;
    while (at < cands.length && cands[at].a < k) at++;
    // "Outre-Atlantique, on s'inquiète": capitalised at a sentence's opening, a run already holds it.
    if (cands[at]?.a === k) {
      if (cands[at].b === k + 1 && !cands[at].honorific) cands[at].place = true;
      continue;
    }
    const c = candidate(k, k + 1, false);
    c.place = true;
    cands.splice(at, 0, c);
  }
}

const CAPITAL = lazy(() => /^\p{Lu}\p{L}/u);
