// Nominal reports: "Trump's claim that the election was rigged", "his statement that …", "son
// affirmation que …": a report noun (lexicon reportNouns) whose possessor is a name or a possessive
// pronoun, then a complementizer. The content is the clause after it; the possessor is the speaker.
import { contentEnd } from "./clause";
import { speakerOf, type Doc } from "./doc";
import type { Indirect } from "./indirect";
import { resolvePronoun } from "./resolve/pronoun";
import { COMPLEMENTIZER, REPORT_NOUN } from "./word-bits";
import { isOneOf } from "../text/chars";
import { NOMINAL_GAP } from "../lexicon/quote-words";

const POSSESSIVE_PRONOUN: Record<string, "m" | "f" | "pl"> = { his: "m", her: "f", their: "pl", son: "m", sa: "f" };

export function findNominalReports(ctx: Doc, quoteEndAt: (i: number) => number): Indirect[] {
  const { toks, lex } = ctx;
  const out: Indirect[] = [];
  if (!lex.reportNouns.size) return out;
  const { bits } = ctx;
  for (let n = 1; n < toks.length - 1; n++) {
    if ((bits[n] & REPORT_NOUN) === 0) continue;
    // "her firmest promise yet that …": an adverb of time between the noun and its complementizer.
    const gap = NOMINAL_GAP.has(toks[n + 1].lw) && (bits[n + 2] & COMPLEMENTIZER) !== 0 ? 1 : 0;
    if ((bits[n + 1 + gap] & COMPLEMENTIZER) === 0) {
      // "la proposition de X de fermer la gare": a particle opens the content (French).
      const r = ctx.rules.nominalReport?.(ctx, n, quoteEndAt);
      if (r) {
        let b = r.b;
        while (b > r.a && isOneOf(",;:", toks[b - 1].t)) b--;
        out.push({ start: toks[r.a].s, end: toks[b - 1].e, speaker: r.speaker, cue: r.cue });
        n = r.b;
      }
      continue;
    }
    // The possessor right before the noun (an adjective may come between: "his repeated claim that").
    let p = n - 1;
    // (A superlative too: "her firmest promise that".)
    if (toks[p] && !toks[p].cap && /(?:ed|ing|al|ive|ous|est)$/.test(toks[p].lw) && p > 0) p--;
    const t = toks[p];
    if (!t) continue;
    let speaker;
    const g = POSSESSIVE_PRONOUN[t.lw];
    if (g) {
      const ent = resolvePronoun(ctx, p, g);
      speaker = ent ? speakerOf(ent, ctx, p, p + 1, true) : { name: null, mention: { start: t.s, end: t.e }, mentionText: t.t, pronoun: true };
    } else {
      // "Trump's claim": the possessive ends the name mention.
      const mi = ctx.mentionAt[p];
      if (mi < 0 || !/['’]s$/.test(t.lw) && toks[p + 1]?.t !== "'" && toks[p + 1]?.t !== "’") continue;
      const m = ctx.ents.mentions[mi];
      if (m.entity.kind === "place") continue;
      speaker = speakerOf(m.entity, ctx, m.a, m.b);
    }
    const a = n + 2 + gap;
    const e = contentEnd(ctx, a, quoteEndAt, false);
    let b = e;
    while (b > a && isOneOf(",;:", toks[b - 1].t)) b--;
    if (b - a < 3) continue;
    out.push({ start: toks[a].s, end: toks[b - 1].e, speaker, cue: { start: toks[n].s, end: toks[n].e } });
    n = e;
  }
  return out;
}

/** Of the reports, those that give way to no nominal report: one whose content opens on a nominal report's determiner
 *  ("a rejeté [la proposition de X de …]") is that report's noun phrase, not a content of its own; one whose cue is the
 *  nominal report's noun read as a verb ("la demande", a form of "demander") is that report misread. Both lists in text order. */
export function besideNominal(nominals: Indirect[], reports: Indirect[]): Indirect[] {
  if (!nominals.length) return reports;
  return reports.filter((x) => !nominals.some((y) => x.cue.start === y.cue.start ||
    x.start <= y.cue.start && x.end >= y.end && y.cue.start - x.start <= MAX_DETERMINER));
}

/** How many characters a determiner and its space hold before the noun ("la ", "l'", "cet "). */
const MAX_DETERMINER = 4;
