// The extent of a reported clause after its cue: where it ends (sentence end, a new line, a second
// report, a closing "according to"), what may stand between the verb and the clause (time words,
// channels: "said Tuesday in a statement"), and whether a bare clause opens there ("said the plan failed").
import type { Lexicon } from "../lexicon";
import type { Token } from "../text/tokenize";
import { isOneOf, endsIn, sameOrElided } from "../text/chars";

/** A reported clause longer than this many tokens is cut (keeps hostile input linear). */
const MAX_CLAUSE = 200;
import { TIME } from "../lexicon/time-words";
import { isVerb } from "./verbs";
import { subjectAt } from "./resolve/subject";
import type { Doc } from "./doc";
import { AUXILIARY, BARE_CLAUSE_FORM, COMPLEMENTIZER, NOUN_LIKE_VERB, SOURCE_PREP } from "./word-bits";
import { DEMONSTRATIVE_FR, FINITE, FRONTING, PERIOD_FR } from "../lexicon/fr/quotes";
import { NOT_CLAUSE_EN, PERIOD, FINITE_EN, SUBJECT_EN, FINITE_AUX, AFTER_EARLIER_LATER, WH_EN, EVENT_PREP_EN, EVENT_EN, TIME_EDGE_EN,
  CHANNEL_TAIL_EN } from "../lexicon/en/quotes";
import { QUOTE_MARK, OPENING_MARK, CLAUSE_CONJ, CHANNEL_PREP } from "../lexicon/quote-words";

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
    if (i > k + 2 && t.t === ":" && OPENING_MARK.has(toks[i + 1]?.t ?? "") && inQuote(i + 1) > i + 1) return i;
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

/**
 * The source preposition whose words start at token v ("according to", "d'après"), or undefined: no closure nor string
 * built per token. Asked at every token that may open one ("de", "in", "as" …): only the prepositions its word opens are read.
 */
export function sourcePrepAt(ctx: Doc, v: number): string[] | undefined {
  const { toks } = ctx;
  const opened = v < toks.length ? prepositionsOpenedBy(ctx.lex).get(toks[v].lw) : undefined;
  if (!opened) return undefined;
  for (const p of opened) {
    let i = 1;
    while (i < p.length && v + i < toks.length && sameOrElided(toks[v + i].lw, p[i])) i++;
    if (i === p.length) return p;
  }
  return undefined;
}

/**
 * Per lexicon, a word → the source prepositions whose first word it is (sameOrElided: "d" opens "d'après" too),
 * in the lexicon's order. Derived from the lexicon alone, so kept across analyses, as french.ts reportingLemmas.
 */
const OPENED_BY = new WeakMap<Lexicon, Map<string, string[][]>>();

function prepositionsOpenedBy(lex: Lexicon): Map<string, string[][]> {
  let byWord = OPENED_BY.get(lex);
  if (!byWord) {
    byWord = new Map();
    for (const p of lex.sourcePreps) {
      const w = p[0];
      for (const key of w.endsWith("'") ? [w, w.slice(0, -1)] : [w]) {
        const list = byWord.get(key);
        if (list) list.push(p);
        else byWord.set(key, [p]);
      }
    }
    OPENED_BY.set(lex, byWord);
  }
  return byWord;
}

/** "according to X" / "selon X" at token k, with X closing the sentence (not "according to X, …"). */
function closingSource(ctx: Doc, k: number): boolean {
  const { toks } = ctx;
  const prep = (ctx.bits[k] & SOURCE_PREP) !== 0 ? sourcePrepAt(ctx, k) : undefined;
  if (!prep) return false;
  const x = subjectAt(ctx, k + prep.length, k);
  return !!x && toks[x.end]?.t !== ",";
}

/**
 * The token that opens the sentence (or the line) of token k, when it lies fewer than `max` tokens before k; -1 when it
 * lies further. The one reader of "the sentence that ends here" for a colon's speaker (attribute.ts colonSpeaker,
 * lang/fr/sources.ts colonSpeaker), an apposition's head (subject-before.ts) and a quote's sentence before it
 * (lang/fr/sources.ts); each passes its own reach.
 */
export function sentenceOpening(toks: Token[], k: number, max: number): number {
  let s = k - 1;
  while (s > 0 && k - s < max && !toks[s].sent && !toks[s].nl) s--;
  return toks[s]?.sent || toks[s]?.nl || s === 0 ? s : -1;
}

/** The document's sentenceStarts, made once (its lazy layer Doc.sentenceStarts): the indirect and the asked finders share it. */
export function sentenceStartsOf(ctx: Doc): Int32Array {
  return ctx.sentenceStarts ??= sentenceStarts(ctx.toks);
}

