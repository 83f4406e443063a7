// Incises as novels write them, read from the words after a turn's speech: "[me|se|lui] VERB[-il|-elle|-je]
// [adverbs | avec …] SUBJECT" ("ajouta tristement la voyageuse", "me dit Sérapion", "répondit celle-ci",
// "m'écriai-je", "dit avec chaleur la bonne Pauline"), and the person the incise speaks to ("dit-elle à Pauline").
import { tokenAt } from "../text/tokenize";
import type { Entity, Span } from "../types";
import type { Attribution } from "./attribute";
import {
  DEMONSTRATIVES, DESCRIPTION_DETERMINERS, DESCRIPTION_STOPS, FICTION_VERBS, INCISE_CLITICS, INCISE_FILLERS, INVERTED,
  MANNER_OPENERS,
} from "../lexicon/fr/fiction";
import { isVerbForm } from "./verbs";
import type { Doc } from "./doc";
import { isOneOf } from "../text/chars";

export interface Turn extends Span {
  fragments?: Span[];
  attr?: Attribution;
}

/** What an incise names: a character, a pronoun, a description as written, or a demonstrative. */
export type Subject =
  | { kind: "mention"; mention: number }
  | { kind: "pronoun"; gender: "m" | "f" | "je"; tok: number }
  | { kind: "description"; a: number; b: number }
  | { kind: "demonstrative"; gender: "m" | "f"; tok: number };

export interface Incise { subject: Subject; verb: number; end: number }

/** How many tokens an incise may span from its verb to the end of its subject. */
const MAX_INCISE = 9;
const PARTICIPLE = /(?:é|ée|és|ées|ie|ies)$/;

/** The incise of a quote: after its first fragment, or inside it after a comma, ! or ? (« Trop tard ! fit-il, … »). */
export function inciseOf(ctx: Doc, q: Turn): Incise | undefined {
  const { toks } = ctx;
  const first = q.fragments && q.fragments.length > 1 ? q.fragments[0] : q;
  let k = tokenAt(toks, first.end);
  if (k < toks.length && toks[k].nl === 0) {
    if (isOneOf("»”\"", toks[k].t)) k++;
    if (toks[k]?.t === "," || toks[k]?.t === ";") k++;
    const after = parseIncise(ctx, k);
    if (after) return after;
  }
  let tries = 0;
  for (let i = tokenAt(toks, q.start) + 1; i < toks.length && toks[i].s < q.end && tries < 12; i++) {
    if (!isOneOf(",!?…;", toks[i].t)) continue;
    tries++;
    const inc = parseIncise(ctx, i + 1);
    if (inc && toks[inc.end - 1].e < q.end) return inc;
  }
  return undefined;
}

/** Whether token k is an incise verb: a reporting verb, a verb of thought, or one with an inverted pronoun. */
function isInciseVerb(ctx: Doc, k: number): boolean {
  const t = ctx.toks[k];
  // An incise verb is finite: "…, mettre un jour de bonheur dans sa vie" goes on with the speech.
  if (!t?.word || t.cap || ctx.lex.infinitives.has(t.lw)) return false;
  if (isVerbForm(ctx.lex, t.lw) || FICTION_VERBS.has(t.lw)) return true;
  const inv = INVERTED.exec(t.lw);
  if (!inv) return false;
  const known = (w: string) => ctx.lex.verbForms.has(w) || FICTION_VERBS.has(w);
  // "m'écriai-je", "répondis-je", "repris-je": the first person of the simple past, from the third.
  return known(inv[1]) || inv[2] === "je" && known(inv[1].replace(/ai$/, "a").replace(/is$/, "it").replace(/us$/, "ut"));
}

/** "[me|se|lui] VERB[-il|-elle|-je] [adverbs | avec …] SUBJECT" starting at token k. */
function parseIncise(ctx: Doc, k: number): Incise | undefined {
  const { toks } = ctx;
  let v = k;
  while (v < k + 2 && toks[v] && INCISE_CLITICS.has(toks[v].lw)) v++;
  if (!toks[v] || !isInciseVerb(ctx, v)) return undefined;
  const inv = INVERTED.exec(toks[v].lw);
  if (inv) {
    const g = inv[2] === "il" ? "m" : inv[2] === "elle" ? "f" : "je";
    return { subject: { kind: "pronoun", gender: g, tok: v }, verb: v, end: v + 1 };
  }
  let j = v + 1;
  while (j < v + MAX_INCISE && toks[j]?.word) {
    const lw = toks[j].lw;
    if (INCISE_FILLERS.has(lw) || lw.length > 6 && lw.endsWith("ment") && !toks[j].cap) { j++; continue; }
    if (MANNER_OPENERS.has(lw) && toks[j + 1]?.word && !toks[j + 1].cap && ctx.mentionAt[j + 1] < 0 && !DESCRIPTION_DETERMINERS.has(toks[j + 1].lw)) { j += 2; continue; }
    break;
  }
  const subject = subjectAt(ctx, j);
  if (!subject) return undefined;
  return { subject: subject.subject, verb: v, end: subject.end };
}

export function subjectAt(ctx: Doc, j: number): { subject: Subject; end: number } | undefined {
  const { toks, lex } = ctx;
  const t = toks[j];
  if (!t?.word) return undefined;
  let m = j;
  if (lex.honorifics.has(t.lw) && ctx.mentionAt[j] < 0) m = toks[j + 1]?.t === "." ? j + 2 : j + 1;
  const mi = ctx.mentionAt[m] ?? -1;
  if (mi >= 0 && ctx.ents.mentions[mi].entity.kind === "person") return { subject: { kind: "mention", mention: mi }, end: ctx.ents.mentions[mi].b };
  const demo = DEMONSTRATIVES[t.lw];
  if (demo) return { subject: { kind: "demonstrative", gender: demo, tok: j }, end: j + 1 };
  if (!DESCRIPTION_DETERMINERS.has(t.lw)) return undefined;
  // "la servante", "la mère aveugle", "l'inexorable prêtre", "la bonne Pauline" (a name inside: the character).
  let b = j + 1;
  while (b < j + 5 && toks[b]?.word && !DESCRIPTION_STOPS.has(toks[b].lw) && !isInciseVerb(ctx, b)) {
    const bi = ctx.mentionAt[b];
    if (bi >= 0) return ctx.ents.mentions[bi].entity.kind === "person" ? { subject: { kind: "mention", mention: bi }, end: ctx.ents.mentions[bi].b } : undefined;
    // A participle after the noun tells the speaker's state, not who it is: "la servante ébahie".
    // A nickname the text writes as a name: "la Goualeuse", "le Chourineur" (one capitalised word right after the article).
    if (toks[b].cap && b === j + 1 && !toks[b].nl && !toks[b + 1]?.cap) return { subject: { kind: "description", a: j, b: b + 1 }, end: b + 1 };
    if (toks[b].cap || toks[b].nl || b > j + 1 && PARTICIPLE.test(toks[b].lw)) break;
    b++;
  }
  return b > j + 1 ? { subject: { kind: "description", a: j, b }, end: b } : undefined;
}

/** "dit-elle à Pauline", "demanda Laurence bas à Pauline": the person spoken to, who is likely to answer. */
export function addresseeAfter(ctx: Doc, k: number): Entity | undefined {
  const { toks } = ctx;
  for (let j = k; j < k + 3 && toks[j]?.word; j++) {
    if (toks[j].lw !== "à") continue;
    const mi = ctx.mentionAt[j + 1];
    return mi >= 0 && ctx.ents.mentions[mi].entity.kind === "person" ? ctx.ents.mentions[mi].entity : undefined;
  }
  return undefined;
}
