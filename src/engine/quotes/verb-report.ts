// Reports cued by a verb: "X a déclaré que …", "X said (that) …", "denied the charges", "…, X announced.",
// "…, Devine said, by …", "…, a indiqué Wang Yi.": the verb's subject, then the rule its complement or its place calls for.
import type { Token } from "../text/tokenize";
import { andReport, contentEnd } from "./clause";
import { bareClauseAt } from "./bare-clause";
import { gerundAside, relativeAside } from "./aside-reports";
import { skipTime } from "./time-channel";
import { openingSubject, participleSubject } from "./described";
import type { Doc } from "./doc";
import { describedBefore } from "./subject-phrase";
import { subjectBackward } from "./subject-before";
import { nounPhraseBefore } from "./subject-before";
import { afterQuoteCue, commaBeforeSubject, invertedSpeaker, nameEndsClause, notPlace, relativeBefore, subjectStartToken, whatSpeaker } from "./report-speaker";
import { bareClauseStart, commaThat, complementizerAfter, namesSomething, negated, objectStart, skipObject, tailAfter } from "./after-verb";
import { AUXILIARY, BELIEF_FORM, COMPLEMENTIZER, DETERMINER, NAMING_VERB, NOUN_LIKE_VERB, TELL_WORD } from "./word-bits";
import { NEGATION } from "../lexicon/fr/quotes";
import { TAIL_START } from "../lexicon/quote-words";
import { mayReport } from "./may-report";
import { objectEnd, quotedWithin, whatReport } from "./object-report";
import { afterClosedQuote, closingMarkIn, quoteClosingBefore } from "./postposed";
import type { Indirect, Make } from "./indirect-types";

/** "ne … que" is "only", not a report: "ne fit qu'en rire", "n'a répondu que par des réticences". */
function restrictiveQue(ctx: Doc, v: number, c: number): boolean {
  const { toks } = ctx;
  let ne = false;
  for (let k = Math.max(0, v - 3); k < v; k++) if (toks[k].lw === "ne" || toks[k].lw === "n'") ne = true;
  if (!ne) return false;
  for (let k = v - 2; k < c; k++) if (NEGATION.has(toks[k]?.lw ?? "")) return false;
  return true;
}

/**
 * Of the reports that end at `end` (the last one among them), the one that starts first: in "X a dit que la ville avait
 * demandé des fonds et a ajouté …", the object report of "demandé" ends where X's report does, and X goes on speaking.
 */
function outermostEndingAt(out: Indirect[], end: number): Indirect {
  let best = out[out.length - 1];
  for (let i = out.length - 2; i >= 0 && out[i].end === end; i--) if (out[i].start < best.start) best = out[i];
  return best;
}

