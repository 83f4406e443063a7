// Forms of address as OCR misreads them in old French print, a stage French adds after the candidates are found
// (lang/fr/entities.ts). The text is never rewritten: the candidates read through the misreading.
//   "Al. Freudenreich", "AI. Racle", "Al. le juge": "M." whose M the scan split into "Al"/"AI" (a name's honorific,
//   never a name of its own); "Mo Libaude", "Mo Maurice Bernard": "Me" (maître) with its e read as an o.
import type { Token } from "../../text/tokenize";
import type { Candidate } from "../../entities/candidates";
import { OCR_MAITRE, OCR_MONSIEUR } from "../../lexicon/fr/entities";

export function ocrHonorifics(toks: Token[], cands: Candidate[]): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const t = toks[c.a];
    // "Mo Libaude": the misread honorific opens the run; the name starts after it.
    if (OCR_MAITRE.has(t.t) && c.b - c.a >= 2 && toks[c.a + 1].cap && !c.honorific) {
      c.a++;
      c.honorific = t.t;
      c.role = undefined;
      continue;
    }
    // "Al. Freudenreich": the misread "M." stands alone, its period right after it.
    const dot = toks[c.b];
    if (c.b - c.a !== 1 || !OCR_MONSIEUR.has(t.t) || dot?.t !== "." || dot.s !== t.e) continue;
    const next = cands[i + 1];
    if (next && next.a === c.b + 1 && toks[next.a].nl === 0 && !next.honorific && !next.org) {
      next.honorific = "M.";
      next.gender ??= "m";
    }
    cands.splice(i--, 1);
  }
}
