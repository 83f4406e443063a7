// Speakers of fiction dialogue, after the news-style attribution (attribute.ts) has run: an incise
// read the way novels write it ("ajouta tristement la voyageuse", "me dit Sérapion", "répondit
// celle-ci"), pronouns bound to the characters of the scene rather than to any name nearby, the
// subject of the narration that opens a quote with a colon, and turn-taking in an exchange of lines
// with no incise (A, B, A, B). Only texts that read as fiction are touched (see isFiction).
import { tokenAt } from "../text/tokenize";
import type { Entity, Speaker, Span } from "../types";
import type { Attribution } from "./attribute";
import { firstMentionFrom, isVerbForm, speakerOf, type Context } from "./context";
import { characterGenders, givenName } from "./fiction-genders";
import {
  DEMONSTRATIVES, DESCRIPTION_DETERMINERS, DESCRIPTION_STOPS, FICTION_VERBS, INCISE_CLITICS, INCISE_FILLERS, INVERTED,
  MANNER_OPENERS, PRESENT_LOOKALIKES,
} from "./fiction-lexicon";

export interface Turn extends Span {
  fragments?: Span[];
  attr?: Attribution;
}

/** What an incise names: a character, a pronoun, a description as written, or a demonstrative. */
type Subject =
  | { kind: "mention"; mention: number }
  | { kind: "pronoun"; gender: "m" | "f" | "je"; tok: number }
  | { kind: "description"; a: number; b: number }
  | { kind: "demonstrative"; gender: "m" | "f"; tok: number };

interface Incise { subject: Subject; verb: number; end: number }

interface Past { speaker: Speaker | null; end: number; addressee?: Entity; q: Turn; chained: boolean }

/** What the resolution of one quote knows: the characters' genders, where quotes lie, the last turns. */
interface Scene {
  ctx: Context;
  genders: Map<Entity, "m" | "f">;
  inQuote: Uint8Array;
  history: Past[];
}

/** Fiction shows itself by incises in the simple past or the imperfect ("répondit", "reprenait"). */
const MIN_FICTION_INCISES = 3;
/** How many tokens an incise may span from its verb to the end of its subject. */
const MAX_INCISE = 9;
/** How far back (in tokens) the characters of the scene are looked for. */
const SCENE = 400;
const SCENE_MENTIONS = 40;
/** Quotes further apart than this (in characters of narration) are not one exchange. */
const EXCHANGE_GAP = 3;
/** The rest of a line after a quote may hold its incise ("demanda Laurence à Pauline."), not a narration. */
const MAX_INCISE_CHARS = 100;
const DASH = /^[–—-]$/;
const PARTICIPLE = /(?:é|ée|és|ées|ie|ies)$/;

