// Assembles statements: direct quotes (marks and dialogue lines, incises merged), their
// speakers, indirect statements, and mixed ones (an indirect report that contains a quote).
import { tokAt, tokenAt } from "../text/tokenize";
import type { Quote, Span } from "../types";
import { findQuestions } from "./asked";
import { attributeAfter, attributeBefore, attributeInside, attributeNamed, topicOf, type Attribution } from "./attribute";
import { pronounsAfterStatements } from "./discourse";
import { findDialogueLines } from "./dialogue";
import { type Doc } from "./doc";
import { findHeadlineStatements } from "./headline";
import { findIndirect, linkLines, type Indirect } from "./indirect";
import { interviewTurns } from "./interview";
import { findMarkedQuotes, scanMarks } from "./marks";
import { besideNominal, findNominalReports } from "./nominal";
import { nestedReports } from "./nested";
import { floatAfterReports, floating, type Previous } from "./floating";
import { isVerb } from "./verbs";
import { isNickname, isScare, keepDirect, runsInto, type Direct } from "./keep-direct";
import { isSpaceCode } from "../text/chars";

const MAX_INCISE = 80;

/** The quote stage's layers, as its passes (QUOTE_PASSES) build them from the document. */
export interface QuoteLayers {
  /** Input: the quote finders' document (quotes/doc.ts). */
  doc: Doc;
  /** Quotes in marks and dialogue lines, incises merged, then attributed (their `attr`). */
  directs: Direct[];
  /** Token index → 1 on a line that links to another article ("READ MORE: …"). */
  teaser: Uint8Array;
  /** The direct quotes that are no teaser's and no nickname: those a report may hold. */
  marked: Direct[];
  /** Of those, the ones with a speaker or a cue, or that are no scare quote nor a title of a work. */
  kept: Direct[];
  /** Of those, the direct statements (keepDirect). */
  statements: Direct[];
  /** Token index → 1 on a cue a direct statement has taken, so no report takes it again. */
  cueTokens: Uint8Array;
  /** Token index → the token after the direct statement that starts there, or -1. */
  quoteEnd: Int32Array;
  /** Indirect reports, nominal reports, headlines and asked questions, in text order. */
  indirect: Indirect[];
  /** Of those, the reports inside a "selon X, …" report with a speaker of their own (quotes/nested.ts): kept beside it. */
  nested: Set<Indirect>;
  /** The statements, direct, indirect and mixed, in text order. */
  quotes: Quote[];
}

export type QuoteLayer = keyof QuoteLayers;

/** A pass of the quote stage, declared as the outer stages are (analyze.ts Stage); checked by test/engine/pipeline/stages.test.ts. */
export interface QuotePass {
  name: string;
  requires: readonly QuoteLayer[];
  assigns: readonly QuoteLayer[];
  run(s: QuoteLayers): void;
}

/** The layer the quote stage starts from. */
export const QUOTE_INPUTS: readonly QuoteLayer[] = ["doc"];

/** The quote stage's passes, in order. */
export const QUOTE_PASSES: readonly QuotePass[] = [
  { name: "direct", requires: ["doc"], assigns: ["directs"],
    run: (s) => { const doc = s.doc; s.directs = mergeIncises(doc, collectDirect(doc)); } },
  { name: "attribute", requires: ["doc", "directs"], assigns: ["directs"],
    run: (s) => { const { doc, directs } = s; attributeAll(doc, directs); doc.rules.attributeTurns(doc, directs); } },
  // A link to another article ("READ MORE: X says …") is a headline, not a statement of this one.
  { name: "link-lines", requires: ["doc"], assigns: ["teaser"],
    run: (s) => { s.teaser = linkLines(s.doc); } },
  { name: "keep-direct", requires: ["doc", "directs", "teaser"], assigns: ["marked", "kept", "statements"],
    run: (s) => keepDirects(s) },
  { name: "cue-tokens", requires: ["doc", "statements"], assigns: ["cueTokens", "quoteEnd"],
    run: (s) => takenTokens(s) },
  { name: "indirect", requires: ["doc", "cueTokens", "quoteEnd", "teaser"], assigns: ["indirect", "nested"],
    run: (s) => findReports(s) },
  { name: "merge", requires: ["doc", "indirect", "nested", "marked", "kept", "statements"], assigns: ["quotes"],
    run: (s) => merge(s) },
  { name: "interview", requires: ["doc", "quotes"], assigns: ["quotes"],
    run: (s) => { s.quotes = interviewTurns(s.doc, s.quotes); } },
  { name: "finish", requires: ["doc", "quotes"], assigns: ["quotes"],
    run: (s) => finish(s.doc, s.quotes) },
];

