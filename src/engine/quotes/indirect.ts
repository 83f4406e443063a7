// Indirect statements: "X a déclaré que …", "X said (that) …", "…, X announced.",
// "…, Devine said, by …", "selon X, …", "according to X, …". The span is the reported content
// only, up to the end of its clause or sentence (final period excluded).
import { mayHaveShape } from "../lexicon";
import type { Token } from "../text/tokenize";
import type { Speaker, Span } from "../types";
import { isVerb, subjectBackward } from "./attribute";
import { subjectAt, type Context } from "./context";
import { frenchIdiom, frenchInfinitive, hearsay, infinitiveClause, noFrenchObject, queAfterAside, relativeQue, speakerHead } from "./french";
import { frenchCueAt, frenchReport } from "./french-sources";

export interface Indirect extends Span {
  speaker: Speaker | null;
  cue: Span;
}

const MAX_GAP = 7;
/** A reported clause longer than this many tokens is cut (keeps hostile input linear). */
const MAX_CLAUSE = 200;
/** How far a postposed or parenthetical cue may run after its verb ("he said after meeting …"). */
const MAX_TAIL = 10;
/** Words that cannot open a bare reported clause right after "said": prepositions, answers, objects. */
const NOT_CLAUSE_EN = new Set(["to", "in", "on", "at", "for", "with", "about", "of", "by", "from", "into",
  "during", "after", "before", "over", "through", "via", "upon", "under", "as", "than", "so", "no", "yes",
  "nothing", "something", "anything", "goodbye", "hello", "thanks", "him", "them", "me", "us", "and", "or",
  "but", "who", "which", "what", "whom", "not", "too", "out", "up", "off", "back", "down", "earlier", "later"]);
/** Time words skipped between a verb and its clause: "said Tuesday (that)", "a déclaré mardi que". */
const TIME = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
  "today", "tonight", "again", "also", "recently", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
  "dimanche", "hier", "aujourd'hui", "encore", "aussi", "également", "night", "morning", "afternoon", "evening",
  "soir", "matin"]);
const PERIOD = new Set(["week", "month", "year", "night", "weekend", "spring", "summer", "fall", "winter"]);
/** Objects of "told": "told reporters Trump would win". */
const TELL_EN = new Set(["told", "tells", "tell", "telling", "assured", "informed", "reminded"]);
/** Finite verbs and subject pronouns that show a bare clause is a clause, not an object ("added a goal"). */
const FINITE_EN = new Set(["is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should",
  "can", "may", "might", "must", "do", "does", "did", "needs", "wants", "plans", "intends"]);
/** "say" and "tell" always report a clause; other verbs also take objects ("added a goal"). */
const SAY_EN = new Set(["said", "says", "say", "saying", "told", "tells", "tell", "telling"]);
const SUBJECT_EN = new Set(["he", "she", "they", "we", "i", "you", "there"]);
const NOT_OBJECT = new Set(["to", "in", "on", "at", "by", "with", "from", "into", "as", "up", "out", "off", "back",
  "it", "him", "her", "them", "me", "us", "itself", "himself", "herself", "themselves", "de", "par", "dans",
  "sur", "avec", "se", "s'"]);
/** What may follow the verb of a postposed cue: "…, he said on Tuesday.", "…, a-t-il dit lors de …". */
const TAIL_START = new Set(["on", "in", "at", "after", "before", "during", "to", "from", "while", "when", "as",
  "in", "via", "through", "à", "lors", "dans", "en", "sur", "devant", "après", "avant", "pendant", "par", "au",
  "aux", "mardi", "hier"]);
const NEGATION = new Set(["pas", "jamais", "plus", "point", "guère", "rien", "personne"]);
const DASHES = new Set(["—", "–", "--"]);
const QUOTE_MARK = new Set(["“", "”", "\"", "«", "»", "‘", "’"]);

