// "Yuni, a resident of Lampung, was at home when she heard the water. “I ran,” she said.": a one-word name the
// analysis did not take for a person, set off by an apposition or an age at the start of a sentence, is the subject
// of the clause before; "he"/"she" after it stands for that name, not for a person named further back. So does a
// description of that gender ("His wife, Linda, agreed") where the person found is of the other.
import type { Speaker } from "../../types";
import { describedSpeaker, type Doc } from "../doc";
import { isCommonWord } from "../../lexicon/gazetteer";
import { GENDERED_PEOPLE, INDEFINITE } from "../../lexicon/quote-words";
import { subjectPhraseAt } from "../subject-phrase";

/** How many sentence starts back (from the pronoun's sentence) the name may open a sentence. */
const SENTENCES_BACK = 2;
/** How many tokens back the search goes. */
const TOKENS_BACK = 120;

/**
 * The name at a sentence start before token k ("Yuni, a resident …", "Amira, 34, …"), as a described speaker over its
 * own word, when no person is named between it and k; undefined when there is none.
 */
export function unnamedSubjectBefore(ctx: Doc, k: number, kin?: "m" | "f"): Speaker | undefined {
  const { toks } = ctx;
  let starts = 0;
  for (let s = k - 1; s >= 0 && k - s <= TOKENS_BACK; s--) {
    const mi = ctx.mentionAt[s];
    if (mi >= 0 && ctx.ents.mentions[mi].entity.kind === "person") return undefined;
    if (!toks[s].sent && !toks[s].nl && s !== 0) continue;
    if (apposedName(ctx, s)) return { name: null, mention: { start: toks[s].s, end: toks[s].e }, mentionText: toks[s].t };
    const d = kin ? kinSubject(ctx, s, kin) : undefined;
    if (d) return d;
    if (++starts > SENTENCES_BACK) return undefined;
  }
  return undefined;
}

/**
 * "His wife, Linda, agreed.": a description headed by a people noun of that gender opening the sentence at s, as a
 * described speaker; the one-word name in its apposition when it has one.
 */
function kinSubject(ctx: Doc, s: number, gender: "m" | "f"): Speaker | undefined {
  const { toks } = ctx;
  const p = subjectPhraseAt(ctx, s);
  if (p?.kind !== "role" || GENDERED_PEOPLE.get(toks[p.role].lw) !== gender) return undefined;
  const n = toks[p.end + 1];
  const [a, b] = toks[p.end]?.t === "," && n?.cap && n.word && toks[p.end + 2]?.t === "," ? [p.end + 1, p.end + 2] : [s, p.end];
  const start = toks[a].s;
  const end = toks[b - 1].e;
  return describedSpeaker(ctx, start, end);
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
