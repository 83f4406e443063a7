// The narrator of a first-person story, when the story names them: the name the other characters
// call out in their speech ("Romuald, mon ami, …", "c'est toi, Romuald"), in a text whose narration
// says "je" throughout, and that the narration itself hardly uses (one does not name oneself).
import { tokenAt } from "../text/tokenize";
import type { Entity } from "../types";
import type { Doc } from "./doc";
import type { Turn } from "./turns-incise";
import { isOneOf } from "../text/chars";

/** The narration must say "je" this often for the story to be told in the first person. */
const MIN_FIRST_PERSON = 20;
/** The name must be called out this many times, by at least two turns' worth of different speakers. */
const MIN_CALLS = 3;

/**
 * The entity the story's speech calls out most often, if the narration is in the first person, the
 * name is called out at least MIN_CALLS times and it is mostly found inside speech.
 */
export function narratorOf(ctx: Doc, qs: Turn[], inQuote: Uint8Array): Entity | undefined {
  const { toks } = ctx;
  let je = 0;
  for (let k = 0; k < toks.length; k++) if (!inQuote[k] && (toks[k].lw === "je" || toks[k].lw === "j'")) je++;
  if (je < MIN_FIRST_PERSON) return undefined;
  const calls = new Map<Entity, number>();
  const speakers = new Set<string>();
  for (const q of qs) if (q.attr?.speaker?.entity) speakers.add(q.attr.speaker.entity);
  for (const m of ctx.ents.mentions) {
    if (m.entity.kind !== "person" || !inQuote[m.a]) continue;
    const before = toks[m.a - 1];
    const after = toks[m.b];
    if (before?.word && !isOneOf(",!?…;:", after?.t ?? "")) continue;
    calls.set(m.entity, (calls.get(m.entity) ?? 0) + 1);
  }
  let best: Entity | undefined;
  let most = MIN_CALLS - 1;
  for (const [e, n] of calls) {
    if (n <= most || speakers.has(e.id)) continue;
    const outside = e.mentions.filter((m) => !inQuote[tokenAt(toks, m.start)]).length;
    if (outside * 3 > e.mentions.length) continue;
    best = e;
    most = n;
  }
  return best;
}
