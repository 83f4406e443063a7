// What follows a French reporting verb and makes its content: an infinitive ("a affirmé renoncer à …"), a "que" after an aside set
// off by commas ("a dit lundi, lors d'une conférence de presse, que …"), an object after such an aside, and the test that a "que"
// after the verb opens the report rather than a relative clause or a conjunction. Called through the French rules (lang/fr/index.ts).
import type { Doc } from "./doc";
import { frameClause, INFINITIVE } from "./french-frames";
import { requestClause } from "./french-requests";
import { isInfinitive, narrativeTense, skipAddressee, skipTimeFr } from "./french";
import { skipIncidentals } from "./incidentals";
import { isVerb } from "./verbs";
import { REPORTED_INFINITIVE, CONJUNCTION, COMPARATIVE, CONTENT_NOUN, ADDRESSEE_OBJECT, WISH, NOT_INFINITIVE, CAUSATIVE, NEGATED_ONLY, NEGATOR,
  PREPOSITION, TIME_FR, FINITE, DEMONSTRATIVE_FR, PERIOD_FR, NP_START, CLAUSE_OPENERS, CIRCUMSTANCE, FAIRE_FORMS } from "../lexicon/fr/quotes";

/**
 * "Jean Dupont a expliqué avoir agi « par conviction »", "X assure ne pas vouloir se présenter": the
 * infinitive clause after the verb is the reported content. Returns where it starts, or -1.
 */
export function infinitiveClause(ctx: Doc, v: number): number {
  const { toks } = ctx;
  if (isInfinitive(ctx, toks[v].lw)) return -1;
  const k = skipTimeFr(ctx, v + 1);
  const t = toks[k];
  // "a fait savoir, par la voix de son porte-parole, qu'…", "fait valoir mardi que …": the locution is the verb, the
  // content opens after its "que" (past a time or an aside set off by commas), never at "savoir".
  if (t && (t.lw === "savoir" || t.lw === "valoir") && FAIRE_FORMS.test(toks[v].lw)) {
    const c = skipTimeFr(ctx, k + 1);
    const q = ctx.lex.complementizers.has(toks[c]?.lw ?? "") ? c : queAfterAside(ctx, k);
    if (q >= 0) return toks[q + 1]?.word ? q + 1 : -1;
    // "a fait savoir sa décision aux élus": its object, as "a annoncé sa décision".
    return NP_START.test(toks[k + 1]?.lw ?? "") && !ctx.lex.complementizers.has(toks[k + 1].lw) ? k + 1 : -1;
  }
  if (!t || !REPORTED_INFINITIVE.has(t.lw)) {
    const r = requestClause(ctx, v, k);
    const f = r >= 0 ? r : frameClause(ctx, v, k);
    return f >= 0 ? f : bareInfinitive(ctx, v, k);
  }
  // "ne pas vouloir", "n'avoir jamais dit": the negation must lead to an infinitive.
  if ((t.lw === "ne" || t.lw === "n'") && !/(?:er|ir|re|oir)$/.test(toks[k + 1]?.lw === "pas" || toks[k + 1]?.lw === "jamais" || toks[k + 1]?.lw === "plus" ? toks[k + 2]?.lw ?? "" : toks[k + 1]?.lw ?? "")) return -1;
  return k;
}

/**
 * Any infinitive right after a reporting verb (past its time words) opens the content, beside the frequent ones of
 * REPORTED_INFINITIVE: "a affirmé renoncer à sa candidature", "assure quitter ses fonctions en juin", "dit ignorer tout".
 * Not after a hope or a wish ("espère gagner"); not a word that only looks like an infinitive ("mardi soir", "fier"), nor a reporting verb.
 */
function bareInfinitive(ctx: Doc, v: number, k: number): number {
  const t = ctx.toks[k];
  // "a fait observer que": an infinitive that reports is the cue itself. A causative ("fit tomber le livre", "laissa échapper un cri")
  // is no report: only a reporting verb proper takes the bare infinitive.
  if (CAUSATIVE.test(ctx.toks[v].lw) || !isVerb(ctx, v)) return -1;
  return t?.word && !t.cap && INFINITIVE.test(t.lw) && !isVerb(ctx, k) && !NOT_INFINITIVE.has(t.lw) && !WISH.test(ctx.toks[v].lw) ? k : -1;
}

/**
 * "a dit lundi, lors d'une conférence de presse à l'Élysée, qu'il …": the complementizer after a
 * parenthetical between commas right after the verb. Its token, or -1.
 */
export function queAfterAside(ctx: Doc, v: number): number {
  const k = afterVerbAside(ctx, v, true);
  return k > 0 && ctx.lex.complementizers.has(ctx.toks[k].lw) ? k : colonAfterVerb(ctx, v);
}

/**
 * "a annoncé : les contrôles seront renforcés", "a précisé à l'AFP : le site restera ouvert": a colon right after a reporting
 * verb (past its time words and addressee) opens the reported clause when a lower-case word follows on its line (a quote
 * after it is a direct statement of its own). Its token, or -1.
 */
function colonAfterVerb(ctx: Doc, v: number): number {
  const { toks } = ctx;
  const c = skipAddressee(ctx, skipTimeFr(ctx, v + 1));
  const n = toks[c + 1];
  // Not an infinitive ("sans se plaindre : il craignait …") nor a tense of narration ("un chien hurlait : et la cloche …"),
  // and the clause opens on its subject: an article, a determiner or a pronoun.
  return toks[c]?.t === ":" && n?.word && !n.cap && n.nl === 0 && (NP_START.test(n.lw) || ctx.lex.pronouns.has(n.lw)) && isVerb(ctx, v) &&
    !INFINITIVE.test(toks[v].lw) && !narrativeTense(ctx, v) ? c : -1;
}

