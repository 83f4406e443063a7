// The source prepositions ("according to", "selon", "d'après"): which one opens at a token, read from the words
// that may open one.
import type { Lexicon } from "../lexicon";
import { sameOrElided } from "../text/chars";
import type { Doc } from "./doc";
import { SOURCE_PREP } from "./word-bits";

/**
 * The source preposition whose words start at token v ("according to", "d'après"), or undefined: no closure nor string
 * built per token. Asked at every token that may open one ("de", "in", "as" …): only the prepositions its word opens are read.
 */
export function sourcePrepAt(ctx: Doc, v: number): string[] | undefined {
  // The word bit SOURCE_PREP is the lexicon's sourcePrepFirst, the keys of prepositionsOpenedBy: most tokens asked have
  // none, and need no lookup (0 past the last token too).
  if ((ctx.facts[v] & SOURCE_PREP) === 0) return undefined;
  const { toks } = ctx;
  const opened = v < toks.length ? prepositionsOpenedBy(ctx.lex).get(toks[v].lw) : undefined;
  if (!opened) return undefined;
  for (const p of opened) {
    let i = 1;
    while (i < p.length && v + i < toks.length && sameOrElided(toks[v + i].lw, p[i])) i++;
    if (i === p.length) return p;
  }
  return undefined;
}

/**
 * Per lexicon, a word → the source prepositions whose first word it is (sameOrElided: "d" opens "d'après" too),
 * in the lexicon's order. Derived from the lexicon alone, so kept across analyses, as french.ts reportingLemmas.
 */
const OPENED_BY = new WeakMap<Lexicon, Map<string, string[][]>>();

function prepositionsOpenedBy(lex: Lexicon): Map<string, string[][]> {
  let byWord = OPENED_BY.get(lex);
  if (!byWord) {
    byWord = new Map();
    for (const p of lex.sourcePreps) {
      const w = p[0];
      for (const key of w.endsWith("'") ? [w, w.slice(0, -1)] : [w]) {
        const list = byWord.get(key);
        if (list) list.push(p);
        else byWord.set(key, [p]);
      }
    }
    OPENED_BY.set(lex, byWord);
  }
  return byWord;
}
