// French press take-ups: a bare definite role noun stands for the person just named.
//   « Pour Laurent Berger, « le compte n'y est pas ». Le syndicaliste a dénoncé « un passage en force ». »
// "Le syndicaliste" is Laurent Berger. Strict, because binding words to the wrong person is worse than
// showing the description: only a singular "le/la/l' + noun" with nothing after it, a noun the article
// has not used before (else the earlier "un syndicaliste" is who it means), and exactly one person
// named in this sentence and the one before, of a compatible gender.
import type { Entity } from "../../types";
import type { Doc } from "../doc";
import { genderOf, nameGender } from "./gender";

export const DEFINITE: Record<string, "m" | "f" | undefined> = { le: "m", la: "f", "l'": undefined };
/** How many sentence starts back the person may be named (this sentence and the previous one). */
const SENTENCES_BACK = 2;

/** How many tokens back the person may stand, whatever the sentences (a bound on a text with no sentence ends). */
const MAX_BACK = 120;

/** Each word's first token index, built once per analysis (the take-up asks for every bare role noun). */
function firstUse(ctx: Doc): Map<string, number> {
  let m = ctx.firstUse;
  if (!m) {
    m = new Map();
    ctx.toks.forEach((t, i) => { if (!m!.has(t.lw)) m!.set(t.lw, i); });
    ctx.firstUse = m;
  }
  return m;
}

/** The person the description "det noun" (tokens k, r; the phrase ends at `end`) takes up, if any. */
export function definiteTakeUp(ctx: Doc, k: number, r: number, end: number): Entity | undefined {
  const { toks, lex } = ctx;
  if (lex.lang !== "fr" || r !== k + 1 || end !== r + 1 || !Object.hasOwn(DEFINITE, toks[k].lw)) return undefined;
  const noun = toks[r].lw;
  if (!lex.speakerNouns.has(noun) || noun.endsWith("s") || lex.data.sourceNouns.includes(noun)) return undefined;
  const want = DEFINITE[toks[k].lw] ?? lex.speakerNouns.get(noun);
  // "Le maire, Jean-Paul Castan, …": the name in apposition says who it is.
  const next = ctx.mentionAt[end + 1] ?? -1;
  if (toks[end]?.t === "," && next >= 0 && ctx.ents.mentions[next].entity.kind === "person") return undefined;
  // The noun used earlier in the article ("un syndicaliste … le syndicaliste") means that one.
  if (firstUse(ctx).get(noun)! < r) return undefined;
  let found: Entity | undefined;
  let starts = 0;
  for (let i = k - 1; i >= 0 && i >= k - MAX_BACK && starts < SENTENCES_BACK; i--) {
    if (toks[i].sent) starts++;
    const mi = ctx.mentionAt[i];
    if (mi < 0) continue;
    const e = ctx.ents.mentions[mi].entity;
    if (e.kind !== "person") continue;
    if (found && found !== e) return undefined;
    found = e;
  }
  if (!found) return undefined;
  const g = genderOf(ctx, found) ?? nameGender(ctx, found);
  return want && g && g !== want ? undefined : found;
}
