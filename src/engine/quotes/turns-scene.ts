// Who a pronoun, a demonstrative or a description of an incise stands for in a fiction scene: the
// characters named shortly before in the narration or who spoke in the last turns, of the right gender,
// subjects rather than names a preposition governs, never the person spoken to.
import { givenNameGender } from "../lexicon/gazetteer";
import { tokenAt } from "../text/tokenize";
import type { Entity, Speaker } from "../types";
import { type Doc, firstMentionFrom, speakerOf } from "./doc";
import type { Subject, Turn } from "./turns-incise";
import { PREPOSITIONS, SUBJECT_OPENERS } from "../lexicon/fr/quotes";
import { isOneOf } from "../text/chars";

export interface Past { speaker: Speaker | null; end: number; addressee?: Entity; q: Turn; chained: boolean }

/** What the resolution of one quote knows: the characters' genders, where quotes lie, the last turns. */
export interface Scene {
  ctx: Doc;
  genders: Map<Entity, "m" | "f">;
  inQuote: Uint8Array;
  history: Past[];
  /** The first-person narrator's name, when the story gives it (turns-narrator.ts). */
  narrator?: Entity;
}

/** How far back (in tokens) the characters of the scene are looked for. */
const SCENE = 400;
const SCENE_MENTIONS = 40;

/** The speaker an incise or a colon subject stands for; the addressee, when known, is not the speaker. */
export function resolve(scene: Scene, s: Subject, q: Turn, addressee?: Entity): Speaker | null {
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
  if (s.gender === "je") {
    const mention = { start: tk.e - 2, end: tk.e };
    return scene.narrator ? { entity: scene.narrator.id, name: scene.narrator.name, mention, mentionText: "je", pronoun: true }
      : { name: null, mention, mentionText: "je", pronoun: true };
  }
  const ent = s.kind === "demonstrative" ? lastNamed(scene, s.gender, s.tok) : character(scene, s.gender, q, addressee);
  const ps = s.kind === "pronoun" ? tk.e - (s.gender === "m" ? 2 : 4) : tk.s;
  const sp: Speaker = ent ? speakerOf(ent, ctx, s.tok, s.tok + 1, true) : { name: null, pronoun: true };
  sp.mention = { start: ps, end: tk.e };
  sp.mentionText = ctx.text.slice(ps, tk.e);
  return sp;
}

/** Where the phrase of the name at token a opens: before its honorific ("à Mme Séraphin", "le père Châtelain"). */
export function opening(ctx: Doc, a: number): number {
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
    if (inQuote[m.a] && (!toks[opening(ctx, m.a) - 1]?.word || isOneOf(",!?…", toks[m.b]?.t ?? ""))) addressed.add(m.entity);
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
  // The character who opens the sentence right before the quote ("Muller comprit. — En ce cas, dit-il").
  const opener = sentenceOpener(ctx, at);
  if (opener && score.has(opener)) score.set(opener, score.get(opener)! + 1);
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

/** How far back the sentence before a quote may open. */
const LAST_SENTENCE = 40;

/** The person whose name opens the narration sentence that ends right before token `at`, if any. */
function sentenceOpener(ctx: Doc, at: number): Entity | undefined {
  const { toks } = ctx;
  if (at < 2 || !isOneOf(".!?…", toks[at - 1].t)) return undefined;
  let k = at - 2;
  while (k > 0 && !toks[k].sent && at - k < LAST_SENTENCE) k--;
  // (A dash line's words after its incise count as speech, but may be narration: "qui grimaça. Muller comprit.")
  if (!toks[k].sent || toks[k - 1] && isOneOf("–—-", toks[k - 1].t)) return undefined;
  const mi = ctx.mentionAt[k] >= 0 ? ctx.mentionAt[k] : ctx.mentionAt[k + 1] ?? -1;
  const m = mi >= 0 ? ctx.ents.mentions[mi] : undefined;
  return m && m.entity.kind === "person" && opening(ctx, m.a) === k ? m.entity : undefined;
}

/**
 * A one-word "name" that is no known given name and that the narration never writes inside a sentence
 * ("Coupable", "Quelle" opening a line) is a capitalised word, not a character: names turn up mid-sentence ("dit Cara").
 */
export function plausible(ctx: Doc, e: Entity, inQuote: Uint8Array): boolean {
  const memo = ctx.plausibleNames ??= new Map();
  let ok = memo.get(e);
  if (ok === undefined) {
    ok = /\s/.test(e.name.trim()) || !!givenNameGender(e.name.trim()) || e.mentions.some((m) => {
      const k = tokenAt(ctx.toks, m.start);
      return !ctx.toks[k].sent && !ctx.toks[k].nl && !inQuote[k];
    });
    memo.set(e, ok);
  }
  return ok;
}

function peopleById(ctx: Doc): Map<string, Entity> {
  let m = ctx.peopleById;
  if (!m) { m = new Map(ctx.ents.people.map((p) => [p.id, p])); ctx.peopleById = m; }
  return m;
}
