// French press conventions the general finders do not know: pronominal incises ("», s'agace X"),
// sources after an inverted "on" ("explique-t-on à Matignon"), addressees between an inverted verb and
// its subject ("a déclaré à l'AFP X"). Called from small hooks in attribute.ts, indirect.ts and index.ts.
import { orgInfo } from "../lexicon/gazetteer";
import { tokenAt } from "../text/tokenize";
import type { Entity, Speaker, Span } from "../types";
import { firstMentionFrom, resolvePronoun, resolveSubject, speakerOf, subjectPhraseAt, type Context } from "./context";

const INVERSION = /^(.*?)-(?:t-)?(?:il|elle|ils|elles|on)$/;
/** Words that may stand between the reflexive pronoun and a pronominal verb: "s'est", "ne s'était pas". */
const REFLEXIVE_GAP = new Set(["est", "était", "sont", "étaient", "sera", "serait", "fût", "pas", "plus", "jamais",
  "alors", "aussi", "encore", "déjà", "même", "ensuite", "également"]);

/**
 * A pronominal reporting verb after its reflexive pronoun: "s'agace", "s'est inquiétée",
 * "se sont réjouis", "s'inquiète-t-il". Alone ("inquiète", an adjective too) it is no cue.
 */
export function pronominalVerbAt(ctx: Context, k: number): boolean {
  const { toks, lex } = ctx;
  if (lex.lang !== "fr" || k < 1) return false;
  const lw = toks[k].lw;
  const base = lw.indexOf("-") < 0 ? lw : INVERSION.exec(lw)?.[1] ?? lw;
  return lex.pronominalForms.has(base) && afterReflexive(ctx, k);
}

/** Whether the reflexive pronoun stands a few words before token k: "s'agace", "s'est-il dit", "ne s'était pas montré". */
function afterReflexive(ctx: Context, k: number): boolean {
  const { toks } = ctx;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const w = toks[j].lw;
    if (w === "s'" || w === "se") return true;
    // "s'est-il inquiété", "se sont-ils réjouis": the auxiliary carries the inverted pronoun.
    if (!REFLEXIVE_GAP.has(w) && !/^(?:est|sont|était)-(?:t-)?(?:il|elle|ils|elles|on)$/.test(w)) return false;
  }
  return false;
}

/** Subject pronouns after "selon"/"pour" are disjunctive: "selon lui", "pour elle", "d'après eux". */
const DISJUNCTIVE: Record<string, "m" | "f" | "pl"> = { lui: "m", elle: "f", eux: "pl", elles: "pl" };
/** Words that show a clause is finite, so a phrase between commas that has one is no apposition. */
const FINITE = new Set(["a", "ont", "est", "sont", "était", "étaient", "avait", "avaient", "sera", "seront", "serait",
  "seraient", "aura", "aurait", "va", "vont", "doit", "doivent", "peut", "peuvent", "fait", "font", "reste", "restent"]);
/** Ordinals and words that make "pour le premier …" a time or a rank, not a person ("Pour la première fois"). */
const NOT_ROLE_AFTER = new Set(["fois", "temps", "heure", "instant", "moment", "semestre", "trimestre", "tour", "jour", "année", "mois"]);
/** How many tokens an apposition after the source may hold ("Selon Marie Dubois, porte-parole de l'association, …"). */
const MAX_APPOSITION = 12;

export interface SourceCue {
  speaker: Speaker;
  cue: Span;
  /** Token where the reported content starts. */
  content: number;
}

/**
 * "Pour X, …" (X a person, an organisation, a role or "lui"/"elle"), and "selon/d'après X, …" when X is a
 * disjunctive pronoun or is followed by an apposition: the source and where its content starts.
 * Undefined when token v opens no such cue (the general "selon X" reading then applies).
 */