/** Index of the token that ends the reported clause starting at k (exclusive). */
export function contentEnd(ctx: Context, k: number, inQuote: (i: number) => number, clauseOnly: boolean): number {
  const { toks } = ctx;
  const limit = Math.min(toks.length, k + MAX_CLAUSE);
  for (let i = k; i < limit; i++) {
    const q = inQuote(i);
    if (q > i) { i = q - 1; continue; }
    const t = toks[i];
    if (i > k && t.nl) return i;
    // "863.1 billion": a period with no space after it inside a number is no sentence end.
    const inNumber = t.t === "." && /\d/.test(ctx.text[t.s - 1] ?? "") && /\d/.test(ctx.text[t.e] ?? "");
    if ((t.t === "." || t.t === "!" || t.t === "?") && !inNumber && sentenceEndsAfter(toks, i)) return i;
    if (i > k + 2 && t.t === "," && clauseOnly) return i;
    // "…, and added (that) …" / "…, et a ajouté que …": a second report by the same speaker starts there.
    if (i > k + 2 && (t.lw === "and" || t.lw === "et") && andReport(ctx, i + 1)) return i;
    // ", adding that …" / ", saying …": the next report starts there.
    if (i > k + 2 && t.t === "," && toks[i + 1] && /ing$|ant$/.test(toks[i + 1].lw) && isVerb(ctx, i + 1)) return i;
    // "…, according to a statement." closing the sentence: the report it wraps ends before it.
    if (i > k + 2 && t.t === "," && closingSource(ctx, i + 1)) return i;
  }
  // No sentence end in reach (a run-on line): the clause ends at the limit.
  return limit;
}

/**
 * Whether the sentence ends after the "."/"!"/"?" at i: the next token opens a sentence, or it is a
 * mark (an opening quote, a parenthesis) before a word that does (". “We …").
 */
function sentenceEndsAfter(toks: Token[], i: number): boolean {
  const next = toks[i + 1];
  return !next || next.sent || next.nl > 0 || (!next.word && toks[i + 2]?.sent === true && toks[i + 2].nl === 0);
}

/** A reporting verb that takes a clause right after "and"/"et" (an auxiliary may come between): "and added". */
function andReport(ctx: Context, k: number): boolean {
  const { toks, lex } = ctx;
  if (lex.auxiliaries.has(toks[k]?.lw ?? "") && !isVerb(ctx, k)) k++;
  return isVerb(ctx, k) && (lex.bareClauseForms.has(toks[k].lw) || lex.complementizers.has(toks[k + 1]?.lw ?? "")) && !/ing$|ant$/.test(toks[k].lw);
}

/** "according to X" / "selon X" at token k, with X closing the sentence (not "according to X, …"). */
function closingSource(ctx: Context, k: number): boolean {
  const { toks, lex } = ctx;
  const prep = lex.sourcePreps.find((p) => p.every((w, i) => toks[k + i]?.lw === w || toks[k + i]?.lw + "'" === w));
  if (!prep) return false;
  const x = subjectAt(ctx, k + prep.length, k);
  return !!x && toks[x.end]?.t !== ",";
}

/** Start of each token's sentence, in one pass; a run-on sentence restarts every MAX_CLAUSE tokens. */
function sentenceStarts(toks: Token[]): Int32Array {
  const out = new Int32Array(toks.length);
  let s = 0;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].sent || i - s >= MAX_CLAUSE) s = i;
    out[i] = s;
  }
  return out;
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

/** Skips time words and manner adverbs after a verb: "said Tuesday night", "said last week", "said on Monday". */
function skipTime(ctx: Context, k: number): number {
  const { toks, lex } = ctx;
  for (let n = 0; n < 4 && toks[k]; n++) {
    const w = toks[k].lw;
    if (TIME.has(w) || (lex.lang === "en" && /ly$/.test(w) && !toks[k].cap && w.length > 4)) k++;
    else if ((w === "last" || w === "this" || w === "next") && PERIOD.has(toks[k + 1]?.lw ?? "")) k += 2;
    else if (w === "on" && TIME.has(toks[k + 1]?.lw ?? "")) k += 2;
    else if (CHANNEL_PREP.has(w)) { const e = channelEnd(ctx, k + 1); if (e < 0) break; k = e; }
    else break;
  }
  return k;
}

const CHANNEL_PREP = new Set(["in", "by", "on", "via", "through", "over", "dans", "par", "sur", "lors"]);
/** After "in"/"by": "(a|an|the|his …)? (adjective)? <channel noun>" ends here ("in a statement", "by text message"). */
function channelEnd(ctx: Context, k: number): number {
  const { toks, lex } = ctx;
  for (let i = k; i < toks.length && i < k + 4; i++) {
    const t = toks[i];
    if (!t.word) return -1;
    if (lex.channelNouns.has(t.lw) && !lex.channelNouns.has(toks[i + 1]?.lw ?? "") && toks[i + 1]?.lw !== "of") return i + 1;
  }
  return -1;
}