export function findQuotes(doc: Doc): Quote[] {
  // The passes assign the other layers in order (checked by the stages test).
  const s = { doc } as QuoteLayers;
  for (const pass of QUOTE_PASSES) pass.run(s);
  return s.quotes;
}

function keepDirects(s: QuoteLayers): void {
  const { doc: ctx, directs, teaser } = s;
  // A quoted term inside a report makes it mixed, even a term that would not stand alone ("sont « insuffisantes »").
  // A work's or a show's title ("appearing on “Town Talk,”") is no statement, whatever cue follows it.
  const marked = directs.filter((d) => !teaser[tokenAt(ctx.toks, d.start)] && !isNickname(ctx, d) && !ctx.rules.workTitle(ctx, d));
  const kept = marked.filter((d) => d.attr?.speaker || d.attr?.cue || !isScare(ctx, d) && !titleOfWork(ctx, d));
  s.marked = marked;
  s.kept = kept;
  s.statements = kept.filter((d) => keepDirect(ctx, d));
}

function takenTokens(s: QuoteLayers): void {
  const { doc: ctx, statements } = s;
  // Token flags and token → token maps as typed arrays: findIndirect asks about every token.
  // (Both arrays in one buffer: an ArrayBuffer each costs more than filling them.)
  const n = ctx.toks.length;
  const buffer = new ArrayBuffer(5 * n);
  const cueTokens = new Uint8Array(buffer, 4 * n, n);
  // A cue with words between it and the mark ("said the plan was “…”") stays free for a mixed report.
  for (const d of statements) if (d.attr?.cue && !(d.attr.how === "before" && (d.attr.gap ?? 0) > 1) && !clauseGoesOn(ctx, d) &&
    !(d.attr.how === "after" && ctx.rules.mixedBeforeCue(ctx, d))) for (let k = tokenAt(ctx.toks, d.attr.cue.start); k < ctx.toks.length && ctx.toks[k].s < d.attr.cue.end; k++) cueTokens[k] = 1;
  // Token index → token index after the direct quote that starts there, or -1.
  const quoteEnd = new Int32Array(buffer, 0, n).fill(-1);
  for (const d of statements) quoteEnd[tokenAt(ctx.toks, d.start)] = tokenAt(ctx.toks, d.end);
  s.cueTokens = cueTokens;
  s.quoteEnd = quoteEnd;
}

function findReports(s: QuoteLayers): void {
  const { doc: ctx, cueTokens, quoteEnd, teaser } = s;
  const quoteEndAt = (i: number) => { const e = quoteEnd[i]; return e === undefined || e < 0 ? i : e; };
  // A nominal report comes first: "asked about Smith's claim that …" is Smith's claim, whoever asked.
  const nominal = findNominalReports(ctx, quoteEndAt);
  const found = besideNominal(nominal, findIndirect(ctx, quoteEnd, cueTokens, teaser));
  const nested = s.nested = nestedReports(ctx, found) ?? new Set();
  s.indirect = addFree(mergeByStart(nominal, mergeByStart(found, findHeadlineStatements(ctx, teaser), nested), nested), findQuestions(ctx, quoteEndAt));
}

