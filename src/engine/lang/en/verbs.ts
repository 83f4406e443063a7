// English verb facts the verbs layer asks through the hooks (lang/rules.ts): a reporting verb's form used as a noun
// ("the report", "his reply", "a spokesman's comments") and the passive ("He was told to leave."), which report
// nothing by their subject.
import type { Doc } from "../../quotes/doc";

/**
 * Determiners and possessives that open a noun phrase. Not "that" (a relative pronoun: "the man that said"), nor "her"
 * (an object: "heard her say"), nor words that stand alone as pronouns ("Another said …", "They each said …",
 * "“No” said …", "this", "those"), nor "'s" after a pronoun (handled below: "Smith's comments", not "he's said").
 */
const NOUN_DETERMINERS = new Set(["the", "a", "an", "his", "their", "its", "my", "our", "your", "every"]);
/** Determiners before a name that modifies the noun after it: "a Facebook post", "his Twitter post". */
const NAME_MODIFIER_DETERMINERS = new Set(["a", "an", "his", "her", "their", "its", "my", "our", "your"]);
/** Forms of "be" before a passive participle. */
const BE = new Set(["is", "are", "was", "were", "be", "been", "being"]);
/** Adverbs that may stand between "be" and the participle: "was also told", "were never told". */
const BE_GAP = new Set(["not", "n't", "also", "never", "then", "later", "reportedly", "allegedly", "already", "often",
  "repeatedly", "widely", "previously", "recently", "once", "still", "just", "first", "publicly", "privately"]);

/** Prepositions before which a past participle is an adjective: "a lead in pledged delegates", "the number of confirmed cases". */
const ADJECTIVE_PREPOSITIONS = new Set(["in", "of", "for", "with", "on", "at", "from", "about", "into", "among", "between", "without", "under", "over"]);

/**
 * "The report was late.", "His reply came late.", "A spokesman's comments were brief.": the form is a noun here.
 * "a lead in pledged delegates": a past participle right after a preposition is an adjective (issue 11, English 1).
 */
export function englishNounForm(ctx: Doc, k: number): boolean {
  const { toks } = ctx;
  if (k < 1) return false;
  const d = toks[k - 1];
  if (NOUN_DETERMINERS.has(d.lw)) return true;
  // "her strongest pledge yet that", "a stark warning that": an adjective between a determiner and the form makes it a noun.
  if (k >= 2 && (NOUN_DETERMINERS.has(toks[k - 2].lw) || toks[k - 2].lw === "her") && nounAdjective(ctx, k - 1)) return true;
  if (ADJECTIVE_PREPOSITIONS.has(d.lw) && toks[k].lw.endsWith("ed") && toks[k + 1]?.word) return true;
  // "told the Washington Post in a statement": a capitalised form inside an organisation's name is part of the name.
  const mi = ctx.mentionAt[k];
  if (mi >= 0 && toks[k].cap && !toks[k].sent && ctx.ents.mentions[mi].a < k && ctx.ents.mentions[mi].entity.kind === "org") return true;
  // "sharing a Facebook post", "in his Twitter post": a name between an indefinite or possessive determiner and a form
  // that is no past makes it a noun ("the Federal Reserve signalled", "a Responsible Federal Budget reported" keep their verb).
  const pm = ctx.mentionAt[k - 1];
  if (pm >= 0 && !toks[k].lw.endsWith("ed") && ctx.ents.mentions[pm].b === k && NAME_MODIFIER_DETERMINERS.has(toks[ctx.ents.mentions[pm].a - 1]?.lw ?? "")) return true;
  // "a spokesman's comments", "Smith's reply": a possessive 's (its own token or the end of one) before the form.
  // "he's said" (has said) and "it's said" keep their verb: the word before 's is then a pronoun.
  if (d.lw === "'s" || d.lw === "s'") return k >= 2 && toks[k - 2].word && !ctx.lex.pronouns.has(toks[k - 2].lw) && toks[k - 2].lw !== "that" && toks[k - 2].lw !== "there" && toks[k - 2].lw !== "what" && toks[k - 2].lw !== "who";
  if (d.lw.endsWith("'s") && d.lw.length > 2) {
    const w = d.lw.slice(0, -2);
    return !ctx.lex.pronouns.has(w) && w !== "that" && w !== "there" && w !== "what" && w !== "who" && w !== "where" && w !== "let";
  }
  return false;
}

/** Adjectives that stand before a report noun ("a stark warning"), beside any superlative ("her firmest promise"). */
const REPORT_ADJECTIVES = new Set(["strong", "firm", "clear", "stark", "blunt", "new", "fresh", "formal", "explicit", "public", "private",
  "personal", "written", "earlier", "previous", "final", "repeated", "grim", "dire", "sharp", "solemn", "vague", "bold"]);

/** Words in -est that are no superlative (the reporting verbs among them are verb forms already). */
const NOT_SUPERLATIVE = new Set(["arrest", "invest", "digest", "ingest", "detest", "interest", "harvest", "forest", "request", "contest", "conquest", "bequest", "behest"]);

/** Whether the word at j is an adjective before a noun: a listed one, or a superlative that is no verb form ("firmest", not "suggest", "arrest"). */
function nounAdjective(ctx: Doc, j: number): boolean {
  const t = ctx.toks[j];
  if (!t.word || t.cap) return false;
  return REPORT_ADJECTIVES.has(t.lw) || t.lw.length >= 6 && t.lw.endsWith("est") && !ctx.lex.verbForms.has(t.lw) && !NOT_SUPERLATIVE.has(t.lw);
}

/** "He was told to leave.", "It was announced …": a participle after "be" is a passive, no report by the subject. */
export function englishPassive(ctx: Doc, k: number): boolean {
  const { toks } = ctx;
  if (toks[k].lw.endsWith("ing")) return false;
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && BE_GAP.has(toks[j].lw)) j--;
  return j >= 0 && BE.has(toks[j].lw);
}
