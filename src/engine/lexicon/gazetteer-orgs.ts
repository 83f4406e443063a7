// Organisations: known organisations and media, and the cue words (legal forms, head nouns) that mark one.

import { KNOWN_ORGS, ORG_CUES } from "./data/orgs";
import { grouped, lazy, longestMatch, memo, normalizeApostrophes, wordCount, type TokenMatch, type Word } from "./gazetteer-tables";

export type OrgKind = "media" | "intl" | "gov" | "party" | "company" | "other";

export interface OrgInfo {
  kind: OrgKind;
  /** Also a common word, place or person ("Apple", "Orange", "AP"): needs context. */
  ambiguous: boolean;
}

/** How an organisation cue word is used: a legal form closes a name, a head noun opens or closes one. */
export type OrgCue = "legal" | "head";

const orgs = lazy(() => {
  const map = new Map<string, OrgInfo>();
  let maxWords = 1;
  for (const { group, name, flagged } of grouped(KNOWN_ORGS)) {
    if (map.has(name)) continue;
    map.set(name, { kind: group as OrgKind, ambiguous: flagged });
    maxWords = Math.max(maxWords, wordCount(name));
  }
  // Lower-case words inside known names ("socialiste" of "Parti socialiste"): a run of capitals that one of
  // these follows may be a longer known name.
  const lowerWords = new Set<string>();
  for (const name of map.keys()) for (const w of name.split(/\s+/).slice(1)) if (w && w[0] !== w[0].toUpperCase()) lowerWords.add(w);
  const cues = new Map<string, OrgCue>();
  for (const { group, name } of grouped(ORG_CUES)) if (!cues.has(name)) cues.set(name, group as OrgCue);
  return { map, cues, maxWords, lowerWords };
});

/** What a known organisation or medium is ("AFP", "Mehr News", "Maison-Blanche"). */
function orgInfoRaw(name: string): OrgInfo | undefined {
  const { map } = orgs();
  const n = normalizeApostrophes(name.trim());
  return map.get(n) ?? map.get(n.replace(/^(?:the|la|le|les)\s+|^l'/i, ""));
}
const orgInfoMemo = memo(orgInfoRaw);
export function orgInfo(name: Word): OrgInfo | undefined {
  return orgInfoMemo(name);
}

export function isKnownOrg(name: Word): boolean {
  return orgInfo(name) !== undefined;
}

/** Most words in a known organisation name. */
export function maxOrgWords(): number {
  return orgs().maxWords;
}

/** Whether a lower-case word occurs after the first word of a known organisation name ("socialiste", "national"). */
export function inKnownOrgName(word: string): boolean {
  return orgs().lowerWords.has(word);
}

/** Longest known organisation name starting at tokens[start]. */
export function matchOrg(tokens: readonly string[], start: number): TokenMatch<OrgInfo> | undefined {
  return longestMatch(tokens, start, orgs().maxWords, orgInfo);
}

/** Whether a word marks an organisation name: legal form ("Inc.", "GmbH") or head noun ("Ministry", "parti"). */
function orgSuffixRaw(word: string): OrgCue | undefined {
  return orgs().cues.get(normalizeApostrophes(word.trim()));
}
const orgSuffixMemo = memo(orgSuffixRaw);
export function orgSuffix(word: Word): OrgCue | undefined {
  return orgSuffixMemo(word);
}
