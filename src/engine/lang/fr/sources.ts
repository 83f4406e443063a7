// French press sources outside the verb: "Pour X, …", "selon lui", "selon X, porte-parole de …, …",
// "», selon X", "« … » C'est ce qu'a martelé X", "X, éleveur : « … »". Reached through the French hooks
// (lang/fr/index.ts). Who "le syndicat" stands for is take-up.ts's.
import { type Doc, isQuoteMark, speakerOf } from "../../quotes/doc";
import { skipAddressee, skipTimeFr } from "../../quotes/french";
import { resolvePronoun } from "../../quotes/resolve/pronoun";
import { resolveSubject } from "../../quotes/resolve/subject";
import { subjectPhraseAt } from "../../quotes/subject-phrase";
import { isVerb } from "../../quotes/verbs";
import { FINITE } from "../../lexicon/fr/quotes";
import { quantifiedSource } from "../../quotes/french-quantified";
import { tokenAt } from "../../text/tokenize";
import { pastFrontedPhrase, sentenceOpening } from "../../quotes/sentences";
import { sourcePrepAt } from "../../quotes/source-prep";
import { pastParenthesis } from "../../quotes/described";
import type { Entity, Speaker, Span } from "../../types";
import { channelOwner } from "./channels";
import type { LastReport } from "../rules";
import { afterTopic, asSaidSubject, pastMedium } from "./fronted-source";
import { bareClosingSource } from "./closing-source";
import { isOneOf } from "../../text/chars";

/** Relative pronouns that open a clause about a source set off after it: "…, selon les analystes, qui craignent …". */
const RELATIVE = new Set(["qui", "dont"]);

/** Subject pronouns after "selon"/"pour" are disjunctive: "selon lui", "pour elle", "d'après eux". */
const DISJUNCTIVE: Record<string, "m" | "f" | "pl"> = { lui: "m", elle: "f", eux: "pl", elles: "pl" };
/** Ordinals and words that make "pour le premier …" a time or a rank, not a person ("Pour la première fois"). */
const NOT_ROLE_AFTER = new Set(["fois", "temps", "heure", "instant", "moment", "semestre", "trimestre", "tour", "jour", "année", "mois"]);
/** How many tokens an apposition after the source may hold ("Selon Marie Dubois, porte-parole de l'association, …"). */
const MAX_APPOSITION = 12;
/** How many words a title before the name of an apposition may hold ("le colonel", "le général de brigade"). */
const MAX_TITLE = 3;

export interface SourceCue {
  speaker: Speaker;
  cue: Span;
  /** Token where the reported content starts. */
  content: number;
  /** Token where it ends (exclusive), when the cue closes the sentence ("…, selon un communiqué de la préfecture."). */
  end?: number;
}

/**
 * "Pour X, …" (X a person, an organisation, a role or "lui"/"elle"), and "selon/d'après X, …" when X is a
 * disjunctive pronoun or is followed by an apposition, and "Comme l'a rappelé X, …" (fronted-source.ts): the source and
 * where its content starts.
 * Undefined when token v opens no such cue (the general "selon X" reading then applies).
 */