/** Re-attributes the quotes of a fiction text; leaves news untouched. */
export function attributeTurns(ctx: Context, qs: Turn[]): void {
  if (ctx.lex.lang !== "fr" || !isFiction(ctx, qs)) return;
  const inQuote = quoteMask(ctx, qs);
  const scene: Scene = { ctx, genders: characterGenders(ctx, inQuote), inQuote, history: [] };
  const { history } = scene;
  for (const q of qs) {
    const prev = history[history.length - 1];
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

function isFiction(ctx: Context, qs: Turn[]): boolean {
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
function quoteMask(ctx: Context, qs: Turn[]): Uint8Array {
  const m = new Uint8Array(ctx.toks.length);
  for (const q of qs) for (const f of q.fragments ?? [q]) for (let k = tokenAt(ctx.toks, f.start); k < ctx.toks.length && ctx.toks[k].s < f.end; k++) m[k] = 1;
  return m;
}

/** Two quotes are one exchange when they open successive paragraphs: only the first one's incise lies between. */
function isExchange(ctx: Context, a: Turn, b: Turn): boolean {
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

/** The incise of a quote: after its first fragment, or inside it after a comma, ! or ? (« Trop tard ! fit-il, … »). */
function inciseOf(ctx: Context, q: Turn): Incise | undefined {
  const { toks } = ctx;
  const first = q.fragments && q.fragments.length > 1 ? q.fragments[0] : q;
  let k = tokenAt(toks, first.end);
  if (k < toks.length && toks[k].nl === 0) {
    if (/^[»”"]$/.test(toks[k].t)) k++;
    if (toks[k]?.t === "," || toks[k]?.t === ";") k++;
    const after = parseIncise(ctx, k);
    if (after) return after;
  }
  let tries = 0;
  for (let i = tokenAt(toks, q.start) + 1; i < toks.length && toks[i].s < q.end && tries < 12; i++) {
    if (!/^[,!?…;]$/.test(toks[i].t)) continue;
    tries++;
    const inc = parseIncise(ctx, i + 1);
    if (inc && toks[inc.end - 1].e < q.end) return inc;
  }
  return undefined;
}

/** Whether token k is an incise verb: a reporting verb, a verb of thought, or one with an inverted pronoun. */
function isInciseVerb(ctx: Context, k: number): boolean {
  const t = ctx.toks[k];
  if (!t?.word || t.cap) return false;
  if (isVerbForm(ctx.lex, t.lw) || FICTION_VERBS.has(t.lw)) return true;
  const inv = INVERTED.exec(t.lw);
  if (!inv) return false;
  const known = (w: string) => ctx.lex.verbForms.has(w) || FICTION_VERBS.has(w);
  // "m'écriai-je", "répondis-je", "repris-je": the first person of the simple past, from the third.
  return known(inv[1]) || inv[2] === "je" && known(inv[1].replace(/ai$/, "a").replace(/is$/, "it").replace(/us$/, "ut"));
}

/** "[me|se|lui] VERB[-il|-elle|-je] [adverbs | avec …] SUBJECT" starting at token k. */
function parseIncise(ctx: Context, k: number): Incise | undefined {
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

function subjectAt(ctx: Context, j: number): { subject: Subject; end: number } | undefined {
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
function addresseeAfter(ctx: Context, k: number): Entity | undefined {
  const { toks } = ctx;
  for (let j = k; j < k + 3 && toks[j]?.word; j++) {
    if (toks[j].lw !== "à") continue;
    const mi = ctx.mentionAt[j + 1];
    return mi >= 0 && ctx.ents.mentions[mi].entity.kind === "person" ? ctx.ents.mentions[mi].entity : undefined;
  }
  return undefined;
}

const PREPOSITIONS = new Set(["à", "de", "d'", "par", "pour", "avec", "chez", "sur", "vers", "sans", "contre", "entre", "comme"]);

/**
 * A quote opened by a colon that ends a narrative sentence ("Sérapion, à cette vue, entra en fureur :",
 * "puis elle se mit à murmurer :"): the subject of that sentence, the nearest subject pronoun or
 * character before the colon that no preposition governs; one after "à" is spoken to.
 */
function colonSubject(ctx: Context, q: Turn): { subject: Subject; addressee?: Entity } | undefined {
  const { toks } = ctx;
  const open = tokenAt(toks, q.start);
  const c = open - 1;
  if (c < 1 || toks[c].t !== ":") return undefined;
  let addressee: Entity | undefined;
  for (let k = c - 1; k >= 0 && c - k < 40; k--) {
    const t = toks[k];
    if (/^[.!?…»”]$/.test(t.t) || t.nl && k < c - 1 && toks[k + 1].nl) break;
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

/** The speaker an incise or a colon subject stands for; the addressee, when known, is not the speaker. */
function resolve(scene: Scene, s: Subject, q: Turn, addressee?: Entity): Speaker | null {
  const { ctx } = scene;
  const { toks } = ctx;
  if (s.kind === "mention") {
    const m = ctx.ents.mentions[s.mention];
    return speakerOf(m.entity, ctx, m.a, m.b);
  }
  if (s.kind === "description") {
    const a = toks[s.a].s;
    const b = toks[s.b - 1].e;
    return { name: null, mention: { start: a, end: b }, mentionText: ctx.text.slice(a, b) };
  }
  const tk = toks[s.tok];
  if (s.gender === "je") return { name: null, mention: { start: tk.e - 2, end: tk.e }, mentionText: "je", pronoun: true };
  const ent = s.kind === "demonstrative" ? lastNamed(scene, s.gender, s.tok) : character(scene, s.gender, q, addressee);
  const ps = s.kind === "pronoun" ? tk.e - (s.gender === "m" ? 2 : 4) : tk.s;
  const sp: Speaker = ent ? speakerOf(ent, ctx, s.tok, s.tok + 1, true) : { name: null, pronoun: true };
  sp.mention = { start: ps, end: tk.e };
  sp.mentionText = ctx.text.slice(ps, tk.e);
  return sp;
}

/** Where the phrase of the name at token a opens: before its honorific ("à Mme Séraphin", "le père Châtelain"). */
function opening(ctx: Context, a: number): number {
  const { toks, lex } = ctx;
  if (toks[a - 1]?.t === "." && lex.honorifics.has(toks[a - 2]?.lw ?? "")) return a - 2;
  return lex.honorifics.has(toks[a - 1]?.lw ?? "") ? a - 1 : a;
}

const compatible = (e: Entity, g: "m" | "f", genders: Map<Entity, "m" | "f">) => (genders.get(e) ?? g) === g;

/** "répondit celle-ci": the person of that gender named last in the narration. */
function lastNamed(scene: Scene, g: "m" | "f", before: number): Entity | undefined {
  const { ctx, genders, inQuote } = scene;
  const ms = ctx.ents.mentions;
  for (let i = firstMentionFrom(ctx, before) - 1, n = 0; i >= 0 && n < SCENE_MENTIONS && before - ms[i].a < SCENE; i--, n++) {
    const m = ms[i];
    if (m.entity.kind === "person" && !inQuote[m.a] && genders.has(m.entity) && compatible(m.entity, g, genders)) return m.entity;
  }
  return undefined;
}

/**
 * The character a pronoun incise stands for: among the people of the scene (named in the narration
 * shortly before, or who spoke in the last turns) of that gender, the most recent, preferring the
 * subjects of the narration over names a preposition governs ("la beauté de Laurence") and those the
 * story names often, and never the person spoken to ("c'est toi, Romuald", "dit-elle à Pauline").
 */
function character(scene: Scene, g: "m" | "f", q: Turn, addressee?: Entity): Entity | undefined {
  const { ctx, genders, inQuote, history } = scene;
  const { toks } = ctx;
  const ms = ctx.ents.mentions;
  const at = tokenAt(toks, q.start);
  const score = new Map<Entity, number>();
  const addressed = new Set<Entity>();
  if (addressee) addressed.add(addressee);
  // Names the speech calls out ("c'est toi, Romuald,", "Denise, revenez"): set off by punctuation, inside the speech.
  // (Only before the incise: what a dash line says after it may be narration.)
  const speech = q.fragments?.[0] ?? q;
  for (let i = firstMentionFrom(ctx, at); i < ms.length && ms[i].s < speech.end; i++) {
    const m = ms[i];
    if (inQuote[m.a] && (!toks[opening(ctx, m.a) - 1]?.word || /^[,!?…]$/.test(toks[m.b]?.t ?? ""))) addressed.add(m.entity);
  }
  let rank = 0;
  // Each character's best role in the scene: named once as a subject, it stays a subject ("X s'éveilla. …
  // les cheveux de X … elle s'écriait").
  const roles = new Map<Entity, number>();
  for (let i = firstMentionFrom(ctx, at) - 1, n = 0; i >= 0 && n < SCENE_MENTIONS && at - ms[i].a < SCENE; i--, n++) {
    const m = ms[i];
    const e = m.entity;
    if (e.kind !== "person" || inQuote[m.a] || !compatible(e, g, genders) || !plausible(ctx, e, inQuote)) continue;
    const a = opening(ctx, m.a);
    const before = toks[a - 1];
    const role = !before ? 1 : PREPOSITIONS.has(before.lw) ? -1.5 : toks[a].sent || before.t === "," || SUBJECT_OPENERS.has(before.lw) ? 1 : 0;
    if (!roles.has(e) || role > roles.get(e)!) roles.set(e, role);
    if (score.has(e)) continue;
    score.set(e, -rank++ + (genders.has(e) ? 1 : -1) + (e.mentions.length >= 3 ? 1 : -2));
  }
  for (const [e, r] of roles) score.set(e, score.get(e)! + r);
  const spoke = new Set<Entity>();
  for (let h = history.length - 1, n = 0; h >= 0 && n < 4; h--, n++) {
    const id = history[h].speaker?.entity;
    const e = id ? peopleById(ctx).get(id) : undefined;
    if (!e || spoke.has(e) || !compatible(e, g, genders) || !plausible(ctx, e, inQuote)) continue;
    spoke.add(e);
    score.set(e, (score.get(e) ?? -rank - 1) + 1.5);
  }
  let best: Entity | undefined;
  let bestScore = -Infinity;
  for (const [e, v] of score) if (!addressed.has(e) && v > bestScore) { best = e; bestScore = v; }
  return best;
}

/** A cue before the quote whose subject is a pronoun (resolved below) or a name no preposition governs. */
function trustedBefore(ctx: Context, a: Attribution | undefined): boolean {
  if (a?.how !== "before" || !a.cue || !a.speaker?.mention) return false;
  if (a.speaker.pronoun) return true;
  const k = tokenAt(ctx.toks, a.speaker.mention.start);
  return !PREPOSITIONS.has(ctx.toks[k - 1]?.lw ?? "");
}

const CLAUSE_OPENERS = new Set(["que", "qu'", "et", "puis", "mais", "lorsque", "lorsqu'", "quand", "alors", "enfin"]);

/**
 * A quote with no cue that follows, in the same paragraph, a sentence opened by a character's name
 * ("Clarimonde me regardait d'un air content. « Voilà qui est fait ; en route ! »"): that character.
 */
function previousSubject(ctx: Context, q: Turn): { subject: Subject } | undefined {
  const { toks } = ctx;
  const open = tokenAt(toks, q.start);
  if (open < 2 || toks[open].nl || !/^[.!?…]$/.test(toks[open - 1].t)) return undefined;
  let k = open - 1;
  while (k > 0 && !toks[k].sent && open - k < 60) k--;
  if (!toks[k].sent) return undefined;
  const mi = ctx.mentionAt[k];
  if (mi < 0 || ctx.ents.mentions[mi].entity.kind !== "person" || ctx.ents.mentions[mi].a !== k) return undefined;
  // Nobody else named in that sentence.
  for (let j = ctx.ents.mentions[mi].b; j < open; j++) if (ctx.mentionAt[j] >= 0 && ctx.ents.mentions[ctx.mentionAt[j]].entity !== ctx.ents.mentions[mi].entity) return undefined;
  return { subject: { kind: "mention", mention: mi } };
}

const plausibility = new WeakMap<Entity, boolean>();

/**
 * A one-word "name" that is no known given name and that the narration never writes inside a sentence
 * ("Coupable", "Quelle" opening a line) is a capitalised word, not a character: names turn up mid-sentence ("dit Cara").
 */
export function plausible(ctx: Context, e: Entity, inQuote: Uint8Array): boolean {
  let ok = plausibility.get(e);
  if (ok === undefined) {
    ok = /\s/.test(e.name.trim()) || !!givenName(e.name.trim()) || e.mentions.some((m) => {
      const k = tokenAt(ctx.toks, m.start);
      return !ctx.toks[k].sent && !ctx.toks[k].nl && !inQuote[k];
    });
    plausibility.set(e, ok);
  }
  return ok;
}

const byId = new WeakMap<Context, Map<string, Entity>>();
function peopleById(ctx: Context): Map<string, Entity> {
  let m = byId.get(ctx);
  if (!m) { m = new Map(ctx.ents.people.map((p) => [p.id, p])); byId.set(ctx, m); }
  return m;
}

const SUBJECT_OPENERS = new Set(["et", "puis", "mais", "que", "qu'", "quand", "lorsque", "lorsqu'", "où"]);
