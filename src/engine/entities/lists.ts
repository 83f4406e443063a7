// Names read through their neighbours: coordinated lists of people, appositions after a name, people in link lines.
import type { Lexicon } from "../lexicon";
import type { Token } from "../text/tokenize";
import type { NameMention } from "./mention";
import { LIST_JOINERS, PLURAL_HONORIFICS } from "../lexicon/entity-words";
import { entityHooks } from "../lang/entity-hooks";

/**
 * People named in a line that links to another story ("READ MORE: Jane Roe says ...") count
 * only when the story itself names them too (its "Roe"): the link then gives the full name.
 */
export function withLinkedPeople(ms: NameMention[], linked: NameMention[]): NameMention[] {
  const lastWord = (m: NameMention) => m.text.replace(/['’]s$/, "").split(/\s+/).pop()!.toLowerCase();
  const words = new Set<string>();
  for (const m of ms) if (m.kind === "person") words.add(lastWord(m));
  const keep = linked.filter((m) => words.has(lastWord(m)));
  return keep.length ? [...ms, ...keep].sort((p, q) => p.s - q.s) : ms;
}

/**
 * "MM. Droz, Cuzol et Gidel": names coordinated with a person are people too, unless the list
 * also holds a place or an organisation. One sweep over the mentions, in text order. (French:
 * English lists of capitals are more often teams, products or titles.)
 */
export function listsOfPeople(toks: Token[], ms: NameMention[], lex: Lexicon): NameMention[] {
  const hooks = entityHooks(lex.lang);
  let start = 0;
  for (let i = 1; i <= ms.length; i++) {
    const joined = i < ms.length && ms[i].a === ms[i - 1].b + 1 && LIST_JOINERS.has(toks[ms[i - 1].b].lw) && toks[ms[i].a].nl === 0;
    if (joined) continue;
    // Two names joined by a comma are an apposition ("la Défense, Wei Fenghe"), not a list.
    const list = i - start >= 3 || i - start === 2 && toks[ms[start].b].t !== ",";
    if (list) {
      const group = ms.slice(start, i);
      const bare = group.every((m) => !lex.determiners.has(toks[m.a - 1]?.lw ?? "") && toks[m.a - 1]?.lw !== "du");
      // An ambiguous town in the list ("Lincoln, Grant, Garfield") is the person's surname.
      // English: a weak member that is a common word ("Mercantile, Commerce and Roosevelt") makes it a list of firms.
      const member = (m: NameMention) => (m.kind === "person" || m.kind === "place" && !m.strong && m.b - m.a === 1) &&
        !hooks.firmListMember(m);
      // French: three or more unknown single names in a row, no place or frequent word among them, are a list of
      // people ("les as Rérolle, Cérou et Lebon", "oeuvres de Weber, Ravel, Dukas").
      const unknownNames = hooks.peopleList(toks, group);
      // "MM. Laguerre, Michelin, Laisant", "Messrs. Lee, Ford and Hale": after a plural honorific every name is a person.
      const plural = pluralHonorificBefore(toks, group[0].a);
      if (plural || bare && (unknownNames || group.some((m) => m.kind === "person" && m.strong)) && group.every(member)) {
        for (const m of group) { m.strong = true; m.kind = "person"; }
      }
    }
    start = i;
  }
  return ms;
}

const pluralHonorificBefore = (toks: Token[], a: number): boolean => {
  const h = toks[a - 1]?.t === "." ? toks[a - 2] : toks[a - 1];
  return !!h && PLURAL_HONORIFICS.has(h.lw);
};
