// Generational suffixes ("Jr.", "Sr.", "III"), a stage English adds after the candidates are found (lang/en/entities.ts).
// Written without a comma, the suffix is already part of the name's run, so the canonical name keeps it ("Robert Griffin
// III", "Ken Griffey Sr" and "Ken Griffey Jr" two people). Here:
//   "Martin Luther King Jr.": a run whose last word before the suffix is also a role noun ("King") is still the name,
//   not the role "Martin Luther King" of a person called "Jr";
//   "Brent Bozell, Jr.": after a comma the suffix alone names nobody. (It is not joined to the name: the cluster gives a
//   surname alone to the person named last, so "his father, Brent Bozell, Jr." would take every later "Bozell says"
//   from the son the article quotes.)
import type { Token } from "../../text/tokenize";
import type { Candidate } from "../../entities/candidates";
import type { Lexicon } from "../../lexicon";
import { GENERATIONAL_SUFFIXES } from "../../lexicon/en/entities";

export function generationalSuffixes(toks: Token[], cands: Candidate[], _lex: Lexicon, text: string): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.b - c.a !== 1 || !GENERATIONAL_SUFFIXES.has(toks[c.a].t)) continue;
    // "Martin Luther King Jr.": the role words right before the suffix are the name.
    const n = c.role ? c.role.split(" ").length : 0;
    if (n >= 2 && c.a - n >= 0 && !c.honorific && toks[c.a].nl === 0 && text.slice(toks[c.a - n].s, toks[c.a - 1].e) === c.role) {
      c.a -= n;
      c.role = undefined;
      continue;
    }
    // Alone, a suffix names nobody.
    cands.splice(i--, 1);
  }
}

/** The end of the name [a, b) without its generational suffix ("Robert Griffin III" → "Robert Griffin"): what its shape is read on. */
export function beforeSuffix(toks: Token[], a: number, b: number): number {
  return b - a >= 3 && GENERATIONAL_SUFFIXES.has(toks[b - 1].t) ? b - 1 : b;
}
