// Incidental phrases of the press ("de son côté", "pour sa part", "quant à elle", "elle aussi") that a
// cue carries between its verb and its subject or reported clause: « … », estime de son côté X;
// X s'est quant à lui dit « … »; X estime elle aussi que …. The phrases are a lexicon table.
import type { Doc } from "./doc";

/** How many incidental phrases may follow one another ("de son côté, elle aussi" is two). */
const MAX_CHAIN = 2;

/** The token after the incidental phrases that start at token k, or k when none does. */
export function skipIncidentals(ctx: Doc, k: number): number {
  for (let n = 0; n < MAX_CHAIN && ctx.lex.incidentalFirst.has(ctx.toks[k]?.lw ?? ""); n++) {
    const p = ctx.lex.incidentals.find((ws) => ws.every((w, i) => ctx.toks[k + i]?.lw === w));
    if (!p) break;
    k += p.length;
  }
  return k;
}

/** The first token of the incidental phrase that ends at token k (inclusive), or -1. */
export function incidentalEndingAt(ctx: Doc, k: number): number {
  if (!ctx.lex.incidentalLast.has(ctx.toks[k]?.lw ?? "")) return -1;
  const p = ctx.lex.incidentals.find((ws) => k - ws.length + 1 >= 0 && ws.every((w, i) => ctx.toks[k - ws.length + 1 + i].lw === w));
  return p ? k - p.length + 1 : -1;
}