export function frenchSource(ctx: Doc, v: number, last?: LastReport): SourceCue | undefined {
  const { toks, lex } = ctx;
  const w = toks[v].lw;
  let j: number;
  const pour = w === "pour";
  if (pour) {
    // At the head of the sentence, or after a conjunction that opens it: "Mais pour Jean Dupont, …".
    const prev = toks[v - 1];
    if (!toks[v].sent && !(prev && /^(?:mais|et|or)$/.test(prev.lw) && prev.sent) && !afterTopic(ctx, v)) return undefined;
    j = v + 1;
  } else if (w === "selon") j = v + 1;
  else if (w === "d'" && toks[v + 1]?.lw === "après") j = v + 2;
  else if (w === "comme" || w === "ainsi") j = asSaidSubject(ctx, v);
  else return undefined;
  if (j < 0) return undefined;
  const asSaid = w === "comme" || w === "ainsi";
  const x0 = (pour ? undefined : sameSource(ctx, j, v, last)) ?? sourcePhrase(ctx, j, v, pour);
  if (!x0) return undefined;
  // "selon l'Observatoire des droits de l'homme (ODH), …", "selon Jean Dupont (PS), …": a short parenthesis after the
  // source (its initials, its party) belongs to it.
  const x = { ...x0, end: pastParenthesis(ctx, x0.end) };
  // "…, selon un communiqué de la préfecture." / "…, selon lui.": the sentence before the cue is the report.
  // "…, selon les analystes, qui craignent …": a relative clause after the closing source describes it; the report ends before it.
  // "Les pluies dureront deux jours selon les prévisionnistes.": no comma before a source that closes the sentence.
  const bare = pour || asSaid ? -1 : bareClosingSource(ctx, v, j, x.end);
  if (bare >= 0) return { speaker: x.speaker, cue: { start: toks[v].s, end: toks[x.end - 1].e }, content: bare, end: v };
  const relative = toks[x.end]?.t === "," && RELATIVE.has(toks[x.end + 1]?.lw ?? "");
  if (!pour && toks[v - 1]?.t === "," && (relative || toks[x.end]?.t !== "," && (x.pronoun || x.channel || x.quantified) && isOneOf(".!…", toks[x.end]?.t ?? ""))) {
    let a = v - 1;
    while (a > 0 && v - a < 60 && !toks[a].sent && !toks[a].nl) a--;
    if (!toks[a].sent && !toks[a].nl && a !== 0) return undefined;
    return { speaker: x.speaker, cue: { start: toks[v].s, end: toks[x.end - 1].e }, content: a, end: v - 1 };
  }
  if (toks[x.end]?.t !== ",") return undefined;
  let { speaker } = x;
  let content = x.end + 1;
  // "Selon X, joint par téléphone, …": a medium aside after the source's comma is no content (also after an apposition, below).
  const medium = pastMedium(ctx, content);
  // "Pour la présidente du RN, Marine Le Pen, …": the name in apposition is the source, also after its own title
  // ("Selon le porte-parole de l'armée, le colonel Ahmed Ali, …").
  let named = content;
  while (named < content + MAX_TITLE && ctx.mentionAt[named] < 0 && toks[named] && !toks[named].cap &&
    (lex.determiners.has(toks[named].lw) || lex.roleNouns.has(toks[named].lw) || lex.honorifics.has(toks[named].lw))) named++;
  const mi = ctx.mentionAt[named];
  if (medium > content) content = medium;
  else if (x.role && mi >= 0 && ctx.ents.mentions[mi].a === named && ctx.ents.mentions[mi].entity.kind === "person" &&
    toks[ctx.ents.mentions[mi].b]?.t === ",") {
    const m = ctx.ents.mentions[mi];
    speaker = speakerOf(m.entity, ctx, m.a, m.b);
    content = m.b + 1;
  } else if (!x.role) {
    // "Selon Marie Dubois, porte-parole de l'association, …": skip the apposition.
    const close = appositionClose(ctx, content);
    if (close > 0) content = close + 1;
    else if (!pour && !x.pronoun && !asSaid) return undefined;
  }
  content = pastMedium(ctx, content);
  if (!toks[content]?.word && !isOneOf("«“\"", toks[content]?.t ?? "")) return undefined;
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

/**
 * "…, selon la même source.", "De même source, …", "selon les mêmes sources": the source of the report just before,
 * when it has one; else the phrase as written.
 */
function sameSource(ctx: Doc, j: number, v: number, last: LastReport | undefined): SourcePhrase | undefined {
  const { toks } = ctx;
  let k = j;
  if (ARTICLE.has(toks[k]?.lw ?? "")) k++;
  if (!/^mêmes?$/.test(toks[k]?.lw ?? "") || !/^sources?$/.test(toks[k + 1]?.lw ?? "")) return undefined;
  const end = k + 2;
  const mention = { start: toks[j].s, end: toks[end - 1].e };
  const before = last && last.end <= toks[v].s ? last.speaker : null;
  const speaker: Speaker = before ?? { name: null, mention, mentionText: ctx.text.slice(mention.start, mention.end) };
  return { speaker, end, role: true, channel: true };
}

/** The articles before "même source". */
const ARTICLE = new Set(["la", "les"]);

/** Impersonal verbs after "il": "il faut", "il y a", "il est temps", "il s'agit", "il semble", "il reste". */
const IMPERSONAL = /^(?:faut|fallait|faudra|faudrait|y|est|était|sera|serait|s'|semble|semblait|reste|restait|suffit|vaut|convient|importe|manque|devient|paraît|fait)$/;

/** Whether the clause at k opens on a personal subject pronoun ("il a quitté", "elle est partie"), not an impersonal "il". */
function personalSubject(ctx: Doc, k: number): boolean {
  const { toks } = ctx;
  const w = toks[k]?.lw;
  if (w === "elle" || w === "ils" || w === "elles") return true;
  if (w !== "il") return false;
  let j = k + 1;
  if (toks[j]?.lw === "ne" || toks[j]?.lw === "n'") j++;
  return !IMPERSONAL.test(toks[j]?.lw ?? "");
}

/** A source phrase after "pour"/"selon" and where it ends (exclusive): a role, a pronoun, a channel's owner. */
interface SourcePhrase { speaker: Speaker; end: number; role?: boolean; pronoun?: boolean; channel?: boolean; quantified?: boolean }

/** The source phrase at token j after "pour"/"selon": a pronoun, a name, or a role; its end (exclusive). */

function sourcePhrase(ctx: Doc, j: number, v: number, pour: boolean): SourcePhrase | undefined {
  const { toks, lex } = ctx;
  const t = toks[j];
  if (!t) return undefined;
  const pg = DISJUNCTIVE[t.lw];
  if (pg) {
    const ent = pg === "pl" ? undefined : resolvePronoun(ctx, v, pg);
    const speaker: Speaker = ent ? speakerOf(ent, ctx, j, j + 1, true) : { name: null, mention: { start: t.s, end: t.e }, mentionText: t.t, pronoun: true };
    return { speaker, end: j + 1, pronoun: true };
  }
  if (!pour) {
    const ch = channelOwner(ctx, j, v);
    if (ch) return { ...ch, role: true, channel: true };
  }
  const q = pour ? undefined : quantifiedSource(ctx, j, v);
  if (q) return { ...q, role: true, quantified: true };
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
export function appositionClose(ctx: Doc, k: number): number {
  const { toks, lex } = ctx;
  const first = toks[k];
  if (!first?.word) return -1;
  const opens = lex.speakerNouns.has(first.lw) || (lex.determiners.has(first.lw) || /^(?:ancien|ancienne|ex)$/.test(first.lw)) && lex.speakerNouns.has(toks[k + 1]?.lw ?? "") ||
    /^(?:qui|dont)$/.test(first.lw);
  if (!opens) return -1;
  // "Selon l'AFP, le syndicat Sud, principal …, a affirmé": a noun with its own name is the content's subject, not an apposition.
  if (lex.determiners.has(first.lw) && toks[k + 2]?.cap && ctx.mentionAt[k + 2] >= 0) return -1;
  for (let c = k + 1; c < toks.length && c - k <= MAX_APPOSITION; c++) {
    const t = toks[c];
    // "Selon France Info, le maire, Paul Roche, a assuré": a role then its holder's name is the content's subject.
    if (t.t === ",") return lex.determiners.has(first.lw) && namedAfter(ctx, c + 1) ? -1 : c;
    if (t.nl || isOneOf(".;:!?«»“”\"", t.t) || FINITE.has(t.lw) && first.lw !== "qui" && first.lw !== "dont") return -1;
  }
  return -1;
}


/** A person's name at token k, set off by a comma after it ("…, Paul Roche, a assuré"). */
function namedAfter(ctx: Doc, k: number): boolean {
  const mi = ctx.mentionAt[k];
  if (mi < 0) return false;
  const m = ctx.ents.mentions[mi];
  return m.a === k && m.entity.kind === "person" && ctx.toks[m.b]?.t === ",";
}

/**
 * The speaker named in the sentence right after a quote that closes its own sentence: "« … » C'est ce
 * qu'a martelé Jean Dupont mardi.", "Voilà ce qu'a promis X.", "C'est ce que X a déclaré.",
 * "C'est en ces termes que X a réagi."
 */
export function echoAfter(ctx: Doc, q: Span): { speaker: Speaker; cue: Span } | undefined {
  const { toks, lex } = ctx;
  if (!/[.!?…]\s*[»”"]?$/.test(ctx.text.slice(Math.max(q.start, q.end - 3), q.end))) return undefined;
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
  while (v < toks.length && v - k < 3 && !isVerb(ctx, v) && lex.auxiliaries.has(toks[v].lw)) v++;
  if (isVerb(ctx, v)) {
    const s = skipAddressee(ctx, skipTimeFr(ctx, v + 1));
    const p = subjectPhraseAt(ctx, s);
    if (p && p.kind !== "pronoun") return { speaker: resolveSubject(ctx, s, p, tokenAt(toks, q.start)).speaker, cue: { start: toks[start].s, end: toks[v].e } };
  }
  const p = subjectPhraseAt(ctx, k);
  if (!p) return undefined;
  let w = p.end;
  while (w < toks.length && w - p.end < 3 && !isVerb(ctx, w) && (lex.auxiliaries.has(toks[w].lw) || w === p.end && toks[w].lw === "lui")) w++;
  if (!isVerb(ctx, w)) return undefined;
  return { speaker: resolveSubject(ctx, k, p, tokenAt(toks, q.start)).speaker, cue: { start: toks[start].s, end: toks[w].e } };
}

/** "», selon Jean Dupont.", "», d'après une source proche du dossier.": a source preposition right after a quote names its speaker. */
export function sourceAfter(ctx: Doc, k: number): { speaker: Speaker; cue: Span } | undefined {
  const { toks, lex } = ctx;
  if (!toks[k] || !lex.sourcePrepFirst.has(toks[k].lw)) return undefined;
  const prep = sourcePrepAt(ctx, k);
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
 * A quote after a colon, with no reporting verb: the person the sentence is about speaks. "Jean Dupont,
 * 54 ans, éleveur à Rodez, ne décolère pas : « … »", "…, son ancien associé, Paul Martin : « … »".
 */
export function colonSpeaker(ctx: Doc, q: Span): Speaker | undefined {
  const { toks, lex } = ctx;
  const open = tokenAt(toks, q.start);
  const c = open - 1;
  if (c < 1 || toks[c].t !== ":" || toks[open].nl > 1 || !/^[«“"]/.test(ctx.text[q.start])) return undefined;
  const mi = ctx.mentionAt[c - 1];
  if (mi >= 0 && ctx.ents.mentions[mi].entity.kind === "person" && ctx.ents.mentions[mi].b === c) {
    const m = ctx.ents.mentions[mi];
    return speakerOf(m.entity, ctx, m.a, m.b);
  }
  let s = sentenceOpening(toks, c, 40);
  if (s < 0) return undefined;
  // "Selon X, A : « B »": the source that opens the sentence speaks the quote after its report's colon.
  const src = frenchSource(ctx, s);
  if (src?.speaker && src.end === undefined && src.content < c) {
    for (let i = src.content; i < c; i++) if (isQuoteMark(toks[i].t)) return undefined;
    return src.speaker;
  }
  // "Pour construire ce code, le graphiste s'est basé sur … : « … »": the subject after a fronted adverbial.
  s = pastFrontedPhrase(ctx, s, c, MAX_FRONTED);
  // A named person or a person's role ("Le Premier ministre a tenu à rassurer : « … »"), not a thing ("Le rapport conclut").
  const p = subjectPhraseAt(ctx, s);
  if (!p || p.end >= c) return undefined;
  // "Il s'est basé sur le raisonnement suivant : « … »": a subject pronoun stands for the person it takes up.
  if (p.kind === "pronoun") {
    const ent = p.gender === "m" || p.gender === "f" ? resolvePronoun(ctx, s, p.gender) : undefined;
    return ent && ent.kind === "person" && !namedBetween(ctx, ent, p.end, c) ? speakerOf(ent, ctx, s, s + 1, true) : undefined;
  }
  if (p.kind === "mention" && ctx.ents.mentions[p.mention].entity.kind !== "person") return undefined;
  if (p.kind === "role" && (!lex.roleNouns.has(toks[p.role].lw) || lex.data.sourceNouns.includes(toks[p.role].lw))) return undefined;
  const subj = resolveSubject(ctx, s, p, s);
  // Nobody else named, no other quote, between the subject and the colon.
  for (let i = subj.end; i < c; i++) {
    const t = toks[i];
    if (isQuoteMark(t.t)) return undefined;
    const k = ctx.mentionAt[i];
    if (k >= 0 && ctx.ents.mentions[k].entity.kind === "person" && ctx.ents.mentions[k].entity.id !== subj.speaker.entity) return undefined;
    if (t.t === "," && p.kind === "role") return undefined;
  }
  return subj.speaker;
}

/** How many tokens a fronted adverbial may hold before its comma ("Pour construire ce code,", "Lors de la conférence,"). */
const MAX_FRONTED = 10;

/** How many tokens back the sentence before a quote may start. */
const MAX_SENTENCE = 40;

/**
 * A whole-sentence quote with no cue right after a sentence about a named person: "Jean Dupont a
 * présenté son plan. « Nous baisserons les impôts. »" The quote is that person's, when nobody else is
 * named between the subject and the quote.
 */
export function subjectBefore(ctx: Doc, q: Span): Speaker | undefined {
  const { toks } = ctx;
  const open = tokenAt(toks, q.start);
  const end = open - 1;
  if (end < 1 || !/^[«“"]/.test(ctx.text[q.start]) || !isOneOf(".!?…", toks[end].t) || toks[open].nl > 2) return undefined;
  if (!/[.!?…]\s*[»”"]$/.test(ctx.text.slice(Math.max(q.start, q.end - 4), q.end))) return undefined;
  // An incise inside the quote names its own speaker ("« Voilà, dit le prêtre en montrant …, »").
  for (let i = open + 1; i < toks.length && toks[i].s < q.end && i - open < 200; i++) if (toks[i - 1].t === "," && isVerb(ctx, i)) return undefined;
  const s = sentenceOpening(toks, end, MAX_SENTENCE);
  if (s < 0) return undefined;
  const p = subjectPhraseAt(ctx, s);
  // "Il a souhaité faire un rappel au règlement. « On ne peut pas accepter … »": a subject pronoun stands for its antecedent.
  if (p?.kind === "pronoun" && (p.gender === "m" || p.gender === "f")) {
    const ent = resolvePronoun(ctx, s, p.gender);
    return ent && ent.kind === "person" && !namedBetween(ctx, ent, p.end, end) ? speakerOf(ent, ctx, s, s + 1, true) : undefined;
  }
  if (p?.kind !== "mention" || ctx.ents.mentions[p.mention].entity.kind !== "person") return undefined;
  const who = ctx.ents.mentions[p.mention].entity;
  if (namedBetween(ctx, who, p.end, end)) return undefined;
  const m = ctx.ents.mentions[p.mention];
  return speakerOf(who, ctx, m.a, m.b);
}

/** Another person named, or a quote mark, between tokens a and b. */
function namedBetween(ctx: Doc, who: Entity, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    if (isQuoteMark(ctx.toks[i].t)) return true;
    const k = ctx.mentionAt[i];
    if (k >= 0 && ctx.ents.mentions[k].entity.kind === "person" && ctx.ents.mentions[k].entity !== who) return true;
  }
  return false;
}
