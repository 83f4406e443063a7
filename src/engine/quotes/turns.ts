// Speakers of fiction dialogue, after the news-style attribution (attribute.ts) has run: an incise
// read the way novels write it ("ajouta tristement la voyageuse", "me dit Sérapion", "répondit
// celle-ci"), pronouns bound to the characters of the scene rather than to any name nearby, the
// subject of the narration that opens a quote with a colon, and turn-taking in an exchange of lines
// with no incise (A, B, A, B). Only texts that read as fiction are touched (see isFiction).
import { tokenAt } from "../text/tokenize";
import type { Entity, Speaker } from "../types";
import type { Attribution } from "./attribute";
import type { Doc } from "./doc";
import { characterGenders } from "./fiction-genders";
import { DEMONSTRATIVES, DESCRIPTION_DETERMINERS, FICTION_VERBS, INVERTED, PRESENT_LOOKALIKES } from "../lexicon/fr/fiction";
import { addresseeAfter, inciseOf, subjectAt, type Subject, type Turn } from "./turns-incise";
import { narratorOf } from "./turns-narrator";
import { opening, resolve, type Past, type Scene } from "./turns-scene";
import { CLAUSE_OPENERS, PREPOSITIONS } from "../lexicon/fr/quotes";
import { isOneOf } from "../text/chars";

/** Fiction shows itself by incises in the simple past or the imperfect ("répondit", "reprenait"). */
const MIN_FICTION_INCISES = 3;
/** Quotes further apart than this (in characters of narration) are not one exchange. */
const EXCHANGE_GAP = 3;
/** The rest of a line after a quote may hold its incise ("demanda Laurence à Pauline."), not a narration. */
const MAX_INCISE_CHARS = 100;
const DASH = /^[–—-]$/;

/** Re-attributes the quotes of a French fiction text; leaves news untouched (doc.rules.attributeTurns). */
export function attributeTurns(ctx: Doc, qs: Turn[]): void {
  if (!isFiction(ctx, qs)) return;
  const inQuote = quoteMask(ctx, qs);
  const scene: Scene = { ctx, genders: characterGenders(ctx, inQuote), inQuote, history: [], narrator: narratorOf(ctx, qs, inQuote) };
  const { history } = scene;
  for (const q of qs) {
    const prev = history.at(-1);
    const chained = !!prev && isExchange(ctx, prev.q, q);
    const found = inciseOf(ctx, q);
    let addressee: Entity | undefined;
    let colon: ReturnType<typeof colonSubject>;
    if (found) {
      addressee = addresseeAfter(ctx, found.end);
      const speaker = resolve(scene, found.subject, q, addressee);
      q.attr = { speaker, cue: { start: ctx.toks[found.verb].s, end: ctx.toks[found.verb].e }, how: q.attr?.how === "inside" ? "inside" : "after" };
    } else if (!trustedBefore(ctx, q.attr) && (colon = colonSubject(ctx, q))) {
      addressee = colon.addressee;
      const speaker = resolve(scene, colon.subject, q, addressee);
      if (speaker) q.attr = { speaker, cue: q.attr?.cue, how: "before" };
    } else if (q.attr?.speaker?.pronoun && q.attr.speaker.mention && q.attr.how !== "floating") {
      const k = tokenAt(ctx.toks, q.attr.speaker.mention.start);
      const g = ctx.lex.pronouns.get(ctx.toks[k].lw);
      if (q.attr.cue) addressee = addresseeAfter(ctx, tokenAt(ctx.toks, q.attr.cue.end));
      if (g === "m" || g === "f") q.attr = { ...q.attr, speaker: resolve(scene, { kind: "pronoun", gender: g, tok: k }, q, addressee) };
    } else if (!q.attr?.speaker || q.attr.how === "floating" || q.attr.how === "none") {
      const prevSubject = chained ? undefined : previousSubject(ctx, q);
      if (prevSubject) {
        const speaker = resolve(scene, prevSubject.subject, q);
        if (speaker) q.attr = { speaker, how: "before" };
      } else if (chained) {
        // In an exchange, a line with no incise is not the previous line's speaker going on.
        const turn = alternate(history);
        if (turn) q.attr = { speaker: turn, how: "floating" };
        // ("floating" with nobody: the later pass that lets a loose quote go on after a report leaves it alone.)
        else if (DASH.test(ctx.text[q.start])) q.attr = { speaker: null, how: "floating" };
      }
    }
    history.push({ speaker: q.attr?.speaker ?? null, end: q.end, addressee, q, chained });
  }
}

