// "Edentonians": towns named by the article through a plural of their people.
import * as gaz from "../../lexicon/gazetteer";
import type { Lexicon } from "../../lexicon";
import { PLURAL_OF_TOWNSFOLK } from "../../lexicon/en/entities";
import { lazy } from "../../text/lazy";

const PLURAL_AT = lazy(() => new RegExp(PLURAL_OF_TOWNSFOLK().source, "uy"));

/**
 * The stems PLURAL_OF_TOWNSFOLK matches, in text order, without running the regex over the
 * whole text (a Unicode scan of every position was a tenth of the entity stages). A match is a
 * run of letters ending in "ians": so only the starts in the letter run before each "ians" are
 * tried, with the same regex made sticky. Non-ASCII characters count as letters and as
 * possible capitals (the regex decides), so no start the full scan could match is skipped.
 */
function* pluralStems(text: string): Generator<string> {
  let tried = 0; // every start before this has been tried or cannot match
  for (let p = text.indexOf("ians"); p >= 0; p = text.indexOf("ians", Math.max(p + 1, tried))) {
    let q = p;
    while (q > tried && !asciiNonLetter(text.charCodeAt(q - 1))) q--;
    let end = -1;
    for (; q <= p - 4 && end < 0; q++) {
      if (!mayBeCapital(text.charCodeAt(q))) continue;
      const re = PLURAL_AT();
      re.lastIndex = q;
      const m = re.exec(text);
      if (m) { yield m[1]; end = re.lastIndex; }
    }
    // After a match the scan goes on from its end; otherwise starts from p - 3 on may still
    // reach a later "ians" in the same run ("Xabianscians").
    tried = end >= 0 ? end : Math.max(tried, p - 3);
  }
}

const asciiNonLetter = (c: number): boolean => c < 128 && !((c | 32) >= 97 && (c | 32) <= 122);
const mayBeCapital = (c: number): boolean => c >= 128 || c >= 65 && c <= 90;

/** Stems of "-ians" plurals in the text ("Edentonians" → "edenton"), given names and role words left out. */
export function townsOfPlurals(text: string, lex: Lexicon): Set<string> {
  const out = new Set<string>();
  for (const stem of pluralStems(text)) {
    if (gaz.isFirstName(stem) || gaz.isCommonWord(stem, "en") || lex.notNames.has(stem.toLowerCase()) || lex.roleNouns.has(stem.toLowerCase())) continue;
    out.add(stem.toLowerCase());
  }
  return out;
}
