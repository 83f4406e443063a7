// The apposition after a name: "Dan Price, a spokesman for the union, said", "Charlier, marchand de vin",
// "Wei Fenghe, ministre chinois de la Défense, a …". One reader per question the rules ask of it, shared by the
// entity rules (entities/, lang/*/entities.ts) and the quote finders (quotes/): imports only text/ and lexicon/.
// - appositionOpensAt: does an apposition open at this comma? (its first word or two, from the language's table)
// - appositionEnd: where does the apposition opened at this comma close? (its closing comma, within a reach)
import type { Lexicon } from "../lexicon";
import type { AppositionOpeners } from "../lexicon/types";
import type { Token } from "../text/tokenize";

/**
 * Whether an apposition opens at the comma at token b, from the language's table `o` (lexicon/en/entities.ts, lexicon/fr/entities.ts): its first
 * word, on the comma's line, opens one alone, or is an age between commas, or heads one after at most one lead word
 * (in lower case: ", A mechanic" is no apposition).
 */
export function appositionOpensAt(toks: Token[], b: number, lex: Lexicon, o: AppositionOpeners): boolean {
  if (toks[b]?.t !== ",") return false;
  const first = toks[b + 1];
  if (!first || first.nl > 0) return false;
  if (!first.cap && (o.alone.has(first.lw) || o.determiners && lex.determiners.has(first.lw))) return true;
  if (o.age && toks[b + 2]?.t === "," && isAge(first.t)) return true;
  const w = o.lead.has(first.lw) ? toks[b + 2] : first;
  if (!w || w.nl > 0 || w.cap) return false;
  if (o.trades.has(w.lw)) return true;
  return o.heads === "titles" ? Object.hasOwn(lex.data.roleNouns, w.lw) : (o.heads === "speakers" ? lex.speakerNouns : lex.roleNouns).has(w.lw);
}

/** One to three ASCII digits: an age ("45"). */
function isAge(t: string): boolean {
  if (t.length < 1 || t.length > 3) return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The closing comma of an apposition whose first word is at token `from` and that holds at most `reach` tokens: the
 * first comma from there (at `from` + reach at the latest), or -1 when a line break or a token `stops` (a verb, a
 * sentence end: what the caller's apposition may not hold) comes first, when none closes it within reach, or when the
 * apposition is empty. `stops` is a function of the caller's context `c` (no closure per call).
 */
export function appositionEnd<C>(toks: Token[], from: number, reach: number, c: C, stops: (c: C, t: Token, k: number) => boolean): number {
  const last = Math.min(toks.length - 1, from + reach);
  for (let k = from; k <= last; k++) {
    const t = toks[k];
    if (t.t === ",") return k > from && t.nl === 0 ? k : -1;
    if (t.nl > 0 || k === from + reach || stops(c, t, k)) return -1;
  }
  return -1;
}
