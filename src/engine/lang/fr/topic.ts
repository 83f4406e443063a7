// French press "on" with its source set before it, at the head of the sentence:
//   "À Matignon, on assure que …", "Place Beauvau, on indique que …", "Dans l'entourage du ministre,
//   on explique que …", "Chez Renault, on confirme que …", "Du côté de la CGT, on dénonce …".
// Bare "on dit que" stays hearsay with no source (see hearsay below).
import { speakerOf, type Doc } from "../../quotes/doc";
import { onSource } from "../../quotes/french";
import type { Speaker } from "../../types";

/** How many tokens may stand between "on" and its verb ("on ne s'en cache pas", "on a indiqué"). */
const MAX_TO_VERB = 4;

/** The source set at the head of the sentence for the "on" before verb v, or undefined (bare hearsay). */
export function topicSource(ctx: Doc, v: number, sentenceStart: number): Speaker | undefined {
  const { toks } = ctx;
  let o = v - 1;
  while (o > sentenceStart && v - o <= MAX_TO_VERB && toks[o].lw !== "on") o--;
  const comma = o - 1;
  if (toks[o]?.lw !== "on" || toks[comma]?.t !== "," || comma <= sentenceStart) return undefined;
  const s = sentenceStart;
  // "À Matignon,", "Dans l'entourage du ministre,", "Chez Renault,", "Du côté de la CGT,".
  const src = onSource(ctx, s);
  if (src && src.end === comma) return src.speaker;
  // "Place Beauvau,", "Matignon,": a name alone before the comma.
  const mi = ctx.mentionAt[s] ?? -1;
  const m = mi >= 0 ? ctx.ents.mentions[mi] : undefined;
  if (!m || m.a !== s || m.b !== comma || m.entity.kind === "person") return undefined;
  if (m.entity.kind === "org") return speakerOf(m.entity, ctx, m.a, m.b);
  const span = { start: toks[m.a].s, end: toks[m.b - 1].e };
  return { name: null, mention: span, mentionText: ctx.text.slice(span.start, span.end) };
}

/** French "on dit que", "on annonça": hearsay with no source, not a statement. */
export function hearsay(ctx: Doc, subj: Speaker): boolean {
  return !!subj.pronoun && !subj.entity && subj.mentionText?.toLowerCase() === "on";
}
