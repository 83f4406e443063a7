// The possessive "'s" that ends a name: a test on one token, imported by the rules and by the language hooks (lang/).
import type { Token } from "../text/tokenize";

/** "Major's", "Canada’s": a possessive ends a name; the "'s" is not part of it. */
export const isPossessive = (t: Token): boolean => t.word && t.t.length > 2 && endsInApostropheS(t.t);

/** /['’][sS]$/ by character codes: called for most tokens of a name, several times over. */
function endsInApostropheS(w: string): boolean {
  const n = w.length;
  const s = w.charCodeAt(n - 1);
  const q = w.charCodeAt(n - 2);
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019);
}

/**
 * "Residents' Association", "Farmers’ Union": a plural's apostrophe at token j + 1, right after the word at j and before
 * a capitalised word on the same line, stays inside an organisation's name (lower case, "the workers' union", names none).
 */
export function pluralPossessiveJoin(toks: Token[], j: number): boolean {
  const w = toks[j];
  const q = toks[j + 1];
  const n = toks[j + 2];
  return !!w && !!q && !!n && w.word && w.cap && w.t.length > 2 && w.t.charCodeAt(w.t.length - 1) === 115 && q.s === w.e &&
    (q.t === "'" || q.t === "\u2019") && n.word && n.cap && n.nl === 0;
}
