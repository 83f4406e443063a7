// A role given in apposition after a name: "Laurent Berger, le secrétaire général de la CFDT, …",
// "Sarah Okafor, the federal health minister, said", "Jean Dupont, ministre de l'Intérieur, a …".
// Read once the people are clustered, for a person whose role the text did not give before a name.
import type { Lexicon } from "../lexicon";
import type { Token } from "../text/tokenize";
import type { Clustered } from "./cluster";
import { rolePhrase } from "./cues";
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
  let k = b + 1;
  if (OPENERS.has(toks[k]?.lw ?? "")) k++;
  const start = k;
  let roleAt = -1;
  for (; k < toks.length && k - start < MAX_WORDS; k++) {
    const t = toks[k];
    if (t.t === ",") break;
    if (t.nl || !t.word && t.t !== "'" && t.t !== "’" && t.t !== "-" || lex.verbForms.has(t.lw) || lex.auxiliaries.has(t.lw) && roleAt < 0) return undefined;
    if (roleAt < 0 && lex.roleNouns.has(t.lw)) roleAt = k;
  }
  // The role noun leads the phrase (at most two modifiers before it: "the federal health minister"),
  // and the apposition closes on a comma.
  if (roleAt < 0 || roleAt - start > 2 || toks[k]?.t !== "," || k === start) return undefined;
  const phrase = rolePhrase(toks, start, k, true);
  const gender = DET_GENDER[toks[b + 1].lw] ?? lex.roleNouns.get(toks[roleAt].lw);
  return phrase.length <= 80 ? { role: phrase, gender } : undefined;
}
