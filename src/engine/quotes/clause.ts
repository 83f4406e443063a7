// The extent of a reported clause after its cue: where it ends (sentence end, a new line, a second
// report, a closing "according to"). What may stand between the verb and the clause is time-channel.ts's, whether a
// bare clause opens there bare-clause.ts's, where its sentence opens sentences.ts's.
import type { Token } from "../text/tokenize";
import { isOneOf, endsIn } from "../text/chars";
import { isVerb } from "./verbs";
import { subjectAt } from "./resolve/subject";
import type { Doc } from "./doc";
import { MAX_CLAUSE } from "./sentences";
import { sourcePrepAt } from "./source-prep";
import { AUXILIARY, BARE_CLAUSE_FORM, COMPLEMENTIZER, SOURCE_PREP } from "./word-bits";
import { OPENING_MARK, CLAUSE_CONJ } from "../lexicon/quote-words";

/** Index of the token that ends the reported clause starting at k (exclusive). */
export function contentEnd(ctx: Doc, k: number, inQuote: (i: number) => number, clauseOnly: boolean): number {
  const { toks } = ctx;
  const limit = Math.min(toks.length, k + MAX_CLAUSE);
  for (let i = k; i < limit; i++) {
    // A new line ends the report, even when a quote opens it.
    if (i > k && toks[i].nl) return i;
    const q = inQuote(i);
    if (q > i) {
      // A quote that closes its sentence ("… “Go back!” And some were seen …") ends the report with it.
      // (So does one before the next quote's opening mark: 'was “dead.” “We start …'.)
      const next = toks[q] && !toks[q].word && toks[q].nl === 0 ? toks[q + 1] : toks[q];
      if (next?.sent && next.cap && isOneOf(".!?…", toks[q - 2]?.t ?? "")) return q;
      i = q - 1;
      continue;
    }
    const t = toks[i];
    if (i > k && t.nl) return i;
    // "863.1 billion": a period with no space after it inside a number is no sentence end.
    const inNumber = t.t === "." && /\d/.test(ctx.text[t.s - 1] ?? "") && /\d/.test(ctx.text[t.e] ?? "");
    // 'would cost "months, not weeks." He …': an end mark inside a quote the clause opened (American typography)
    // ends the clause after the closing mark, which keeps the quote whole (a mixed report).
    if ((t.t === "." || t.t === "!" || t.t === "?") && !inNumber && sentenceEndsAfter(toks, i)) return closesOpenQuote(toks, k, i) ? i + 2 : i;
    if (i > k + 2 && t.t === "," && clauseOnly) return i;
    // "…, and added (that) …" / "…, et a ajouté que …": a second report by the same speaker starts there.
    // "« … » mais a appelé à …": "mais" too, comma or not.
    if (i > k + 1 && (t.lw === "and" || t.lw === "et" || t.lw === "mais") && andReport(ctx, i + 1)) return i;
    // ", but Democrats have pushed for …", ", and the League strongly denounced …": another clause with its own report.
    if (i > k + 2 && t.t === "," && CLAUSE_CONJ.has(toks[i + 1]?.lw ?? "") && reportAhead(ctx, i + 2)) return i;
    // "X a expliqué que A ; il a ajouté que B": a semicolon closes the clause (a report after it is its own).
    if (i > k && t.t === ";") return i;
    // "X a précisé que A : « B »": a quotation after a colon is a statement of its own, not part of the report.
    if (i > k + 1 && t.t === ":" && OPENING_MARK.has(toks[i + 1]?.t ?? "") && inQuote(i + 1) > i + 1) return i;
    // "a réfuté l'idée d'un prêt affirmant : « … »": a reporting participle before its colon or "que" opens the next report, comma or not.
    if (i > k + 2 && endsIn("ant", t.lw) && (toks[i + 1]?.t === ":" || (ctx.facts[i + 1] & COMPLEMENTIZER) !== 0) && isVerb(ctx, i)) return i;
    // "a défendu son projet en affirmant qu'il …": a reporting gerund before its "que" or colon opens the next report.
    // (Its "tout" with it: "…, tout en affirmant que …".)
    if (i > k + 1 && t.lw === "en" && endsIn("ant", toks[i + 1]?.lw ?? "") && isVerb(ctx, i + 1) &&
      (toks[i + 2]?.t === ":" || (ctx.facts[i + 2] & COMPLEMENTIZER) !== 0 || afterComma(toks, i))) return toks[i - 1].lw === "tout" && i - 1 > k ? i - 1 : i;
    // ", adding that …" / ", saying …": the next report starts there.
    // (After a short object too: "a nié les faits, affirmant avoir agi …".)
    if (i > k + 1 && t.t === "," && toks[i + 1] && /ing$|ant$/.test(toks[i + 1].lw) && isVerb(ctx, i + 1)) return i;
    // "…, according to a statement." closing the sentence: the report it wraps ends before it.
    if (i > k + 2 && t.t === "," && closingSource(ctx, i + 1)) return i;
  }
  // No sentence end in reach (a run-on line): the clause ends at the limit.
  return limit;
}

