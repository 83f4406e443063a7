// Organisation mentions that candidates alone miss: acronym expansions with lower-case words
// ("Armée populaire de la libération (APL)"). Both the expansion and every later use of the
// acronym become mentions of one organisation, named by its expansion.
import type { Token } from "../text/tokenize";
import { findExpansions } from "./acronyms";
import { named, retyped, type NameMention } from "./mention";

export function acronymMentions(toks: Token[], names: NameMention[], text: string): { mentions: NameMention[]; acronyms: Map<string, string> } {
  const acronyms = new Map<string, string>();
  const added: NameMention[] = [];
  for (const x of findExpansions(toks, text)) {
    const s = toks[x.a].s;
    const e = toks[x.b - 1].e;
    const expansion = text.slice(s, e);
    const acr = toks[x.acr].t;
    acronyms.set(acr, expansion);
    added.push(named({ a: x.a, b: x.b, s, e, text: expansion }, "org", true));
  }
  if (!added.length) return { mentions: names, acronyms };
  // Both lists are in text order: one sweep finds the names an expansion covers.
  let j = 0;
  const covered = (m: NameMention) => {
    while (j < added.length && added[j].e <= m.s) j++;
    return j < added.length && added[j].s < m.e;
  };
  const mentions = names.filter((m) => !covered(m)).map((m) => (acronyms.has(m.text) ? retyped(m, "org", true) : m));
  return { mentions: [...mentions, ...added].sort((p, q) => p.s - q.s), acronyms };
}
