// A French described source with a quantifier and no article ("des experts", "plusieurs analystes", "de nombreux
// témoins"), read after "selon"/"d'après" (lang/fr/sources.ts) and after an inverted reporting verb (french.ts frenchPostposed:
// "…, ont affirmé des témoins.", "…, rapportent plusieurs habitants.").
import type { Speaker } from "../types";
import type { Doc } from "./doc";
import { resolveSubject } from "./resolve/subject";
import { subjectPhraseAt } from "./subject-phrase";
import { SOURCE_QUANTIFIER } from "../lexicon/fr/quotes";

/**
 * At token j, a quantifier, no article, then a plural speaker noun (no document: "des estimations"): the whole phrase
 * is the described source, ending (exclusive) at `end`; undefined when none opens there.
 */
export function quantifiedSource(ctx: Doc, j: number, before: number): { speaker: Speaker; end: number } | undefined {
  const { toks } = ctx;
  let k = j;
  if (toks[k]?.lw === "de" && /^nombreu(?:x|ses)$/.test(toks[k + 1]?.lw ?? "")) k++;
  if (!SOURCE_QUANTIFIER.has(toks[k]?.lw ?? "")) return undefined;
  const p = subjectPhraseAt(ctx, k + 1);
  // "des sources proches du dossier": the phrase's role may be a later speaker noun used as an adjective ("proches"); the
  // quantified noun heads it all the same.
  if (p?.kind !== "role" || p.role !== k + 1 && !ctx.lex.speakerNouns.has(toks[k + 1]?.lw ?? "") || !/[sx]$/.test(toks[k + 1].lw)) return undefined;
  const r = resolveSubject(ctx, k + 1, p, before);
  if (r.speaker.name != null || !r.speaker.mention) return undefined;
  const mention = { start: toks[j].s, end: r.speaker.mention.end };
  return { speaker: { ...r.speaker, mention, mentionText: ctx.text.slice(mention.start, mention.end) }, end: r.end };
}