/** Whether a comma stands right before the gerund's "en" at i, or before its "tout": "…, tout en regrettant « … »" is a report of its own. */
function afterComma(toks: Token[], i: number): boolean {
  return toks[i - 1]?.t === "," || toks[i - 1]?.lw === "tout" && toks[i - 2]?.t === ",";
}

/** Whether the token after the end mark at i closes a quote mark opened in the clause [k, i) and left open there. */
function closesOpenQuote(toks: Token[], k: number, i: number): boolean {
  const close = toks[i + 1]?.t;
  if (close !== "”" && close !== "»" && close !== "\"") return false;
  let open = 0;
  for (let j = k; j < i; j++) {
    const m = toks[j].t;
    if (m === "“" || m === "«") open++;
    else if (m === "”" || m === "»") open--;
    else if (m === "\"") open = open > 0 ? open - 1 : open + 1;
  }
  return open > 0;
}

/** How far after the conjunction the new clause's reporting verb may stand. */
const REPORT_AHEAD = 10;

/** A reporting verb within a few words from k, before any punctuation: "Democrats have pushed for". */
function reportAhead(ctx: Doc, k: number): boolean {
  const { toks } = ctx;
  for (let i = k + 1; i < toks.length && i < k + REPORT_AHEAD; i++) {
    if (!toks[i].word) return false;
    if (isVerb(ctx, i)) return true;
  }
  return false;
}

/**
 * Whether the sentence ends after the "."/"!"/"?" at i: the next token opens a sentence, or it is a
 * mark (an opening quote, a parenthesis) before a word that does (". “We …").
 */
function sentenceEndsAfter(toks: Token[], i: number): boolean {
  const next = toks[i + 1];
  if (!next || next.sent || next.nl > 0) return true;
  // '. “We', and '." "We' (a quote closing before the next one opens): up to two marks before the sentence's word.
  for (let j = i + 1; j <= i + 2 && toks[j] && !toks[j].word && toks[j].nl === 0; j++) {
    if (toks[j + 1]?.sent === true && toks[j + 1].nl === 0) return true;
  }
  return false;
}

/** A reporting verb that takes a clause right after "and"/"et" (an auxiliary may come between): "and added". */
export function andReport(ctx: Doc, k: number): boolean {
  const { toks } = ctx;
  if ((ctx.facts[k] & AUXILIARY) !== 0 && !isVerb(ctx, k)) k++;
  // "dénoncent une réforme et appellent à manifester": a verb whose frame's complement follows (French).
  return isVerb(ctx, k) && ((ctx.facts[k] & BARE_CLAUSE_FORM) !== 0 || (ctx.facts[k + 1] & COMPLEMENTIZER) !== 0 || ctx.rules.infinitiveClause(ctx, k) > 0) &&
    !/ing$|ant$/.test(toks[k].lw);
}

/** "according to X" / "selon X" at token k, with X closing the sentence (not "according to X, …"). */
function closingSource(ctx: Doc, k: number): boolean {
  const { toks } = ctx;
  const prep = (ctx.bits[k] & SOURCE_PREP) !== 0 ? sourcePrepAt(ctx, k) : undefined;
  if (!prep) return false;
  const x = subjectAt(ctx, k + prep.length, k);
  return !!x && toks[x.end]?.t !== ",";
}
