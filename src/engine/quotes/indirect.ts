// Indirect statements: "X a déclaré que …", "X said (that) …", "…, X announced.",
// "…, Devine said, by …", "selon X, …", "according to X, …". The span is the reported content
// only, up to the end of its clause or sentence (final period excluded).
// This file is the per-token loop; the reports a source preposition cues are source-report.ts's, a verb's verb-report.ts's.
import { tokAt, tokenAt, type Token } from "../text/tokenize";
import { linkLines as linkLinesOf } from "../text/link-lines";
import type { Speaker, Span } from "../types";
import { contentEnd } from "./clause";
import { twoWordClause } from "./bare-clause";
import { sentenceStartAt, skipDateline } from "./sentences";
import { sourcePrepAt } from "./source-prep";
import type { Doc } from "./doc";
import { isVerb } from "./verbs";
import { FRAME_ONLY, FRENCH_CUE, POSTPOSE_OPENER, SOURCE_PREP, VERBISH } from "./word-bits";
import { STRANDED } from "../lexicon/en/quotes";
import { isOneOf } from "../text/chars";
import { prepReport } from "./source-report";
import { verbReport } from "./verb-report";
import type { Indirect, Cut } from "./indirect-types";

export type { Indirect } from "./indirect-types";

/**
 * The indirect reports of the text. quoteEnd: token index → the token after the direct statement that starts there, or -1;
 * cueTokens: token index → 1 on a cue a direct statement has taken. The per-token loop reads both arrays itself.
 */
export function findIndirect(ctx: Doc, quoteEnd: Int32Array, cueTokens: Uint8Array, teaser = linkLines(ctx)): Indirect[] {
  const { toks } = ctx;
  const quoteEndAt = (i: number) => { const e = quoteEnd[i]; return e === undefined || e < 0 ? i : e; };
  const usedCue = (i: number) => cueTokens[i] === 1;
  const sentenceStart = (_: Token[], k: number) => skipDateline(toks, sentenceStartAt(ctx, k));
  const out: Indirect[] = [];
  const make = (a: number, b: number, speaker: Speaker | null, cue: Span, cut?: Cut) => {
    b = ctx.rules.reportTail(ctx, a, b);
    // "said that, too often, drivers …": the content opens after the complementizer's comma.
    if (a < b && toks[a].t === ",") a++;
    while (b > a && isOneOf(",;:", toks[b - 1].t)) b--;
    // "relationships she thought she could count on": a short clause with a stranded preposition is a relative clause.
    // "ont condamné ces attaques", "menace de démissionner": a short object or frame complement may be the whole content.
    const cueTok = tokenAt(toks, cue.start);
    if (b - a < 3 && !(b - a === 2 && twoWordClause(ctx, a, cueTok)) && !ctx.rules.shortObject(ctx, cueTok, a, b) || b - a <= 5 && STRANDED.has(toks[b - 1].lw)) return;
    // "A, X said, B": the cue between the pieces is no part of the content (corpora that split the statement there
    // count each piece).
    if (cut && cut[0] > a && cut[1] < b) out.push({ start: toks[a].s, end: toks[b - 1].e, speaker, cue,
      fragments: [{ start: toks[a].s, end: toks[cut[0] - 1].e }, { start: toks[cut[1]].s, end: toks[b - 1].e }] });
    else out.push({ start: toks[a].s, end: toks[b - 1].e, speaker, cue });
  };
  const { bits } = ctx;
  // After a comma the language's cues may open (French, mayPostpose): asked only of the words that may open one.
  const afterComma = ctx.rules.cueAfterComma;
  const frContentEnd = (k: number) => contentEnd(ctx, k, quoteEndAt, false);
  // Whether an "as" stands before token v: the cue "As the Times noted, …" needs one. The first "as" token is found
  // once, when first asked, from the text's "as" letters (a native search) rather than by reading every token.
  let firstAs = -1;
  const asBefore = (v: number) => {
    if (firstAs < 0) firstAs = firstTokenAs(ctx);
    return firstAs < v;
  };
  for (let v = 0; v < toks.length; v++) {
    const q = quoteEnd[v];
    if (q > v) { v = q - 1; continue; }
    // No rule below starts on a word that is no verb, source preposition or French cue (nor after a French comma
    // on a word that may open a postposed cue, see mayPostpose):
    // the word bits first (one typed-array read), the token's own tests after.
    const b = bits[v];
    if ((b & CUE_BITS) === 0 && !(afterComma && (b & POSTPOSE_OPENER) !== 0 && tokAt(toks, v - 1)?.t === ",")) continue;
    if (cueTokens[v] === 1 || teaser[v] || !toks[v].word) continue;
    // French: "Pour X, …", "Selon lui, …", "…, a-t-il ajouté.", "…, assure-t-on dans l'entourage du ministre."
    const fr = ctx.rules.reportCueAt(ctx, v) ? ctx.rules.reportAt(ctx, v, out.at(-1), frContentEnd, quoteEndAt, sentenceStart(toks, Math.max(0, v - 1))) : undefined;
    if (fr) { if (fr.cue) make(fr.a, fr.b, fr.speaker ?? null, fr.cue); v = fr.next; continue; }
    // "selon X, …" / "according to X, …" / "…, according to X."
    const prep = (b & SOURCE_PREP) !== 0 ? sourcePrepAt(ctx, v) : undefined;
    if (prep) { prepReport(ctx, v, prep, out, make, quoteEndAt, usedCue, sentenceStart); continue; }
    // "a parlé d'une erreur", "rapporte que": a verb that reports only through its frame.
    const frameOnly = (b & FRAME_ONLY) !== 0;
    if (!frameOnly && !isVerb(ctx, v) || toks[v].cap && toks[v].sent) continue;
    verbReport(ctx, v, out, make, quoteEndAt, usedCue, sentenceStart, frameOnly, asBefore);
  }
  return out;
}

/** Letters that may spell the token "as": every such token starts at one of their matches. */
const AS_LETTERS = /as/gi;

/** Index of the first token whose word is "as", or the token count when there is none. */
function firstTokenAs(ctx: Doc): number {
  const { toks, text } = ctx;
  AS_LETTERS.lastIndex = 0;
  // (test, not exec: no match array per "as" inside a word, which French text has in "pas", "cas", "bas" …)
  while (AS_LETTERS.test(text)) {
    const at = AS_LETTERS.lastIndex - 2;
    const k = tokenAt(toks, at);
    if (k < toks.length && toks[k].s === at && toks[k].lw === "as") return k;
  }
  return toks.length;
}

/** The word bits a report can start on (see findIndirect). */
const CUE_BITS = VERBISH | SOURCE_PREP | FRENCH_CUE | FRAME_ONLY;

/** Tokens on a line opened by one of the language's link labels ("READ MORE: X says …", "WATCH | …"): a teaser for another article. */
export function linkLines(ctx: Doc): Uint8Array {
  return linkLinesOf(ctx.toks, ctx.lex.linkLabels, true, ctx.text);
}
