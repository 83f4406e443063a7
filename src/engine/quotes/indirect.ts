// Indirect statements: "X a déclaré que …", "X said (that) …", "…, X announced.",
// "…, Devine said, by …", "selon X, …", "according to X, …". The span is the reported content
// only, up to the end of its clause or sentence (final period excluded).
import { tokAt, tokenAt, type Token } from "../text/tokenize";
import { linkLines as linkLinesOf } from "../text/link-lines";
import type { Speaker, Span } from "../types";
import { andReport, contentEnd } from "./clause";
import { bareClauseAt, subjectVerbAfterThat } from "./bare-clause";
import { gerundAside, relativeAside } from "./aside-reports";
import { sentenceStartAt, skipDateline } from "./sentences";
import { skipTime } from "./time-channel";
import { sourcePrepAt } from "./source-prep";
import { openingSubject, participleSubject, sourceAfterPrep } from "./described";
import { entityById, type Doc } from "./doc";
import { describedBefore } from "./subject-phrase";
import { subjectBackward } from "./subject-before";
import { nounPhraseBefore } from "./subject-before";
import { isVerb } from "./verbs";
import { afterQuoteCue, appositionEnd, appositionOpensAfterSource, commaBeforeSubject, invertedSpeaker, nameEndsClause, notPlace, relativeBefore, subjectStartToken, whatSpeaker } from "./report-speaker";
import { bareClauseStart, commaThat, complementizerAfter, namesSomething, negated, objectStart, skipObject, tailAfter } from "./after-verb";
import { AUXILIARY, BELIEF_FORM, COMPLEMENTIZER, DETERMINER, FRAME_ONLY, FRENCH_CUE, NAMING_VERB, NOUN_LIKE_VERB, POSTPOSE_OPENER, SOURCE_PREP, TELL_WORD, VERBISH } from "./word-bits";
import { STRANDED, OBJECT_PRONOUN_INDIRECT as OBJECT_PRONOUN } from "../lexicon/en/quotes";
import { NEGATION } from "../lexicon/fr/quotes";
import { TAIL_START, DASHES, QUOTE_MARK, CONJ } from "../lexicon/quote-words";
import { isOneOf, endsIn } from "../text/chars";

export interface Indirect extends Span {
  speaker: Speaker | null;
  cue: Span;
  /** The two pieces around a parenthetical cue ("A, X said, B"): the content without the cue. */
  fragments?: Span[];
}

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
    if (b - a < 3 && !(b - a === 2 && subjectVerbAfterThat(ctx, a)) && !ctx.rules.shortObject(ctx, tokenAt(toks, cue.start), a, b) || b - a <= 5 && STRANDED.has(toks[b - 1].lw)) return;
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
  for (let m = AS_LETTERS.exec(text); m; m = AS_LETTERS.exec(text)) {
    const k = tokenAt(toks, m.index);
    if (k < toks.length && toks[k].s === m.index && toks[k].lw === "as") return k;
  }
  return toks.length;
}

/** The word bits a report can start on (see findIndirect). */
const CUE_BITS = VERBISH | SOURCE_PREP | FRENCH_CUE | FRAME_ONLY;

/** Tokens [first piece's end, second piece's start) of a parenthetical cue inside the content. */
type Cut = [number, number];

type Make = (a: number, b: number, speaker: Speaker | null, cue: Span, cut?: Cut) => void;

