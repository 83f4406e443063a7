// Headlines in capitals: the known places after a preposition ("NEWS FROM ITALY") or opening the run in mixed case,
// and the towns of "-ians" plurals.
import * as gaz from "../lexicon/gazetteer";
import type { Lexicon } from "../lexicon";
import type { Token } from "../text/tokenize";
import type { Candidate } from "./candidates";
import { named, span, type NameMention } from "./mention";
import { SHOUTED_PREPS } from "../lexicon/entity-words";

/**
 * "NEWS FROM ITALY", "FROM OUR CORRESPONDENT AT RICHMOND": in a headline in capitals, a known
 * place right after a preposition is a place even though the capitals run on around it.
 */
export function shoutedPlaces(toks: Token[], c: Candidate, lex: Lexicon, text: string, townsfolk?: Set<string>): NameMention[] {
  const out: NameMention[] = [];
  // The candidate's own words only (a slice from the text start made this quadratic on long texts).
  const words = toks.slice(c.a, c.b).map((t) => t.t);
  // "Fayetteville FEMALE SEMINARY": a known place in mixed case opening a run of capitals.
  const lead = toks[c.a].upper ? undefined : gaz.matchPlace(words, 0);
  if (lead && !lead.info.ambiguous && lead.length < words.length && toks[c.a + lead.length].upper) {
    out.push(named(span(toks, c.a, c.a + lead.length, text), "place", true));
  }
  for (let k = Math.max(c.a, 1); k < c.b; k++) {
    if (townsfolk?.has(toks[k].lw) && toks[k].upper) {
      out.push(named(span(toks, k, k + 1, text), "place", true));
      continue;
    }
    if (!SHOUTED_PREPS.has(toks[k - 1].lw) || !toks[k].upper) continue;
    const m = gaz.matchPlace(words, k - c.a);
    // After the preposition a town that is also a given name is the town ("AT RICHMOND"); a common word is not.
    if (!m || gaz.isCommonWord(toks.slice(k, k + m.length).map((t) => t.t).join(" "), lex.lang)) continue;
    out.push(named(span(toks, k, k + m.length, text), "place", true));
    k += m.length - 1;
  }
  return out;
}
