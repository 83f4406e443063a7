// French press conventions around the reporting verb that the general finders do not know: pronominal
// incises ("», s'agace X"), sources after an inverted "on" ("explique-t-on à Matignon"), addressees
// between an inverted verb and its subject ("a déclaré à l'AFP X"), postposed cues ("…, a-t-il ajouté."),
// passives. What follows the verb (infinitive, "que" after an aside) is in french-complements.ts. Called from small
// hooks in attribute.ts, indirect.ts and index.ts.
import type { Lexicon } from "../lexicon";
import type { Speaker, Span } from "../types";
import { namedApposition } from "./described-subject";
import { quantifiedSource } from "./french-quantified";
import { speakerOf, type Doc } from "./doc";
import { skipIncidentals } from "./incidentals";
import { resolvePronoun } from "./resolve/pronoun";
import { resolveSubject } from "./resolve/subject";
import { subjectPhraseAt } from "./subject-phrase";
import { isVerb } from "./verbs";
import { AUXILIARY, FRAME_ONLY, VERBISH } from "./word-bits";
import { ADDRESSEE, DE_BARE, TIME_FR, INV_AUX, DESCRIPTION_STOP, ARTICLE_FR, MODAL, DE_DU, DE_WORDS, DE_OR_ARTICLE, DESCRIPTION_LINK, FAIRE_FORMS, TO, PERCEIVE_PAST, INVERSION, FINITE, DEMONSTRATIVE_FR, PERIOD_FR } from "../lexicon/fr/quotes";
import { isOneOf, endsIn } from "../text/chars";


export function skipTimeFr(ctx: Doc, k: number): number {
  const { toks } = ctx;
  // "mardi", "hier soir", "ce matin", "cette semaine".
  while (toks[k] && (TIME_FR.has(toks[k].lw) || DEMONSTRATIVE_FR.has(toks[k].lw) && PERIOD_FR.has(toks[k + 1]?.lw ?? ""))) k += TIME_FR.has(toks[k].lw) ? 1 : 2;
  return k;
}

/** The token after a mention starting at j (or after its article), or -1. */
function mentionEnd(ctx: Doc, j: number): number {
  const { toks, lex } = ctx;
  if (toks[j] && lex.determiners.has(toks[j].lw) && ctx.mentionAt[j] < 0) j++;
  const mi = ctx.mentionAt[j] ?? -1;
  return mi >= 0 && ctx.ents.mentions[mi].a === j ? ctx.ents.mentions[mi].b : -1;
}

/**
 * After an inverted verb, what stands before its subject: an incidental phrase ("de son côté"), "valoir"/"savoir" of "fait valoir", an
 * addressee or a medium ("a déclaré à l'AFP X", "déplore auprès de l'AFP X", "a confié au Monde X",
 * "a lancé aux députés X", "a affirmé sur France Inter X"). Returns where the subject may start.
 */
export function skipAddressee(ctx: Doc, k: number): number {
  const { toks, lex } = ctx;
  // "affirme de son côté le syndicat", "a ajouté pour sa part la ministre": an incidental phrase before the subject.
  k = skipIncidentals(ctx, k);
  if (!toks[k]) return k;
  if ((toks[k].lw === "valoir" || toks[k].lw === "savoir") && FAIRE_FORMS.test(toks[k - 1]?.lw ?? "")) k = skipTimeFr(ctx, k + 1);
  const w = toks[k]?.lw;
  let j: number;
  // "a assuré sur place l'ingénieur X": where, not to whom.
  if (w === "sur" && toks[k + 1]?.lw === "place") return skipTimeFr(ctx, k + 2);
  // "a assuré devant les députés le Premier ministre X": before whom, like to whom.
  if (w === "à" || w === "au" || w === "aux" || w === "sur" || w === "devant") j = k + 1;
  else if (w === "auprès" && DE_WORDS.test(toks[k + 1]?.lw ?? "")) j = k + 2;
  else return k;
  let e = mentionEnd(ctx, j);
  if (e < 0 && toks[j]?.cap && ctx.mentionAt[j] < 0) {
    // A newspaper the analysis does not know as a name: "au Parisien", "au Figaro", then the subject's name.
    e = j;
    while (e < toks.length && e - j < 3 && toks[e].cap && ctx.mentionAt[e] < 0 && !lex.notNames.has(toks[e].lw)) e++;
    const next = ctx.mentionAt[e] ?? -1;
    if (e === j || next < 0 || ctx.ents.mentions[next].a !== e) e = -1;
  }
  if (e < 0) {
    if (toks[j] && lex.determiners.has(toks[j].lw)) j++;
    if (!toks[j] || !ADDRESSEE.has(toks[j].lw)) return k;
    e = j + 1;
    // "au micro de France Inter", "à l'antenne de RTL"
    if (DE_DU.test(toks[e]?.lw ?? "")) { const m = mentionEnd(ctx, e + 1); if (m > 0) e = m; }
  }
  return skipTimeFr(ctx, e);
}

