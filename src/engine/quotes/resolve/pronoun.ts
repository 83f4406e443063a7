// The person a subject pronoun stands for: a French description that opened the sentence before, else
// the most salient compatible candidate (salience.ts: the speaker of the statement before, or of one
// reported since), else the nearest compatible person, preferring one in subject position and of the
// pronoun's gender.
import type { Entity } from "../../types";
import { firstMentionFrom, type Doc } from "../doc";
import { inSubjectPosition, nameGender, shownGenders } from "./gender";
import { clauseSubjectBefore, salientAntecedent, type Topic } from "./salience";

/** How far back a pronoun looks for its antecedent, in mentions and in tokens. */
const PRONOUN_MENTIONS = 40;
const PRONOUN_WINDOW = 120;
/** How far back (tokens) the nearest compatible person may stand at all. */
const PRONOUN_REACH = 240;

/**
 * The person a pronoun before token `before` stands for: among the last few compatible people,
 * the one in subject position ("Karen Wang says she …"), of the same known gender, and not a
 * possessive ("Parker's plea") wins over the merely nearest one.
 */
export function resolvePronoun(ctx: Doc, before: number, gender: "m" | "f" | "pl" | "x", names = true, topic?: Topic): Entity | undefined {
  if (gender === "pl" || gender === "x") return (topic ? salientAntecedent(ctx, before, gender, topic) : undefined) ?? orgSubject(ctx, before, gender);
  // "Le ministre a jugé … . Interrogé par BFMTV, il a assuré …": the description, not a name further back.
  const described = ctx.rules.pronounTakeUp(ctx, before, gender);
  if (described) return described.entity;
  // "« A », a déclaré X, lors d'une rencontre avec Y. « B », s'est-il félicité": X, who spoke, not Y.
  const salient = names && topic ? salientAntecedent(ctx, before, gender, topic) : undefined;
  if (salient) return salient;
  // "X a rencontré Y. Il a déclaré …": the subject of the sentence before, not its object.
  const subject = names ? clauseSubjectBefore(ctx, before, gender) : undefined;
  if (subject) return subject;
  const ms = ctx.ents.mentions;
  const { toks } = ctx;
  const lo = firstMentionFrom(ctx, before);
  let best: Entity | undefined;
  let bestScore = -Infinity;
  const seen = new Set<string>();
  const shown = shownGenders(ctx);
  for (let i = lo - 1, n = 0; i >= 0 && n < PRONOUN_MENTIONS; i--, n++) {
    const m = ms[i];
    if (m.entity.kind !== "person") continue;
    const g = m.entity.gender || shown.get(m.entity);
    if (g && g !== gender) continue;
    // A given name listed one way ("she" is not "David Lametti"); epicene names exist, so when
    // nobody fits, the names are ignored (below).
    const ng: "m" | "f" | undefined = g || !names ? undefined : nameGender(ctx, m.entity);
    if (ng && ng !== gender) continue;
    if (best && before - m.a > PRONOUN_WINDOW || before - m.a > PRONOUN_REACH) break;
    const rank = seen.size;
    if (!seen.has(m.entity.id)) seen.add(m.entity.id);
    else if (m.entity === best) continue;
    let score = -rank;
    if (g === gender || ng === gender) score += 1.5;
    if (inSubjectPosition(ctx, i)) score += 2;
    if (/['’]s$/.test(toks[m.b - 1].lw) || toks[m.b]?.t === "'" || toks[m.b]?.t === "’") score -= 2;
    if (score > bestScore) { best = m.entity; bestScore = score; }
    if (seen.size >= 4) break;
  }
  if (best || !names) return best;
  // Epicene names listed one way ("Robin"): when nobody fits, the names are ignored, for a person named in this
  // sentence or the one before only ("She says he is unqualified" is not Hillary Clinton three sentences back).
  const any = resolvePronoun(ctx, before, gender, false);
  return any && namedNear(ctx, any, before) ? any : undefined;
}

/** How many sentences back (the pronoun's own, and the one before) a person whose given name says otherwise may be named. */
const EPICENE_SENTENCES = 2;

/** Entity e has a mention in the pronoun's sentence or the one before, before token `before`. */
function namedNear(ctx: Doc, e: Entity, before: number): boolean {
  const { toks } = ctx;
  let from = before;
  for (let n = 0; from > 0 && n < EPICENE_SENTENCES; from--) if (toks[from].sent || toks[from].nl) n++;
  return e.mentions.some((m) => m.start >= toks[from].s && m.start < (toks[before]?.s ?? Infinity));
}


/** How far back (tokens) "it" or "they" looks for an organisation that was a clause's subject, and over how many sentence starts. */
const ORG_WINDOW = 80;
const ORG_SENTENCES = 2;

/**
 * "Acme Corp. reported a loss on Monday. It said …": with no statement before to take up, "it" stands for the
 * organisation that is the subject of the clause before; "they" only for one whose name is a plural ("the
 * Raptors"). A person in subject position in between ends the search (issue 11, English 2).
 */
function orgSubject(ctx: Doc, before: number, gender: "pl" | "x"): Entity | undefined {
  const ms = ctx.ents.mentions;
  const { toks } = ctx;
  let sentences = 0;
  let k = before;
  for (let i = firstMentionFrom(ctx, before) - 1; i >= 0 && before - ms[i].a <= ORG_WINDOW; i--) {
    for (; k > ms[i].a; k--) if (toks[k].sent) sentences++;
    if (sentences > ORG_SENTENCES) return undefined;
    const e = ms[i].entity;
    if (!inSubjectPosition(ctx, i)) continue;
    if (e.kind === "person") return undefined;
    if (e.kind !== "org" || /['’]s$/.test(toks[ms[i].b - 1].lw) || toks[ms[i].b]?.t === "'" || toks[ms[i].b]?.t === "’") continue;
    return gender === "x" || /\p{Ll}[^s]s$/u.test(e.name) ? e : undefined;
  }
  return undefined;
}
