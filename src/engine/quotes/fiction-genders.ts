// The gender of each character of a fiction text, from the evidence the narration gives: the word
// before the name ("ma pauvre Pauline", "cher Romuald", "la courtisane Clarimonde", "Mme X"), the
// given name's usual gender, and the subject pronoun that takes the name up in the same sentence
// ("Pauline la comprit, et elle lui dit"). A title-derived gender counts as one vote among these,
// since a role read in the narration can belong to someone else ("le prince X a donné à la courtisane Y").
import { givenNameGender } from "../lexicon/gazetteer";
import type { Entity } from "../types";
import type { Doc } from "./doc";
import { GENDER_BEFORE } from "../lexicon/fr/fiction";

const PRONOUN_SCAN = 20;
/** Character → gender, kept only when the votes lean one way (twice as many). */
export function characterGenders(ctx: Doc, inQuote: Uint8Array): Map<Entity, "m" | "f"> {
  const { toks } = ctx;
  const votes = new Map<Entity, [number, number]>();
  const vote = (e: Entity, g: "m" | "f", w: number) => {
    const v = votes.get(e) ?? [0, 0];
    v[g === "m" ? 0 : 1] += w;
    votes.set(e, v);
  };
  for (const p of ctx.ents.people) {
    if (p.gender) vote(p, p.gender, 1);
    const g = givenNameGender(p.name.split(/\s+/)[0]);
    if (g) vote(p, g, 2);
  }
  const ms = ctx.ents.mentions;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    if (m.entity.kind !== "person") continue;
    const w1 = toks[m.a - 1];
    const w2 = toks[m.a - 2];
    const g1 = w1?.word ? GENDER_BEFORE[w1.lw] : undefined;
    if (g1) vote(m.entity, g1, 1);
    else if (w1?.word && !w1.cap && w2 && (w2.lw === "la" || w2.lw === "une" || w2.lw === "cette")) vote(m.entity, "f", 1);
    else if (w1?.word && !w1.cap && w2 && (w2.lw === "le" || w2.lw === "un" || w2.lw === "ce")) vote(m.entity, "m", 1);
    // The next subject pronoun of the sentence, in the narration, with no other person between.
    if (inQuote[m.a] || !(toks[m.a].sent || toks[m.a - 1]?.t === "," || toks[m.a - 1]?.lw === "et")) continue;
    for (let k = m.b; k < toks.length && k < m.b + PRONOUN_SCAN; k++) {
      const t = toks[k];
      if (t.sent || inQuote[k] || ctx.mentionAt[k] >= 0 && ms[ctx.mentionAt[k]].entity.kind === "person") break;
      if (t.lw === "il" || t.lw === "elle") { vote(m.entity, t.lw === "il" ? "m" : "f", 1); break; }
    }
  }
  const out = new Map<Entity, "m" | "f">();
  for (const [e, [vm, vf]] of votes) {
    if (vm >= 2 * vf && vm > 0) out.set(e, "m");
    else if (vf >= 2 * vm && vf > 0) out.set(e, "f");
  }
  return out;
}
