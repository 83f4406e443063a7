// "outre-Rhin", "outre-Manche", "outre-Atlantique": the land beyond a river, a sea or a mountain range, a place the
// French press names in lower case (so no capitalised run finds it); a stage French adds after the candidates are found
// (lang/fr/entities.ts) puts it among them, in text order.
import type { Token } from "../../text/tokenize";
import type { Lexicon } from "../../lexicon";
import { candidate, type Candidate } from "../../entities/candidate";
import { BEYOND_PREFIX_FR } from "../../lexicon/fr/entities";
import { lazy } from "../../text/lazy";
import { startsOf } from "../../text/offsets";

export function beyondPlaces(toks: Token[], cands: Candidate[], _lex: Lexicon, text: string): void {
  let at = 0;
  const starts = startsOf(toks);
  for (let k = 0; k < toks.length; k++) {
    // (The prefix's first letter, "o" or "O" in the text, tested first: most tokens open with another; read in the text
    // in order, not through each token's strings.)
    if ((text.charCodeAt(starts[k]) | 32) !== 111) continue;
    const t = toks[k];
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