/**
 * Where an inverted "on" says who speaks: "explique-t-on à Matignon", "assure-t-on dans l'entourage du
 * ministre", "a-t-on appris de source policière", "confie-t-on chez Renault", "indique-t-on au ministère".
 */
export function onSource(ctx: Doc, k: number): { speaker: Speaker; end: number } | undefined {
  const { toks, lex } = ctx;
  const w = toks[k]?.lw;
  let j: number;
  if (w === "à" || w === "au" || w === "aux" || w === "chez" || w === "dans" || w === "parmi" || w === "de") j = k + 1;
  else if ((w === "auprès" || w === "côté" || w === "sein") && DE_WORDS.test(toks[k + 1]?.lw ?? "")) j = k + 2;
  else if (w === "du" && toks[k + 1]?.lw === "côté" && DE_WORDS.test(toks[k + 2]?.lw ?? "")) j = k + 3;
  else if (w === "au" && toks[k + 1]?.lw === "sein" && DE_WORDS.test(toks[k + 2]?.lw ?? "")) j = k + 3;
  else return undefined;
  // "de" only before a source noun: "de source policière", "de sources concordantes".
  if (w === "de" && !/^sources?$/.test(toks[j]?.lw ?? "")) return undefined;
  const me = mentionEnd(ctx, j);
  if (me > 0) {
    const m = ctx.ents.mentions[ctx.mentionAt[me - 1]];
    if (m.entity.kind !== "place") return { speaker: speakerOf(m.entity, ctx, m.a, m.b), end: me };
    const s = toks[j].s;
    return { speaker: { name: null, mention: { start: s, end: toks[me - 1].e }, mentionText: ctx.text.slice(s, toks[me - 1].e) }, end: me };
  }
  const p = subjectPhraseAt(ctx, j);
  if (p && p.kind !== "pronoun") return resolveSubject(ctx, j, p, k);
  // "dans l'entourage du ministre" without a known noun: an article, a noun and its complement.
  let e = j;
  if (toks[e] && lex.determiners.has(toks[e].lw)) e++;
  if (!toks[e]?.word || toks[e].cap || lex.verbForms.has(toks[e].lw)) return undefined;
  e++;
  while (e < toks.length && e - j < 6 && toks[e].word && DE_OR_ARTICLE.test(toks[e].lw)) e++;
  while (e < toks.length && e - j < 7 && toks[e].word && !lex.verbForms.has(toks[e].lw) && !FINITE.has(toks[e].lw) && !DESCRIPTION_LINK.test(toks[e].lw)) e++;
  if (e - 1 <= j) return undefined;
  const s = toks[j].s;
  const end = toks[e - 1].e;
  return { speaker: { name: null, mention: { start: s, end }, mentionText: ctx.text.slice(s, end) }, end: e };
}