/** The report cued by the verb at token v (see findIndirect), if any, added to out: a function of its own keeps the per-token loop small. */
export function verbReport(ctx: Doc, v: number, out: Indirect[], make0: Make, quoteEndAt: (i: number) => number,
  usedCue: (i: number) => boolean, sentenceStart: (toks: Token[], k: number) => number, frameOnly: boolean, asBefore: (v: number) => boolean): void {
  const { toks, lex } = ctx;
  // "Ms. Green believes the plan will fail": a belief is no statement; "believed it had acted “improperly”" is.
  const make: Make = (ctx.facts[v] & BELIEF_FORM) !== 0 ? (a, b, sp, cue, cut) => { if (quotedWithin(toks, a, b)) make0(a, b, sp, cue, cut); } : make0;
  // "the seven states with races that …", "The Silver State caucuses": a noun unless "that" follows.
  if ((ctx.facts[v] & NOUN_LIKE_VERB) !== 0 && (ctx.facts[v + 1] & COMPLEMENTIZER) === 0) return;
  // A frame-only verb takes "que" only when a frame says so ("rapporte que", not "parlait des choses qu'elle …").
  const takesQue = !frameOnly || !!lex.frames.get(toks[v].lw)?.some((f) => f.content === "que");
  const c0 = takesQue ? complementizerAfter(ctx, v) : -1;
  // The subject search below is the costly part: first whether any rule can make a report at this verb.
  if (!mayReport(ctx, v, c0, takesQue, frameOnly, sentenceStart, asBefore)) return;
  const cue = { start: toks[v].s, end: toks[v].e };
  // "X argued that A, noting B" / "…, adding that B": a second report by the same speaker.
  const last = out.at(-1);
  let gerund = v > 1 && toks[v - 1].t === "," && /ing$|ant$/.test(toks[v].lw) && last && last.end === toks[v - 2].e ? outermostEndingAt(out, last.end).speaker : undefined;
  // "…, and added (that) …": the conjunction ended the last report.
  if (!gerund && last) {
    let a = v - 1;
    if ((ctx.facts[a] & AUXILIARY) !== 0) a--;
    if (a > 0 && (toks[a].lw === "and" || toks[a].lw === "et") && andReport(ctx, a + 1)) {
      const p = toks[a - 1].t === "," ? a - 2 : a - 1;
      if (p >= 0 && last.end === toks[p].e) gerund = outermostEndingAt(out, last.end).speaker;
    }
  }
  gerund ??= ctx.rules.sequelSpeaker(ctx, v, last);
  const s0 = sentenceStart(toks, v);
  // "A lawmaker in the Philippines is calling …": a place that is a preposition's object is no subject.
  // ", saying …" after a main clause: the clause's subject, before the name that ends its object ("X attacked Y, saying …").
  const named = gerund ?? participleSubject(ctx, v, s0) ?? notPlace(ctx, subjectBackward(ctx, v)) ?? afterQuoteCue(ctx, v, s0, usedCue) ??
    ctx.rules.conjoinedVerbSubject(ctx, v, s0) ?? ctx.rules.prepositionParticipleSubject(ctx, v, s0);
  let subj = named ?? notPlace(ctx, nounPhraseBefore(ctx, v)) ?? ctx.rules.asideSubject(ctx, v);
  // "À Matignon, on assure que …": the source set before "on"; bare "on dit que" is hearsay.
  if (subj && ctx.rules.isHearsay(ctx, subj)) { subj = ctx.rules.topicSource(ctx, v, s0); if (!subj) return; }
  // Inside an adverbial clause ("While Ramos said that …, he …") the report ends at its comma.
  // So does a relative clause or a gerund set off by a comma: "X, qui a rappelé que A, a quitté la salle", "X, en affirmant que A, a …".
  // Not when the subject stands after the adverbial clause's comma ("Although …, officials say A, B"): the verb is the main one.
  const subordinate = lex.subordinators.has(toks[s0]?.lw ?? "") && s0 < v;
  const aside = relativeAside(ctx, v) || gerundAside(ctx, v);
  const clauseOnly = subordinate && !commaBeforeSubject(ctx, s0, subj) || aside;
  let c = c0;
  // "says at a campaign stop in Toledo, Ohio, that …": a prepositional phrase set off by commas.
  if (c < 0 && takesQue && subj && TAIL_START.has(toks[v + 1]?.lw ?? "")) c = commaThat(ctx, v + 2);
  if (c > 0 && ctx.rules.relativeQue(ctx, v, c)) c = -1;
  if (c < 0 && takesQue) c = ctx.rules.queAfterAside(ctx, v);
  // French: "a dit avoir agi …", "assure ne pas vouloir …".
  const inf = subj && c < 0 ? ctx.rules.infinitiveClause(ctx, v) : -1;
  if (inf > 0) { make(inf, contentEnd(ctx, inf, quoteEndAt, clauseOnly), subj!, cue); return; }
  if (subj && c > 0) {
    if (restrictiveQue(ctx, v, c) || (ctx.facts[v - 1] & DETERMINER) !== 0 || ctx.rules.idiomReport(ctx, v)) return;
    // "they say that would leave the issue …": "that" before a finite verb is the clause's subject.
    const a = lex.finiteAfterComplementizer.has(toks[c + 1]?.lw ?? "") ? c : c + 1;
    make(a, contentEnd(ctx, a, quoteEndAt, clauseOnly), subj, cue);
    return;
  }
  if (frameOnly) return;
  // "said no when …", "a poem she said was written by …".
  const short = subj && c < 0 ? ctx.rules.shortReport(ctx, v) : undefined;
  if (short === "answer") { out.push({ start: toks[v + 1].s, end: toks[v + 1].e, speaker: subj!, cue }); return; }
  // A relative clause after a comma ends at the next one: "changes, which officials said will take effect soon, will …".
  if (short === "gap" || short === "aside") { make(v + 1, contentEnd(ctx, v + 1, quoteEndAt, short === "aside" || clauseOnly), subj!, cue); return; }
  // "about what they said was a lack of transparency": what follows the copula.
  if (short === "what") { whatReport(ctx, v, whatSpeaker(ctx, v) ?? subj!, cue, out, quoteEndAt); return; }
  // Bare clause: "Mary Smith said the plan would fail", "told reporters Trump would win".
  const bare = subj ? bareClauseStart(ctx, v) : -1;
  if (bare >= 0) {
    const k = bare;
    // ", said Mary Smith" names the speaker after the verb; "Mary Smith, a senator, said Tom …" reports on Tom,
    // unless the name ends there (", says Mary Smith, a pollster."): that is the inverted cue.
    const apposed = !!subj!.mention && toks[v - 1]?.t === "," && subj!.mention.end < toks[v - 1].s && !nameEndsClause(ctx, k);
    if (!(toks[v - 1]?.t === "," && ctx.mentionAt[k] >= 0 && !apposed)) {
      make(k, contentEnd(ctx, k, quoteEndAt, clauseOnly), subj!, cue);
      return;
    }
  }
  // Neither a name nor a description before "said"/"told": the report stands all the same.
  // "…, say some Democrats, who …": a speaker after the verb makes it the inverted cue below.
  const loose = subj || toks[v - 1]?.t === "," && invertedSpeaker(ctx, v + 1) ? undefined : ctx.rules.looseSubject(ctx, v, s0);
  if (loose) {
    const looseOnly = subordinate && !commaBeforeSubject(ctx, s0, loose) || aside;
    // "was told he …" is passive (see lang/en/loose.ts); "it only tells part of …" has an object: "tell" needs "that".
    const k = c > 0 ? c + 1 : skipTime(ctx, v + 1);
    if (c > 0 && !restrictiveQue(ctx, v, c) || c < 0 && (ctx.facts[v] & TELL_WORD) === 0 && bareClauseAt(ctx, k, true)) {
      make(k, contentEnd(ctx, k, quoteEndAt, looseOnly), loose, cue);
      return;
    }
    // "But he shook his head and said no when …": the answer; "which officials said will take effect …": the gap.
    const short = c < 0 ? ctx.rules.shortReport(ctx, v) : undefined;
    if (short === "answer") { out.push({ start: toks[v + 1].s, end: toks[v + 1].e, speaker: loose, cue }); return; }
    if (short === "gap" || short === "aside") { make(v + 1, contentEnd(ctx, v + 1, quoteEndAt, short === "aside" || looseOnly), loose, cue); return; }
    if (short === "what") { whatReport(ctx, v, loose, cue, out, quoteEndAt); return; }
  }
  // The object is the content: "denied the charges", "called for a ban", "a annoncé sa démission".
  // A verb after a determiner or a possessive is a noun ("Trump's demand for").
  // ", citing X": a participle after a comma reports its object for the sentence's subject.
  const part = toks[v - 1]?.t === "," && lex.participleReports.has(toks[v].lw) ? named ?? openingSubject(ctx, v, s0) : undefined;
  const objSubj = toks[v - 1]?.t === "," && lex.participleReports.has(toks[v].lw) ? part : subj;
  const o = objSubj && (toks[v - 1]?.t !== "," || part || ctx.rules.appositionVerb(ctx, v, named)) ? objectStart(ctx, v) : -1;
  if (o >= 0) {
    const e = objectEnd(ctx, o, contentEnd(ctx, o, quoteEndAt, clauseOnly));
    // "condemned the students' actions": a judged object is no statement; "blamed “far-left activists”" is.
    if (!lex.quotedObjectForms.has(toks[v].lw) || quotedWithin(toks, o, e)) { make(o, e, objSubj!, cue); return; }
  }
  // Naming: "called the actions lawful", "called her vote a mistake": the object and what it is called.
  if (subj && (ctx.facts[v] & NAMING_VERB) !== 0 && !negated(toks, v)) {
    const k = skipTime(ctx, v + 1);
    const e = contentEnd(ctx, k, quoteEndAt, clauseOnly);
    if (namesSomething(ctx, k, e)) {
      make(k, e, subj, cue);
      return;
    }
  }
  // Postposed: "Canada will spend …, Health Minister Sarah Okafor announced on Tuesday."
  // Parenthetical: "The argument would be aided, Devine said, by the calendar."
  if (subj) {
    const sStart = describedBefore(ctx, subjectStartToken(ctx, subj, v));
    // "As the Times noted, Clinton raised …": the content follows the cue's comma.
    const after = skipTime(ctx, v + 1);
    const as = sStart > 0 && (ctx.facts[sStart - 1] & DETERMINER) !== 0 ? sStart - 2 : sStart - 1;
    if (sStart > 0 && toks[as]?.lw === "as" && toks[after]?.t === "," && toks[after + 1]?.word) {
      make(after + 1, contentEnd(ctx, after + 1, quoteEndAt, false), subj, cue);
      return;
    }
    // "…, Sen. Lindsey Graham told The Huffington Post on Thursday.": the object of "told" comes first.
    const tail = tailAfter(ctx, (ctx.facts[v] & TELL_WORD) !== 0 ? skipObject(ctx, v + 1) : v + 1);
    // "…, an analyst at the Cook Political Report.": a capitalised verb form inside a name is no cue.
    // "…, a Trump ally who has spoken to Assange, has …": a relative clause is no cue.
    // "…, and investors “may be forced to sell,” he wrote.": a quote closing the clause, its comma inside the marks (mixed).
    const mixed = sStart > 1 && quoteClosingBefore(ctx, sStart);
    if (sStart > 0 && (toks[sStart - 1].t === "," || mixed) && tail && !toks[v].cap && !ctx.rules.infinitiveAt(ctx, v) && (named || ctx.rules.speakerHead(ctx, subj)) && !relativeBefore(toks, sStart, v)) {
      if (mixed) { make(afterClosedQuote(toks, sentenceStart(toks, sStart - 1), mixed.open), sStart, subj, cue); return; }
      let a = afterClosedQuote(toks, sentenceStart(toks, sStart - 1), sStart - 1);
      // "“I held and hugged” grieving families …, he said": the opening mark belongs to the report.
      if (a > 0 && (toks[a - 1].t === "“" || toks[a - 1].t === "\"") && toks[a - 1].e === toks[a].s && (a < 2 || toks[a - 2].e < toks[a - 1].s)) a--;
      if (a < sStart - 1 && quoteEndAt(a) <= a && !closingMarkIn(toks, a, sStart - 1, sStart - 2)) {
        if (tail.comma) make(a, contentEnd(ctx, tail.end + 1, quoteEndAt, false), subj, cue, [sStart - 1, tail.end + 1]);
        else if (!ctx.rules.verblessPhrase(ctx, a, sStart - 1)) make(a, sStart - 1, subj, cue);
      }
    }
    return;
  }
  // Inverted: "…, a indiqué Wang Yi." / "…, said Mr. Smith." Never a participle report: its object is no speaker
  // ("La foule a envahi la place, réclamant la démission du gouvernement.", "…, citing the report.").
  if ((toks[v - 1]?.t === "," || ((ctx.facts[v - 1] & AUXILIARY) !== 0 && toks[v - 2]?.t === ",")) && !lex.participleReports.has(toks[v].lw)) {
    const after = invertedSpeaker(ctx, v + 1);
    const comma = toks[v - 1]?.t === "," ? v - 1 : v - 2;
    if (after) {
      const a = sentenceStart(toks, comma);
      if (a < comma && quoteEndAt(a) <= a && !ctx.rules.verblessPhrase(ctx, a, comma)) make(a, comma, after, cue);
    }
  }
}
