// Context cues around a name candidate: a role noun phrase before it ("le ministre chinois de
// la Défense, Wei Fenghe"), a reporting verb next to it, a lowercase organisation head.
import type { Lexicon } from "../lexicon";
import type { Token } from "../text/tokenize";

const MAX_ROLE_WORDS = 8;

/**
 * The role phrase bound to a name starting at token a, when the text gives one just before it:
 * "ministre chinois de la Défense, Wei Fenghe" / "le général de brigade Amir Hatami" /
 * "UFCW Local 832 president Jeff Traeger". Returns the phrase (without determiner) or undefined.
 */
export function roleBefore(toks: Token[], a: number, lex: Lexicon): { role: string; gender?: "m" | "f"; start: number } | undefined {
  let k = a - 1;
  const comma = toks[k]?.t === ",";
  if (comma) k--;
  // "ministre de la Défense": a capital after "de la" is part of the role, not a name.
  else if (toks[k] && (lex.determiners.has(toks[k].lw) || lex.particles.has(toks[k].lw))) return undefined;
  const end = k;
  let roleAt = -1;
  let start = -1;
  for (let n = 0; k >= 0 && n < MAX_ROLE_WORDS; k--, n++) {
    const t = toks[k];
    if (!t.word && t.t !== "'" && t.t !== "’" && t.t !== "-") break;
    if (t.nl > 0 && k < end) { if (lex.roleNouns.has(t.lw)) { roleAt = k; start = k; } break; }
    if (lex.roleNouns.has(t.lw)) { roleAt = k; start = k; }
    const of = toks[k - 1]?.lw;
    if (t.sent || (lex.determiners.has(t.lw) && of !== "de" && of !== "of" && of !== "à")) break;
  }
  if (roleAt < 0 || start < 0) return undefined;
  // A comma apposition needs the role phrase to start at a determiner or a sentence start.
  const phrase = toks.slice(start, end + 1).map((t) => t.t).join(" ").replace(/ ([,'’]) ?/g, "$1").replace(/' /g, "'");
  if (!phrase || phrase.length > 80) return undefined;
  return { role: phrase, gender: lex.roleNouns.get(toks[roleAt].lw), start };
}

/** True when a reporting verb follows the name (after optional auxiliaries): "Wang said", "X a déclaré". */
export function verbAfter(toks: Token[], b: number, lex: Lexicon): boolean {
  for (let k = b, n = 0; k < toks.length && n < 4; k++, n++) {
    const t = toks[k];
    if (t.t === ",") return false;
    if (lex.verbForms.has(t.lw)) return true;
    if (!lex.auxiliaries.has(t.lw)) return false;
  }
  return false;
}

/** True when a reporting verb directly precedes the name: "said Amir Hatami", "a déclaré M. Wei". */
export function verbBefore(toks: Token[], a: number, lex: Lexicon): boolean {
  let k = a - 1;
  if (toks[k]?.t === ".") k--;
  if (k >= 0 && lex.honorifics.has(toks[k].lw)) k--;
  const t = toks[k];
  return !!t && (lex.verbForms.has(t.lw) || /-t-(?:il|elle)$/.test(t.lw));
}