/** An inverted "on" cue at token k with the source it names: "explique-t-on à Matignon", "a-t-on appris de source policière". */
export function onCue(ctx: Doc, k: number): { speaker: Speaker; cue: Span; verb: number; end: number } | undefined {
  const { toks } = ctx;
  const t = toks[k];
  if (!t || !t.lw.endsWith("on") || t.lw.indexOf("-") < 0) return undefined;
  let verb = -1;
  if (/^(?:a|avait|aurait)-t-on$/.test(t.lw) && (isVerb(ctx, k + 1) || toks[k + 1]?.lw === "appris")) verb = k + 1;
  else if (/-(?:t-)?on$/.test(t.lw) && isVerb(ctx, k)) verb = k;
  if (verb < 0) return undefined;
  const src = onSource(ctx, skipTimeFr(ctx, verb + 1));
  return src && { speaker: src.speaker, cue: { start: t.s, end: toks[verb].e }, verb, end: src.end };
}

/**
 * frenchPostposed's first tests, before its subject search: a comma before v, then an inverted "on" or a reporting
 * verb past auxiliaries, inverted pronouns and clitics ("a-t-il ajouté", "s'est-elle félicitée"). A necessary test.
 */
export function mayPostpose(ctx: Doc, v: number): boolean {
  const { toks } = ctx;
  if (toks[v - 1]?.t !== ",") return false;
  const first = toks[v].lw;
  if (first.indexOf("-") >= 0 && first.endsWith("on")) return true;
  let verb = v;
  for (; verb < toks.length && verb - v < 4 && !invertedVerb(ctx, verb); verb++) {
    // (Asked at every token after a comma: the auxiliary's word bit, and the inversion's regex only on a hyphenated word.)
    const w = toks[verb].lw;
    if ((ctx.facts[verb] & AUXILIARY) === 0 && w !== "s'" && w !== "n'" && w !== "ne" && (w.indexOf("-") < 0 || !INV_AUX.test(w))) return false;
  }
  return invertedVerb(ctx, verb);
}

/**
 * The verb of a postposed cue: a reporting verb, or one that reports only with "que" after it ("Le Monde rapporte que …")
 * and reports all the same once inverted after the content ("…, rapporte l'AFP.", "…, prétend le régime.").
 */
function invertedVerb(ctx: Doc, k: number): boolean {
  return isVerb(ctx, k) || (ctx.facts[k] & FRAME_ONLY) !== 0 && !!ctx.lex.frames.get(ctx.toks[k].lw)?.some((f) => f.content === "que");
}

/** How many tokens may follow a postposed cue's subject before the sentence ends ("… à l'AFP lors d'un point presse."). */
const MAX_TAIL = 15;

/**
 * A postposed cue in French word order, at token v right after a comma: "…, a-t-il ajouté.",
 * "…, ajoute-t-elle.", "…, assure-t-on dans l'entourage du ministre.", "…, a indiqué Jean Dupont
 * à l'AFP.", "…, a-t-on appris de source policière.". The sentence before the comma is the report.
 */
