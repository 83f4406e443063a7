// Incidental phrases of the press ("de son côté", "pour sa part", "quant à elle", "elle aussi") that a
// cue carries between its verb and its subject or reported clause: « … », estime de son côté X;
// X s'est quant à lui dit « … »; X estime elle aussi que …. The phrases are a lexicon table.
import type { Doc } from "./doc";

/** How many incidental phrases may follow one another ("de son côté, elle aussi" is two). */
const MAX_CHAIN = 2;

/** The token after the incidental phrases that start at token k, or k when none does. */
export function skipIncidentals(ctx: Doc, k: number): number {
  for (let n = 0; n < MAX_CHAIN && ctx.lex.incidentalFirst.has(ctx.toks[k]?.lw ?? ""); n++) {
    const n = phraseFrom(ctx, k);
    if (n === 0) break;
    k += n;
  }
  return k;
}

/** How many tokens the first incidental phrase (in the lexicon's order) that starts at token a holds, or 0. */
function phraseFrom(ctx: Doc, a: number): number {
  const { toks } = ctx;
  for (const ws of ctx.lex.incidentals) {
    let i = 0;
    while (i < ws.length && toks[a + i]?.lw === ws[i]) i++;
    if (i === ws.length) return i;
  }
  return 0;
}

/** The first token of the incidental phrase that ends at token k (inclusive), or -1. */
export function incidentalEndingAt(ctx: Doc, k: number): number {
  const { toks } = ctx;
  if (!ctx.lex.incidentalLast.has(toks[k]?.lw ?? "")) return -1;
  for (const ws of ctx.lex.incidentals) {
    const a = k - ws.length + 1;
    if (a < 0) continue;
    let i = 0;
    while (i < ws.length && toks[a + i].lw === ws[i]) i++;
    if (i === ws.length) return a;
  }
  return -1;
}
