// An addressee, then what they were told to do: "told residents to stay indoors", "encouraged voters to …",
// "warned the Fed not to act" (lexicon addresseeInfinitiveVerbs). The content is the addressee and the infinitive, as
// for "urged residents to …" (issue 11, English 4: infinitive complements).
import type { Doc } from "./doc";
import { SUBJECT_EN } from "../lexicon/en/quotes";
import { NOT_OBJECT } from "../lexicon/quote-words";
import { AUXILIARY, CONJUNCTION_WORD, HONORIFIC } from "./word-bits";
import { endsIn } from "../text/chars";

/** How many words the addressee may hold ("the State Department", "a group of 30 political experts"). */
const MAX_ADDRESSEE = 7;

/** A bare verb after "to" ("vowed to scrap", "told them to leave"), not a noun phrase ("promised to the voters", "to his son"). */
export function infinitive(ctx: Doc, k: number): boolean {
  const t = ctx.toks[k];
  return !!t?.word && !t.cap && !ctx.lex.determiners.has(t.lw) && !NOT_OBJECT.has(t.lw) && !SUBJECT_EN.has(t.lw) && ctx.mentionAt[k] < 0;
}

/**
 * Whether the verb at v takes an addressee and an infinitive: a few words (no punctuation but an honorific's period,
 * no complementizer), then "to" or "not to" and an infinitive. "asked her mother", "told the story to his son", "was
 * asked to resign" (no addressee), "tools to encourage Canadians to …" and "a letter asking Australia to …" (see unsaid)
 * stay out.
 */
export function addresseeInfinitive(ctx: Doc, v: number): boolean {
  const { toks, lex } = ctx;
  // "asked not to be named": no addressee; "we caution and entreat you to …": another verb, no addressee.
  if (!lex.addresseeForms.has(toks[v].lw) || !toks[v + 1]?.word || toks[v + 1].lw === "to" || toks[v + 1].lw === "not" ||
    (ctx.facts[v + 1] & CONJUNCTION_WORD) !== 0 || unsaid(ctx, v)) return false;
  for (let j = v + 2; j < toks.length && j <= v + 1 + MAX_ADDRESSEE; j++) {
    const t = toks[j];
    if (t.t === "." && (ctx.facts[j - 1] & HONORIFIC) !== 0) continue;
    if (!t.word || t.nl || lex.complementizers.has(t.lw)) return false;
    const to = t.lw === "to" ? j : t.lw === "not" && toks[j + 1]?.lw === "to" ? j + 1 : -1;
    if (to > 0) return infinitive(ctx, to + 1);
  }
  return false;
}

/**
 * A verb form that says no one spoke: an infinitive ("tools to encourage Canadians to eat …": a purpose), or a participle
 * that modifies the noun before it ("a letter asking Australia to …"). A participle after "is"/"was" or a comma stays.
 */
function unsaid(ctx: Doc, v: number): boolean {
  const { toks } = ctx;
  const before = toks[v - 1];
  if (!before) return false;
  if (before.lw === "to") return true;
  return endsIn("ing", toks[v].lw) && before.word && (ctx.facts[v - 1] & AUXILIARY) === 0;
}
