// Which direct quotes are statements: a short quoted term is one only with a cue; a scare quote, a title or a
// nickname inside a name is none. Read by the quote stage (index.ts keepDirects, merge).
import type { Span } from "../types";
import { tokAt, tokenAt } from "../text/tokenize";
import { startsLower } from "../text/unicode";
import { QUOTE_MARK } from "../lexicon/quote-words";
import { namingCue, type Attribution } from "./attribute";
import type { Doc } from "./doc";

/** A quoted span (marks or a dialogue line), its fragments when an incise cuts it, and how its speaker was found. */
export interface Direct extends Span {
  fragments?: Span[];
  attr?: Attribution;
}

/**
 * A short quoted term is a statement only when a cue right after it says who said it ("“Nonsense,” he
 * said"), or, inside a sentence, when a reporting verb governs it; a title, a nickname or a scare quote
 * near a speaker ("told NBC's “Today” show", "hold “blackouts”") is not one.
 */
export function keepDirect(ctx: Doc, d: Direct): boolean {
  if (!isScare(ctx, d)) return true;
  const how = d.attr?.how;
  // "X a expliqué : « la quille est cassée »": a reporting verb and its colon introduce words, however few.
  const k = tokenAt(ctx.toks, d.start);
  if (how === "before" && d.attr?.cue && ctx.toks[k - 1]?.t === ":") return true;
  // "X a été très clair : « on ne cédera pas »": a colon after a sentence about a person (no cue, the person found before it).
  if (how === "before" && d.attr?.speaker?.entity && ctx.toks[k - 1]?.t === ":" && ctx.toks[k - 2]?.word) return true;
  // "a déclaré : « A » ; « B »": a second quote after a semicolon goes on with the first one's cue.
  if (how === "before" && d.attr?.cue && ctx.toks[k - 1]?.t === ";" && QUOTE_MARK.has(ctx.toks[k - 2]?.t ?? "")) return true;
  if (how === "before" && d.attr?.cue && (namingCue(ctx, tokenAt(ctx.toks, d.attr.cue.start), tokenAt(ctx.toks, d.start)) || ctx.rules.selfDescription(ctx, d.attr.cue))) return true;
  return how === "after" || how === "inside" || how === "continuation" || how === "named";
}

/**
 * A short quoted term with no cue is a scare quote or a title, not a statement; so is one that a
 * word runs into mid-sentence even with a comma or period inside its marks, the American way
 * ("a man and a “mutant.”", "sits on the “Ring of Fire,” and").
 */
export function isScare(ctx: Doc, d: Direct): boolean {
  const memo = ctx.scareQuotes ??= new Map();
  let scare = memo.get(d);
  if (scare === undefined) memo.set(d, scare = scareQuote(ctx, d));
  return scare;
}

function scareQuote(ctx: Doc, d: Direct): boolean {
  if (/^[–—-]/.test(ctx.text[d.start])) return false;
  const inner = ctx.text.slice(d.start + 1, d.end - 1).trim();
  // A lower-case phrase a sentence runs into, with no end mark, quotes a text or a term ("adults
  // “in an advanced stage of irreversible decline” from …"): a scare quote up to 8 words.
  // (A comma inside the closing mark is English typography: "backed off to “let the wind play through,” came …".)
  if (!wordsAtMost(inner, 4)) return wordsAtMost(inner, 8) && startsLower(inner) && !/[.!?…;:]$/.test(inner) && runsInto(ctx, d);
  if (!/[.!?…,]$/.test(inner)) return true;
  if (!/[^.!?…][.,]$/.test(inner)) return false;
  return runsInto(ctx, d);
}

/** A word of the same sentence and line runs into the opening mark. */
export function runsInto(ctx: Doc, d: Direct): boolean {
  const k = tokenAt(ctx.toks, d.start);
  const before = ctx.toks[k - 1];
  return !!before?.word && !ctx.toks[k].nl && !ctx.toks[k].sent;
}

/** A quoted nickname inside a name: lead singer Riefian “Ifan” Fajarsyah, Dwayne “The Rock” Johnson. */
export function isNickname(ctx: Doc, d: Direct): boolean {
  const { toks } = ctx;
  const a = tokenAt(toks, d.start);
  const b = tokenAt(toks, d.end);
  const before = tokAt(toks, a - 1);
  const after = toks[b];
  if (!before?.word || !before.cap || before.sent || !after?.word || !after.cap || after.nl) return false;
  // The quoted text is cut out only for the few quotes between two capitalised words.
  const inner = ctx.text.slice(d.start + 1, d.end - 1).trim();
  return /^\p{Lu}/u.test(inner) && !/[.!?,;:]$/.test(inner) && wordsAtMost(inner, 3);
}

/** Whether the trimmed string has at most max whitespace-separated words (stops counting early: quotes can be long). */
function wordsAtMost(trimmed: string, max: number): boolean {
  const gap = /\s+/g;
  let words = 1;
  while (gap.test(trimmed)) if (++words > max) return false;
  return true;
}