export function frenchSource(ctx: Context, v: number): SourceCue | undefined {
  const { toks, lex } = ctx;
  if (lex.lang !== "fr") return undefined;
  const w = toks[v].lw;
  let j: number;
  const pour = w === "pour";
  if (pour) {
    // At the head of the sentence, or after a conjunction that opens it: "Mais pour Jean Dupont, …".
    const prev = toks[v - 1];
    if (!toks[v].sent && !(prev && /^(?:mais|et|or)$/.test(prev.lw) && prev.sent)) return undefined;
    j = v + 1;
  } else if (w === "selon") j = v + 1;
  else if (w === "d'" && toks[v + 1]?.lw === "après") j = v + 2;
  else return undefined;
  const x = sourcePhrase(ctx, j, v, pour);
  if (!x || toks[x.end]?.t !== ",") return undefined;
  let { speaker } = x;
  let content = x.end + 1;
  // "Pour la présidente du RN, Marine Le Pen, …": the name in apposition is the source.
  const mi = ctx.mentionAt[content];
  if (x.role && mi >= 0 && ctx.ents.mentions[mi].a === content && ctx.ents.mentions[mi].entity.kind === "person" &&
    toks[ctx.ents.mentions[mi].b]?.t === ",") {
    const m = ctx.ents.mentions[mi];
    speaker = speakerOf(m.entity, ctx, m.a, m.b);
    content = m.b + 1;
  } else if (!x.role) {
    // "Selon Marie Dubois, porte-parole de l'association, …": skip the apposition.
    const close = appositionClose(ctx, content);
    if (close > 0) content = close + 1;
    else if (!pour && !x.pronoun) return undefined;
  }
  if (!toks[content]?.word && !/^[«“"]$/.test(toks[content]?.t ?? "")) return undefined;
  // "Pour elle, il a tout quitté": someone else acts for X; "Pour lui, il faut agir" is X's view.
  if (pour && personalSubject(ctx, content)) return undefined;
  // "La réforme, selon lui, « n'est pas négociable »": the report is the whole sentence around the cue.
  if (!toks[v].sent && toks[v - 1]?.t === ",") {
    let a = v - 1;
    while (a > 0 && v - a < 60 && !toks[a].sent && !toks[a].nl) a--;
    if (toks[a].sent || toks[a].nl || a === 0) content = a;
  }
  return { speaker, cue: { start: toks[v].s, end: toks[x.end - 1].e }, content };
}

/** Impersonal verbs after "il": "il faut", "il y a", "il est temps", "il s'agit", "il semble", "il reste". */
const IMPERSONAL = /^(?:faut|fallait|faudra|faudrait|y|est|était|sera|serait|s'|semble|semblait|reste|restait|suffit|vaut|convient|importe|manque|devient|paraît|fait)$/;

/** Whether the clause at k opens on a personal subject pronoun ("il a quitté", "elle est partie"), not an impersonal "il". */
function personalSubject(ctx: Context, k: number): boolean {
  const { toks } = ctx;
  const w = toks[k]?.lw;
  if (w === "elle" || w === "ils" || w === "elles") return true;
  if (w !== "il") return false;
  let j = k + 1;
  if (toks[j]?.lw === "ne" || toks[j]?.lw === "n'") j++;
  return !IMPERSONAL.test(toks[j]?.lw ?? "");
}

/** The source phrase at token j after "pour"/"selon": a pronoun, a name, or a role; its end (exclusive). */
function sourcePhrase(ctx: Context, j: number, v: number, pour: boolean): { speaker: Speaker; end: number; role?: boolean; pronoun?: boolean } | undefined {
  const { toks, lex } = ctx;
  const t = toks[j];
  if (!t) return undefined;
  const pg = DISJUNCTIVE[t.lw];
  if (pg) {
    const ent = pg === "pl" ? undefined : resolvePronoun(ctx, v, pg);
    const speaker: Speaker = ent ? speakerOf(ent, ctx, j, j + 1, true) : { name: null, mention: { start: t.s, end: t.e }, mentionText: t.t, pronoun: true };
    return { speaker, end: j + 1, pronoun: true };
  }
  const p = subjectPhraseAt(ctx, j);
  if (!p || p.kind === "pronoun") return undefined;
  if (p.kind === "mention") {
    const m = ctx.ents.mentions[p.mention];
    if (pour && m.entity.kind === "place") return undefined;
    return { ...resolveSubject(ctx, j, p, v) };
  }
  // A role: "Pour le syndicat", "Pour le Premier ministre", "Pour ce spécialiste"; not a group of
  // people ("pour les agriculteurs") nor a rank or a time ("Pour la première fois").
  const head = toks[p.role];
  const singular = !/[sx]$/.test(head.lw);
  if (pour && (!(lex.roleNouns.has(head.lw) || singular) || NOT_ROLE_AFTER.has(toks[p.role + 1]?.lw ?? ""))) return undefined;
  if (/^premi[eè]re?$/.test(head.lw) && !lex.speakerNouns.has(toks[p.role + 1]?.lw ?? "")) return undefined;
  const r = resolveSubject(ctx, j, p, v);
  // "ce spécialiste du Moyen-Orient,": the complement runs on to the comma.
  let end = r.end;
  while (end < toks.length && end - r.end < 5 && toks[end].word && !FINITE.has(toks[end].lw) && !lex.verbForms.has(toks[end].lw)) end++;
  if (end > r.end && toks[end]?.t === "," && r.speaker.mention) {
    const mention = { start: r.speaker.mention.start, end: toks[end - 1].e };
    return { speaker: { ...r.speaker, mention, mentionText: ctx.text.slice(mention.start, mention.end) }, end, role: true };
  }
  return { ...r, role: true };
}

/** After "X," an apposition ("porte-parole de l'association,", "le maire de Lyon,"): the index of its closing comma, or -1. */
function appositionClose(ctx: Context, k: number): number {
  const { toks, lex } = ctx;
  const first = toks[k];
  if (!first?.word) return -1;
  const opens = lex.speakerNouns.has(first.lw) || (lex.determiners.has(first.lw) || /^(?:ancien|ancienne|ex)$/.test(first.lw)) && lex.speakerNouns.has(toks[k + 1]?.lw ?? "") ||
    /^(?:qui|dont)$/.test(first.lw);
  if (!opens) return -1;
  for (let c = k + 1; c < toks.length && c - k <= MAX_APPOSITION; c++) {
    const t = toks[c];
    if (t.t === ",") return c;
    if (t.nl || /^[.;:!?«»“”"]$/.test(t.t) || FINITE.has(t.lw) && first.lw !== "qui" && first.lw !== "dont") return -1;
  }
  return -1;
}

/** Nouns of an addressee or a medium between an inverted verb and its subject: "a lancé aux députés X". */
const ADDRESSEE = new Set(["presse", "journalistes", "médias", "micro", "antenne", "plateau", "site", "chaîne", "radio",
  "députés", "sénateurs", "élus", "militants", "manifestants", "syndicats", "lecteurs", "auditeurs", "téléspectateurs"]);
const TIME_FR = new Set(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "soir", "matin",
  "encore", "aussi", "également", "alors", "ensuite", "enfin", "aujourd'hui", "dimanche", "récemment"]);
const INV_AUX = /^(?:a|avait|aurait|a-t|est|était|s'est)-(?:t-)?(?:il|elle|ils|elles|on)$/;
const INV_PRONOUN = /-(?:t-)?(il|elle|ils|elles|on)$/;

function skipTimeFr(ctx: Context, k: number): number {
  while (ctx.toks[k] && TIME_FR.has(ctx.toks[k].lw)) k++;
  return k;
}

/** The token after a mention starting at j (or after its article), or -1. */
function mentionEnd(ctx: Context, j: number): number {
  const { toks, lex } = ctx;
  if (toks[j] && lex.determiners.has(toks[j].lw) && ctx.mentionAt[j] < 0) j++;
  const mi = ctx.mentionAt[j] ?? -1;
  return mi >= 0 && ctx.ents.mentions[mi].a === j ? ctx.ents.mentions[mi].b : -1;
}

/**
 * After an inverted verb, what stands before its subject: "valoir"/"savoir" of "fait valoir", an
 * addressee or a medium ("a déclaré à l'AFP X", "déplore auprès de l'AFP X", "a confié au Monde X",
 * "a lancé aux députés X", "a affirmé sur France Inter X"). Returns where the subject may start.
 */
export function skipAddressee(ctx: Context, k: number): number {
  const { toks, lex } = ctx;
  if (lex.lang !== "fr" || !toks[k]) return k;
  if ((toks[k].lw === "valoir" || toks[k].lw === "savoir") && /^(?:fait|faisait|fit|font)$/.test(toks[k - 1]?.lw ?? "")) k = skipTimeFr(ctx, k + 1);
  const w = toks[k]?.lw;
  let j: number;
  if (w === "à" || w === "au" || w === "aux" || w === "sur") j = k + 1;
  else if (w === "auprès" && /^(?:de|du|des|d')$/.test(toks[k + 1]?.lw ?? "")) j = k + 2;
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
    if (/^(?:de|du|d')$/.test(toks[e]?.lw ?? "")) { const m = mentionEnd(ctx, e + 1); if (m > 0) e = m; }
  }
  return skipTimeFr(ctx, e);
}

/**
 * Where an inverted "on" says who speaks: "explique-t-on à Matignon", "assure-t-on dans l'entourage du
 * ministre", "a-t-on appris de source policière", "confie-t-on chez Renault", "indique-t-on au ministère".
 */
function onSource(ctx: Context, k: number): { speaker: Speaker; end: number } | undefined {
  const { toks, lex } = ctx;
  const w = toks[k]?.lw;
  let j: number;
  if (w === "à" || w === "au" || w === "aux" || w === "chez" || w === "dans" || w === "parmi" || w === "de") j = k + 1;
  else if ((w === "auprès" || w === "côté" || w === "sein") && /^(?:de|du|des|d')$/.test(toks[k + 1]?.lw ?? "")) j = k + 2;
  else if (w === "du" && toks[k + 1]?.lw === "côté" && /^(?:de|du|des|d')$/.test(toks[k + 2]?.lw ?? "")) j = k + 3;
  else if (w === "au" && toks[k + 1]?.lw === "sein" && /^(?:de|du|des|d')$/.test(toks[k + 2]?.lw ?? "")) j = k + 3;
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
  while (e < toks.length && e - j < 6 && toks[e].word && /^(?:de|du|des|d'|l'|la|le|les)$/.test(toks[e].lw)) e++;
  while (e < toks.length && e - j < 7 && toks[e].word && !lex.verbForms.has(toks[e].lw) && !FINITE.has(toks[e].lw) && !/^(?:de|du|des|d'|l'|la|le|les|à|au|aux|que|qu'|qui)$/.test(toks[e].lw)) e++;
  if (e - 1 <= j) return undefined;
  const s = toks[j].s;
  const end = toks[e - 1].e;
  return { speaker: { name: null, mention: { start: s, end }, mentionText: ctx.text.slice(s, end) }, end: e };
}

/** An inverted "on" cue at token k with the source it names: "explique-t-on à Matignon", "a-t-on appris de source policière". */
export function onCue(ctx: Context, k: number, isVerb: (k: number) => boolean): { speaker: Speaker; cue: Span; verb: number; end: number } | undefined {
  const { toks, lex } = ctx;
  const t = toks[k];
  if (lex.lang !== "fr" || !t || !t.lw.endsWith("on") || t.lw.indexOf("-") < 0) return undefined;
  let verb = -1;
  if (/^(?:a|avait|aurait)-t-on$/.test(t.lw) && (isVerb(k + 1) || toks[k + 1]?.lw === "appris")) verb = k + 1;
  else if (/-(?:t-)?on$/.test(t.lw) && isVerb(k)) verb = k;
  if (verb < 0) return undefined;
  const src = onSource(ctx, skipTimeFr(ctx, verb + 1));
  return src && { speaker: src.speaker, cue: { start: t.s, end: toks[verb].e }, verb, end: src.end };
}

/** How many tokens may follow a postposed cue's subject before the sentence ends ("… à l'AFP lors d'un point presse."). */
const MAX_TAIL = 15;

/**
 * A postposed cue in French word order, at token v right after a comma: "…, a-t-il ajouté.",
 * "…, ajoute-t-elle.", "…, assure-t-on dans l'entourage du ministre.", "…, a indiqué Jean Dupont
 * à l'AFP.", "…, a-t-on appris de source policière.". The sentence before the comma is the report.
 */
export function frenchPostposed(ctx: Context, v: number, isVerb: (k: number) => boolean, sentenceStart: number):
  { speaker: Speaker | null; cue: Span; verb: number } | undefined {
  const { toks, lex } = ctx;
  if (lex.lang !== "fr" || toks[v - 1]?.t !== ",") return undefined;
  const on = onCue(ctx, v, isVerb);
  if (on) return tailEnds(ctx, on.end, isVerb, false) ? { speaker: on.speaker, cue: on.cue, verb: on.verb } : undefined;
  // Auxiliaries, adverbs and clitics before the verb: "a-t-il ajouté", "s'est-elle félicitée", "a également indiqué".
  let verb = v;
  let pron = -1;
  while (verb < toks.length && verb - v < 4 && !isVerb(verb)) {
    const w = toks[verb].lw;
    if (INV_AUX.test(w)) pron = verb;
    else if (!lex.auxiliaries.has(w) && w !== "s'" && w !== "n'" && w !== "ne") return undefined;
    verb++;
  }
  if (!isVerb(verb)) return undefined;
  if (pron < 0 && INV_PRONOUN.test(toks[verb].lw)) pron = verb;
  const cue = { start: toks[v].s, end: toks[verb].e };
  if (pron >= 0) {
    const g = INV_PRONOUN.exec(toks[pron].lw)?.[1] ?? "";
    if (g === "on") return undefined;
    const gender = lex.pronouns.get(g);
    if (!gender || !tailEnds(ctx, verb + 1, isVerb, false)) return undefined;
    const ent = resolvePronoun(ctx, sentenceStart, gender);
    const tk = toks[pron];
    const ps = tk.e - g.length;
    const speaker: Speaker = ent ? { ...speakerOf(ent, ctx, pron, pron + 1, true), mention: { start: ps, end: tk.e }, mentionText: g }
      : { name: null, mention: { start: ps, end: tk.e }, mentionText: ctx.text.slice(ps, tk.e), pronoun: true };
    return { speaker, cue, verb };
  }
  // "…, a indiqué Jean Dupont à l'AFP." / "…, a déclaré à l'AFP un responsable du parti."
  const s = skipAddressee(ctx, skipTimeFr(ctx, verb + 1));
  const p = subjectPhraseAt(ctx, s);
  if (!p || p.kind === "pronoun" || !tailEnds(ctx, p.end, isVerb, true)) return undefined;
  return { speaker: resolveSubject(ctx, s, p, v).speaker, cue, verb };
}

/**
 * Whether only a short tail (an addressee, a medium, a time, and after a name an apposition) runs from
 * token k to the end of the sentence, which closes on a period: an inverted pronoun before "?" asks a
 * question ("s'inquiètent-ils du sombre hiver ?"), and one before a comma is an incise inside speech
 * that goes on ("Pardon, dit-il, une seule question.").
 */
function tailEnds(ctx: Context, k: number, isVerb: (k: number) => boolean, commas: boolean): boolean {
  const { toks, lex } = ctx;
  for (let i = k; i < toks.length && i - k <= MAX_TAIL; i++) {
    const t = toks[i];
    if (i > k && t.nl) return true;
    if (t.t === "." || t.t === "…") return true;
    if (t.t === "," && !commas) return false;
    if (!t.word && !/^[,'’()-]$/.test(t.t)) return false;
    // "dans un communiqué": a verb form after an article is a noun.
    if (t.word && (isVerb(i) && !lex.determiners.has(toks[i - 1]?.lw ?? "") || FINITE.has(t.lw) || lex.complementizers.has(t.lw))) return false;
  }
  return k >= toks.length;
}

/** "se dire", "se déclarer", "se montrer": with a quoted adjective they report what the subject said of itself. */
const SELF_DESCRIPTION = /^(?:dit|dite|dits|dites|disait|disaient|disent|déclare|déclarent|déclaré|déclarée|déclarés|déclarées|déclarait|montre|montrent|montré|montrée|montrés|montrées|montrait)$/;

/** "X s'est dit « attentif »", "Y se déclare « prête »": a short quoted term after such a cue is X's own word. */
export function selfDescription(ctx: Context, cue: Span): boolean {
  const k = tokenAt(ctx.toks, cue.start);
  return ctx.lex.lang === "fr" && SELF_DESCRIPTION.test(ctx.toks[k]?.lw ?? "") && afterReflexive(ctx, k);
}

/**
 * The speaker named in the sentence right after a quote that closes its own sentence: "« … » C'est ce
 * qu'a martelé Jean Dupont mardi.", "Voilà ce qu'a promis X.", "C'est ce que X a déclaré.",
 * "C'est en ces termes que X a réagi."
 */
export function echoAfter(ctx: Context, q: Span, isVerb: (k: number) => boolean): { speaker: Speaker; cue: Span } | undefined {
  const { toks, lex } = ctx;
  if (lex.lang !== "fr" || !/[.!?…]\s*[»”"]?$/.test(ctx.text.slice(Math.max(q.start, q.end - 3), q.end))) return undefined;
  let k = tokenAt(toks, q.end);
  const first = toks[k];
  if (!first || first.nl > 1) return undefined;
  // "C'est ce qu'", "Voilà ce qu'", "C'est en ces termes que", "Ce sont les mots qu'"
  if (first.lw === "c'" && toks[k + 1]?.lw === "est") k += 2;
  else if (first.lw === "voilà" || first.lw === "voici") k += 1;
  else return undefined;
  if (toks[k]?.lw === "ce") k++;
  else if (toks[k]?.lw === "en" && toks[k + 1]?.lw === "ces" && toks[k + 2]?.lw === "termes") k += 3;
  else return undefined;
  if (toks[k]?.lw !== "qu'" && toks[k]?.lw !== "que") return undefined;
  const start = k;
  k++;
  // "qu'a martelé X" (inverted) or "que X a déclaré" (subject first).
  let v = k;
  while (v < toks.length && v - k < 3 && !isVerb(v) && lex.auxiliaries.has(toks[v].lw)) v++;
  if (isVerb(v)) {
    const s = skipAddressee(ctx, skipTimeFr(ctx, v + 1));
    const p = subjectPhraseAt(ctx, s);
    if (p && p.kind !== "pronoun") return { speaker: resolveSubject(ctx, s, p, tokenAt(toks, q.start)).speaker, cue: { start: toks[start].s, end: toks[v].e } };
  }
  const p = subjectPhraseAt(ctx, k);
  if (!p) return undefined;
  let w = p.end;
  while (w < toks.length && w - p.end < 3 && !isVerb(w) && (lex.auxiliaries.has(toks[w].lw) || w === p.end && toks[w].lw === "lui")) w++;
  if (!isVerb(w)) return undefined;
  return { speaker: resolveSubject(ctx, k, p, tokenAt(toks, q.start)).speaker, cue: { start: toks[start].s, end: toks[w].e } };
}

/** Nouns that stand for an organisation already named: "le syndicat", "la fédération", "le parti". */
const ORG_NOUNS = new Set(["syndicat", "parti", "fédération", "confédération", "association", "mouvement", "collectif",
  "organisation", "groupe", "entreprise", "société", "formation", "ong", "club", "institut", "banque", "compagnie", "constructeur"]);
const COMPANY_NOUNS = new Set(["entreprise", "société", "groupe", "banque", "compagnie", "constructeur"]);
/** How far back (characters) the organisation a definite noun stands for may be named. */
const ORG_BACK = 300;

/**
 * "Arnaud Rousseau, président de la FNSEA, … Le syndicat appelle à …": a definite organisation noun
 * stands for the organisation named just before when it is the only one named in that stretch.
 */
export function soleOrgBefore(ctx: Context, k: number, r: number): Entity | undefined {
  const { toks, lex } = ctx;
  if (lex.lang !== "fr" || r !== k + 1 || !/^(?:le|la|l')$/.test(toks[k].lw) || !ORG_NOUNS.has(toks[r].lw)) return undefined;
  const ms = ctx.ents.mentions;
  let found: Entity | undefined;
  // The gazetteer files unions and employers' bodies with the parties.
  const want = COMPANY_NOUNS.has(toks[r].lw) ? "company" : "party";
  for (let i = firstMentionFrom(ctx, k) - 1; i >= 0 && toks[k].s - ms[i].s < ORG_BACK; i--) {
    const e = ms[i].entity;
    // A medium, a government body or another kind of organisation is not what the noun stands for.
    const kind = e.kind === "org" ? orgInfo(e.name)?.kind ?? "other" : "";
    if (kind !== want && kind !== "other" || lex.roleNouns.has(e.name.toLowerCase())) continue;
    if (found && found !== e) return undefined;
    found = e;
  }
  return found;
}

/** Words of a French aside between a subject and its verb: "X, lui, …", "X, quant à elle, …", "X, de son côté, …". */
const ASIDE = new Set(["lui", "elle", "eux", "elles", "quant", "à", "de", "son", "sa", "leur", "côté", "pour", "part",
  "aussi", "même", "lui-même", "elle-même", "également", "toutefois", "pourtant", "cependant", "néanmoins", "en",
  "revanche", "effet", "ailleurs", "par", "enfin", "donc", "alors", "ensuite", "encore"]);

/** Whether tokens [a, b) are only such an aside (b is its closing comma). */
export function aside(ctx: Context, a: number, b: number): boolean {
  if (ctx.lex.lang !== "fr" || b <= a || b - a > 4) return false;
  for (let i = a; i < b; i++) if (!ASIDE.has(ctx.toks[i].lw)) return false;
  return true;
}

/** "», selon Jean Dupont.", "», d'après une source proche du dossier.": a source preposition right after a quote names its speaker. */
export function sourceAfter(ctx: Context, k: number): { speaker: Speaker; cue: Span } | undefined {
  const { toks, lex } = ctx;
  if (lex.lang !== "fr" || !toks[k] || !lex.sourcePrepFirst.has(toks[k].lw)) return undefined;
  const prep = lex.sourcePreps.find((p) => p.every((w, i) => toks[k + i]?.lw === w || toks[k + i]?.lw + "'" === w));
  if (!prep) return undefined;
  const x = frenchSource(ctx, k);
  if (x) return { speaker: x.speaker, cue: x.cue };
  const j = k + prep.length;
  const p = subjectPhraseAt(ctx, j);
  if (!p) return undefined;
  const r = resolveSubject(ctx, j, p, k);
  return { speaker: r.speaker, cue: { start: toks[k].s, end: toks[r.end - 1].e } };
}

/**
 * Object clitics before the verb of a press incise: "», nous a confié X", "», leur a lancé X". (Not the
 * narrator's "me dit-elle" of novels, where the pronoun's antecedent is often far.)
 */
export function skipClitic(ctx: Context, k: number): number {
  const w = ctx.toks[k]?.lw;
  return ctx.lex.lang === "fr" && (w === "nous" || w === "vous" || w === "leur") && ctx.toks[k + 1]?.word ? k + 1 : k;
}

/** A French infinitive ("n'a pas souhaité réagir", "a refusé de répondre") is never the verb of a postposed cue. */
export function frenchInfinitive(ctx: Context, v: number): boolean {
  return ctx.lex.lang === "fr" && isInfinitive(ctx, ctx.toks[v]?.lw ?? "");
}

/** -er/-ir forms are infinitives; a -re form is one only when it is a lemma ("dire", not "assure", "déclare"). */
function isInfinitive(ctx: Context, w: string): boolean {
  return /(?:er|ir)$/.test(w) || w.endsWith("re") && ctx.lex.data.reportingVerbs.includes(w);
}

/**
 * A quote after a colon, with no reporting verb: the person the sentence is about speaks. "Jean Dupont,
 * 54 ans, éleveur à Rodez, ne décolère pas : « … »", "…, son ancien associé, Paul Martin : « … »".
 */
export function colonSpeaker(ctx: Context, q: Span): Speaker | undefined {
  const { toks, lex } = ctx;
  const open = tokenAt(toks, q.start);
  const c = open - 1;
  if (lex.lang !== "fr" || c < 1 || toks[c].t !== ":" || toks[open].nl > 1 || !/^[«“"]/.test(ctx.text[q.start])) return undefined;
  const mi = ctx.mentionAt[c - 1];
  if (mi >= 0 && ctx.ents.mentions[mi].entity.kind === "person" && ctx.ents.mentions[mi].b === c) {
    const m = ctx.ents.mentions[mi];
    return speakerOf(m.entity, ctx, m.a, m.b);
  }
  let s = c - 1;
  while (s > 0 && c - s < 40 && !toks[s].sent && !toks[s].nl) s--;
  if (!toks[s].sent && !toks[s].nl && s !== 0) return undefined;
  // A named person or a person's role ("Le Premier ministre a tenu à rassurer : « … »"), not a thing ("Le rapport conclut").
  const p = subjectPhraseAt(ctx, s);
  if (!p || p.kind === "pronoun" || p.end >= c) return undefined;
  if (p.kind === "mention" && ctx.ents.mentions[p.mention].entity.kind !== "person") return undefined;
  if (p.kind === "role" && (!lex.roleNouns.has(toks[p.role].lw) || lex.data.sourceNouns.includes(toks[p.role].lw))) return undefined;
  const subj = resolveSubject(ctx, s, p, s);
  // Nobody else named, no other quote, between the subject and the colon.
  for (let i = subj.end; i < c; i++) {
    const t = toks[i];
    if (/^[«»“”"]$/.test(t.t)) return undefined;
    const k = ctx.mentionAt[i];
    if (k >= 0 && ctx.ents.mentions[k].entity.kind === "person" && ctx.ents.mentions[k].entity.id !== subj.speaker.entity) return undefined;
    if (t.t === "," && p.kind === "role") return undefined;
  }
  return subj.speaker;
}

/** Words that end a French description after its noun: prepositions of manner, place or time, conjunctions. */
const DESCRIPTION_STOP = new Set(["à", "au", "aux", "en", "dans", "sur", "avec", "pour", "par", "sans", "sous", "chez",
  "qui", "que", "qu'", "dont", "et", "ou", "mais", "lors", "avant", "après", "devant", "pendant", "depuis", "puis",
  "cet", "ces", "mon", "ma", "mes", "ton", "ta", "tes", "notre", "nos", "votre", "vos", "leurs", "tout", "tous", "bout"]);

/** A past participle opens a participial phrase, not part of the head noun phrase ("la servante ébahie", "le laquais empaqueté de …"). */
const PARTICIPLE = /(?:é|ée|és|ées|ie|ies)$/;

/**
 * Where a French description after an inverted verb ends, from token k after its noun: its adjectives
 * and a "de" complement with no article ("explique cette mère de famille", "dit la mère aveugle"),
 * not a participle ("la servante ébahie"), a manner ("d'une voix grave") nor a place ("en souriant").
 */
export function descriptionEnd(ctx: Context, k: number): number {
  const { toks, lex } = ctx;
  if (lex.lang !== "fr") return k;
  let e = k;
  while (e < toks.length && e - k < 4) {
    const t = toks[e];
    if (!t.word || t.cap || t.nl || DESCRIPTION_STOP.has(t.lw) || lex.determiners.has(t.lw) || lex.auxiliaries.has(t.lw) && !/^(?:de|du|des|d')$/.test(t.lw) ||
      lex.verbForms.has(t.lw) || lex.pronouns.has(t.lw) || /ment$/.test(t.lw) && t.lw.length > 6 || PARTICIPLE.test(t.lw)) break;
    if (/^(?:de|du|des|d')$/.test(t.lw)) {
      const n = toks[e + 1];
      if (!n?.word || n.cap || lex.determiners.has(n.lw) || DESCRIPTION_STOP.has(n.lw)) break;
      e += 2;
      continue;
    }
    e++;
  }
  return e;
}

/** "a été condamné", "est accusé": a French passive participle reports nothing by its subject. */
export function frenchPassive(ctx: Context, k: number): boolean {
  const { toks, lex } = ctx;
  if (lex.lang !== "fr") return false;
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && /^(?:pas|jamais|déjà|aussi|également|encore|notamment|ensuite|plus)$/.test(toks[j].lw)) j--;
  const w = toks[j]?.lw ?? "";
  if (w === "été") return true;
  if (!/^(?:est|sont|était|étaient|fut|furent|sera|seront|serait|seraient)$/.test(w)) return false;
  // "s'est dit", "se sont félicités": pronominal, not passive.
  const r = toks[j - 1]?.lw;
  return r !== "s'" && r !== "se" && r !== "t'" && r !== "m'" && r !== "nous" && r !== "vous";
}

/** Infinitives that open a reported clause right after a French reporting verb: "a dit avoir agi", "assure ne pas vouloir". */
const REPORTED_INFINITIVE = new Set(["avoir", "être", "vouloir", "pouvoir", "devoir", "savoir", "ignorer", "souhaiter",
  "compter", "n'avoir", "n'être", "ne", "n'", "faire", "agir", "craindre", "regretter", "espérer", "refuser", "préférer"]);

/**
 * "Jean Dupont a expliqué avoir agi « par conviction »", "X assure ne pas vouloir se présenter": the
 * infinitive clause after the verb is the reported content. Returns where it starts, or -1.
 */
export function infinitiveClause(ctx: Context, v: number): number {
  const { toks, lex } = ctx;
  if (lex.lang !== "fr" || isInfinitive(ctx, toks[v].lw)) return -1;
  const k = skipTimeFr(ctx, v + 1);
  const t = toks[k];
  if (!t || !REPORTED_INFINITIVE.has(t.lw)) return -1;
  // "ne pas vouloir", "n'avoir jamais dit": the negation must lead to an infinitive.
  if ((t.lw === "ne" || t.lw === "n'") && !/(?:er|ir|re|oir)$/.test(toks[k + 1]?.lw === "pas" || toks[k + 1]?.lw === "jamais" || toks[k + 1]?.lw === "plus" ? toks[k + 2]?.lw ?? "" : toks[k + 1]?.lw ?? "")) return -1;
  return k;
}

/**
 * "a dit lundi, lors d'une conférence de presse à l'Élysée, qu'il …": the complementizer after a
 * parenthetical between commas right after the verb. Its token, or -1.
 */
export function queAfterAside(ctx: Context, v: number): number {
  const { toks, lex } = ctx;
  if (lex.lang !== "fr") return -1;
  const k = skipTimeFr(ctx, v + 1);
  if (toks[k]?.t !== ",") return -1;
  for (let i = k + 1; i < toks.length && i - k <= 16; i++) {
    const t = toks[i];
    if (t.t === ",") return lex.complementizers.has(toks[i + 1]?.lw ?? "") ? i + 1 : -1;
    if (!t.word && t.t !== "'" && t.t !== "-" || t.nl || FINITE.has(t.lw)) return -1;
  }
  return -1;
}
