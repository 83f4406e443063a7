// Interview articles: "Entretien avec Sophie Binet" / "Q&A with Tom Reid", then questions and answers,
// as paragraphs or as lines opened by a dash. The answers are the interviewee's words; the questions
// are the interviewer's (when the article names them: "Propos recueillis par …"), else no statement.
import type { Entity, Quote, Span, Speaker } from "../types";
import { type Doc, firstMentionFrom } from "./doc";
import { findMarkedQuotes } from "./marks";
import type { Token } from "../text/tokenize";
import { NAME_DETERMINER } from "../lexicon/quote-words";
import { isOneOf } from "../text/chars";
import { sameOrElided } from "../text/chars";

/** How far into the article the interview cue may stand (the headline, the standfirst). */
const INTRO = 600;
/** A question is a short paragraph ending with "?". */
const MAX_QUESTION = 400;
/** How many question-and-answer pairs make an interview. */
const MIN_PAIRS = 2;
const DASH = /^[–—-]\s*/;

interface Para { start: number; end: number; question: boolean; }

/** Attributes the answers of an interview article to the person questioned; other articles are left alone. */
export function interviewTurns(ctx: Doc, quotes: Quote[]): Quote[] {
  const interviewee = cuedPerson(ctx, ctx.lex.interviewCues, INTRO);
  if (!interviewee) return quotes;
  const interviewer = cuedPerson(ctx, ctx.lex.interviewerCues, ctx.text.length);
  const paras = paragraphs(ctx.text);
  const first = paras.findIndex((p) => p.question);
  if (first < 0) return quotes;
  const turns = paras.slice(first);
  let pairs = 0;
  for (let i = 0; i + 1 < turns.length; i++) if (turns[i].question && !turns[i + 1].question) pairs++;
  if (pairs < MIN_PAIRS) return quotes;

  const byStart = new Map(quotes.map((q) => [q.start, q]));
  const drop = new Set<Quote>();
  const added: Quote[] = [];
  let answering = false;
  for (const p of turns) {
    // The closing credit ("Propos recueillis par …") or an editor's note ends the interview.
    if (interviewer && interviewer.at > turns[0].start && p.start >= interviewer.at || editorsNote(ctx, p)) break;
    const q = byStart.get(p.start);
    if (p.question) {
      answering = true;
      if (q && interviewer) q.speaker = interviewer.speaker;
      else if (q) drop.add(q);
      continue;
    }
    if (!answering) continue;
    if (q) { q.speaker = interviewee.speaker; continue; }
    // An answer paragraph is the interviewee's words, as a direct statement with no marks.
    if (quotes.some((x) => x.kind === "direct" && x.start <= p.start && x.end >= p.end)) continue;
    added.push({ id: "", kind: "direct", start: p.start, end: p.end, text: ctx.text.slice(p.start, p.end), speaker: interviewee.speaker });
  }
  // The headline's quote ("« Nous ne reculerons pas » : entretien avec X") is the interviewee's words too.
  for (const h of headlineQuotes(ctx.text, interviewee.at)) {
    const q = quotes.find((x) => x.start === h.start);
    if (q) { if (!q.speaker) q.speaker = interviewee.speaker; continue; }
    added.push({ id: "", kind: "direct", start: h.start, end: h.end, text: ctx.text.slice(h.start, h.end), speaker: interviewee.speaker });
  }
  if (!added.length && !drop.size) return quotes;
  return [...quotes.filter((q) => !drop.has(q)), ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

function labelAt(ctx: Doc, k: number): boolean {
  const t = ctx.toks[k], prev = ctx.toks[k - 1];
  return !prev || t.nl > 0 || isOneOf(":–—|-", prev.t) || ctx.text.lastIndexOf("\n", t.s) < 0 && !NAME_DETERMINER.test(prev.lw);
}

/** Quotes on the line that holds the interview cue at offset `at`. */
function headlineQuotes(text: string, at: number): Span[] {
  const s = text.lastIndexOf("\n", at) + 1;
  let e = text.indexOf("\n", at);
  if (e < 0) e = text.length;
  return findMarkedQuotes(text.slice(s, e)).map((m) => ({ start: s + m.start, end: s + m.end }));
}

function editorsNote(ctx: Doc, p: Para): boolean {
  const head = ctx.text.slice(p.start, p.start + 40).toLowerCase().replace(/’/g, "'");
  return ctx.lex.interviewNotes.some((n) => head.startsWith(n));
}

/** The person named right after one of the cue phrases, within the first `limit` characters. */
function cuedPerson(ctx: Doc, cues: string[][], limit: number): { speaker: Speaker; at: number } | undefined {
  const { toks } = ctx;
  if (!cues.length) return undefined;
  const first = firstWords(cues);
  for (let k = 0; k < toks.length && toks[k].s < limit; k++) {
    if (first && !first.has(toks[k].lw)) continue;
    const cue = cueAt(toks, k, cues);
    // A label, not a clause: it opens a line or the headline, or follows a colon or a dash
    // ("« … » : entretien avec X"); "said in an interview with X" is a news story.
    if (!cue || !labelAt(ctx, k)) continue;
    const a = k + cue.length;
    const mi = firstMentionFrom(ctx, a);
    const m = ctx.ents.mentions[mi];
    // The name follows the cue, after at most a title ("entretien avec la ministre Claire Morin").
    if (!m || m.a > a + 4 || m.entity.kind !== "person") continue;
    return { speaker: speakerFor(ctx, m.entity, m.a, m.b), at: toks[k].s };
  }
  return undefined;
}

/**
 * The first cue phrase whose words the tokens from k spell, a word also matching without its final
 * "'" ("d" of "d'"). Runs for every token of the text: plain loops, no closure or string per token.
 */
function cueAt(toks: Token[], k: number, cues: string[][]): string[] | undefined {
  for (const c of cues) {
    let i = 0;
    while (i < c.length && k + i < toks.length && sameOrElided(toks[k + i].lw, c[i])) i++;
    if (i === c.length) return c;
  }
  return undefined;
}

/**
 * The words a token must be for a cue of the list to start on it (each cue's first word, also without its final
 * "'"), built once per list; null when a cue is empty (it starts anywhere).
 */
function firstWords(cues: string[][]): Set<string> | null {
  let set = cueStarts.get(cues);
  if (set === undefined) {
    set = cues.some((c) => !c.length) ? null : new Set(cues.flatMap((c) => c[0].endsWith("'") ? [c[0], c[0].slice(0, -1)] : [c[0]]));
    cueStarts.set(cues, set);
  }
  return set;
}

/** A lexicon's cue lists → their first words (a function of the list alone, kept across analyses). */
const cueStarts = new WeakMap<string[][], Set<string> | null>();


function speakerFor(ctx: Doc, e: Entity, a: number, b: number): Speaker {
  const s = ctx.toks[a].s, end = ctx.toks[b - 1].e;
  return { entity: e.id, name: e.name, mention: { start: s, end }, mentionText: ctx.text.slice(s, end) };
}

/** Non-empty lines with their trimmed extent (a leading dash stays in the span, as dialogue lines keep it). */
function paragraphs(text: string): Para[] {
  const out: Para[] = [];
  let s = 0;
  while (s <= text.length) {
    let e = text.indexOf("\n", s);
    if (e < 0) e = text.length;
    let a = s, b = e;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) {
      const body = text.slice(a, b).replace(DASH, "");
      out.push({ start: a, end: b, question: body.length <= MAX_QUESTION && /\?\s*["»”]?$/.test(body) });
    }
    s = e + 1;
  }
  return out;
}

