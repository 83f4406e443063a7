// English runs of capitals that go on over "of": an organisation head's complement ("Bank of Japan") and a
// known place's ("Isle of Man"). Reached through the English entity hooks (entities.ts).
import * as gaz from "../../lexicon/gazetteer";
import type { Token } from "../../text/tokenize";
import { isPossessive } from "../../entities/possessive";

const MAX_OF_WORDS = 3;

/**
 * "United States of America", "Isle of Man", "Republic of Haiti": an English run that goes on with
 * "of" and capitals into a known place name takes them in. Returns the run's new end, or `j`.
 */
export function placeWithOf(toks: Token[], i: number, j: number): number {
  const of = toks[j];
  if (of?.lw !== "of" || of.nl > 0) return j;
  let k = j + 1;
  while (k < toks.length && k - j <= MAX_OF_WORDS && toks[k].cap && toks[k].word && toks[k].nl === 0) k++;
  if (k === j + 1) return j;
  return gaz.placeInfo(toks.slice(i, k).map((t) => t.t).join(" ")) ? k : j;
}

/** Whether an English word heads an organisation named by its "of" complement ("Bank", "Senate", "House"). */
function orgHeadWord(t: Token): boolean {
  if (!t.cap || t.upper) return false;
  const w = gaz.longS(t.t);
  return gaz.orgSuffix(w) === "head" || w === "House" || w === "Representatives" || gaz.orgInfo(w)?.kind === "gov";
}

/**
 * "Bank of Japan", "University of Yangon", "Senate of the United States", "House of Reprefentatives of
 * the United States": a run closed by an organisation head goes on through "of" (and "the") over the
 * capitals after it. Returns the run's new end, or `j`.
 */
export function orgWithOf(toks: Token[], j: number): number {
  let end = j;
  while (end > 0 && toks[end]?.lw === "of" && toks[end].nl === 0 && orgHeadWord(toks[end - 1])) {
    let k = end + 1;
    if (toks[k]?.lw === "the" && toks[k].nl === 0) k++;
    const start = k;
    while (k < toks.length && k - start < MAX_OF_WORDS && toks[k].cap && toks[k].word && toks[k].nl === 0 && !isPossessive(toks[k])) k++;
    if (k === start) break;
    end = k;
  }
  return end;
}
