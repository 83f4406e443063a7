// The organisation/person conflict settled over the whole article, not by the cue beside one mention:
// "Comelf said" alone reads as a person, but the article that also writes "the engineering firm Comelf" or
// "Comelf SA" names a firm; "Boatmen's said" is the "Boatmen's Bancshares Inc." the article names in full.
// A person read only from a verb or from the name's shape (NameMention.byContext) takes the kind of an
// organisation the article names the same way, or whose full name it opens. Likewise a town's name that the article
// makes a firm or a team ("the brewer Zywiec", "Karlsruhe 3 (Reich 29th)") is that organisation where it stands in no
// place's slot ("Zywiec said", not "in Zywiec").
import { LEGAL_FORMS } from "../lexicon/entity-words";
import type { NameMention } from "./mention";
import { firstSpace, foldKey as key, KeyStarts } from "./name-keys";
import { isSpaceCode } from "../text/chars";

/** The mentions with context-only people turned into the organisation the article names them as elsewhere. */
export function settleKinds(ms: NameMention[]): NameMention[] {
  const orgNames = new Set<string>();
  const orgOpenings = new Set<string>();
  // Openings of firms written with their legal form ("Zywiec SA" opens with the town "Zywiec").
  const firmOpenings = new Set<string>();
  for (const m of ms) {
    if (m.kind !== "org") continue;
    const k = key(m.text);
    orgNames.add(k);
    // "Boatmen's Bancshares Inc." opens with "Boatmen's"; "Salomon Brothers" with "Salomon".
    const gap = firstSpace(k);
    if (gap >= 0) orgOpenings.add(key(k.slice(0, gap)));
    const second = secondOfTwo(m.text);
    if (second !== undefined && LEGAL_FORMS.has(second.replace(/\.$/, "").toLowerCase())) firmOpenings.add(key(m.text.slice(0, firstSpace(m.text))));
    // "le RC Lens … Lens reste troisième", "BNP Paribas … Paribas a annoncé": after initials, the one word is the name alone.
    else if (second !== undefined && m.b - m.a === 2 && initials(m.text, firstSpace(m.text))) orgNames.add(key(second));
  }
  if (!orgNames.size) return ms;
  // The first characters of those keys: most names match none, and are not folded.
  const personStarts = new KeyStarts();
  const placeStarts = new KeyStarts();
  for (const k of orgNames) { personStarts.add(k); placeStarts.add(k); }
  for (const k of orgOpenings) personStarts.add(k);
  for (const k of firmOpenings) placeStarts.add(k);
  // The people named with stronger evidence, read once a context-only person has an organisation's name.
  let people: Set<string> | undefined;
  for (const m of ms) {
    if (m.kind !== "person" || !m.byContext || m.role || !personStarts.mayHold(m.text)) continue;
    const k = key(m.text);
    if (!orgNames.has(k) && (k.includes(" ") || !orgOpenings.has(k))) continue;
    // A person the article names with stronger evidence elsewhere stays one.
    if ((people ??= peopleOf(ms)).has(k)) continue;
    m.kind = "org";
    m.strong = false;
  }
  for (const m of ms) {
    if (m.kind !== "place" || m.placeSlot || !placeStarts.mayHold(m.text)) continue;
    const k = key(m.text);
    if (orgNames.has(k) || firmOpenings.has(k)) m.kind = "org";
  }
  return ms;
}

/** The keys of the people named with more than a verb or a shape, and their last words ("Tom Vardex" makes "Vardex" a surname). */
function peopleOf(ms: NameMention[]): Set<string> {
  const people = new Set<string>();
  for (const m of ms) {
    if (m.kind !== "person" || m.byContext) continue;
    const k = key(m.text);
    people.add(k);
    people.add(k.slice(k.lastIndexOf(" ") + 1));
  }
  return people;
}

/** Whether the name opens with initials in capitals, two to four letters before the space at gap ("RC", "OGC", "BNP"). */
function initials(s: string, gap: number): boolean {
  if (gap < 2 || gap > 4) return false;
  for (let i = 0; i < gap; i++) {
    const c = s.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** The second word of a name of exactly two words split at white space (`s.split(/\s+/)` of length 2), or undefined. */
function secondOfTwo(s: string): string | undefined {
  const gap = firstSpace(s);
  if (gap < 0) return undefined;
  let j = gap + 1;
  while (j < s.length && isSpaceCode(s.charCodeAt(j))) j++;
  for (let i = j; i < s.length; i++) if (isSpaceCode(s.charCodeAt(i))) return undefined;
  return s.slice(j);
}
