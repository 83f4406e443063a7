// French report frames read from the lexicon (LexiconData.reportFrames): a verb is a report only with the
// complement its frame names, and the content is that complement:
//   "X menace de bloquer les dépôts", "X a fait état de menaces", "X demandait au préfet une enquête",
//   "X a invité les élus à voter le budget", "X accuse le maire d'avoir menti", "X s'est dit favorable à …".
// Objects that are no content make no report ("Il a demandé pardon" has no determiner; "prévoit de" is no frame).
import type { ReportFrame } from "../lexicon";
import type { Doc } from "./doc";
import { CALL_NOUN, TO, NP_START, NOT_ADJECTIVE, DEGREE, NARRATIVE_AUX, DE_OR_A, VERB_CLITIC, REFLEXIVE } from "../lexicon/fr/quotes";
import { isOneOf } from "../text/chars";

/** How many tokens an addressee or an object before the particle may hold ("au président de la commission X"). */
const MAX_OBJECT = 12;
/** The French simple past of narration ("demanda la vieille femme"): an inverted cue there, not a frame. */
const SIMPLE_PAST = /(?:[^éi]a|èrent|^fit|^firent|[^a]it|irent|ut|urent)$/;
/** Infinitive endings; of the -re verbs only those nouns seldom share ("prendre", "mettre", "dire", "être", not "guerre", "manière"). */
export const INFINITIVE = /(?:er|ir|oir|dre|ttre|[^è]ire|vre|aître|oître|être)$/;

/** Where the content of a frame of verb v starts, from token k after it (past time words), or -1. */
export function frameClause(ctx: Doc, v: number, k: number): number {
  const frames = ctx.lex.frames.get(ctx.toks[v].lw);
  if (!frames) return -1;
  for (const f of frames) {
    const a = frameAt(ctx, v, k, f);
    if (a >= 0) return a;
  }
  return -1;
}

