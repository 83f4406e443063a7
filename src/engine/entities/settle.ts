// The organisation/person conflict settled over the whole article, not by the cue beside one mention:
// "Comelf said" alone reads as a person, but the article that also writes "the engineering firm Comelf" or
// "Comelf SA" names a firm; "Boatmen's said" is the "Boatmen's Bancshares Inc." the article names in full.
// A person read only from a verb or from the name's shape (NameMention.byContext) takes the kind of an
// organisation the article names the same way, or whose full name it opens. Likewise a town's name that the article
// makes a firm or a team ("the brewer Zywiec", "Karlsruhe 3 (Reich 29th)") is that organisation where it stands in no
// place's slot ("Zywiec said", not "in Zywiec").
import { LEGAL_FORMS } from "../lexicon/entity-words";
import type { NameMention } from "./mention";

const key = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[’']s$/, "").toLowerCase();

/** The mentions with context-only people turned into the organisation the article names them as elsewhere. */
export function settleKinds(ms: NameMention[]): NameMention[] {
  const orgNames = new Set<string>();
  const orgOpenings = new Set<string>();
  // Openings of firms written with their legal form ("Zywiec SA" opens with the town "Zywiec").
  const firmOpenings = new Set<string>();
  const people = new Set<string>();
  for (const m of ms) {
    if (m.kind === "org") {
      const k = key(m.text);
      orgNames.add(k);
      // "Boatmen's Bancshares Inc." opens with "Boatmen's"; "Salomon Brothers" with "Salomon".
      const words = k.split(/\s+/);
      if (words.length >= 2) orgOpenings.add(key(words[0]));
      const parts = m.text.split(/\s+/);
      if (parts.length === 2 && LEGAL_FORMS.has(parts[1].replace(/\.$/, "").toLowerCase())) firmOpenings.add(key(parts[0]));
    } else if (m.kind === "person" && !m.byContext) {
      // "Tom Vardex" makes "Vardex" a person's surname in this article.
      const k = key(m.text);
      people.add(k);
      people.add(k.slice(k.lastIndexOf(" ") + 1));
    }
  }
  if (!orgNames.size) return ms;
  for (const m of ms) {
    if (m.kind !== "person" || !m.byContext || m.role) continue;
    const k = key(m.text);
    // A person the article names with stronger evidence elsewhere stays one.
    if (people.has(k)) continue;
    if (orgNames.has(k) || !k.includes(" ") && orgOpenings.has(k)) { m.kind = "org"; m.strong = false; }
  }
  for (const m of ms) if (m.kind === "place" && !m.placeSlot && (orgNames.has(key(m.text)) || firmOpenings.has(key(m.text)))) m.kind = "org";
  return ms;
}
