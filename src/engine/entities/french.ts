// French-specific rules: organisation heads, places after "à"/"en" (and English "at"/"from"), radio stations, hyphenated
// town names, trades in apposition after a surname.
import * as gaz from "../lexicon/gazetteer";
import type { Lexicon } from "../lexicon";
import type { Token } from "../text/tokenize";
import { PLACE_PREPOSITIONS_EN } from "../lexicon/en/entities";
import {
  ADJECTIVE_TITLES, APPOSITION_OPENERS_FR, DE_FORMS_ANY_APOSTROPHE as OF, PLACE_NOUNS, PLACE_PREPOSITIONS_FR as PLACE_PREPOSITIONS, RADIO_PREFIX, TRADES_FR,
} from "../lexicon/fr/entities";

const SURNAME_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;

/**
 * One capitalised word no lexicon knows, right after "à"/"en" (English: "at", "from", "near") ("arrivés à Godesberg",
 * "en Biscaye") or after "de" with a place noun ("la route de Vicence"), is a place.
 */
export function placeAfterPreposition(toks: Token[], a: number, b: number, lex: Lexicon): boolean {
  if (b - a !== 1) return false;
  const t = toks[a];
  if (t.sent || t.nl > 0 || !SURNAME_SHAPE.test(t.t) || t.t.length < 3) return false;
  const p = toks[a - 1];
  if (!p) return false;
  if (lex.lang === "en" ? !PLACE_PREPOSITIONS_EN.has(p.t) || /['’]/.test(t.t) :
    !(PLACE_PREPOSITIONS.has(p.lw) || (p.lw === "de" || p.lw === "d'") && PLACE_NOUNS.has(toks[a - 2]?.lw ?? ""))) return false;
  if (gaz.isCommonWord(t.t, lex.lang) || gaz.isDemonym(t.t) || gaz.isKnownOrg(t.t) || gaz.orgSuffix(t.t) || gaz.isFirstName(t.t)) return false;
  return !lex.roleNouns.has(t.lw) && !lex.notNames.has(t.lw);
}

/** "Radio-Cité", "Radio-Toulouse", "Radio 37": the token range end of a radio station's name, if it is one. */
export function radioStation(toks: Token[], a: number, b: number): number | undefined {
  const t = toks[a];
  if (RADIO_PREFIX.test(t.t)) return b;
  if (t.lw !== "radio") return undefined;
  if (b > a + 1) return b;
  const n = toks[b];
  return n && n.nl === 0 && n.s === t.e + 1 && /^\d{1,3}$/.test(n.t) ? b + 1 : undefined;
}

/** "Toulouse-Pyrénées", "Bordeaux-Lafayette": a hyphenated word opening with a known town or country. */
export function hyphenatedPlace(word: string): boolean {
  // The part before the first hyphen, three letters or more (no split of every word into an array).
  const dash = word.indexOf("-");
  if (dash < 3) return false;
  const head = word.slice(0, dash);
  const p = gaz.placeInfo(head);
  return !!p && !p.ambiguous && !gaz.isFirstName(head);
}

/**
 * "Charlier, marchand de vin", "Pernot, ancien champion de France", "Ducrot, le commandant de la place":
 * a trade or a title in apposition right after a name.
 */
export function tradeAfter(toks: Token[], b: number, lex: Lexicon): boolean {
  if (toks[b]?.t !== ",") return false;
  let k = b + 1;
  if (APPOSITION_OPENERS_FR.has(toks[k]?.lw ?? "")) k++;
  const w = toks[k];
  if (!w || w.cap || w.nl > 0) return false;
  return TRADES_FR.has(w.lw) || Object.prototype.hasOwnProperty.call(lex.data.roleNouns, w.lw);
}

/**
 * "Ayvaz-Bey Secrétaire de l'ambassade", "Jean Morel Directeur des postes": a capitalised title closing a
 * French run and followed by its "de" complement is the person's office, not the last word of the name.
 */
export function trailingTitle(toks: Token[], a: number, b: number, lex: Lexicon): boolean {
  const t = toks[b - 1];
  const of = toks[b];
  return lex.lang === "fr" && b - a > 1 && t.cap && !t.upper && !!of && of.nl === 0 && OF.has(of.lw) &&
    Object.hasOwn(lex.data.roleNouns, t.lw) && !ADJECTIVE_TITLES.has(t.lw) && !lex.particles.has(toks[b - 2].lw);
}
