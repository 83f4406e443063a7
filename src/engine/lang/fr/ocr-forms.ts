// Forms of address as OCR misreads them in old French print, a stage French adds after the candidates are found
// (lang/fr/entities.ts). The text is never rewritten: the candidates read through the misreading.
//   "Al. Freudenreich", "AI. Racle", "Al. le juge": "M." whose M the scan split into "Al"/"AI" (a name's honorific,
//   never a name of its own); "AlAL Millier", "Al Al. les notifians": "MM." read the same way, solid or spaced; "Mo Libaude", "Mo Maurice Bernard": "Me" (maître) with its e read as an o;
//   "Stras--bourg", "Jac--ques Bridaris": a name cut at a line break, its rest in lower case after the hyphens (the
//   gazetteers read the name through them: lexicon/gazetteer-places.ts).
import type { Token } from "../../text/tokenize";
import type { Candidate } from "../../entities/candidates";
import { OCR_MAITRE, OCR_MESSIEURS, OCR_MONSIEUR } from "../../lexicon/fr/entities";
import { lazy } from "../../text/lazy";

export function ocrHonorifics(toks: Token[], cands: Candidate[]): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const rest = lineBreakRest(toks, c.b);
    if (rest > c.b) {
      c.b = rest;
      // "Jac--ques Bridaris": the name goes on after the mended word.
      const next = cands[i + 1];
      if (next && next.a === c.b && toks[next.a].nl === 0 && toks[next.a].s - toks[c.b - 1].e <= 1) { c.b = next.b; cands.splice(i + 1, 1); }
    }
    const t = toks[c.a];
    // "Mo Libaude": the misread honorific opens the run; the name starts after it.
    if (c.b - c.a >= 2 && !c.honorific && OCR_MAITRE.has(t.t) && toks[c.a + 1].cap) {
      c.a++;
      c.honorific = t.t;
      c.role = undefined;
      continue;
    }
    // "AlAL Millier", "Al Al. les notifians": the misread "MM." opens the run (the names after it are people) or stands
    // alone (no name of its own).
    const plural = OCR_MESSIEURS.has(t.t) ? 1 : OCR_MONSIEUR.has(t.t) && OCR_MONSIEUR.has(toks[c.a + 1]?.t ?? "") && c.b - c.a >= 2 ? 2 : 0;
    if (plural) {
      if (c.b - c.a > plural) { c.a += plural; c.honorific = "MM."; c.role = undefined; continue; }
    }
    // "Al. Freudenreich": the misread "M." stands alone, its period right after it.
    const dot = toks[c.b];
    if (!plural && (c.b - c.a !== 1 || !OCR_MONSIEUR.has(t.t))) continue;
    const next = cands[i + 1];
    if (dot?.t === "." && dot.s === toks[c.b - 1].e && next && next.a === c.b + 1 && toks[next.a].nl === 0 && !next.honorific && !next.org) {
      next.honorific = plural ? "MM." : "M.";
      next.gender ??= "m";
    } else if (!plural && (dot?.t !== "." || dot.s !== t.e)) continue;
    cands.splice(i--, 1);
  }
}

/**
 * After a name's token at b - 1: the end of its lower-case rest when one or two hyphens, right after it, cut the word at
 * a line break ("Stras--bourg", "Limo-- ges"); b otherwise.
 */
function lineBreakRest(toks: Token[], b: number): number {
  // A hyphen right after the name's last word (tested first: most names have none), whose first part ends in a
  // lower-case letter ("Stras--"): not an initial ("S.-et-O.").
  const h = toks[b];
  if (b === 0 || !h || h.t !== "-" || h.s !== toks[b - 1].e || !LOWER_END().test(toks[b - 1].t)) return b;
  let k = b;
  while (k < toks.length && k - b < 2 && toks[k].t === "-" && toks[k].s === toks[k - 1].e) k++;
  const w = toks[k];
  // (The rest may stand on the next line, as printed: "Stras-" at a line's end, "bourg" opening the next; four letters
  // or more there, not "Lyon-" then "la ville …".)
  if (k === b || !w || !w.word || w.cap || w.nl > 1 || w.nl === 1 && w.t.length < 4 || w.s - toks[k - 1].e > 1 || !LOWER_REST().test(w.t)) return b;
  return k + 1;
}

const LOWER_REST = lazy(() => /^\p{Ll}{2,}/u);
const LOWER_END = lazy(() => /\p{Ll}$/u);
