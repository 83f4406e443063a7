// Binds an acronym to its expansion: "l'Armée populaire de la libération (APL)",
// "APL (Armée populaire de la libération)", "the Canadian Medical Association (CMA)", in either order.
// The expansion may have lower-case words (French capitalises only the first one).
import type { Token } from "../text/tokenize";
import { indexedTokenAt } from "../text/offsets";
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

/** Whether w's initial (as `initial` writes it) is the character at k of acr: by character code for ASCII. */
function initialIs(w: string, acr: string, k: number): boolean {
  const c = w.charCodeAt(0);
  if (c >= 128) return initial(w) === acr[k];
  return (c >= 97 && c <= 122 ? c - 32 : c) === acr.charCodeAt(k);
}

/** A token that is one bracket ("(" is 40, ")" 41). */
const isChar = (t: Token, code: number): boolean => t.t.length === 1 && t.t.charCodeAt(0) === code;

/**
 * The expansions of the text's acronyms. With the text, only its opening brackets are visited (found by indexOf, each
 * a token of its own); without it, every token.
 */
export function findExpansions(toks: Token[], text?: string): Expansion[] {
  const out: Expansion[] = [];
  // "l'APL (Armée populaire de la libération)": the acronym first, its expansion in brackets.
  let after: Expansion[] | undefined;
  // One pass over the brackets: the expansion before "(ACR)", then the acronym before "(expansion)".
  for (let i = nextBracket(toks, 1, text); i >= 0; i = nextBracket(toks, i + 1, text)) {
    let acr = toks[i + 1];
    if (isChar(toks[i + 2], 41) && acr.upper && acr.t.length >= 2 && acr.t.length <= 8) {
      const back = matchBackward(toks, i - 1, acr.t);
      if (back >= 0) out.push({ a: back, b: i, acr: i + 1 });
    }
    acr = toks[i - 1];
    if (!acr.upper || !acr.word || acr.t.length < 2 || acr.t.length > 8 || toks[i + 1].upper) continue;
    const end = matchForward(toks, i + 1, acr.t);
    if (end >= 0) (after ??= []).push({ a: i + 1, b: end, acr: i - 1 });
  }
  return (after ? out.concat(after) : out).sort((x, y) => x.a - y.a);
}

/** The index of the first "(" token at or after token i that has two tokens after it, or -1. */
function nextBracket(toks: Token[], i: number, text: string | undefined): number {
  if (text !== undefined && i < toks.length) {
    const at = text.indexOf("(", toks[i].s);
    const k = at < 0 ? toks.length : indexedTokenAt(toks, at);
    // (-1: a token list without its offset index; read it token by token.)
    if (k >= 0) return k + 2 < toks.length ? k : -1;
  }
  for (; i + 2 < toks.length; i++) if (isChar(toks[i], 40)) return i;
  return -1;
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
    if (k >= acr.length || !initialIs(t.t, acr, k)) return -1;
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
    if (!initialIs(t.t, acr, k)) return -1;
    // A line may start at the expansion's first word ("\n\nExport Development Canada (EDC)"), never inside it.
    if (t.nl > 0 && j < end && k > 0) return -1;
    k--;
    start = j;
  }
  return k < 0 && toks[start].cap ? start : -1;
}