/**
 * sentenceStarts' answer for token k. The finders ask it at a few candidate words a sentence, so it is read back
 * from k to the sentence's opener rather than over every token; once those reads add up to the token count, the
 * whole layer is made and read from then on (linear, whatever the text).
 */
export function sentenceStartAt(ctx: Doc, k: number): number {
  const toks = ctx.toks;
  if (ctx.sentenceStarts || k < 0 || k >= toks.length) return sentenceStartsOf(ctx)[k];
  // The last opener at or before k (or the first token); a run-on sentence restarts every MAX_CLAUSE tokens after it.
  let p = k;
  while (p > 0 && !(toks[p].sent && !decimalAt(toks, p))) p--;
  ctx.sentenceReads += k - p + 1;
  if (ctx.sentenceReads > toks.length) ctx.sentenceStarts = sentenceStarts(toks);
  return p + MAX_CLAUSE * Math.floor((k - p) / MAX_CLAUSE);
}

/** Start of each token's sentence, in one pass; a run-on sentence restarts every MAX_CLAUSE tokens. */
export function sentenceStarts(toks: Token[]): Int32Array {
  const out = new Int32Array(toks.length);
  let s = 0;
  for (let i = 0; i < toks.length; i++) {
    // "45.4 percent", "$1.1 trillion": a period inside a number starts no sentence.
    // The decimal test only on a sentence start (a few tokens in a hundred).
    if (i - s >= MAX_CLAUSE || toks[i].sent && !decimalAt(toks, i)) s = i;
    out[i] = s;
  }
  return out;
}

/** A digit anywhere in a token (decimalAt). */
const DIGIT = /\d/;

/**
 * "45.4 percent", "$1.1 trillion": token i follows a period inside a number. "JAZZ.FM91", "WXQZ.FM": a period glued
 * inside a brand or a domain name (capitals before it, or a digit after it) starts no sentence either.
 */
function decimalAt(toks: Token[], i: number): boolean {
  if (i < 2 || toks[i - 1].t !== "." || toks[i - 1].s !== toks[i - 2].e || toks[i].s !== toks[i - 1].e) return false;
  // (A digit after the period covers "45.4" as well: no test of the digit before it.)
  return toks[i - 2].upper && toks[i - 2].t.length > 1 || DIGIT.test(toks[i].t);
}

/** "OTTAWA — …", "PÉKIN, 24 avril (AFP) – …": a dateline is not part of the statement. */
export function skipDateline(toks: Token[], k: number): number {
  if (!toks[k]?.upper) return k;
  for (let j = k + 1; j < toks.length && j < k + 10; j++) {
    if (toks[j].t === "—" || toks[j].t === "–") return j + 1;
    if (toks[j].nl || toks[j].t === ".") break;
  }
  return k;
}

/** Skips time words and manner adverbs after a verb: "said Tuesday night", "said last week", "said on Monday", "earlier this week". */
export function skipTime(ctx: Doc, k: number): number {
  const { toks, lex } = ctx;
  for (let n = 0; n < 4 && toks[k]; n++) {
    const w = toks[k].lw;
    if (TIME.has(w) || (lex.morph.lyAdverbs && endsIn("ly", w) && !toks[k].cap && w.length > 4)) k++;
    // "told POLITICO earlier this week", "said later on Monday".
    else if ((w === "earlier" || w === "later") && AFTER_EARLIER_LATER.test(toks[k + 1]?.lw ?? "")) k++;
    else if ((w === "last" || w === "this" || w === "next") && PERIOD.has(toks[k + 1]?.lw ?? "")) k += 2;
    // "a annoncé ce matin", "a déclaré cette semaine".
    else if (DEMONSTRATIVE_FR.has(w) && PERIOD_FR.has(toks[k + 1]?.lw ?? "")) k += 2;
    else if (w === "on" && TIME.has(toks[k + 1]?.lw ?? "")) k += 2;
    // "said late Friday" (English report matrix).
    else if (TIME_EDGE_EN.has(w) && TIME.has(toks[k + 1]?.lw ?? "")) k += 2;
    else if (CHANNEL_PREP.has(w)) { const e = channelEnd(ctx, k + 1, lex.channelNouns); if (e < 0) break; k = namedTail(ctx, e); }
    // "said at a rally in Ohio", "said during a hearing", "told reporters at the White House" (English report matrix).
    else if (EVENT_PREP_EN.has(w)) {
      const e = channelEnd(ctx, k + 1, EVENT_EN);
      const n = e < 0 ? namedTail(ctx, k) : namedTail(ctx, e);
      if (n === k) break;
      k = n;
    }
    else break;
  }
  return k;
}

