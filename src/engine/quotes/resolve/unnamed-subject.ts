// "Yuni, a resident of Lampung, was at home when she heard the water. “I ran,” she said.": a one-word name the
// analysis did not take for a person, set off by an apposition or an age at the start of a sentence, is the subject
// of the clause before; "he"/"she" after it stands for that name, not for a person named further back.
import type { Speaker } from "../../types";
import type { Doc } from "../doc";
import { isCommonWord } from "../../lexicon/gazetteer";
import { INDEFINITE } from "../../lexicon/quote-words";

/** How many sentence starts back (from the pronoun's sentence) the name may open a sentence. */
const SENTENCES_BACK = 2;
/** How many tokens back the search goes. */
const TOKENS_BACK = 120;

/**
 * The name at a sentence start before token k ("Yuni, a resident …", "Amira, 34, …"), as a described speaker over its
 * own word, when no person is named between it and k; undefined when there is none.
 */
export function unnamedSubjectBefore(ctx: Doc, k: number): Speaker | undefined {
  const { toks } = ctx;
  let starts = 0;
  for (let s = k - 1; s >= 0 && k - s <= TOKENS_BACK; s--) {
    const mi = ctx.mentionAt[s];
    if (mi >= 0 && ctx.ents.mentions[mi].entity.kind === "person") return undefined;
    if (!toks[s].sent && !toks[s].nl && s !== 0) continue;
    if (apposedName(ctx, s)) return { name: null, mention: { start: toks[s].s, end: toks[s].e }, mentionText: toks[s].t };
    if (++starts > SENTENCES_BACK) return undefined;
  }
  return undefined;
}

/** Token s is a capitalised word, no common word nor a name the analysis typed, that a comma and an apposition or an age follow. */
function apposedName(ctx: Doc, s: number): boolean {
  const { toks } = ctx;
  const t = toks[s];
  if (!t.word || !t.cap || t.upper || ctx.mentionAt[s] >= 0 || toks[s + 1]?.t !== "," || isCommonWord(t.form, ctx.lex.lang)) return false;
  const n = toks[s + 2];
  // ", a resident of …", ", 34, …"
  return !!n && (!n.cap && INDEFINITE.has(n.lw) || /^\d{1,2}$/.test(n.t) && toks[s + 3]?.t === ",");
}