/** Whether a bare reported clause opens at token k ("said the plan failed", "said legalizing it …"). */
function bareClauseAt(ctx: Context, k: number): boolean {
  const t = ctx.toks[k];
  if (!t?.word || NOT_CLAUSE_EN.has(t.lw) || ctx.lex.auxiliaries.has(t.lw)) return false;
  // "said disputes between firms are …": a plural noun that is also a verb form, when a finite verb follows.
  if (isVerb(ctx, k) && (t.cap || !/[^s]s$/.test(t.lw) || !looksFinite(ctx, k))) return false;
  if (!t.cap && /(?:ly|ing|ed)$/.test(t.lw) && ctx.mentionAt[k] < 0) return t.lw.endsWith("ing") && ctx.toks[k + 1]?.word === true && !NOT_CLAUSE_EN.has(ctx.toks[k + 1].lw);
  return true;
}

/** A finite verb in the first words of a bare clause: "the plan would fail", "Trump wants …", "he …". */
function looksFinite(ctx: Context, k: number): boolean {
  const { toks } = ctx;
  if (SUBJECT_EN.has(toks[k].lw) || SUBJECT_EN.has(toks[k].lw.replace(/['’](?:s|re|ll|d|ve|m)$/, ""))) return true;
  for (let i = k; i < toks.length && i < k + 10; i++) {
    const t = toks[i];
    if (!t.word && t.t !== "'" && t.t !== "’" && t.t !== "-") return false;
    // "added a goal as the Hurricanes snapped …": a verb after a subordinator belongs to another clause.
    if (i > k && ctx.lex.subordinators.has(t.lw)) return false;
    if (FINITE_EN.has(t.lw) || /['’](?:s|re|ll|d|ve)$|n['’]t$/.test(t.lw) && i > k) return true;
    // "Trump supported …", "he recognizes …": a verb-like word right after a name or pronoun.
    if (i > k && !t.cap && /(?:ed|s)$/.test(t.lw) && (ctx.mentionAt[i - 1] >= 0 || SUBJECT_EN.has(toks[i - 1].lw))) return true;
  }
  return false;
}

/** "ne … que" is "only", not a report: "ne fit qu'en rire", "n'a répondu que par des réticences". */
function restrictiveQue(ctx: Context, v: number, c: number): boolean {
  const { toks } = ctx;
  let ne = false;
  for (let k = Math.max(0, v - 3); k < v; k++) if (toks[k].lw === "ne" || toks[k].lw === "n'") ne = true;
  if (!ne) return false;
  for (let k = v - 2; k < c; k++) if (NEGATION.has(toks[k]?.lw ?? "")) return false;
  return true;
}

/**
 * A described source before the verb when no name or role is there: "A news report published
 * Wednesday said", "Several cast members said", "Sanders, a senator from Vermont, said".
 */
export function nounPhraseBefore(ctx: Context, v: number, depth = 0): Speaker | undefined {
  const { toks, lex } = ctx;
  let k = v - 1;
  while (k >= 0 && (lex.auxiliaries.has(toks[k].lw) || (lex.lang === "en" && /ly$/.test(toks[k].lw) && !toks[k].cap))) k--;
  if (k < 0) return undefined;
  // "X, who said …": the relative pronoun stands for the name before its comma.
  if ((toks[k].lw === "who" || toks[k].lw === "qui") && toks[k - 1]?.t === ",") return subjectBackward(ctx, k);
  if (toks[k].t === "," && depth === 0) {
    // An apposition or relative clause: the subject is before its opening comma.
    for (let c = k - 1; c >= 0 && c > k - 30; c--) {
      if (toks[c].t === ",") {
        const first = toks[c + 1];
        const appositive = lex.determiners.has(first.lw) || first.cap || lex.speakerNouns.has(first.lw) ||
          first.lw === "who" || first.lw === "qui";
        return appositive && !lex.auxiliaries.has(first.lw) ? subjectBackward(ctx, c) ?? nounPhraseBefore(ctx, c, 1) : undefined;
      }
      if (toks[c].sent || toks[c].nl || toks[c].t === "." || toks[c].t === ";") break;
    }
    return undefined;
  }
  let a = k;
  for (let n = 0; a >= 0 && n < 8; n++, a--) {
    const t = toks[a];
    if (!t.word || isVerb(ctx, a) || lex.complementizers.has(t.lw) || lex.subordinators.has(t.lw) ||
      /^(?:who|which|and|or|but|et|ou|mais|qui|dont)$/.test(t.lw)) { a++; break; }
    if (t.sent) break;
  }
  if (a < 0) a = 0;
  if (a > k) return undefined;
  const first = toks[a];
  const head = toks[k];
  // "but forecasters say …": a bare plural noun after a conjunction is the subject.
  const barePlural = a === k && !first.cap && lex.lang === "en" && /[^s'’]s$/.test(first.lw) && first.lw.length > 3;
  const opens = lex.determiners.has(first.lw) || first.cap || /^\d/.test(first.t) || barePlural ||
    /^(?:several|many|some|most|few|both|all|another|other|others|officials|experts|critics|analysts|aides|plusieurs|certains|des|les)$/.test(first.lw);
  if (!opens || head.lw.length < 2 || lex.determiners.has(head.lw) || /^(?:of|de|du|des|the|to|in|for)$/.test(head.lw)) return undefined;
  // A lone capitalised sentence opener that is not a name ("However said") is no subject.
  if (a === k && first.sent && ctx.mentionAt[a] < 0 && !/^(?:another|others|officials|experts|critics)$/.test(first.lw)) return undefined;
  const s = first.s;
  const e = head.e;
  return { name: null, mention: { start: s, end: e }, mentionText: ctx.text.slice(s, e) };
}

/** Where the cue's tail ends after the verb: "." (postposed), "," (parenthetical), or undefined (not a tail). */
function tailAfter(ctx: Context, k: number): { end: number; comma: boolean } | undefined {
  const { toks } = ctx;
  const first = toks[k];
  if (first?.word && !TAIL_START.has(first.lw) && !TIME.has(first.lw) && !/ly$/.test(first.lw)) return undefined;
  for (let i = k; i < toks.length && i < k + MAX_TAIL; i++) {
    const t = toks[i];
    if (i > k && t.nl || !t || t.t === "." || t.t === "!" || t.t === "?") return { end: i, comma: false };
    if (t.t === ",") return toks[i + 1]?.word ? { end: i, comma: true } : undefined;
    if (!t.word || isVerb(ctx, i) || ctx.lex.complementizers.has(t.lw)) return undefined;
  }
  return toks.length <= k ? { end: k, comma: false } : undefined;
}

export function findIndirect(ctx: Context, quoteEndAt: (i: number) => number, usedCue: (i: number) => boolean, teaser = linkLines(ctx)): Indirect[] {
  const { toks, lex } = ctx;
  const starts = sentenceStarts(toks);
  const sentenceStart = (_: Token[], k: number) => skipDateline(toks, starts[k]);
  const out: Indirect[] = [];
  const make = (a: number, b: number, speaker: Speaker | null, cue: Span) => {
    while (b > a && /^[,;:]$/.test(toks[b - 1].t)) b--;
    if (b - a < 3) return;
    out.push({ start: toks[a].s, end: toks[b - 1].e, speaker, cue });
  };
  for (let v = 0; v < toks.length; v++) {
    const q = quoteEndAt(v);
    if (q > v) { v = q - 1; continue; }
    if (!toks[v].word || usedCue(v) || teaser[v]) continue;
    // French: "Pour X, …", "Selon lui, …", "…, a-t-il ajouté.", "…, assure-t-on dans l'entourage du ministre."
    const fr = frenchCueAt(ctx, v) ? frenchReport(ctx, v, out[out.length - 1], (k) => contentEnd(ctx, k, quoteEndAt, false), quoteEndAt, sentenceStart(toks, Math.max(0, v - 1))) : undefined;
    if (fr) { if (fr.cue) make(fr.a, fr.b, fr.speaker ?? null, fr.cue); v = fr.next; continue; }
    // "selon X, …" / "according to X, …" / "…, according to X."
    const prep = mayHaveShape(lex.sourcePrepShapes, toks[v].lw) && lex.sourcePrepFirst.has(toks[v].lw) && lex.sourcePreps.find((p) => p.every((w, i) => toks[v + i]?.lw === w || toks[v + i]?.lw + "'" === w));
    if (prep) {
      const x = subjectAt(ctx, v + prep.length, v);
      if (!x) continue;
      const cue = { start: toks[v].s, end: toks[x.end - 1].e };
      if (toks[x.end]?.t === ",") {
        make(x.end + 1, contentEnd(ctx, x.end + 1, quoteEndAt, false), x.speaker, cue);
      } else if (toks[v - 1]?.t === ",") {
        // "X said it would …, according to a statement": the report inside already has its speaker and verb.
        const a = sentenceStart(toks, v - 1);
        const inner = out[out.length - 1];
        if (inner && inner.start >= toks[a].s && inner.end <= toks[v - 1].s) continue;
        make(a, v - 1, x.speaker, cue);
      }
      continue;
    }
    if (!isVerb(ctx, v) || toks[v].cap && toks[v].sent) continue;
    const cue = { start: toks[v].s, end: toks[v].e };
    // "X argued that A, noting B" / "…, adding that B": a second report by the same speaker.
    const last = out[out.length - 1];
    let gerund = v > 1 && toks[v - 1].t === "," && /ing$|ant$/.test(toks[v].lw) && last && last.end === toks[v - 2].e ? last.speaker : undefined;
    // "…, and added (that) …": the conjunction ended the last report.
    if (!gerund && last) {
      let a = v - 1;
      if (lex.auxiliaries.has(toks[a]?.lw ?? "")) a--;
      if (a > 0 && (toks[a].lw === "and" || toks[a].lw === "et") && andReport(ctx, a + 1)) {
        const p = toks[a - 1].t === "," ? a - 2 : a - 1;
        if (p >= 0 && last.end === toks[p].e) gerund = last.speaker;
      }
    }
    const named = gerund ?? subjectBackward(ctx, v);
    const subj = named ?? nounPhraseBefore(ctx, v);
    if (subj && hearsay(ctx, subj)) continue;
    // Inside an adverbial clause ("While Ramos said that …, he …") the report ends at its comma.
    const s0 = sentenceStart(toks, v);
    const clauseOnly = lex.subordinators.has(toks[s0]?.lw ?? "") && s0 < v;
    // Complementizer within a few words: "a déclaré mardi que", "told reporters on Tuesday that".
    let c = -1;
    // Quote marks around a title do not count towards the gap.
    for (let k = v + 1, n = 1; k < toks.length && n <= MAX_GAP; k++, n += QUOTE_MARK.has(toks[k]?.t ?? "") ? 0 : 1) {
      if (lex.complementizers.has(toks[k].lw)) { c = k; break; }
      // "told NBC’s “Today” show that", "said in the report that": marks and nouns that look like verbs.
      if ((QUOTE_MARK.has(toks[k].t) || isVerb(ctx, k) && (lex.determiners.has(toks[k - 1].lw) || QUOTE_MARK.has(toks[k - 1].t)))) continue;
      if (!toks[k].word || isVerb(ctx, k)) break;
    }
    if (c > 0 && relativeQue(ctx, v, c)) c = -1;
    if (c < 0) c = queAfterAside(ctx, v);
    // French: "a dit avoir agi …", "assure ne pas vouloir …".
    const inf = subj && c < 0 ? infinitiveClause(ctx, v) : -1;
    if (inf > 0) { make(inf, contentEnd(ctx, inf, quoteEndAt, clauseOnly), subj!, cue); continue; }
    if (subj && c > 0) {
      if (restrictiveQue(ctx, v, c) || lex.determiners.has(toks[v - 1]?.lw ?? "") || frenchIdiom(ctx, v)) continue;
      make(c + 1, contentEnd(ctx, c + 1, quoteEndAt, clauseOnly), subj, cue);
      continue;
    }
    // Bare clause: "Mary Smith said the plan would fail", "told reporters Trump would win".
    if (subj && lex.bareClauseForms.has(toks[v].lw)) {
      let k = skipTime(ctx, v + 1);
      if (TELL_EN.has(toks[v].lw)) k = skipObject(ctx, k);
      if (!(toks[v - 1]?.t === "," && ctx.mentionAt[k] >= 0) && bareClauseAt(ctx, k) && (SAY_EN.has(toks[v].lw) || looksFinite(ctx, k))) {
        make(k, contentEnd(ctx, k, quoteEndAt, clauseOnly), subj, cue);
        continue;
      }
    }
    // The object is the content: "denied the charges", "called for a ban", "a annoncé sa démission".
    // A verb after a determiner or a possessive is a noun ("Trump's demand for").
    if (subj && lex.objectForms.has(toks[v].lw) && toks[v - 1]?.t !== "," && !/['’]s$/.test(toks[v - 1]?.lw ?? "") && !noFrenchObject(ctx, v)) {
      let k = skipTime(ctx, v + 1);
      const particle = lex.objectParticle.get(toks[v].lw);
      if (particle && toks[k]?.lw === particle) k++;
      const t = toks[k];
      if ((!particle || k > v + 1 && toks[k - 1].lw === particle) && t && (t.word || t.t === "“" || t.t === "«" || t.t === "\"") &&
        !NOT_OBJECT.has(t.lw) && !lex.complementizers.has(t.lw)) {
        make(k, contentEnd(ctx, k, quoteEndAt, clauseOnly), subj, cue);
        continue;
      }
    }
    // Postposed: "Canada will spend …, Health Minister Sarah Okafor announced on Tuesday."
    // Parenthetical: "The argument would be aided, Devine said, by the calendar."
    if (subj) {
      const sStart = subjectStartToken(ctx, subj, v);
      const tail = tailAfter(ctx, v + 1);
      if (sStart > 0 && toks[sStart - 1].t === "," && tail && !frenchInfinitive(ctx, v) && (named || speakerHead(ctx, subj))) {
        const a = sentenceStart(toks, sStart - 1);
        if (a < sStart - 1 && quoteEndAt(a) <= a && !closingMarkIn(toks, a, sStart - 1)) {
          if (tail.comma) make(a, contentEnd(ctx, tail.end + 1, quoteEndAt, false), subj, cue);
          else make(a, sStart - 1, subj, cue);
        }
      }
      continue;
    }
    // Inverted: "…, a indiqué Wang Yi." / "…, said Mr. Smith."
    if (toks[v - 1]?.t === "," || (lex.auxiliaries.has(toks[v - 1]?.lw ?? "") && toks[v - 2]?.t === ",")) {
      const after = subjectAt(ctx, v + 1, v);
      const comma = toks[v - 1]?.t === "," ? v - 1 : v - 2;
      // "…, said Mark Smith." / "…, said Mark Smith, executive director of …"
      const appos = toks[after?.end ?? -1]?.t === "," && !!toks[after!.end + 1]?.word && !isVerb(ctx, after!.end + 1);
      if (after && (toks[after.end]?.t === "." || toks[after.end]?.nl || appos)) {
        const a = sentenceStart(toks, comma);
        if (a < comma && quoteEndAt(a) <= a) make(a, comma, after.speaker, cue);
      }
    }
  }
  return out;
}

/** Whether a closing quote mark or a dash lies in tokens [a, b). */
function closingMarkIn(toks: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (toks[i].t === "»" || toks[i].t === "”" || DASHES.has(toks[i].t)) return true;
  return false;
}

/** Skips the object of "told": a name, a pronoun, or a plural noun ("told reporters"). */
function skipObject(ctx: Context, k: number): number {
  const { toks } = ctx;
  const mi = ctx.mentionAt[k];
  if (mi >= 0) return skipTime(ctx, ctx.ents.mentions[mi].b);
  const w = toks[k]?.lw ?? "";
  if (/^(?:him|her|them|me|us|you|reporters|journalists|supporters|voters|donors|viewers|listeners|lawmakers|members)$/.test(w)) return skipTime(ctx, k + 1);
  return k;
}

function subjectStartToken(ctx: Context, subj: Speaker, v: number): number {
  if (!subj.mention) return -1;
  let k = v;
  while (k > 0 && ctx.toks[k].s > subj.mention.start) k--;
  if (ctx.toks[k].s !== subj.mention.start) return -1;
  // Role words before the name belong to the subject: ", Health Minister Sarah Okafor announced".
  for (let n = 0; n < 4 && k > 0 && ctx.toks[k - 1].word && (ctx.toks[k - 1].cap || ctx.lex.speakerNouns.has(ctx.toks[k - 1].lw)); n++) k--;
  return k;
}

/** Tokens on a line opened by a link label ("READ MORE: X says …", "WATCH | …"): a teaser for another article. */
export function linkLines(ctx: Context): Uint8Array {
  const { toks, lex } = ctx;
  const out = new Uint8Array(toks.length);
  let on = 0;
  for (let i = 0; i < toks.length; i++) {
    if (i === 0 || toks[i].nl) {
      on = 0;
      for (const label of lex.linkLabels) {
        const sep = toks[i + label.length];
        if (sep && (sep.t === ":" || sep.t === "|") && label.every((w, j) => toks[i + j].lw === w)) { on = 1; break; }
      }
    }
    out[i] = on;
  }
  return out;
}
