// Indirect statements: "X a déclaré que …", "X said (that) …", "…, X announced.",
// "selon X, …", "according to X, …". The span is the reported content only, up to the end
// of its sentence (final period excluded).
import type { Token } from "../text/tokenize";
import type { Speaker, Span } from "../types";
import { isVerb, subjectBackward } from "./attribute";
import { subjectAt, type Context } from "./context";

export interface Indirect extends Span {
  speaker: Speaker | null;
  cue: Span;
}

const MAX_GAP = 7;
/** A reported clause longer than this many tokens is cut (keeps hostile input linear). */
const MAX_CLAUSE = 200;
const CLAUSE_START_EN = new Set(["the", "a", "an", "he", "she", "they", "it", "we", "i", "you", "there", "his",
  "her", "their", "its", "this", "these", "those", "some", "many", "most", "no", "all", "canada", "his"]);
const SAY_EN = new Set(["said", "says", "say", "told", "tells", "added", "adds", "warned", "argued", "noted",
  "stated", "claimed", "insisted", "explained", "believes", "believed", "thinks", "thought", "announced", "wrote"]);

/** Sentence end after token k: index of the token that ends it (exclusive end of content). */
function sentenceEnd(toks: Token[], k: number, inQuote: (i: number) => number): number {
  const limit = Math.min(toks.length, k + MAX_CLAUSE);
  for (let i = k; i < limit; i++) {
    const q = inQuote(i);
    if (q > i) { i = q - 1; continue; }
    if (i > k && toks[i].nl) return i;
    if ((toks[i].t === "." || toks[i].t === "!" || toks[i].t === "?") && (toks[i + 1]?.sent || toks[i + 1]?.nl || !toks[i + 1])) return i;
  }
  // No sentence end in reach (a run-on line): the clause ends at the limit.
  return limit;
}

function sentenceStart(toks: Token[], k: number): number {
  while (k > 0 && !toks[k].sent) k--;
  return skipDateline(toks, k);
}

/** "OTTAWA — …", "PÉKIN, 24 avril (AFP) – …": a dateline is not part of the statement. */
function skipDateline(toks: Token[], k: number): number {
  if (!toks[k]?.upper) return k;
  for (let j = k + 1; j < toks.length && j < k + 10; j++) {
    if (toks[j].t === "—" || toks[j].t === "–") return j + 1;
    if (toks[j].nl || toks[j].t === ".") break;
  }
  return k;
}

export function findIndirect(ctx: Context, quoteEndAt: (i: number) => number, usedCue: (i: number) => boolean): Indirect[] {
  const { toks, lex } = ctx;
  const out: Indirect[] = [];
  const make = (a: number, b: number, speaker: Speaker | null, cue: Span) => {
    while (b > a && /^[,;:]$/.test(toks[b - 1].t)) b--;
    if (b - a < 3) return;
    out.push({ start: toks[a].s, end: toks[b - 1].e, speaker, cue });
  };
  for (let v = 0; v < toks.length; v++) {
    const q = quoteEndAt(v);
    if (q > v) { v = q - 1; continue; }
    if (usedCue(v)) continue;
    // "selon X, …" / "according to X, …" / "…, according to X."
    const prep = lex.sourcePreps.find((p) => p.every((w, i) => toks[v + i]?.lw === w || toks[v + i]?.lw + "'" === w));
    if (prep) {
      const x = subjectAt(ctx, v + prep.length, v);
      if (!x) continue;
      const cue = { start: toks[v].s, end: toks[x.end - 1].e };
      if (toks[x.end]?.t === ",") {
        const e = sentenceEnd(toks, x.end + 1, quoteEndAt);
        make(x.end + 1, e, x.speaker, cue);
      } else if (toks[v - 1]?.t === ",") {
        make(sentenceStart(toks, v - 1), v - 1, x.speaker, cue);
      }
      continue;
    }
    if (!isVerb(ctx, v) || toks[v].cap && toks[v].sent) continue;
    const subj = subjectBackward(ctx, v);
    const cue = { start: toks[v].s, end: toks[v].e };
    // Complementizer within a few words: "a déclaré mardi que", "told reporters on Tuesday that".
    let c = -1;
    for (let k = v + 1; k < toks.length && k <= v + MAX_GAP; k++) {
      if (lex.complementizers.has(toks[k].lw)) { c = k; break; }
      if (!toks[k].word || isVerb(ctx, k)) break;
    }
    if (subj && c > 0) { make(c + 1, sentenceEnd(toks, c + 1, quoteEndAt), subj, cue); continue; }
    if (subj && lex.lang === "en" && SAY_EN.has(toks[v].lw) && toks[v + 1] &&
        (CLAUSE_START_EN.has(toks[v + 1].lw) || toks[v + 1].cap && toks[v + 1].word)) {
      make(v + 1, sentenceEnd(toks, v + 1, quoteEndAt), subj, cue);
      continue;
    }
    // Postposed: "Canada will spend …, Health Minister Sarah Okafor announced on Tuesday."
    if (subj) {
      const sStart = subjectStartToken(ctx, subj, v);
      if (sStart > 0 && toks[sStart - 1].t === ",") {
        const a = sentenceStart(toks, sStart - 1);
        if (a < sStart - 1 && quoteEndAt(a) <= a && !toks.slice(a, sStart - 1).some((t) => t.t === "»" || t.t === "”")) {
          make(a, sStart - 1, subj, cue);
        }
      }
      continue;
    }
    // Inverted: "…, a indiqué Wang Yi." / "…, said Mr. Smith."
    if (toks[v - 1]?.t === "," || (lex.auxiliaries.has(toks[v - 1]?.lw ?? "") && toks[v - 2]?.t === ",")) {
      const after = subjectAt(ctx, v + 1, v);
      const comma = toks[v - 1]?.t === "," ? v - 1 : v - 2;
      if (after && (toks[after.end]?.t === "." || toks[after.end]?.nl)) {
        const a = sentenceStart(toks, comma);
        if (a < comma && quoteEndAt(a) <= a) make(a, comma, after.speaker, cue);
      }
    }
  }
  return out;
}

function subjectStartToken(ctx: Context, subj: Speaker, v: number): number {
  if (!subj.mention) return -1;
  let k = v;
  while (k > 0 && ctx.toks[k].s > subj.mention.start) k--;
  if (ctx.toks[k].s !== subj.mention.start) return -1;
  // Role words before the name belong to the subject: ", Health Minister Sarah Okafor announced".
  for (let n = 0; n < 4 && k > 0 && ctx.toks[k - 1].word && (ctx.toks[k - 1].cap || ctx.lex.roleNouns.has(ctx.toks[k - 1].lw)); n++) k--;
  return k;
}
