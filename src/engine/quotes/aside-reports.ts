// Reports set off between a subject and its verb, which end at their closing comma: a relative clause
// ("X, qui a rappelé que A, a quitté la salle") or a French gerund ("X, en affirmant que A, a surpris …").
import { isVerb } from "./verbs";
import type { Doc } from "./doc";

/** How many auxiliaries, clitics or adverbs may stand between a relative pronoun and its verb ("qui n'a jamais dit"). */
const RELATIVE_REACH = 4;

/** Whether verb v is a French gerund set off after a comma ("X, en affirmant que A, a surpris …"): its report ends at the next comma. */
export function gerundAside(ctx: Doc, v: number): boolean {
  const { toks } = ctx;
  return toks[v - 1]?.lw === "en" && toks[v - 2]?.t === "," && /ant$/.test(toks[v].lw);
}

/** Whether verb v opens its relative clause after a comma (", qui a rappelé que …"), in a language that names its relative subject. */
export function relativeAside(ctx: Doc, v: number): boolean {
  const { toks, lex } = ctx;
  const qui = lex.data.relativeAside ?? lex.data.relativeSubject;
  if (!qui) return false;
  for (let k = v - 1; k >= 0 && v - k <= RELATIVE_REACH; k--) {
    if (toks[k].lw === qui) return toks[k - 1]?.t === ",";
    if (!toks[k].word || isVerb(ctx, k)) return false;
  }
  return false;
}