function merge(s: QuoteLayers): void {
  const { doc: ctx, indirect, nested, marked, kept, statements } = s;
  const out: Quote[] = [];
  // The statements of nested reports: each may overlap the report around it.
  const inner = new Set<Quote>();
  const absorbed = new Set<Direct>();
  let j = 0;
  let directStarts: Set<number> | undefined;
  for (const ind of indirect) {
    // "Rodolphe dit au cocher, qui …:¶– Prends …": a span holding its own cue that introduces the next
    // line's quote is the narration before the words, not a report.
    if (ind.cue.start >= ind.start && ind.cue.end <= ind.end &&
      introducesLine(ctx.text, ind.end, directStarts ??= new Set(statements.map((d) => d.start)))) continue;
    // Both lists are in text order: sweep the direct quotes that lie inside this report.
    while (j < marked.length && marked[j].start < ind.start) j++;
    const inside: Direct[] = [];
    for (let k = j; k < marked.length && marked[k].start < ind.end; k++) if (marked[k].end <= ind.end + 1) inside.push(marked[k]);
    for (const d of inside) absorbed.add(d);
    // A colon then nothing but one quote ("Sophie Binet : « … »") is a direct statement; "said that “…”" stays mixed.
    const whole = inside.length === 1 && inside[0].start <= ind.start && inside[0].end >= ind.end &&
      ctx.toks[tokenAt(ctx.toks, inside[0].start) - 1]?.t === ":";
    let end = ind.end;
    for (const d of inside) if (d.end > end) end = d.end;
    const kind = whole ? "direct" : inside.length ? "mixed" : "indirect";
    // The pieces around a parenthetical cue ("A, X said, B"), in the literal (see the direct quotes below).
    const q: Quote = ind.fragments && end === ind.end
      ? { id: "", kind, start: ind.start, end, text: "", fragments: ind.fragments, speaker: ind.speaker, cue: ind.cue }
      : { id: "", kind, start: ind.start, end, text: "", speaker: ind.speaker, cue: ind.cue };
    if (nested.has(ind)) inner.add(q);
    out.push(q);
  }
  for (const d of kept) {
    if (absorbed.has(d) || !keepDirect(ctx, d)) continue;
    // No "fragments" key rather than an undefined one deleted below: deleting a key before the last
    // one turned every such quote into a slow dictionary object.
    const speaker = d.attr?.speaker ?? null;
    out.push(d.fragments ? { id: "", kind: "direct", start: d.start, end: d.end, text: "", fragments: d.fragments, speaker, cue: d.attr?.cue }
      : { id: "", kind: "direct", start: d.start, end: d.end, text: "", speaker, cue: d.attr?.cue });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const dedup = out.filter((q, i) => i === 0 || q.start >= out[i - 1].end || q.kind !== out[i - 1].kind || inner.has(q));
  pronounsAfterStatements(ctx, dedup);
  floatAfterReports(ctx, dedup, kept);
  s.quotes = dedup;
}

/** The quotes' sane sources, ids and texts. */
function finish(ctx: Doc, all: Quote[]): void {
  // Whichever rule found an unnamed source, words that are no description show none (resolve/sanity.ts).
  // A credit or a figure as the source: no statement at all (issue 11, English 5).
  for (let i = all.length - 1; i >= 0; i--) if (all[i].speaker && ctx.rules.figureSource(ctx, all[i].speaker!)) all.splice(i, 1);
  for (const q of all) if (q.speaker) q.speaker = ctx.rules.saneSpeaker(ctx, q.speaker);
  all.forEach((q, i) => { q.id = `q${i}`; q.text = ctx.text.slice(q.start, q.end); if (!q.fragments) delete q.fragments; if (!q.cue) delete q.cue; });
}

/**
 * A quote inside a clause that goes on before its cue ("The mayor had “put a dent” in the budget, X said"):
 * the cue stays free for the mixed report that holds the quote.
 */
function clauseGoesOn(ctx: Doc, d: Direct): boolean {
  if (d.attr?.how !== "after" || !d.attr.cue || !runsInto(ctx, d)) return false;
  const { toks, lex } = ctx;
  const e = tokenAt(toks, d.end);
  const next = toks[e];
  if (!next?.word || next.cap || next.nl || isVerb(ctx, e) || lex.subordinators.has(next.lw)) return false;
  // The clause's comma before the cue's subject: "… in the budget this year, X said".
  for (let k = e + 1; k < toks.length && toks[k].s < d.attr.cue.start; k++) if (toks[k].t === ",") return true;
  return false;
}

/** How far after a report the quote it introduces may open. */
const INTRO_GAP = 8;

/** A quote right after a word that announces a work's title ("after watching “We Believe”", "le film « … »") names it. */
function titleOfWork(ctx: Doc, d: Span): boolean {
  const prev = tokAt(ctx.toks, tokenAt(ctx.toks, d.start) - 1);
  return !!prev && prev.word && prev.e === d.start - 1 && ctx.lex.titleCues.has(prev.lw);
}

/** Whether a quote opens a new line right after position e, with only ",", ":" or ";" and spaces between. */
function introducesLine(text: string, e: number, starts: Set<number>): boolean {
  let i = e;
  let nl = false;
  for (; i < text.length && i < e + INTRO_GAP; i++) {
    const c = text[i];
    if (c === "\n") nl = true;
    else if (c !== " " && c !== "\t" && c !== "\r" && c !== "," && c !== ":" && c !== ";" && c !== "\u00a0") break;
  }
  return nl && starts.has(i);
}

/** Two lists sorted by start as one; a report overlapping one already kept is left out, unless nested in it. */
function mergeByStart(a: Indirect[], b: Indirect[], nested: Set<Indirect>): Indirect[] {
  if (!b.length) return a;
  const all = [...a, ...b].sort((x, y) => x.start - y.start);
  return all.filter((x, i) => i === 0 || x.start >= all[i - 1].end || nested.has(x));
}

/** Both lists sorted by start as one, keeping of b only what overlaps nothing in a ("asked about X's claim that …" is the claim). */
function addFree(a: Indirect[], b: Indirect[]): Indirect[] {
  if (!b.length) return a;
  const free: Indirect[] = [];
  let j = 0;
  for (const x of b) {
    while (j < a.length && a[j].end <= x.start) j++;
    if (j >= a.length || a[j].start >= x.end) free.push(x);
  }
  return free.length ? [...a, ...free].sort((x, y) => x.start - y.start) : a;
}

function collectDirect(ctx: Doc): Direct[] {
  const scan = scanMarks(ctx.text);
  const dialogue = findDialogueLines(ctx.text, ctx.lex, scan.dashes);
  const marked = findMarkedQuotes(ctx.text, scan);
  const out: Direct[] = dialogue.map((d) => ({ start: d.start, end: d.end, fragments: d.fragments }));
  let j = 0;
  for (const m of marked) {
    while (j < dialogue.length && dialogue[j].end <= m.start) j++;
    const inLine = j < dialogue.length && dialogue[j].start <= m.start && m.end <= dialogue[j].end + 1;
    if (!inLine) out.push({ start: m.start, end: m.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** « A », a-t-il dit, « B » → one quote with two fragments, when the incise is short and has a verb. */
function mergeIncises(ctx: Doc, qs: Direct[]): Direct[] {
  const out: Direct[] = [];
  for (const q of qs) {
    const prev = out.at(-1);
    if (prev && !q.fragments && !prev.fragments?.length || prev && prev.fragments && prev.fragments.length > 1 && !q.fragments) {
      // (The gap's length first: the text between two quotes far apart is not read.)
      const gap = q.start - prev.end <= MAX_INCISE ? ctx.text.slice(prev.end, q.start) : "";
      if (gap && !gap.includes("\n") && (/^\s*,/.test(gap) || commaBeforeEnd(ctx.text, prev.start, prev.end)) && /,\s*$/.test(gap) &&
        hasVerb(ctx, prev.end, q.start)) {
        const frags = prev.fragments ?? [{ start: prev.start, end: prev.end }];
        out[out.length - 1] = { start: prev.start, end: q.end, fragments: [...frags, { start: q.start, end: q.end }] };
        continue;
      }
    }
    out.push(q);
  }
  return out;
}

/** Whether text[s, e) ends with a comma, white space, then one visible character (the regex ",\s*\S$"), read from the end. */
function commaBeforeEnd(text: string, s: number, e: number): boolean {
  if (e - s < 2 || isSpaceCode(text.charCodeAt(e - 1))) return false;
  let c = e - 2;
  while (c >= s && isSpaceCode(text.charCodeAt(c))) c--;
  return c >= s && text.charCodeAt(c) === 44;
}

function hasVerb(ctx: Doc, s: number, e: number): boolean {
  for (let k = tokenAt(ctx.toks, s); k < ctx.toks.length && ctx.toks[k].s < e; k++) if (isVerb(ctx, k)) return true;
  return false;
}

function attributeAll(ctx: Doc, qs: Direct[]): void {
  let prev: Previous | undefined;
  for (const q of qs) {
    const afterSpan = q.fragments && q.fragments.length > 1 ? q.fragments[0] : q;
    // The statement before is the topic a pronoun in this quote's cue takes up first (resolve/salience.ts);
    // not in a dialogue, whose lines alternate between speakers ("— …, dit-il" answers the line before).
    const topic = prev && !isDialogueLine(ctx, q) ? topicOf(ctx, prev.speaker, prev.end) : undefined;
    q.attr = attributeAfter(ctx, afterSpan, topic) ?? attributeBefore(ctx, q, prev?.speaker ?? null, topic) ??
      attributeInside(ctx, q, topic) ?? attributeNamed(ctx, q) ?? echo(ctx, q) ?? floating(ctx, q, prev);
    if (q.attr.speaker || q.attr.how !== "none") prev = { speaker: q.attr.speaker, end: q.end, cue: q.attr.how === "after" ? q.attr.cue : undefined };
  }
}

/** A dialogue line ("— Oui, dit-il."), opened by a dash rather than a quote mark. */
function isDialogueLine(ctx: Doc, q: Span): boolean {
  const c = ctx.text.charCodeAt(q.start);
  return c === 0x2013 || c === 0x2014 || c === 45;
}

/**
 * French press: "« … » C'est ce qu'a martelé X." (the sentence after the quote names its speaker), or
 * "X, éleveur, ne décolère pas : « … »" (the person the sentence before the colon is about).
 */
function echo(ctx: Doc, q: Direct): Attribution | undefined {
  return ctx.rules.quoteEcho(ctx, q);
}
