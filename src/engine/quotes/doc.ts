// The document the quote finders share: the text, its tokens, the language's lexicon, the name mentions
// indexed by token, and the per-token word bits. It imports no rule: every reader and resolver depends on it.
import type { Clustered } from "../entities/cluster";
import type { Lexicon } from "../lexicon";
import type { Token } from "../text/tokenize";
import type { Entity, Speaker } from "../types";
import { wordBits } from "./word-bits";

export interface Doc {
  text: string;
  toks: Token[];
  lex: Lexicon;
  ents: Clustered;
  /** Token index → index into ents.mentions of the mention covering it, or -1. */
  mentionAt: Int32Array;
  /**
   * Token index → 2 when the token is a reporting verb form, 1 when not, 0 not yet known: filled
   * lazily by isVerb (verbs.ts), which the finders call per token, often.
   */
  verbAt: Uint8Array;
  /** Token index → which lexicon lists its word is on (word-bits.ts), looked up once per distinct word. */
  bits: Uint8Array;
}

export function makeDoc(text: string, toks: Token[], lex: Lexicon, ents: Clustered): Doc {
  // A few slots past the last token read -1 too: rules look at "the token after" without a bounds check.
  const mentionAt = new Int32Array(toks.length + 4).fill(-1);
  ents.mentions.forEach((m, i) => { for (let k = m.a; k < m.b; k++) mentionAt[k] = i; });
  return { text, toks, lex, ents, mentionAt, verbAt: new Uint8Array(toks.length), bits: wordBits(toks, lex) };
}

/** Index of the first name mention starting at or after token k (mentions are in text order). */
export function firstMentionFrom(ctx: Doc, k: number): number {
  const ms = ctx.ents.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ms[mid].a < k) lo = mid + 1; else hi = mid; }
  return lo;
}

export function speakerOf(entity: Entity, ctx: Doc, a: number, b: number, pronoun = false): Speaker {
  const s = ctx.toks[a].s;
  const e = ctx.toks[b - 1].e;
  return { entity: entity.id, name: entity.name, mention: { start: s, end: e }, mentionText: ctx.text.slice(s, e), pronoun };
}

const QUOTE_MARKS = "\"“”«»„‹›";
/** A token that is one quote mark (a char test, not a regex: run on many tokens). */
export const isQuoteMark = (t: string) => t.length === 1 && QUOTE_MARKS.includes(t);
