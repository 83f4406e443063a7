// Headline statements: "Graham: Trump's rhetoric is destroying the party." A line that opens with a
// person's name and a colon reports what that person said, up to the end of the line.
import type { Indirect } from "./indirect";
import type { Context } from "./context";

/** Fewest words a headline statement holds ("Obama: We will win"). */
const MIN_WORDS = 3;

export function findHeadlineStatements(ctx: Context, teaser: Uint8Array): Indirect[] {
  const { toks, lex } = ctx;
  const out: Indirect[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (i > 0 && !toks[i].nl || teaser[i]) continue;
    let j = i;
    if (lex.honorifics.has(toks[j].lw) && ctx.mentionAt[j] < 0) j += toks[j + 1]?.t === "." ? 2 : 1;
    const mi = ctx.mentionAt[j] ?? -1;
    if (mi < 0) continue;
    const m = ctx.ents.mentions[mi];
    if (m.a !== j || m.entity.kind !== "person" || toks[m.b]?.t !== ":") continue;
    let e = m.b + 1;
    while (e < toks.length && !toks[e].nl) e++;
    let last = e - 1;
    while (last > m.b && /^[.;:,]$/.test(toks[last].t)) last--;
    if (last - m.b < MIN_WORDS) continue;
    const s = toks[i].s;
    const speaker = { entity: m.entity.id, name: m.entity.name, mention: { start: toks[m.a].s, end: toks[m.b - 1].e },
      mentionText: ctx.text.slice(toks[m.a].s, toks[m.b - 1].e) };
    out.push({ start: toks[m.b + 1].s, end: toks[last].e, speaker, cue: { start: s, end: toks[m.b].e } });
    i = e - 1;
  }
  return out;
}