/** Past a channel or an event, its addressee or place when a name: "in an email to The Daily Ledger", "at a rally in Ohio". */
function namedTail(ctx: Doc, k: number): number {
  if (!CHANNEL_TAIL_EN.has(ctx.toks[k]?.lw ?? "")) return k;
  const j = ctx.toks[k + 1]?.lw === "the" ? k + 2 : k + 1;
  const mi = ctx.mentionAt[j] ?? -1;
  if (mi < 0 || ctx.ents.mentions[mi].a !== j) return k;
  // Not when the name runs on past the mention ("at St. Anselm's College"): where it ends is unknown.
  const b = ctx.ents.mentions[mi].b, next = ctx.toks[b];
  return next && (next.word && next.cap || /^['’]s?$/.test(next.t)) ? k : b;
}

/** After "in"/"by": "(a|an|the|his …)? (adjective)? <channel noun>" ends here ("in a statement", "by text message"). */
function channelEnd(ctx: Doc, k: number, nouns: Set<string>): number {
  const { toks } = ctx;
  for (let i = k; i < toks.length && i < k + 4; i++) {
    const t = toks[i];
    if (!t.word) return -1;
    if (nouns.has(t.lw) && !nouns.has(toks[i + 1]?.lw ?? "") && toks[i + 1]?.lw !== "of") return i + 1;
  }
  return -1;
}

/**
 * Whether a bare reported clause opens at token k ("said the plan failed", "said legalizing it …"). After
 * "said"/"told" (say), a noun that looks like a verb or a gerund opens one too when a finite verb follows
 * in the clause ("said praise from Putin would not …", "said seeing so many officers was …").
 */
export function bareClauseAt(ctx: Doc, k: number, say = false): boolean {
  const t = ctx.toks[k];
  if (!t?.word || NOT_CLAUSE_EN.has(t.lw) && !quantityOpens(ctx, k) || (ctx.facts[k] & AUXILIARY) !== 0) return false;
  if (say && !t.cap && ctx.lex.morph.ingParticiples && (isVerb(ctx, k) || t.lw.endsWith("ing")) && finiteInClause(ctx, k + 1)) return true;
  // "said disputes between firms are …": a plural noun that is also a verb form, when a finite verb follows.
  const verb = isVerb(ctx, k) && (ctx.facts[k] & NOUN_LIKE_VERB) === 0;
  // "said continuing political risk continues …": a gerund that opens the clause's subject.
  const gerund = verb && !t.cap && t.lw.endsWith("ing") && ctx.toks[k + 1]?.word === true && !isVerb(ctx, k + 1) &&
    !NOT_CLAUSE_EN.has(ctx.toks[k + 1].lw) && (looksFinite(ctx, k + 1) || finiteVerbAhead(ctx, k + 2));
  if (verb && !gerund && (t.cap || !/[^s]s$/.test(t.lw) || !looksFinite(ctx, k))) return false;
  if (!t.cap && /(?:ly|ing|ed)$/.test(t.lw) && ctx.mentionAt[k] < 0) return t.lw.endsWith("ing") && ctx.toks[k + 1]?.word === true && !NOT_CLAUSE_EN.has(ctx.toks[k + 1].lw);
  return true;
}

/** Quantity words after "about": "said about 40,000 homes were …", "about half of the staff". */
const ABOUT_QUANTITY = /^(?:\d|half$|a$|dozens?$|hundreds$|thousands$)/;

/**
 * "said no arrests had been made", "said about 40,000 homes were still cut off": "no" and "about" open the clause's
 * subject when a noun (not "to", "when", an end) follows and a finite verb comes before the clause ends; "said no.",
 * "said no to the plan", "said no when asked", "talked about the plan" stay out.
 */
function quantityOpens(ctx: Doc, k: number): boolean {
  const { toks } = ctx;
  const w = toks[k].lw, n = toks[k + 1];
  if (w !== "no" && w !== "about" || !n?.word || NOT_CLAUSE_EN.has(n.lw) || ctx.lex.subordinators.has(n.lw)) return false;
  return (w === "no" || ABOUT_QUANTITY.test(n.lw)) && finiteInClause(ctx, k + 1);
}

/** A finite verb in the first words of a bare clause: "the plan would fail", "Trump wants …", "he …". */
export function looksFinite(ctx: Doc, k: number): boolean {
  const { toks } = ctx;
  // "he's", "they'll": the contraction's pronoun (a string built only for a word with an apostrophe).
  const w = toks[k].lw;
  if (SUBJECT_EN.has(w) || (w.includes("'") || w.includes("’")) && SUBJECT_EN.has(w.replace(/['’](?:[sdm]|re|ll|ve)$/, ""))) return true;
  for (let i = k; i < toks.length && i < k + 10; i++) {
    const t = toks[i];
    if (!t.word && t.t !== "'" && t.t !== "’" && t.t !== "-" && !QUOTE_MARK.has(t.t)) return false;
    // "added a goal as the Hurricanes snapped …": a verb after a subordinator belongs to another clause.
    // "reported little progress … but are hopeful": a verb after "but" is the main subject's second one.
    if (i > k && (ctx.lex.subordinators.has(t.lw) || t.lw === "but")) return false;
    if (FINITE_EN.has(t.lw) || /['’](?:s|re|ll|d|ve)$|n['’]t$/.test(t.lw) && i > k) return true;
    // "Trump supported …", "he recognizes …": a verb-like word right after a name or pronoun.
    if (i > k && !t.cap && /(?:ed|s)$/.test(t.lw) && (ctx.mentionAt[i - 1] >= 0 || SUBJECT_EN.has(toks[i - 1].lw))) return true;
  }
  return false;
}


/** How far a noun phrase subject may run before its finite verb ("comments from Rice, Rhodes and Petraeus were"). */
const MAX_SUBJECT = 14;

/** A finite auxiliary within a noun phrase's reach from k, before a sentence end, a quote or a relative word. */
function finiteInClause(ctx: Doc, k: number): boolean {
  const { toks, lex } = ctx;
  for (let i = k; i < toks.length && i < k + MAX_SUBJECT; i++) {
    const t = toks[i];
    if (t.nl || t.t === "." || t.t === ";" || t.t === ":" || QUOTE_MARK.has(t.t) || lex.complementizers.has(t.lw) ||
      lex.subordinators.has(t.lw) || WH_EN.test(t.lw)) return false;
    if (FINITE_AUX.has(t.lw) || /n['’]t$/.test(t.lw)) return i > k || t.lw !== "is";
  }
  return false;
}

/** A finite verb form within a few words ("… political risk continues", "… problems delayed"). */
function finiteVerbAhead(ctx: Doc, k: number): boolean {
  const { toks } = ctx;
  for (let i = k; i < toks.length && i < k + 4; i++) {
    if (!toks[i].word) return false;
    if (isVerb(ctx, i) && /(?:[^s]s|ed)$/.test(toks[i].lw) || !toks[i].cap && endsIn("ed", toks[i].lw)) return true;
  }
  return false;
}

/** How many auxiliaries, clitics or adverbs may stand between a relative pronoun and its verb ("qui n'a jamais dit"). */
const RELATIVE_REACH = 4;

/** Whether verb v is a French gerund set off after a comma ("X, en affirmant que A, a surpris …"): its report ends at the next comma. */
export function gerundAside(ctx: Doc, v: number): boolean {
  const { toks } = ctx;
  return toks[v - 1]?.lw === "en" && toks[v - 2]?.t === "," && /ant$/.test(toks[v].lw);
}

/** Whether verb v opens its relative clause after a comma (", qui a rappelé que …"), in a language that names its relative subject. */
export function relativeAside(ctx: Doc, v: number): boolean {
  const { toks, lex } = ctx;
  const qui = lex.data.relativeAside ?? lex.data.relativeSubject;
  if (!qui) return false;
  for (let k = v - 1; k >= 0 && v - k <= RELATIVE_REACH; k--) {
    if (toks[k].lw === qui) return toks[k - 1]?.t === ",";
    if (!toks[k].word || isVerb(ctx, k)) return false;
  }
  return false;
}

/**
 * The token after a fronted adverbial that opens the sentence at s ("Pour construire ce code, …", "Lors de son
 * discours mardi, …", "Interrogé par la presse, …"): a preposition or a participle, then at most `reach` tokens up to
 * a comma before `end`, with no finite verb or quote mark; s itself when the sentence opens on no such phrase.
 */
export function pastFrontedPhrase(ctx: Doc, s: number, end: number, reach: number): number {
  const { toks } = ctx;
  if (!FRONTING.has(toks[s].lw) || ctx.mentionAt[s] >= 0) return s;
  for (let k = s + 1; k < end && k - s <= reach; k++) {
    const t = toks[k];
    if (t.t === ",") return k + 1 < end ? k + 1 : s;
    if (OPENING_MARK.has(t.t) || FINITE.has(t.lw)) return s;
  }
  return s;
}

/** "admitted that he lied": after "that", a subject (a pronoun or a name) at a and a verb that is no auxiliary (English). */
export function subjectVerbAfterThat(ctx: Doc, a: number): boolean {
  const { toks, lex } = ctx;
  return lex.shapes.shortClauseAfterComplementizer && (ctx.facts[a - 1] & COMPLEMENTIZER) !== 0 && (lex.pronouns.has(toks[a].lw) || ctx.mentionAt[a] >= 0) &&
    (ctx.facts[a + 1] & AUXILIARY) === 0 && !lex.finiteAfterComplementizer.has(toks[a + 1]?.lw ?? "");
}
