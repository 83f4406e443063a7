// Organisations: known organisations and media, and the cue words (legal forms, head nouns) that mark one.

import { ORG_CUES } from "./data/orgs";
import { MAX_ORG_WORDS, ORG_LOWER_WORD_SET, ORGS } from "./data/gazetteers.generated";
import { compiledGet, compiledHas } from "./compiled";
import { grouped, matcher, memo, memoFlag, normalizeApostrophes, type TokenMatch, type Word } from "./gazetteer-tables";
import { lazy } from "../text/lazy";

export type OrgKind = "media" | "intl" | "gov" | "party" | "company" | "other";

export interface OrgInfo {
  kind: OrgKind;
  /** Also a common word, place or person ("Apple", "Orange", "AP"): needs context. */
  ambiguous: boolean;
}

/** How an organisation cue word is used: a legal form closes a name, a head noun opens or closes one. */
export type OrgCue = "legal" | "head";

// Known organisations are read compiled (data/gazetteers.generated.ts ORGS, see gazetteer-build.ts buildOrgs): a name's
// value is its kind, then "?" when it is ambiguous; one shared OrgInfo per value.
const ORG_INFO = new Map<string, OrgInfo>();
function orgGet(name: string): OrgInfo | undefined {
  const v = compiledGet(ORGS, name);
  if (v === undefined) return undefined;
  let info = ORG_INFO.get(v);
  if (!info) {
    const ambiguous = v.endsWith("?");
    info = { kind: (ambiguous ? v.slice(0, -1) : v) as OrgKind, ambiguous };
    ORG_INFO.set(v, info);
  }
  return info;
}

const cues = lazy(() => {
  const out = new Map<string, OrgCue>();
  for (const { group, name } of grouped(ORG_CUES)) if (!out.has(name)) out.set(name, group as OrgCue);
  return out;
});

/** What a known organisation or medium is ("AFP", "Mehr News", "Maison-Blanche"). */
function orgInfoRaw(name: string): OrgInfo | undefined {
  const n = normalizeApostrophes(name.trim());
  const found = orgGet(n);
  if (found !== undefined) return found;
  // Without its article, when it opens with one (l or t first).
  const c0 = n.charCodeAt(0) | 32;
  const bare = c0 === 108 || c0 === 116 ? n.replace(/^(?:the|la|le|les)\s+|^l'/i, "") : n;
  return bare === n ? undefined : orgGet(bare);
}
const orgInfoMemo = memo(orgInfoRaw, "org");
export function orgInfo(name: Word): OrgInfo | undefined {
  return orgInfoMemo(name);
}

export function isKnownOrg(name: Word): boolean {
  return orgInfo(name) !== undefined;
}

/** Most words in a known organisation name. */
export function maxOrgWords(): number {
  return MAX_ORG_WORDS;
}

const inKnownOrgNameMemo = memoFlag((w) => compiledHas(ORG_LOWER_WORD_SET, w));
/**
 * Whether a lower-case word occurs after the first word of a known organisation name ("socialiste", "national").
 * Asked with a token's form, the answer is a bit of the form (no string hashed).
 */
export function inKnownOrgName(word: Word): boolean {
  return inKnownOrgNameMemo(word);
}

/** Longest known organisation name starting at tokens[start]. */
const orgMatch = matcher(orgInfo, MAX_ORG_WORDS);
export function matchOrg(tokens: readonly string[], start: number): TokenMatch<OrgInfo> | undefined {
  return orgMatch(tokens, start);
}

/** Whether a word marks an organisation name: legal form ("Inc.", "GmbH") or head noun ("Ministry", "parti"). */
function orgSuffixRaw(word: string): OrgCue | undefined {
  return cues().get(normalizeApostrophes(word.trim()));
}
const orgSuffixMemo = memo(orgSuffixRaw, "cue");
export function orgSuffix(word: Word): OrgCue | undefined {
  return orgSuffixMemo(word);
}
