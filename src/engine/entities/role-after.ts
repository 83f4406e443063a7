// A role given in apposition after a name: "Laurent Berger, le secrétaire général de la CFDT, …",
// "Sarah Okafor, the federal health minister, said", "Jean Dupont, ministre de l'Intérieur, a …".
// Read once the people are clustered, for a person whose role the text did not give before a name.
import type { Lexicon } from "../lexicon";
import type { Token } from "../text/tokenize";
import type { Clustered } from "./cluster";
import { rolePhrase } from "./cues";
import { appositionEnd } from "../phrases/apposition";
import { entityHooks } from "../lang/entity-hooks";
import { ROLE_APPOSITION_OPENERS as OPENERS, DETERMINER_GENDER as DET_GENDER } from "../lexicon/entity-words";

/** Words a role apposition may hold. */
const MAX_WORDS = 9;

/** Fills `role` for people who have none from the first "Name, [det] … role noun …," after one of their mentions. */
export function rolesAfter(ents: Clustered, toks: Token[], lex: Lexicon): void {
  for (const m of ents.mentions) {
    const p = m.entity;
    if (p.kind !== "person" || p.role) continue;
    const found = roleAfter(toks, m.b, lex);
    if (!found) continue;
    p.role = found.role;
    // "X, la ministre de …": a French role noun's gender is explicit evidence.
    if (!p.gender && found.gender && entityHooks(lex.lang).appositionGender) p.gender = found.gender;
  }
}

/** The role phrase of an apposition that starts at the comma at token b and closes on a comma, or undefined. */
function roleAfter(toks: Token[], b: number, lex: Lexicon): { role: string; gender?: "m" | "f" } | undefined {
  if (toks[b]?.t !== "," || toks[b].nl) return undefined;
  const start = OPENERS.has(toks[b + 1]?.lw ?? "") ? b + 2 : b + 1;
  const end = appositionEnd(toks, start, MAX_WORDS, lex, notInRole);
  if (end < 0) return undefined;
  // The role noun leads the phrase (at most two modifiers before it: "the federal health minister"), and no
  // auxiliary comes before it ("X, a été ministre," is a clause).
  let roleAt = -1;
  for (let k = start; k < end && k - start <= 2 && roleAt < 0; k++) {
    if (lex.auxiliaries.has(toks[k].lw)) return undefined;
    if (lex.roleNouns.has(toks[k].lw)) roleAt = k;
  }
  if (roleAt < 0) return undefined;
  const phrase = rolePhrase(toks, start, end, true);
  const gender = DET_GENDER[toks[b + 1].lw] ?? lex.roleNouns.get(toks[roleAt].lw);
  return phrase.length <= 80 ? { role: phrase, gender } : undefined;
}

/** A token no role apposition holds: a mark other than an apostrophe or a hyphen, a reporting verb form. */
function notInRole(lex: Lexicon, t: Token): boolean {
  return !t.word && t.t !== "'" && t.t !== "’" && t.t !== "-" || lex.verbForms.has(t.lw);
}
