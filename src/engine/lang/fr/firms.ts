// A firm read as a person from the verb after its name ("Veltron a annoncé"), over the whole article: French copy names
// a firm's officers and staff before "de" and its name ("le PDG de Veltron", "les salariés de Korvane"), which no person
// has. The bare name (no given name, no honorific) is then the firm in every mention (EntityHooks.firmsByCue).
import type { Lexicon } from "../../lexicon";
import type { NameMention } from "../../entities/mention";
import type { Token } from "../../text/tokenize";
import { DE_FORMS as OF, FIRM_OFFICERS_FR } from "../../lexicon/fr/entities";
import { asFirms, nameAfter } from "../en/firms";
import { WordStarts } from "../../entities/article-words";
import { startsOf } from "../../text/offsets";
import { lazy } from "../../text/lazy";

/** The officers' words as a filter read in the text (a token they stop is none of them): no token's form or string read. */
const officerStarts = lazy(() => {
  const starts = new WordStarts();
  for (const w of FIRM_OFFICERS_FR) starts.add(w);
  return starts;
});

/** The mentions, with the bare people whose officers or staff the article names made that organisation. */
export function firmsByOfficersFr(toks: Token[], ms: NameMention[], lex: Lexicon, text: string): NameMention[] {
  if (!ms.some((m) => m.kind === "person")) return ms;
  let firms: Set<string> | undefined;
  const officers = officerStarts();
  const at = startsOf(toks);
  for (let k = 0; k + 2 < toks.length; k++) {
    if (!officers.mayOpen(text, at[k], at[k + 1])) continue;
    const officer = toks[k];
    const of = toks[k + 1];
    if (officer.cap && !officer.upper || !FIRM_OFFICERS_FR.has(officer.lw) || !OF.has(of.lw) || of.nl > 0) continue;
    const name = nameAfter(toks, k + 2);
    if (name) (firms ??= new Set()).add(name);
  }
  return firms ? asFirms(toks, ms, lex, firms) : ms;
}
