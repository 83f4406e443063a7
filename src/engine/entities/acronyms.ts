// Binds an acronym to its expansion: "l'Armée populaire de la libération (APL)",
// "APL (Armée populaire de la libération)", "the Canadian Medical Association (CMA)", in either order.
// The expansion may have lower-case words (French capitalises only the first one).
import type { Token } from "../text/tokenize";
import { ACRONYM_SKIP_WORDS as SKIP } from "../lexicon/entity-words";

export interface Expansion {
  /** Token range of the expansion. */
  a: number;
  b: number;
  /** Token index of the acronym. */
  acr: number;
}

const MAX_WORDS = 10;

/** A word's initial as an acronym writes it: upper case, no accent ("éleveurs" gives "E"). */
const initial = (w: string): string => w[0].normalize("NFD")[0].toUpperCase();

export function findExpansions(toks: Token[]): Expansion[] {
  const out: Expansion[] = [];
  for (let i = 1; i + 2 < toks.length; i++) {
    if (toks[i].t !== "(" || toks[i + 2].t !== ")") continue;
    const acr = toks[i + 1];
    if (!acr.upper || acr.t.length < 2 || acr.t.length > 8) continue;
    const back = matchBackward(toks, i - 1, acr.t);
    if (back >= 0) { out.push({ a: back, b: i, acr: i + 1 }); continue; }
  }
  // "l'APL (Armée populaire de la libération)": the acronym first, its expansion in brackets.
  for (let i = 1; i + 2 < toks.length; i++) {
    if (toks[i].t !== "(") continue;
    const acr = toks[i - 1];
    if (!acr.upper || !acr.word || acr.t.length < 2 || acr.t.length > 8 || toks[i + 1].upper) continue;
    const end = matchForward(toks, i + 1, acr.t);
    if (end >= 0) out.push({ a: i + 1, b: end, acr: i - 1 });
  }
  return out.sort((x, y) => x.a - y.a);
}

/** From token `start`, while the initials of content words spell the acronym (left to right): the token after the expansion when ")" closes it, or -1. */
function matchForward(toks: Token[], start: number, acr: string): number {
  if (!toks[start].cap) return -1;
  let k = 0;
  for (let j = start, n = 0; j < toks.length && n < MAX_WORDS; j++, n++) {
    const t = toks[j];
    if (t.t === ")") return k === acr.length && j > start ? j : -1;
    if (!t.word || t.nl > 0) return -1;
    if (SKIP.has(t.lw)) continue;
    if (k >= acr.length || initial(t.t) !== acr[k]) return -1;
    k++;
  }
  return -1;
}

/** Walks back from token `end` while the initials of content words spell the acronym (right to left). */
function matchBackward(toks: Token[], end: number, acr: string): number {
  let k = acr.length - 1;
  let start = -1;
  for (let j = end, n = 0; j >= 0 && n < MAX_WORDS && k >= 0; j--, n++) {
    const t = toks[j];
    if (!t.word) return -1;
    if (SKIP.has(t.lw) && t.nl === 0) continue;
    if (initial(t.t) !== acr[k]) return -1;
    // A line may start at the expansion's first word ("\n\nExport Development Canada (EDC)"), never inside it.
    if (t.nl > 0 && j < end && k > 0) return -1;
    k--;
    start = j;
  }
  return k < 0 && toks[start].cap ? start : -1;
}