function isFiction(ctx: Doc, qs: Turn[]): boolean {
  let n = 0;
  for (const q of qs) {
    const c = q.attr?.cue;
    if (!c) continue;
    const t = ctx.toks[tokenAt(ctx.toks, c.start)];
    const base = t.lw.replace(INVERTED, "$1").replace(/^s'/, "");
    if (FICTION_VERBS.has(base) || /(?:it|a|ait|ut)$/.test(base) && !PRESENT_LOOKALIKES.has(base)) n++;
    if (n >= MIN_FICTION_INCISES) return true;
  }
  return false;
}

/** Token index → 1 inside a quote (names there are addressed or talked about, not the narration's subjects). */
function quoteMask(ctx: Doc, qs: Turn[]): Uint8Array {
  const m = new Uint8Array(ctx.toks.length);
  for (const q of qs) for (const f of q.fragments ?? [q]) for (let k = tokenAt(ctx.toks, f.start); k < ctx.toks.length && ctx.toks[k].s < f.end; k++) m[k] = 1;
  return m;
}

/** Two quotes are one exchange when they open successive paragraphs: only the first one's incise lies between. */
function isExchange(ctx: Doc, a: Turn, b: Turn): boolean {
  const eol = ctx.text.indexOf("\n", a.end);
  if (eol < 0 || eol > b.start) return false;
  if (eol - a.end > MAX_INCISE_CHARS) return false;
  return ctx.text.slice(eol, b.start).trim().length <= EXCHANGE_GAP;
}

/** A turn with no incise in an exchange: the one who spoke two turns ago, once two people alternate. */
function alternate(history: Past[]): Speaker | null {
  const last = history[history.length - 1];
  if (last?.addressee) return { entity: last.addressee.id, name: last.addressee.name };
  const before = last?.chained ? history[history.length - 2] : undefined;
  const a = last?.speaker;
  const b = before?.speaker;
  if (!a || !b || sameSpeaker(a, b)) return null;
  return { ...b, mention: undefined, mentionText: undefined };
}

function sameSpeaker(a: Speaker, b: Speaker): boolean {
  return a.entity ? a.entity === b.entity : !!a.name && a.name === b.name || (!a.name && !b.name && a.mentionText === b.mentionText);
}

/**
 * A quote opened by a colon that ends a narrative sentence ("Sérapion, à cette vue, entra en fureur :",
 * "puis elle se mit à murmurer :"): the subject of that sentence, the nearest subject pronoun or
 * character before the colon that no preposition governs; one after "à" is spoken to.
 */
function colonSubject(ctx: Doc, q: Turn): { subject: Subject; addressee?: Entity } | undefined {
  const { toks } = ctx;
  const open = tokenAt(toks, q.start);
  const c = open - 1;
  if (c < 1 || toks[c].t !== ":") return undefined;
  let addressee: Entity | undefined;
  for (let k = c - 1; k >= 0 && c - k < 40; k--) {
    const t = toks[k];
    if (isOneOf(".!?…»”", t.t) || t.nl && k < c - 1 && toks[k + 1].nl) break;
    const mi = ctx.mentionAt[k];
    if (mi >= 0 && ctx.ents.mentions[mi].entity.kind === "person" && ctx.ents.mentions[mi].b === k + 1) {
      const m = ctx.ents.mentions[mi];
      const a = opening(ctx, m.a);
      const before = toks[a - 1]?.lw ?? "";
      if (before === "à" && !addressee) addressee = m.entity;
      // A name that opens the sentence or a clause is its subject; one after a verb is its object.
      if (toks[a].sent || toks[a - 1]?.t === "," || CLAUSE_OPENERS.has(before)) return { subject: { kind: "mention", mention: mi }, addressee };
      continue;
    }
    // "et celui-ci lui dit :" stands for someone the narration may not name: leave it.
    if (DEMONSTRATIVES[t.lw]) return undefined;
    if ((t.lw === "il" || t.lw === "elle") && !PREPOSITIONS.has(toks[k - 1]?.lw ?? "")) return { subject: { kind: "pronoun", gender: t.lw === "il" ? "m" : "f", tok: k }, addressee };
    // "que l'aveugle, repoussant …, dit :": a description that opens a clause and is set off by a comma.
    if (DESCRIPTION_DETERMINERS.has(t.lw) && (toks[k].sent || CLAUSE_OPENERS.has(toks[k - 1]?.lw ?? "") || toks[k - 1]?.t === ",")) {
      const d = subjectAt(ctx, k);
      if (d?.subject.kind === "description" && toks[d.end]?.t === ",") return { subject: d.subject, addressee };
    }
    if (t.lw === "je" || t.lw === "j'") return { subject: { kind: "pronoun", gender: "je", tok: k }, addressee };
    if (t.sent) break;
  }
  return undefined;
}

/** A cue before the quote whose subject is a pronoun (resolved below) or a name no preposition governs. */
function trustedBefore(ctx: Doc, a: Attribution | undefined): boolean {
  if (a?.how !== "before" || !a.cue || !a.speaker?.mention) return false;
  if (a.speaker.pronoun) return true;
  const k = tokenAt(ctx.toks, a.speaker.mention.start);
  return !PREPOSITIONS.has(ctx.toks[k - 1]?.lw ?? "");
}

/**
 * A quote with no cue that follows, in the same paragraph, a sentence opened by a character's name
 * ("Clarimonde me regardait d'un air content. « Voilà qui est fait ; en route ! »"): that character.
 */
function previousSubject(ctx: Doc, q: Turn): { subject: Subject } | undefined {
  const { toks } = ctx;
  const open = tokenAt(toks, q.start);
  if (open < 2 || toks[open].nl || !isOneOf(".!?…", toks[open - 1].t)) return undefined;
  let k = open - 1;
  while (k > 0 && !toks[k].sent && open - k < 60) k--;
  if (!toks[k].sent) return undefined;
  const mi = ctx.mentionAt[k];
  if (mi < 0 || ctx.ents.mentions[mi].entity.kind !== "person" || ctx.ents.mentions[mi].a !== k) return undefined;
  // Nobody else named in that sentence.
  for (let j = ctx.ents.mentions[mi].b; j < open; j++) if (ctx.mentionAt[j] >= 0 && ctx.ents.mentions[ctx.mentionAt[j]].entity !== ctx.ents.mentions[mi].entity) return undefined;
  return { subject: { kind: "mention", mention: mi } };
}
