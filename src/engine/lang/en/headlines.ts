// A wire story's headline in capitals ("SOCCER - NORWAY BEAT ESTONIA IN QUALIFIER.", "BOXING - KOVAC DEFEATS ORTEGA")
// holds names with no case to tell them from the words around them: the article's body names the same people, teams
// and places in mixed case, with the cues that typed them there. A run of the headline that the body names takes the
// body's kind; a person's surname alone ("KOVAC") is the person the body names in full ("Marko Kovac").
import type { Token } from "../../text/tokenize";
import * as gaz from "../../lexicon/gazetteer";
import { named, span, type NameMention } from "../../entities/mention";
import { isPossessive } from "../../entities/possessive";
import type { EntityKind } from "../../types";
import { SPORT_HEADINGS } from "../../lexicon/en/entities";

/** Most words of a name looked up in the headline. */
const MAX_NAME_WORDS = 4;
/** Longest acronym of a known body read alone in the headline. */
const MAX_ACRONYM = 6;
/** Fewest words that make a line a headline (a one-word line in capitals is a dateline's town or a label). */
const MIN_HEADLINE_WORDS = 3;

/** The mentions, with the names of an opening headline in capitals typed as the article's body types them. */
export function headlineNames(toks: Token[], ms: NameMention[], text: string): NameMention[] {
  const end = headlineEnd(toks);
  if (end < 0) return ms;
  const kinds = bodyKinds(ms, end);
  const found: NameMention[] = [];
  for (let k = 0; k < end; k++) {
    if (!toks[k].word || SPORT_HEADINGS.has(toks[k].lw)) continue;
    // "NFL AMERICAN FOOTBALL-STANDINGS", "… IN IBF HEAVYWEIGHT FIGHT": a known body's acronym, whatever the body says.
    if (toks[k].t.length <= MAX_ACRONYM && gaz.isKnownOrg(toks[k].form) && !kinds.has(toks[k].lw)) {
      found.push(named(span(toks, k, k + 1, text), "org", true));
      continue;
    }
    for (let n = Math.min(MAX_NAME_WORDS, end - k); n >= 1; n--) {
      const kind = kinds.get(keyOf(toks, k, k + n));
      if (!kind) continue;
      found.push(named(span(toks, k, k + n, text), kind, true));
      k += n - 1;
      break;
    }
  }
  if (!found.length) return ms;
  // The headline's own reading of those words gives way (a run "SOUTH AFRICA BEAT ALL BLACKS" read as one name).
  const kept = ms.filter((m) => m.a >= end || !found.some((f) => f.a < m.b && m.a < f.b));
  return [...found, ...kept].sort((x, y) => x.a - y.a);
}

/** The token index after the first line when it is a headline in capitals (every word upper case), else -1. */
function headlineEnd(toks: Token[]): number {
  let words = 0;
  let k = 0;
  for (; k < toks.length && (k === 0 || toks[k].nl === 0); k++) {
    const t = toks[k];
    if (!t.word) continue;
    if (t.cap && !t.upper && t.t.length > 1 || !t.cap && !/^\d/.test(t.t)) return -1;
    words++;
  }
  return words >= MIN_HEADLINE_WORDS && k < toks.length ? k : -1;
}

/** The kinds the body gives its names, by their lower-case words, and a person's surname alone; a name given two kinds is left out. */
function bodyKinds(ms: NameMention[], end: number): Map<string, EntityKind> {
  const kinds = new Map<string, EntityKind>();
  const surnames = new Map<string, EntityKind>();
  const twice = new Set<string>();
  for (const m of ms) {
    if (m.a < end || !m.strong && m.kind === "person") continue;
    const key = m.text.toLowerCase().split(/\s+/).join(" ");
    const had = kinds.get(key);
    if (had && had !== m.kind) twice.add(key);
    kinds.set(key, m.kind);
    if (m.kind === "person" && m.b - m.a >= 2) surnames.set(key.slice(key.lastIndexOf(" ") + 1), "person");
  }
  for (const [k, v] of surnames) if (!kinds.has(k)) kinds.set(k, v);
  for (const k of twice) kinds.delete(k);
  return kinds;
}

/** The lower-case words of tokens [a, b) joined by one space, without a final possessive "'s". */
function keyOf(toks: Token[], a: number, b: number): string {
  let key = "";
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (!t.word) return "";
    const w = k === b - 1 && isPossessive(t) ? t.lw.slice(0, -2) : t.lw;
    key = key ? `${key} ${w}` : w;
  }
  return key;
}
