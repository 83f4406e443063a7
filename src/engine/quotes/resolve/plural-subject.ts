// "As the cuts spread, members complained about what they said was …", "Several nurses quit. They said …": a "they"
// that nothing named takes up stands for the plural description that is the subject of its clause, or of the
// sentence before when it opens its own (discourse.ts makes the pronoun its mention).
import type { Speaker } from "../../types";
import { describedSpeaker, type Doc } from "../doc";
import { AUXILIARY, BARE_VERB_FORM, PRONOUN, TIME_WORD } from "../word-bits";
import { endsIn } from "../../text/chars";

/** How many words a plural description before its verb may hold ("several local nurses"). */
const PHRASE_WORDS = 5;
/** How far back (tokens) the sentence the pronoun takes up may start. */
const SENTENCE_BACK = 60;

/** The plural description "they" at token k stands for, as a described speaker over its own words; undefined when none. */
export function pluralSubject(ctx: Doc, k: number): Speaker | undefined {
  const { toks } = ctx;
  let s = k;
  while (s > 0 && k - s < SENTENCE_BACK && !toks[s].sent && !toks[s].nl) s--;
  // "They said …" opening its sentence: the sentence before.
  if (s === k) {
    s--;
    while (s > 0 && k - s < SENTENCE_BACK && !toks[s].sent && !toks[s].nl) s--;
  }
  if (s < 0 || !toks[s].sent && !toks[s].nl && s !== 0) return undefined;
  // The sentence's opening, or past a fronted clause's comma ("As the cuts spread, members …").
  let d = describedAt(ctx, s, k);
  for (let c = s + 1; !d && c < k; c++) if (toks[c].t === ",") { d = describedAt(ctx, c + 1, k); break; }
  if (!d) return undefined;
  const a = toks[d.a].s;
  const b = toks[d.b - 1].e;
  return describedSpeaker(ctx, a, b);
}

/** The plural description [a, b) that starts at token c and a verb follows, before token k. */
function describedAt(ctx: Doc, c: number, k: number): { a: number; b: number } | undefined {
  const { toks, facts, lex } = ctx;
  for (let j = c; j < k && j - c <= PHRASE_WORDS; j++) {
    const t = toks[j];
    if (!t.word || ctx.mentionAt[j] >= 0 || (facts[j] & (PRONOUN | TIME_WORD)) !== 0 || t.cap && j > c) return undefined;
    if (j === c) continue;
    const verb = (facts[j] & (AUXILIARY | BARE_VERB_FORM)) !== 0 || lex.irregularPast.has(t.lw) || endsIn("ed", t.lw) && t.lw.length > 4;
    if (!verb) continue;
    return people(ctx, toks[j - 1].lw) ? { a: c, b: j } : undefined;
  }
  return undefined;
}

/** A plural noun for people: a source or role noun's plural ("officials", "nurses"), an agent noun ("protesters", "residents"). */
export function people(ctx: Doc, w: string): boolean {
  if (!/[^s'’]s$/.test(w) || w.length <= 3 || ctx.lex.determiners.has(w)) return false;
  const { speakerNouns } = ctx.lex;
  return speakerNouns.has(w) || speakerNouns.has(w.slice(0, -1)) || AGENT_PLURAL.test(w);
}

/** Endings of plural agent nouns. */
const AGENT_PLURAL = /(?:ers|ors|ists|ians|ants|ents|ees)$/;