function frameAt(ctx: Doc, v: number, k: number, f: ReportFrame): number {
  const { toks, lex } = ctx;
  for (let i = 0; i < f.rest.length; i++) if (toks[k + i]?.lw !== f.rest[i]) return -1;
  let j = k + f.rest.length;
  // "rapporte que …": the complementizer search of the indirect finder reads it.
  if (f.content === "que") return -1;
  // "a appelé à ce que les responsables soient jugés": the clause after the fixed words.
  if (f.content === "clause") return toks[j]?.word ? j : -1;
  if (f.content === "adj") {
    // "s'est dit favorable à", "se déclare prête à": pronominal only ("a dit favorable" is no French).
    if (!ctx.rules.pronominalVerbAt(ctx, v)) return -1;
    const a = j;
    while (DEGREE.has(toks[j]?.lw ?? "") && toks[j + 1]?.word) j++;
    const t = toks[j];
    return t?.word && !t.cap && !NOT_ADJECTIVE.has(t.lw) && !lex.verbForms.has(t.lw) && !/(?:er|ir)$/.test(t.lw) ? a : -1;
  }
  // Narration ("lui promit de", "jura de", "eurent promis de") and pronominal uses ("s'était promis de",
  // "se demandait"): a resolve or a wonder, no report. A locution ("fit état de") reports in every tense.
  const reflexive = ctx.rules.pronominalVerbAt(ctx, v) || REFLEXIVE.test(toks[v - 1]?.lw ?? "") || REFLEXIVE.test(toks[v - 2]?.lw ?? "");
  const narrative = f.rest.length === 0 && (SIMPLE_PAST.test(toks[v].lw) || NARRATIVE_AUX.test(toks[v - 1]?.lw ?? ""));
  if (narrative || reflexive !== f.pronominal) return -1;
  if (f.content === "obj") {
    // "accuse le maire d'avoir menti": the object, then "de"; a quoted word after "de" is a naming ("de « mépris »").
    if (!toks[j]?.word || !NP_START.test(toks[j].lw) && !toks[j].cap) return -1;
    let de = false;
    for (let i = j + 1; i < toks.length && i - j <= MAX_OBJECT; i++) {
      const t = toks[i];
      if (t.t === "." || t.t === ";" || t.t === ":" || t.nl) break;
      if (t.lw !== "de" && t.lw !== "d'") continue;
      if (isOneOf("«“\"", toks[i + 1]?.t ?? "")) return -1;
      de ||= !!toks[i + 1]?.word;
    }
    return de ? j : -1;
  }
  // An addressee ("au gouvernement", "aux élus de la majorité") or, for "obj" frames, an object before the particle.
  if (f.particle ? toks[j]?.lw !== f.particle && (f.obj || TO.has(toks[j]?.lw ?? "")) : TO.has(toks[j]?.lw ?? "")) {
    const start = j;
    for (j++; j < toks.length && j - start <= MAX_OBJECT; j++) {
      const t = toks[j];
      if (!t.word && t.t !== "(" && t.t !== ")" && t.t !== "-" || t.nl) return -1;
      if (f.particle ? t.lw === f.particle || f.particle === "à" && f.content === "np" && TO.has(t.lw) : NP_START.test(t.lw) && !DE_OR_A.test(toks[j - 1].lw) && t.lw !== "de")
        break;
    }
  }
  // "à la prudence", "au calme", "aux urnes": the article merged into "au"/"aux" leaves a bare noun.
  // So does "du"/"des" after the "de" of a locution: "a fait état des violences" (not "a parlé des élections", a topic).
  const merged = f.content === "np" && (f.particle === "à" && (toks[j]?.lw === "au" || toks[j]?.lw === "aux") ||
    f.particle === "de" && f.rest.length > 0 && (toks[j]?.lw === "du" || toks[j]?.lw === "des"));
  if (f.particle) {
    if (toks[j]?.lw !== f.particle && !(f.particle === "de" && toks[j]?.lw === "d'") && !merged) return -1;
    j++;
  }
  const t = toks[j];
  // "a parlé d'« un échec »", "a fait état d'« irrégularités »": the quoted noun phrase is the content.
  if (!t?.word) return f.content === "np" && f.particle === "de" && isOneOf("«“\"", t?.t ?? "") && toks[j + 1]?.word ? j : -1;
  if (f.content === "inf") {
    // "menace de bloquer", "promet de ne pas augmenter", "a juré de s'en tenir": an infinitive, maybe negated or pronominal.
    let i = j;
    while (VERB_CLITIC.test(toks[i]?.lw ?? "") && i - j < 3) i++;
    return INFINITIVE.test(toks[i]?.lw ?? "") ? j : -1;
  }
  // "fait état de menaces": after a particle "de", a bare noun (the article merged into "de") opens the phrase too.
  // After "à" only a noun phrase ("à la retenue", not "à déjeuner", "à Lyon"), or the bare noun after a merged article.
  // After an object, a conduct or an action only ("a exhorté les habitants à la prudence", not "a appelé sa mère à l'hôpital").
  if (f.particle === "à" && f.obj) return CALL_NOUN.test((merged ? t : nounAfter(ctx, j))?.lw ?? "") ? j : -1;
  if (f.particle === "à") return merged ? !t.cap && !NOT_ADJECTIVE.has(t.lw) && !INFINITIVE.test(t.lw) ? j : -1 : NP_START.test(t.lw) && t.lw !== "de" ? j : -1;
  // "a fait état d'au moins 50 morts": an amount opens the phrase too.
  const amount = t.lw === "au" && toks[j + 1]?.lw === "moins";
  return NP_START.test(t.lw) && t.lw !== "de" || f.particle && (amount || !t.cap && !NOT_ADJECTIVE.has(t.lw)) ? j : -1;
}

/** The noun after the determiner at token j and its adjectives before the noun ("la plus grande prudence"). */
function nounAfter(ctx: Doc, j: number): { lw: string } | undefined {
  const { toks } = ctx;
  if (!NP_START.test(toks[j]?.lw ?? "")) return undefined;
  let i = j + 1;
  while (i < toks.length && i - j <= 3 && (DEGREE.has(toks[i].lw) || PRENOMINAL.has(toks[i].lw))) i++;
  return toks[i]?.word ? toks[i] : undefined;
}

/** Adjectives before the noun: "la plus grande prudence", "une totale retenue". */
const PRENOMINAL = new Set(["grande", "grand", "plus", "totale", "total", "pleine", "plein", "extrême", "nouvelle", "nouveau", "vraie", "vrai", "large", "certaine"]);
