// Who a subject phrase stands for (see subject-phrase.ts for where it lies): the mention's entity, a
// pronoun's antecedent, or the holder of a role description.
import type { Entity, Speaker } from "../../types";
import { describedSpeaker, speakerOf, type Doc } from "../doc";
import { subjectPhraseAt, type SubjectPhrase } from "../subject-phrase";
import { resolvePronoun } from "./pronoun";
import type { Topic } from "./salience";
import { describedEntity } from "./role";
import { SUBJECT_RELATIVE } from "../../lexicon/quote-words";

/**
 * Who the subject phrase p starting at token k stands for; a pronoun looks for its antecedent before token
 * `before`, the statement before (`topic`) first.
 */
export function resolveSubject(ctx: Doc, k: number, p: SubjectPhrase, before = k, topic?: Topic): { speaker: Speaker; end: number } {
  const { toks } = ctx;
  if (p.kind === "mention") {
    const m = ctx.ents.mentions[p.mention];
    return { speaker: speakerOf(m.entity, ctx, m.a, m.b), end: p.end };
  }
  const t = toks[k];
  if (p.kind === "pronoun") {
    const ent = resolvePronoun(ctx, before, p.gender, true, topic);
    const sp: Speaker = ent ? speakerOf(ent, ctx, k, k + 1, true) : { name: null, mention: { start: t.s, end: t.e }, mentionText: t.t, pronoun: true };
    return { speaker: sp, end: p.end };
  }
  const ent = describedEntity(ctx, k, p.role, p.end) ?? appositionOwner(ctx, k, p.kind === "role");
  const s = t.s;
  const e = toks[p.end - 1].e;
  const sp: Speaker = ent ? { entity: ent.id, name: ent.name, mention: { start: s, end: e }, mentionText: ctx.text.slice(s, e) }
    : describedSpeaker(ctx, s, e);
  return { speaker: sp, end: p.end };
}

/**
 * The speaker named by the noun phrase starting at token k (a name, a pronoun, "le ministre ...",
 * "the ministry"), and the token after it. Undefined when there is no subject there.
 */
export function subjectAt(ctx: Doc, k: number, before = k, topic?: Topic): { speaker: Speaker; end: number } | undefined {
  const p = subjectPhraseAt(ctx, k);
  return p && resolveSubject(ctx, k, p, before, topic);
}

/** How many words the relative clause's verb group may hold before its object ("a reçu", "had already met"). */
const RELATIVE_VERB = 3;
/** How far back (tokens) the phrase the relative hangs on may start ("le ministre chinois de la Défense"). */
const HEAD_BACK = 10;

/**
 * "le ministre chinois de la Défense qui a reçu son homologue iranien lui a proposé …": when the phrase
 * found before a verb (starting at token s) is the object of a relative clause, the subject is the phrase
 * the relative hangs on, not that object. Its speaker, or undefined when s opens no relative's object.
 */
export function relativeClauseHead(ctx: Doc, s: number): Speaker | undefined {
  const { toks } = ctx;
  let q = s - 1;
  while (q >= 0 && s - q <= RELATIVE_VERB && toks[q].word && !SUBJECT_RELATIVE.has(toks[q].lw) && !toks[q].sent && !toks[q].cap) q--;
  if (q < 1 || q === s - 1 || !SUBJECT_RELATIVE.has(toks[q].lw)) return undefined;
  // The longest phrase that ends right before the relative pronoun.
  let head: { s: number; p: SubjectPhrase } | undefined;
  for (let h = q - 1; h >= 0 && q - h <= HEAD_BACK; h--) {
    const t = toks[h];
    if (!t.word && t.t !== "'") break;
    const p = subjectPhraseAt(ctx, h);
    if (p && p.kind !== "pronoun" && p.end === q) head = { s: h, p };
    if (t.sent) break;
  }
  return head && resolveSubject(ctx, head.s, head.p).speaker;
}

/**
 * "Barroso, le président de la Commission européenne se dit …": a description right after the name that
 * opens the sentence and its comma is that person's apposition (the closing comma may be missing).
 * A lone word that also names a place ("Barroso" a region too) is that person when a role noun heads the
 * description (`role`), unless written in capitals (a dateline: "BRUXELLES, le président …").
 */
function appositionOwner(ctx: Doc, k: number, role: boolean): Entity | undefined {
  const { toks } = ctx;
  if (toks[k - 1]?.t !== "," || k < 2) return undefined;
  const mi = ctx.mentionAt[k - 2];
  if (mi < 0) return undefined;
  const m = ctx.ents.mentions[mi];
  const lonePlace = role && m.entity.kind === "place" && m.b - m.a === 1 && toks[m.a].t !== toks[m.a].t.toUpperCase();
  if (m.entity.kind !== "person" && !lonePlace || m.b !== k - 1) return undefined;
  const a = m.a;
  return a === 0 || toks[a].sent || toks[a].nl > 0 ? m.entity : undefined;
}