/** The report a source preposition at token v cues ("selon X, …", "according to X, …", "…, according to X."), if any, added to out. */
function prepReport(ctx: Doc, v: number, prep: string[], out: Indirect[], make: Make, quoteEndAt: (i: number) => number,
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

/**
 * Of the reports that end at `end` (the last one among them), the one that starts first: in "X a dit que la ville avait
 * demandé des fonds et a ajouté …", the object report of "demandé" ends where X's report does, and X goes on speaking.
 */
function outermostEndingAt(out: Indirect[], end: number): Indirect {
  let best = out[out.length - 1];
  for (let i = out.length - 2; i >= 0 && out[i].end === end; i--) if (out[i].start < best.start) best = out[i];
  return best;
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

/** The report cued by the verb at token v (see findIndirect), if any, added to out: a function of its own keeps the per-token loop small. */
function verbReport(ctx: Doc, v: number, out: Indirect[], make0: Make, quoteEndAt: (i: number) => number,
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

/**
 * Whether verbReport can make a report at the verb v, asked before its subject search (the costly part): each
 * of its rules needs one of these subject-free conditions (c0: the complementizer after the verb, or -1). A
 * necessary test, cheap tests first; the rules themselves decide.
 */
function mayReport(ctx: Doc, v: number, c0: number, takesQue: boolean, frameOnly: boolean, sentenceStart: (toks: Token[], k: number) => number,
  asBefore: (v: number) => boolean): boolean {
  const { toks } = ctx;
  if (c0 > 0) return true;
  if (!frameOnly) {
    // The naming verb, the bare clause, the object.
    if ((ctx.facts[v] & NAMING_VERB) !== 0 && !negated(toks, v) || bareClauseStart(ctx, v) >= 0 || objectStart(ctx, v) >= 0) return true;
    // The postposed and parenthetical cues ("As the Times noted, …", "…, X said on Tuesday.").
    const after = skipTime(ctx, v + 1);
    if (toks[after]?.t === "," && toks[after + 1]?.word && asBefore(v)) return true;
    if (!toks[v].cap && !ctx.rules.infinitiveAt(ctx, v) && tailAfter(ctx, (ctx.facts[v] & TELL_WORD) !== 0 ? skipObject(ctx, v + 1) : v + 1)) return true;
    // The short reports, the loose subject's bare clause, the inverted cue ("…, said Mr. Smith.").
    if (ctx.rules.shortReport(ctx, v) !== undefined) return true;
    if ((ctx.facts[v] & TELL_WORD) === 0 && bareClauseAt(ctx, after, true) && ctx.rules.looseSubject(ctx, v, sentenceStart(toks, v))) return true;
    if ((toks[v - 1]?.t === "," || (ctx.facts[v - 1] & AUXILIARY) !== 0 && toks[v - 2]?.t === ",") && invertedSpeaker(ctx, v + 1)) return true;
  }
  // A complementizer after an aside ("says at a stop in Toledo, Ohio, that", "a dit lundi, lors de …, qu'il"), an infinitive report.
  if (takesQue && (TAIL_START.has(toks[v + 1]?.lw ?? "") && commaThat(ctx, v + 2) > 0 || ctx.rules.queAfterAside(ctx, v) > 0)) return true;
  return ctx.rules.infinitiveClause(ctx, v) > 0;
}

/** The quote that closes right before token k with a comma inside its marks, when the language keeps it in a mixed report (rules.mixedBeforeCue): its opening token. */
function quoteClosingBefore(ctx: Doc, k: number): { open: number } | undefined {
  const { toks } = ctx;
  if (toks[k - 1].t !== "”" && toks[k - 1].t !== "\"" || toks[k - 2].t !== ",") return undefined;
  for (let o = k - 3; o >= 0 && k - o <= 80; o--) {
    const t = toks[o].t;
    if (t === "“" || t === "\"" && (o === 0 || toks[o - 1].e < toks[o].s)) {
      return ctx.rules.mixedBeforeCue(ctx, { start: toks[o].s, end: toks[k - 1].e }) ? { open: o } : undefined;
    }
    if (t === "”" || toks[o].sent && o < k - 3) return undefined;
  }
  return undefined;
}

/** Whether a quote mark stands in the object from token k to token e (exclusive). */
function quotedWithin(toks: Token[], k: number, e: number): boolean {
  for (let i = k; i < e && i < toks.length; i++) if (QUOTE_MARK.has(toks[i].t)) return true;
  return false;
}

/**
 * An object report ends before ", I do believe …": a comma then a subject pronoun opens another clause (English);
 * so does a comma then a reporting participle ("urged patience, saying the beds were coming"), a report of its own.
 */
function objectEnd(ctx: Doc, k: number, e: number): number {
  const { toks } = ctx;
  for (let i = k + 1; i < e - 1; i++) {
    if (toks[i].t !== ",") continue;
    if (ctx.lex.clausePronouns.has(toks[i + 1].lw)) return i;
    if (ctx.lex.morph.ingParticiples && endsIn("ing", toks[i + 1].lw) && isVerb(ctx, i + 1)) return i;
  }
  return e;
}

/** "what they said was a lack of transparency": the noun phrase after the copula, up to its clause's end (two words at least: "what she said is wrong" is a judgment). */
function whatReport(ctx: Doc, v: number, speaker: Speaker, cue: Span, out: Indirect[], quoteEndAt: (i: number) => number): void {
  const { toks } = ctx;
  const a = v + 2;
  let b = contentEnd(ctx, a, quoteEndAt, true);
  while (b > a && isOneOf(",;:", toks[b - 1].t)) b--;
  if (b - a >= 2) out.push({ start: toks[a].s, end: toks[b - 1].e, speaker, cue });
}

/**
 * "…out of business." The union will sit out the election, X told …": a quote that closes a sentence inside
 * its marks and a capitalised word after it: the postposed report opens there. Else a.
 */
function afterClosedQuote(toks: Token[], a: number, b: number): number {
  for (let i = b - 1; i > a; i--) {
    if (toks[i].t !== "”" && toks[i].t !== "\"" && toks[i].t !== "»") continue;
    return isOneOf(".!?", toks[i - 1].t) && toks[i + 1]?.cap && toks[i + 1].word ? i + 1 : a;
  }
  return a;
}

/**
 * Whether a dash lies in tokens [a, b), or a closing quote mark at or after token last: a quote inside the
 * clause ("Democrats had “put the biggest crack” yet in …, she said") makes it mixed, one that ends it
 * ("…“in the glass ceiling”, she said") belongs to the direct quote before the cue.
 */
function closingMarkIn(toks: Token[], a: number, b: number, last = a): boolean {
  for (let i = a; i < b; i++) if ((toks[i].t === "»" || toks[i].t === "”") && i >= last || DASHES.has(toks[i].t)) return true;
  return false;
}

/** Tokens on a line opened by one of the language's link labels ("READ MORE: X says …", "WATCH | …"): a teaser for another article. */
export function linkLines(ctx: Doc): Uint8Array {
  return linkLinesOf(ctx.toks, ctx.lex.linkLabels, true);
}