export function frenchPostposed(ctx: Doc, v: number, sentenceStart: number, aside = false):
  { speaker: Speaker | null; cue: Span; verb: number; after: number } | undefined {
  const { toks, lex } = ctx;
  if (toks[v - 1]?.t !== ",") return undefined;
  // aside: the cue is set off by commas and the report follows it ("Par ailleurs, poursuit X, …"): the tail is that comma.
  // ("Le gouvernement, a-t-il poursuivi, « sera vigilant »": or a quote that opens right after it.)
  const ends = (k: number, commas: boolean) => aside ? toks[k]?.t === "," && (!!toks[k + 1]?.word || isOneOf("«“\"", toks[k + 1]?.t ?? "") && !!toks[k + 2]?.word) : tailEnds(ctx, k, commas);
  const on = onCue(ctx, v);
  if (on) return ends(on.end, false) ? { speaker: on.speaker, cue: on.cue, verb: on.verb, after: on.end } : undefined;
  // Auxiliaries, adverbs and clitics before the verb: "a-t-il ajouté", "s'est-elle félicitée", "a également indiqué".
  let verb = v;
  let pron = -1;
  while (verb < toks.length && verb - v < 4 && !invertedVerb(ctx, verb)) {
    const w = toks[verb].lw;
    if (INV_AUX.test(w)) pron = verb;
    else if (!lex.auxiliaries.has(w) && w !== "s'" && w !== "n'" && w !== "ne") return undefined;
    verb++;
  }
  if (!invertedVerb(ctx, verb)) return undefined;
  // "…, réclamant la démission du gouvernement.": French inverts only a finite verb; a present participle reports for the
  // main clause's subject, its object never speaks.
  if (endsIn("ant", toks[verb].lw)) return undefined;
  if (pron < 0 && INVERSION.test(toks[verb].lw)) pron = verb;
  const cue = { start: toks[v].s, end: toks[verb].e };
  if (pron >= 0) {
    const g = INVERSION.exec(toks[pron].lw)?.[2] ?? "";
    if (g === "on") return undefined;
    const gender = lex.pronouns.get(g);
    if (!gender || !ends(verb + 1, false)) return undefined;
    const ent = resolvePronoun(ctx, sentenceStart, gender);
    const tk = toks[pron];
    const ps = tk.e - g.length;
    const speaker: Speaker = ent ? { ...speakerOf(ent, ctx, pron, pron + 1, true), mention: { start: ps, end: tk.e }, mentionText: g }
      : { name: null, mention: { start: ps, end: tk.e }, mentionText: ctx.text.slice(ps, tk.e), pronoun: true };
    return { speaker, cue, verb, after: verb + 1 };
  }
  // "…, a indiqué Jean Dupont à l'AFP." / "…, a déclaré à l'AFP un responsable du parti."
  const s = skipAddressee(ctx, skipTimeFr(ctx, verb + 1));
  const p = subjectPhraseAt(ctx, s);
  // "…, ont affirmé des témoins.", "…, rapportent plusieurs habitants.": a quantified description, no article.
  const q = p ? undefined : quantifiedSource(ctx, s, v);
  if (q) return ends(q.end, true) ? { speaker: q.speaker, cue, verb, after: q.end } : undefined;
  if (!p || p.kind === "pronoun") return undefined;
  // "…, a déclaré le porte-parole du Kremlin, Dmitri Peskov, au lendemain de …": the name in apposition
  // speaks, and the tail is counted after it.
  const raw = resolveSubject(ctx, s, p, v);
  // An aside's subject ends at its comma ("poursuit Paul Durand, les négociations …": no apposition after it).
  const subj = aside && toks[raw.end]?.t === "," && !toks[raw.end + 1]?.cap ? raw : namedApposition(ctx, raw);
  if (!ends(subj.end, true)) return undefined;
  return { speaker: subj.speaker, cue, verb, after: subj.end };
}

/**
 * Whether only a short tail (an addressee, a medium, a time, and after a name an apposition) runs from
 * token k to the end of the sentence, which closes on a period: an inverted pronoun before "?" asks a
 * question ("s'inquiètent-ils du sombre hiver ?"), and one before a comma is an incise inside speech
 * that goes on ("Pardon, dit-il, une seule question.").
 */
function tailEnds(ctx: Doc, k: number, commas: boolean): boolean {
  const { toks, lex } = ctx;
  for (let i = k; i < toks.length && i - k <= MAX_TAIL; i++) {
    const t = toks[i];
    if (i > k && t.nl) return true;
    if (t.t === "." || t.t === "…") return true;
    // "…, a-t-il assuré mardi, avant de quitter la salle.": a sequel of the speaker's closes the tail too.
    if (t.t === "," && toks[i + 1]?.lw === "avant" && DE_BARE.test(toks[i + 2]?.lw ?? "")) return true;
    if (t.t === "," && !commas) return false;
    if (!t.word && !isOneOf(",'’()-", t.t)) return false;
    // "dans un communiqué": a verb form after an article is a noun.
    if (t.word && (isVerb(ctx, i) && !lex.determiners.has(toks[i - 1]?.lw ?? "") || FINITE.has(t.lw) || lex.complementizers.has(t.lw))) return false;
  }
  return k >= toks.length;
}

