// Generational suffixes ("Jr.", "Sr.", "III"), a stage English adds after the candidates are found (lang/en/entities.ts).
// Written without a comma, the suffix is already part of the name's run, so the mention keeps it ("Robert Griffin III"
// is one mention). Here:
//   "Martin Luther King Jr.": a run whose last word before the suffix is also a role noun ("King") is still the name,
//   not the role "Martin Luther King" of a person called "Jr";
//   "Brent Bozell, Jr.": after a comma the suffix alone names nobody. (It is not joined to the name: the cluster gives a
//   surname alone to the person named last, so "his father, Brent Bozell, Jr." would take every later "Bozell says"
//   from the son the article quotes.)
//   The canonical name is the name without its suffix ("Joseph R. Biden Jr." → "Joseph R. Biden"): the article, and
//   readers, call the person by the surname ("Mr. Biden said"), and the surname is what names him, not "Jr". It keeps
//   the suffix where two people of the article differ only by it ("Ken Griffey Sr" and "Ken Griffey Jr", father and
//   son), and a numeral after a given name, a sovereign's or a pope's ("John Paul II", "Elizabeth II").
import type { Token } from "../../text/tokenize";
import type { Candidate } from "../../entities/candidates";
import type { Entity } from "../../types";
import { isFirstName } from "../../lexicon/gazetteer";
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

const ROMAN_SUFFIX = /^I[IV]I?$/;

/** The name without a closing generational suffix ("Harry B. Harris Jr" → "Harry B. Harris"), or the name itself. */
function withoutSuffix(name: string): string {
  const sp = name.lastIndexOf(" ");
  if (sp < 0) return name;
  const last = name.endsWith(".") ? name.slice(sp + 1, -1) : name.slice(sp + 1);
  const rest = name.slice(0, sp).replace(/,$/, "");
  const before = rest.slice(rest.lastIndexOf(" ") + 1);
  // At least a given name and a surname before it; a numeral after a given name is a sovereign's ("John Paul II").
  if (!GENERATIONAL_SUFFIXES.has(last) || !rest.includes(" ")) return name;
  return ROMAN_SUFFIX.test(last) && isFirstName(before) ? name : rest;
}

/** The canonical-names hook: each person's name without its generational suffix, unless another person of the article then has the same name. */
export function namesWithoutSuffix(people: Entity[]): void {
  const bare = people.map((p) => withoutSuffix(p.name));
  if (bare.every((n, i) => n === people[i].name)) return;
  const count = new Map<string, number>();
  for (const n of bare) count.set(n, (count.get(n) ?? 0) + 1);
  people.forEach((p, i) => { if (bare[i] !== p.name && count.get(bare[i]) === 1) p.name = bare[i]; });
}
