// OCR: a weak person that is a misread place ("Edcnton" where the article names Edenton, "Stetlin" for Stettin).
import * as gaz from "../lexicon/gazetteer";
import type { Lexicon } from "../lexicon";
import { stringMemo } from "../lexicon/gazetteer-tables";
import type { NameMention } from "./mention";
import { firstSpace } from "./name-keys";

/**
 * OCR: "Edcnton" is "Edenton" when the article names Edenton as a place. A weak one-word person
 * of at least five letters that is one edit from a one-word place of the same article (same first
 * letter, length ±1) becomes that place. Places indexed by first letter and length: linear.
 * Failing that, a word one misread letter from a place the gazetteer knows (gaz.placeOfOcrVariant: "Péîersbourg",
 * "Stokholm" is not, a letter lost) is that place, unless it is a name or a word of its own or a person of the article
 * bears it ("M. Stetlin").
 */
export function garbledPlaces(ms: NameMention[], lex: Lexicon): void {
  // Key: the length times 65536 plus the first UTF-16 code unit.
  const index = new Map<number, string[]>();
  let people: Set<string> | undefined;
  for (const m of ms) {
    if (m.kind === "person" && m.strong) (people ??= new Set()).add(lastWord(m.text));
    if (m.kind !== "place" || !m.strong || m.text.length < 5 || firstSpace(m.text) >= 0) continue;
    const key = m.text.length * 65536 + m.text.charCodeAt(0);
    const list = index.get(key) ?? [];
    if (list.length < 8 && !list.includes(m.text)) { list.push(m.text); index.set(key, list); }
  }
  for (const m of ms) {
    if (m.kind !== "person" || m.strong || m.text.length < 5 || firstSpace(m.text) >= 0 || !nameLike(m.text, lex.lang)) continue;
    let found = false;
    for (let d = -1; d <= 1 && !found; d++) {
      const list = index.get((m.text.length + d) * 65536 + m.text.charCodeAt(0));
      found = !!list?.some((p) => oneEdit(m.text, p));
    }
    if (!found) found = !people?.has(m.text) && misreadPlace(m.text);
    if (found) { m.kind = "place"; m.strong = true; }
  }
}

const lastWord = (name: string): string => name.slice(name.lastIndexOf(" ") + 1);

/** A frequent word ("Bonne", "Écoles" written without its accent) or a nationality ("Lorrain") is no misread place. */
const nameLike = (w: string, lang: "fr" | "en"): boolean => !gaz.isCommonWord(w, lang) && !gaz.isDemonym(w);

/** A word that is no given name or family name, one misread letter from one known place. */
const misreadPlace = stringMemo((w) => !gaz.isFirstName(w) && !gaz.isSurname(w) && gaz.placeOfOcrVariant(w) !== undefined);

/** True when a and b differ by exactly one substitution, insertion or deletion. */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length > b.length) [a, b] = [b, a];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.length === b.length ? a.slice(i + 1) === b.slice(i + 1) : a.slice(i) === b.slice(i + 1);
}