/**
 * Object clitics before the verb of a press incise: "», nous a confié X", "», leur a lancé X". (Not the
 * narrator's "me dit-elle" of novels, where the pronoun's antecedent is often far.)
 */
export function skipClitic(ctx: Doc, k: number): number {
  const w = ctx.toks[k]?.lw;
  return (w === "nous" || w === "vous" || w === "leur") && ctx.toks[k + 1]?.word ? k + 1 : k;
}

/** A French infinitive ("n'a pas souhaité réagir", "a refusé de répondre") is never the verb of a postposed cue. */
export function frenchInfinitive(ctx: Doc, v: number): boolean {
  return isInfinitive(ctx, ctx.toks[v]?.lw ?? "");
}

/** -er/-ir forms are infinitives; a -re form is one only when it is a lemma ("dire", not "assure", "déclare"). */
export function isInfinitive(ctx: Doc, w: string): boolean {
  return /(?:er|ir)$/.test(w) || w.endsWith("re") && reportingLemmas(ctx.lex).has(w);
}

/** Per lexicon, its reporting verbs' lemmas as a set (isInfinitive asks about every French verb: a set lookup, not a scan of the list). */
const LEMMAS = new WeakMap<Lexicon, Set<string>>();

function reportingLemmas(lex: Lexicon): Set<string> {
  let set = LEMMAS.get(lex);
  if (!set) LEMMAS.set(lex, set = new Set(lex.data.reportingVerbs));
  return set;
}

/** A past participle opens a participial phrase, not part of the head noun phrase ("la servante ébahie", "le laquais empaqueté de …"). */
const PARTICIPLE = /(?:é|ée|és|ées|ie|ies)$/;

/**
 * Where a French description after an inverted verb ends, from token k after its noun: its adjectives
 * and a "de" complement with no article ("explique cette mère de famille", "dit la mère aveugle"),
 * not a participle ("la servante ébahie"), a manner ("d'une voix grave") nor a place ("en souriant").
 */
export function descriptionEnd(ctx: Doc, k: number): number {
  const { toks, lex } = ctx;
  let e = k;
  while (e < toks.length && e - k < 4) {
    const t = toks[e];
    if (!t.word || t.cap || t.nl || DESCRIPTION_STOP.has(t.lw) || lex.determiners.has(t.lw) || lex.auxiliaries.has(t.lw) && !DE_WORDS.test(t.lw) ||
      lex.verbForms.has(t.lw) || lex.pronouns.has(t.lw) || endsIn("ment", t.lw) && t.lw.length > 6 || PARTICIPLE.test(t.lw)) break;
    // "le commissaire à l'Environnement", "l'adjoint au Logement": a capitalised portfolio after "à".
    if (TO.has(t.lw)) {
      const n = toks[e + 1] && ARTICLE_FR.has(toks[e + 1].lw) ? e + 2 : e + 1;
      if (!toks[n]?.cap || toks[n].nl) break;
      e = n + 1;
      continue;
    }
    if (DE_WORDS.test(t.lw)) {
      const n = toks[e + 1];
      if (!n?.word || n.cap || lex.determiners.has(n.lw) || DESCRIPTION_STOP.has(n.lw)) break;
      e += 2;
      continue;
    }
    e++;
  }
  return e;
}

/**
 * French: a described subject before a postposed or parenthetical cue must be a speaker noun ("…, le
 * ministre assure.", "…, les témoins racontent"), not any noun ("Selon un communiqué, la grève continue").
 * Other languages: always true.
 */
export function speakerHead(ctx: Doc, subj: Speaker): boolean {
  const words = (subj.mentionText ?? "").toLowerCase().split(/\s+/);
  return words.some((w) => ctx.lex.speakerNouns.has(w));
}

