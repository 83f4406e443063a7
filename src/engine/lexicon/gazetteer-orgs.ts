// Organisations: known organisations and media, and the cue words (legal forms, head nouns) that mark one.

import { KNOWN_ORGS, ORG_CUES } from "./data/orgs";
import { grouped, lazy, longestMatch, memo, normalizeApostrophes, wordCount, type TokenMatch } from "./gazetteer-tables";

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
  const cues = new Map<string, OrgCue>();
  for (const { group, name } of grouped(ORG_CUES)) if (!cues.has(name)) cues.set(name, group as OrgCue);
  return { map, cues, maxWords };
});

/** What a known organisation or medium is ("AFP", "Mehr News", "Maison-Blanche"). */
function orgInfoRaw(name: string): OrgInfo | undefined {
  const { map } = orgs();
  const n = normalizeApostrophes(name.trim());
  return map.get(n) ?? map.get(n.replace(/^(?:the|la|le|les)\s+|^l'/i, ""));
}
const orgInfoMemo = memo(orgInfoRaw);
export function orgInfo(name: string): OrgInfo | undefined {
  return orgInfoMemo(name);
}

export function isKnownOrg(name: string): boolean {
  return orgInfo(name) !== undefined;
}

/** Most words in a known organisation name. */
export function maxOrgWords(): number {
  return orgs().maxWords;
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
export function orgSuffix(word: string): OrgCue | undefined {
  return orgSuffixMemo(word);
}