/** The token after a parenthetical set off by commas right after the verb v (past its time words, and a place if asked), or -1. */
function afterVerbAside(ctx: Doc, v: number, place = false): number {
  const { toks } = ctx;
  const t = skipTimeFr(ctx, v + 1);
  const k = place ? prepositionalPhraseEnd(ctx, t) : t;
  if (toks[k]?.t !== ",") return -1;
  for (let i = k + 1; i < toks.length && i - k <= 16; i++) {
    const t = toks[i];
    if (t.t === ",") return toks[i + 1] ? i + 1 : -1;
    if (!t.word && t.t !== "'" && t.t !== "-" || t.nl || FINITE.has(t.lw)) return -1;
  }
  return -1;
}

/** How many tokens a place or a medium before the aside's comma may hold ("sur le plateau de TF1"). */
const MAX_PLACE = 8;

/**
 * "a déclaré mardi soir sur le plateau de TF1, lors d'un entretien …, que …": a prepositional phrase with no verb right after
 * the verb's time words, up to the comma that opens the aside; the token of that comma, or k when none stands there.
 */
function prepositionalPhraseEnd(ctx: Doc, k: number): number {
  const { toks } = ctx;
  if (!PREPOSITION.test(toks[k]?.lw ?? "")) return k;
  for (let i = k + 1; i < toks.length && i - k <= MAX_PLACE; i++) {
    const t = toks[i];
    if (t.t === ",") return i;
    if (!t.word && t.t !== "'" && t.t !== "-" || t.nl || FINITE.has(t.lw) || isVerb(ctx, i) || ctx.lex.complementizers.has(t.lw)) return k;
  }
  return k;
}

/**
 * "a annoncé ce matin, vers 7h30, son abandon", "a dénoncé, lors d'un meeting, une dérive": the object after a
 * circumstance set off by commas right after the verb v (a time or a prepositional phrase, with no verb nor
 * conjunction), or -1.
 */
export function objectAfterAside(ctx: Doc, v: number): number {
  const { toks, lex } = ctx;
  const j = afterVerbAside(ctx, v);
  if (j < 0) return -1;
  const k = skipTimeFr(ctx, v + 1) + 1;
  if (!PREPOSITION.test(toks[k].lw) && !TIME_FR.has(toks[k].lw) && !CIRCUMSTANCE.test(toks[k].lw)) return -1;
  for (let i = k; i < j - 1; i++) if (isVerb(ctx, i) || CLAUSE_OPENERS.has(toks[i].lw)) return -1;
  return NP_START.test(toks[j].lw) && !lex.complementizers.has(toks[j].lw) ? j : -1;
}

/**
 * French: the "que" at token c after verb v is a relative pronoun, a conjunction or a comparison, not the
 * complementizer of a report: "ne me fit pas le plaisir qu'elle …" (an object between), "m'observa plus
 * attentivement que jamais", "me glissa des mains sans que …". An addressee's article ("a dit aux
 * journalistes que", "a indiqué à l'AFP que") is no object.
 */
export function relativeQue(ctx: Doc, v: number, c: number): boolean {
  const { toks, lex } = ctx;
  // "a mis en avant que": the locution "mettre en avant", not the conjunction "avant que". "affirme même que": the adverb
  // "even" after the verb, not "de même que".
  const before = toks[c - 1]?.lw ?? "";
  if (CONJUNCTION.has(before) && !(before === "avant" && toks[c - 2]?.lw === "en") && !(before === "même" && c - 1 > v && toks[c - 2]?.lw !== "de")) return true;
  // "n'a pas caché que", "n'exclut pas que": these frames report only when negated.
  if (NEGATED_ONLY.test(toks[v].lw) && !NEGATOR.test(toks[v - 1]?.lw ?? "") && !NEGATOR.test(toks[v - 2]?.lw ?? "")) return true;
  const addressee = ADDRESSEE_OBJECT.test(toks[v].lw);
  for (let i = v + 1; i < c; i++) {
    // "estime elle aussi que", "juge lui aussi qu'": an incidental phrase of two words or more is no comparison ("aussi" alone may be one).
    const inc = skipIncidentals(ctx, i);
    if (inc > i + 1) { i = inc - 1; continue; }
    const w = toks[i].lw;
    // "a annoncé ce matin que": a time, not an object.
    if (DEMONSTRATIVE_FR.has(w) && PERIOD_FR.has(toks[i + 1]?.lw ?? "")) { i++; continue; }
    // "plus vite que", "aussi grand que": a comparison holds its term before the "que"; "affirme aussi que" is "also".
    if (COMPARATIVE.has(w) && !(w === "aussi" && i === c - 1)) return true;
    // "a exprimé l'espoir que …": the noun's content; "a informé les élus que …": the addressee.
    if (lex.determiners.has(w) && (i + 2 === c && CONTENT_NOUN.has(toks[i + 1].lw) || addressee)) continue;
    if (lex.determiners.has(w) && !PREPOSITION.test(toks[i - 1].lw) && ctx.mentionAt[i + 1] < 0) return true;
  }
  return false;
}