/** "Il va sans dire que", "Inutile de dire que", "Est-il besoin d'ajouter que": the narrator's idiom, no report. */
export function frenchIdiom(ctx: Doc, v: number): boolean {
  const { toks } = ctx;
  const a = toks[v - 1]?.lw;
  const b = toks[v - 2]?.lw;
  // "Je me rappelle que", "il se rappela que": remembering, not reminding.
  const remember = toks[v].lw.startsWith("rappel") && (a === "se" || a === "s'" || (a === "me" || a === "m'") && (b === "je" || b === "j'"));
  // "Il constata que la porte était ouverte", "nota que …": verbs of observation in the simple past of narration perceive.
  const perceive = PERCEIVE_PAST.test(toks[v].lw);
  return remember || perceive || a === "sans" || (a === "de" || a === "d'") && (b === "inutile" || b === "besoin" || b === "nul");
}

/** From token k before an infinitive cue, the token before its modal ("a tenu à" → the auxiliary "a"), else k. */
export function skipModal(ctx: Doc, k: number): number {
  const { toks } = ctx;
  if (k < 1) return k;
  let j = k;
  if (toks[j].lw === "à" || toks[j].lw === "de" || toks[j].lw === "d'") j--;
  return j >= 0 && MODAL.test(toks[j].lw) && isInfinitive(ctx, toks[k + 1]?.lw ?? "") ? j - 1 : k;
}

/**
 * A French simple past or imperfect ("reconnut", "annonça", "reconnaissait"): the tenses of narration,
 * where "reconnut le clocher" is seeing, not admitting. The press reports with "a reconnu", "reconnaît".
 */
export function narrativeTense(ctx: Doc, v: number): boolean {
  return /(?:ait|aient|[^eé]a|it|ut|èrent|irent|urent)$/.test(ctx.toks[v]?.lw ?? "");
}


/**
 * French verbs that take no object report: an infinitive (but a sequel's: "…, avant d'annoncer un plan"), a heading in capitals, a tense of narration in a text that
 * narrates ("reconnut le clocher" in a novel); the press reports in the imperfect too ("annonçait jeudi la fermeture").
 */
export function noFrenchObject(ctx: Doc, v: number): boolean {
  return frenchInfinitive(ctx, v) && !afterAvantDe(ctx, v) || narrativeTense(ctx, v) && (narrates(ctx) || PERCEIVING.test(ctx.toks[v].lw)) ||
    ctx.toks[v].upper;
}

/** "…, a-t-elle affirmé, avant d'annoncer un plan de 2 milliards": the infinitive of a sequel reports its object (french-tail.ts sequelSpeaker). */
function afterAvantDe(ctx: Doc, v: number): boolean {
  const { toks } = ctx;
  return toks[v - 2]?.lw === "avant" && (toks[v - 1].lw === "de" || toks[v - 1].lw === "d'") && toks[v - 3]?.t === ",";
}

/** Verbs that perceive as often as they report, whose object in a tense of narration is seen: "reconnaissait la voix", "observait la rue". */
const PERCEIVING = /^(?:reconn|not|observ|relev|constat|remarqu)/;

/** How many reporting verbs in the simple past make a text a narration ("déclara", "répliquèrent"). */
const NARRATION_VERBS = 2;
/** The simple past of "-er" verbs, which no present or participle shares: "déclara", "lança-t-il", "répliquèrent". */
const SIMPLE_PAST_ER = /(?:[^eé]a|èrent)(?:-t-(?:il|elle|ils|elles|on))?$/;

/** Whether the text narrates in the simple past, as fiction does (two reporting verbs in it), not as the press reports. */
function narrates(ctx: Doc): boolean {
  if (ctx.narration === undefined) {
    let n = 0;
    // (Every token of a press article is read: the word bits first, as isVerb asks them, its memo only for the verb forms.)
    const { facts } = ctx;
    for (let k = 0; k < ctx.toks.length && n < NARRATION_VERBS; k++) if ((facts[k] & VERBISH) !== 0 && isVerb(ctx, k) && SIMPLE_PAST_ER.test(ctx.toks[k].lw)) n++;
    ctx.narration = n >= NARRATION_VERBS;
  }
  return ctx.narration;
}
