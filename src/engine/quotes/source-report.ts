// Reports cued by a source preposition: "selon X, …", "according to X, …", "…, according to X.".
import type { Token } from "../text/tokenize";
import { contentEnd } from "./clause";
import { sourceAfterPrep } from "./described";
import { entityById, type Doc } from "./doc";
import { isVerb } from "./verbs";
import { appositionEnd, appositionOpensAfterSource } from "./report-speaker";
import { COMPLEMENTIZER, DETERMINER } from "./word-bits";
import { OBJECT_PRONOUN_INDIRECT as OBJECT_PRONOUN } from "../lexicon/en/quotes";
import { CONJ } from "../lexicon/quote-words";
import type { Indirect, Make } from "./indirect-types";

/** The report a source preposition at token v cues ("selon X, …", "according to X, …", "…, according to X."), if any, added to out. */
export function prepReport(ctx: Doc, v: number, prep: string[], out: Indirect[], make: Make, quoteEndAt: (i: number) => number,
  usedCue: (i: number) => boolean, sentenceStart: (toks: Token[], k: number) => number): void {
  const { toks, lex } = ctx;
  const found = sourceAfterPrep(ctx, v, prep);
  if (!found) return;
  const { named, x } = found;
  const cue = { start: toks[v].s, end: toks[x.end - 1].e };
  // "…, according to the Meteorology, Climatology and Geophysics Agency": a description's comma may be inside it.
  // "…, according to Brian Wieser, an analyst at …": after a clause of its own, the source's comma opens an apposition.
  // "…, because, according to X, the media …": after a conjunction's comma the source opens its clause, as at a sentence start.
  const a = toks[v - 1]?.t === "," && !clauseOpenerAt(ctx, v - 2) ? sentenceStart(toks, v - 1) : v;
  // "according to him, the network …": a pronoun takes no apposition. "…, according to X, taking a step …":
  // a participle after the source's comma continues the clause before it.
  const pron = x.end - 1 === v + prep.length && OBJECT_PRONOUN.has(toks[x.end - 1].lw);
  const before = a < v - 1 && v - 1 - a >= 4 && !x.speaker.pronoun && !pron && appositionOpensAfterSource(ctx, x.end) ||
    a < v - 1 && ctx.rules.participleAt(ctx, x.end + 1);
  // "One of the decisions they made, according to a person close to the process, is to …": the source set off
  // inside one clause that goes on in lower case after it; the report is the whole clause (English).
  const inside = lex.shapes.sourceInsideClause && a < v - 1 && toks[v - 1]?.t === "," && toks[x.end]?.t === "," && !before &&
    !pron && !!toks[x.end + 1]?.word && !toks[x.end + 1].cap && !lex.pronouns.has(toks[x.end + 1].lw) &&
    (ctx.facts[x.end + 1] & DETERMINER) === 0 && !verbIn(ctx, a, v - 1);
  if (toks[x.end]?.t === "," && (named || pron || toks[v - 1]?.t !== ",") && !before && !inside) {
    // "According to Omar Haddad, the city planning director, traffic …": the content opens after the apposition.
    const c = named && a === v && entityById(ctx, x.speaker.entity)?.kind === "person" ? appositionEnd(ctx, x.end) : x.end;
    make(c + 1, contentEnd(ctx, c + 1, quoteEndAt, false), x.speaker, cue);
  } else if (toks[v - 1]?.t === ",") {
    // "X said it would …, according to a statement": the report inside already has its speaker and verb;
    // so has a quote whose cue lies there ("“…,” Obama said, according to a pool report").
    const inner = out.at(-1);
    if (inner && inner.start >= toks[a].s && inner.end <= toks[v - 1].s) return;
    // "The AP reported that, according to …, 85 meetings …": the complementizer's clause goes on after the source.
    if ((ctx.facts[v - 2] & COMPLEMENTIZER) !== 0) return;
    let cued = false;
    for (let i = a; i < v - 1 && !cued; i++) cued = usedCue(i);
    if (!cued) make(a, inside ? contentEnd(ctx, x.end + 1, quoteEndAt, false) : v - 1, x.speaker, cue);
  }
}

/** Whether token k is a conjunction or a subordinator that a source set off by commas may follow ("because, according to X, …"). */
function clauseOpenerAt(ctx: Doc, k: number): boolean {
  const t = ctx.toks[k];
  return !!t?.word && (ctx.lex.subordinators.has(t.lw) || CONJ.has(t.lw));
}

/** Whether a reporting verb lies in tokens [a, b): "The AP reported that, according to …" has a cue of its own. */
function verbIn(ctx: Doc, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (isVerb(ctx, i)) return true;
  return false;
}
