// French press conventions the general finders do not know: pronominal incises ("», s'agace X"),
// sources after an inverted "on" ("explique-t-on à Matignon"), addressees between an inverted verb and
// its subject ("a déclaré à l'AFP X"). Called from small hooks in attribute.ts, indirect.ts and index.ts.
import type { Speaker, Span } from "../types";
import { resolvePronoun, resolveSubject, speakerOf, subjectPhraseAt, type Context } from "./context";

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
  if (!lex.pronominalForms.has(base)) return false;
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
  return { speaker, cue: { start: toks[v].s, end: toks[x.end - 1].e }, content };
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
