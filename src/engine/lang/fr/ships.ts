// Ships in the shipping news ("Mouvement des navires"), a stage French adds after the candidates are found
// (lang/fr/entities.ts): "Arrivée : 12 janvier. Saint-Barnabé, fr., Barcelone", "Départ : Vaskapu, aut., Braila": the
// name before a comma, a flag's abbreviation and its period is a ship's, no place and no person (the town after it is the
// port, a place of its own).
import type { Token } from "../../text/tokenize";
import type { Candidate } from "../../entities/candidate";
import { SHIP_FLAGS_FR } from "../../lexicon/fr/entities";

export function shipNames(toks: Token[], cands: Candidate[]): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const comma = toks[c.b];
    if (comma?.t !== "," || c.honorific) continue;
    const flag = toks[c.b + 1];
    const dot = toks[c.b + 2];
    if (flag && !flag.cap && SHIP_FLAGS_FR.has(flag.lw) && dot?.t === "." && dot.s === flag.e && flag.nl === 0) cands.splice(i--, 1);
  }
}
