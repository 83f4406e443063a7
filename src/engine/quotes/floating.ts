// A quote with no cue of its own that goes on with the speaker of the statement before it.
import { tokenAt } from "../text/tokenize";
import type { Quote, Speaker, Span } from "../types";
import type { Attribution } from "./attribute";
import { bridgedByCue } from "./bridge";
import { type Doc, firstMentionFrom } from "./doc";
import type { Direct } from "./keep-direct";
import { isOneOf } from "../text/chars";
import { unnamedSource } from "../speaker";
import { OPENING_MARK, QUOTE_MARK } from "../lexicon/quote-words";

const FLOAT_GAP = 600;

/** The quote before, for a quote that may go on with its speaker; `cue` when the attribution came after it. */
export interface Previous { speaker: Speaker | null; end: number; cue?: Span }

/**
 * A quote with no cue continues the previous speaker when nobody else is named in between, or when all
 * that stands between is the sentence that attributes the previous quote (“A,” said X, who …. “B.”).
 * `described`: a source the article only describes may go on too (after "selon la préfecture, « … »").
 */
export function floating(ctx: Doc, q: Direct, prev: Previous | undefined, described = false): Attribution {
  if (prev?.speaker && (prev.speaker.entity || prev.speaker.name === null && !prev.speaker.pronoun) && bridgedByCue(ctx, prev.end, prev.cue, q.start)) {
    return { speaker: prev.speaker, how: "floating" };
  }
  if (!prev?.speaker || !prev.speaker.entity && !(described && unnamedSource(prev.speaker)) || q.start - prev.end > FLOAT_GAP) return { speaker: null, how: "none" };
  const ms = ctx.ents.mentions;
  let other = false;
  for (let k = firstMentionFrom(ctx, tokenAt(ctx.toks, prev.end)); k < ms.length && ms[k].e <= q.start; k++) {
    if (ms[k].entity.kind === "person" && ms[k].entity.id !== prev.speaker.entity) { other = true; break; }
  }
  if (other) return { speaker: null, how: "none" };
  const { entity, name } = prev.speaker;
  // A described source ("la préfecture") goes on as its description.
  return { speaker: entity ? { entity, name } : { ...prev.speaker, pronoun: undefined }, how: "floating" };
}

/**
 * A quote with no cue after an indirect report ("Will Young said cold weather takes a toll. ¶ “Things
 * break.”") continues that report's speaker, under the same conditions as after a direct quote, when
 * the quote is a whole sentence and the speaker a person.
 * After a report that is itself all in quote marks ("Selon la préfecture, « … ». Le feu a été violent,
 * « … »"), as after a direct quote: the speaker may be an organisation and the quote a part of a sentence.
 */
export function floatAfterReports(ctx: Doc, qs: Quote[], kept: Direct[]): void {
  // The starts of the quotes no rule attributed, and the people's ids: built only when a quote may float.
  let loose: Set<number> | undefined;
  let people: Set<string> | undefined;
  let prev: { speaker: Speaker | null; end: number; quoted: boolean } | undefined;
  for (const q of qs) {
    if (q.kind === "direct" && !q.speaker && !q.cue && !!prev?.speaker && (!!prev.speaker.entity || prev.quoted) &&
      (loose ??= new Set(kept.filter((d) => d.attr?.how === "none").map((d) => d.start))).has(q.start) &&
      (prev.quoted || opensSentence(ctx, q) && (people ??= new Set(ctx.ents.people.map((p) => p.id))).has(prev.speaker.entity!))) {
      const f = floating(ctx, q, prev, prev.quoted);
      if (f.speaker) q.speaker = f.speaker;
    }
    if (q.speaker) prev = { speaker: q.speaker, end: q.end, quoted: q.kind === "mixed" && allQuoted(ctx.text, q) };
  }
}

/** A mixed report whose content is one quote, marks at both ends: "selon X, « … »". */
function allQuoted(text: string, q: Span): boolean {
  return (OPENING_MARK.has(text[q.start]) || text[q.start] === "\"") && QUOTE_MARK.has(text[q.end - 1]) &&
    !text.slice(q.start + 1, q.end - 1).includes(text[q.end - 1]);
}

/** The quote is a whole sentence of its own: it opens a sentence or a line and closes on . ? ! */
function opensSentence(ctx: Doc, q: Span): boolean {
  const k = tokenAt(ctx.toks, q.start);
  const t = ctx.toks[k];
  const before = ctx.toks[k - 1];
  return (!!t.nl || !!t.sent || !before || isOneOf(".?!", before.t)) && endsOnSentenceMark(ctx.text, q.start, q.end);
}

/** Whether the run of non-word characters that ends text[s, e) holds . ? ! or … (a scan from the end, linear). */
function endsOnSentenceMark(text: string, s: number, e: number): boolean {
  for (let i = e - 1; i >= s; i--) {
    const c = text[i];
    if (c === "." || c === "?" || c === "!" || c === "…") return true;
    if (/\w/.test(c)) return false;
  }
  return false;
}
