// OCR: a weak person one letter away from a place of the same article is that place ("Edcnton").
import type { NameMention } from "./mention";
import { firstSpace } from "./name-keys";

/**
 * OCR: "Edcnton" is "Edenton" when the article names Edenton as a place. A weak one-word person
 * of at least five letters that is one edit from a one-word place of the same article (same first
 * letter, length ±1) becomes that place. Places indexed by first letter and length: linear.
 */
export function garbledPlaces(ms: NameMention[]): void {
  // Key: the length times 65536 plus the first UTF-16 code unit.
  const index = new Map<number, string[]>();
  for (const m of ms) {
    if (m.kind !== "place" || !m.strong || m.text.length < 5 || firstSpace(m.text) >= 0) continue;
    const key = m.text.length * 65536 + m.text.charCodeAt(0);
    const list = index.get(key) ?? [];
    if (list.length < 8 && !list.includes(m.text)) { list.push(m.text); index.set(key, list); }
  }
  if (!index.size) return;
  for (const m of ms) {
    if (m.kind !== "person" || m.strong || m.text.length < 5 || firstSpace(m.text) >= 0) continue;
    for (let d = -1; d <= 1; d++) {
      const list = index.get((m.text.length + d) * 65536 + m.text.charCodeAt(0));
      if (list?.some((p) => oneEdit(m.text, p))) { m.kind = "place"; m.strong = true; break; }
    }
  }
}

/** True when a and b differ by exactly one substitution, insertion or deletion. */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length > b.length) [a, b] = [b, a];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.length === b.length ? a.slice(i + 1) === b.slice(i + 1) : a.slice(i) === b.slice(i + 1);
}
