// Wines named after their land, a stage French adds after the candidates are found (lang/fr/entities.ts): "Champagne
// blanc et rosé", "Bourgogne mousseux", "Bordeaux rouge": a one-word name before the wine's colour or style (in lower
// case, on the same line) is the wine, no place. Only a known place's name is read so: "Pierre rouge de colère" is a man.
import * as gaz from "../../lexicon/gazetteer";
import type { Token } from "../../text/tokenize";
import type { Candidate } from "../../entities/candidate";
import { WINE_STYLES_FR } from "../../lexicon/fr/entities";

export function wines(toks: Token[], cands: Candidate[]): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const next = toks[c.b];
    if (c.b - c.a === 1 && !c.honorific && !c.place && next && next.nl === 0 && !next.cap && WINE_STYLES_FR.has(next.lw) &&
      gaz.isPlace(toks[c.a].form)) cands.splice(i--, 1);
  }
}
