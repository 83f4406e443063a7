// French verb facts the verbs layer asks through the hooks (lang/rules.ts): pronominal reporting verbs
// ("s'agace", "s'est inquiétée"), passives that report nothing ("a été condamné"), and the pronominal cues
// by which a subject describes itself ("X s'est dit « attentif »").
import type { Doc } from "../../quotes/doc";
import { incidentalEndingAt } from "../../quotes/incidentals";
import { tokenAt } from "../../text/tokenize";
import type { Span } from "../../types";
import { FAIRE_LOCUTION, FAIRE_LOCUTION_ONLY, INVERSION } from "../../lexicon/fr/quotes";

/** Words that may stand between the reflexive pronoun and a pronominal verb: "s'est", "ne s'était pas". */
const REFLEXIVE_GAP = new Set(["est", "était", "sont", "étaient", "sera", "serait", "fût", "pas", "plus", "jamais",
  "alors", "aussi", "encore", "déjà", "même", "ensuite", "également"]);

/**
 * A pronominal reporting verb after its reflexive pronoun: "s'agace", "s'est inquiétée",
 * "se sont réjouis", "s'inquiète-t-il". Alone ("inquiète", an adjective too) it is no cue.
 */
export function pronominalVerbAt(ctx: Doc, k: number): boolean {
  const { toks, lex } = ctx;
  if (k < 1) return false;
  // A pronominal verb form (checked first: one lookup, and most words are none), only after a reflexive pronoun.
  const lw = toks[k].lw;
  const base = lw.indexOf("-") < 0 ? lw : INVERSION.exec(lw)?.[1] ?? lw;
  if (!lex.pronominalForms.has(base)) return false;
  const p = toks[k - 1].lw;
  if (p !== "s'" && p !== "se" && !REFLEXIVE_GAP.has(p) && (p.indexOf("-") < 0 || !INVERSION.test(p)) &&
    incidentalEndingAt(ctx, k - 1) < 0) return false;
  return afterReflexive(ctx, k);
}

/** Whether the reflexive pronoun stands a few words before token k: "s'agace", "s'est-il dit", "ne s'était pas montré". */
export function afterReflexive(ctx: Doc, k: number): boolean {
  const { toks } = ctx;
  for (let j = k - 1, gap = 0; j >= 0 && gap < 3; j--, gap++) {
    // "s'est quant à lui dit", "s'est elle aussi montrée": an incidental phrase counts as one word.
    const inc = incidentalEndingAt(ctx, j);
    if (inc >= 0) { j = inc; continue; }
    const w = toks[j].lw;
    if (w === "s'" || w === "se") return true;
    // "s'est-il inquiété", "se sont-ils réjouis": the auxiliary carries the inverted pronoun.
    if (!REFLEXIVE_GAP.has(w) && !/^(?:est|sont|était)-(?:t-)?(?:il|elle|ils|elles|on)$/.test(w)) return false;
  }
  return false;
}

/** "a été condamné", "est accusé": a French passive participle reports nothing by its subject. */
export function frenchPassive(ctx: Doc, k: number): boolean {
  const { toks } = ctx;
  // "X, interrogé par nos confrères, a reconnu …", "Le décès, confirmé par le ministère, …": a participle set off after a
  // comma with its agent is passive too.
  // So is a medium's participle there ("X, interrogée sur France Inter, …").
  if (toks[k - 1]?.t === "," && (toks[k + 1]?.lw === "par" && PAST_PARTICIPLE.test(toks[k].lw) || ctx.lex.mediumAsides.has(toks[k].lw))) return true;
  // "dans un communiqué publié lundi", "la lettre signée par …": a participle right after a determiner's noun qualifies it.
  if (NOUN_DETERMINERS.has(toks[k - 2]?.lw ?? "") && toks[k - 1]?.word && !toks[k - 1].cap && !ctx.lex.auxiliaries.has(toks[k - 1].lw) &&
    /(?:é|ée|és|ées)$/.test(toks[k].lw)) return true;
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && /^(?:pas|jamais|déjà|aussi|également|encore|notamment|ensuite|plus)$/.test(toks[j].lw)) j--;
  const w = toks[j]?.lw ?? "";
  if (w === "été") return true;
  if (!/^(?:est|sont|était|étaient|fut|furent|sera|seront|serait|seraient)$/.test(w)) return false;
  // "s'est dit", "se sont félicités": pronominal, not passive.
  const r = toks[j - 1]?.lw;
  return r !== "s'" && r !== "se" && r !== "t'" && r !== "m'" && r !== "nous" && r !== "vous";
}

/** Past participle endings: "interrogé", "interrogées", "repris", "soutenu". */
const PAST_PARTICIPLE = /(?:[éiu]|ée|és|ées|ie|is|ies|ue|us|ues)$/;

/** "se dire", "se déclarer", "se montrer": with a quoted adjective they report what the subject said of itself. */
const SELF_DESCRIPTION = /^(?:dit|dite|dits|dites|disait|disaient|disent|déclare|déclarent|déclaré|déclarée|déclarés|déclarées|déclarait|montre|montrent|montré|montrée|montrés|montrées|montrait)$/;

/** "X s'est dit « attentif »", "Y se déclare « prête »": a short quoted term after such a cue is X's own word. */
export function selfDescription(ctx: Doc, cue: Span): boolean {
  const k = tokenAt(ctx.toks, cue.start);
  return SELF_DESCRIPTION.test(ctx.toks[k]?.lw ?? "") && afterReflexive(ctx, k);
}

/** Determiners and possessives that only ever open a noun phrase: "une annonce", "sa critique", "ces dits accords". */
const NOUN_DETERMINERS = new Set(["un", "une", "son", "sa", "ses", "mon", "ma", "mes", "ton", "ta", "tes", "notre", "nos",
  "votre", "vos", "leurs", "ce", "cet", "cette", "ces", "du", "des", "au", "aux", "chaque", "aucun", "aucune"]);
/** Articles that are also object pronouns ("il le dit", "les juges la critiquent"). */
const ARTICLE_CLITICS = new Set(["le", "la", "les", "l'"]);
/** Words after which such an article opens a noun phrase: prepositions ("de la critique", "selon l'annonce"). */
const BEFORE_ARTICLE = new Set(["de", "d'", "à", "par", "sur", "dans", "avec", "après", "avant", "contre", "selon", "malgré",
  "pour", "sans", "entre", "vers", "depuis", "envers", "parmi", "face"]);

/**
 * "Une annonce a été faite", "L'estime est réciproque", "Les dits accords": a reporting verb's form after a determiner
 * is a noun (or an adjective). An article that may be an object pronoun ("il le dit", "qui l'annonce") counts only at
 * the start of a sentence, after a comma, or after a preposition, and never before an infinitive ("pour le dire").
 */
export function frenchNounForm(ctx: Doc, k: number): boolean {
  const { toks } = ctx;
  // "Les enfants font du bruit", "il faudra faire vite": the forms of "faire" outside its locutions are no verb of saying.
  if (FAIRE_LOCUTION_ONLY.test(toks[k].lw) && !FAIRE_LOCUTION.has(toks[k + 1]?.lw ?? "")) return true;
  if (k < 1) return false;
  const d = toks[k - 1];
  if (NOUN_DETERMINERS.has(d.lw)) return true;
  if (!ARTICLE_CLITICS.has(d.lw) || /(?:er|ir|re)$/.test(toks[k].lw)) return false;
  if (d.sent) return true;
  const p = toks[k - 2];
  return !!p && (p.t === "," || BEFORE_ARTICLE.has(p.lw));
}
