// English sports copy names teams after their towns, states and universities: a town is a team where the words
// around it are a fixture ("East Fife v Clydebank"), a score with its scorers ("Derby 2 (Sturridge 62)"), a
// sports position ("Surrey all-rounder Adam Hollioake", "Porto central defender"), or a state's university
// ("Ohio State").
import { tokAt, type Token } from "../../text/tokenize";
import { lowerBefore } from "../../text/unicode";
import * as gaz from "../../lexicon/gazetteer";
import { ATHLETE_ROLES, MATCH_WORDS, POSITION_ADJECTIVES, RESULT_VERBS_AFTER, RESULT_WORDS_BEFORE, SPORT_HEADINGS, SPORT_ROLES } from "../../lexicon/en/entities";
import { isPossessive } from "../../entities/possessive";
import { MINUTE } from "../../lexicon/entity-words";

const INT = /^\d{1,3}$/;
/** Whether w opens with an ASCII digit, as INT needs: most words do not, and skip the regex. */
const digitFirst = (w: string): boolean => { const c = w.charCodeAt(0); return c >= 48 && c <= 57; };
const VERSUS = new Set(["v", "vs", "v."]);

/** A fixture "X v Y": the lower-case "v" (or "vs") right before or after the name, on the same line. */
export function inFixture(toks: Token[], a: number, b: number): boolean {
  const after = toks[b];
  const before = tokAt(toks, a - 1);
  return !!after && after.nl === 0 && VERSUS.has(after.t) && toks[b + 1]?.cap === true ||
    !!before && toks[a].nl === 0 && VERSUS.has(before.t) && toks[a - 2]?.cap === true;
}

/** A score with its scorers: "Derby 2 (Sturridge 62", "1860 Munich 1 (Bormirow 8th)"; or a score line "Liverpool 0 Sheffield Wednesday 1". */
export function withScore(toks: Token[], a: number, b: number): boolean {
  const n = toks[b];
  if (!n || n.nl > 0 || !digitFirst(n.t) || !INT.test(n.t)) return false;
  const p = toks[b + 1];
  if (p?.t === "(" && p.nl === 0 && toks[b + 2]?.cap && toks[b + 2].word) return true;
  // Between two scores: "0 Sheffield Wednesday 1".
  const before = toks[a - 1];
  return !!before && INT.test(before.t) && toks[a].nl === 0 && toks[a - 2]?.word === true && toks[a - 2].cap;
}

/**
 * A side in a score line with its scorers, whatever its name: "Werder Bremen 1 (Bode 85th)", and the side after a
 * scorers list closes, before its own score: "(Reich 29th, Wosz 89th) Hansa Rostock 0".
 */
export function sideWithScorers(toks: Token[], a: number, b: number): boolean {
  const n = toks[b];
  if (!n || n.nl > 0 || !digitFirst(n.t) || !INT.test(n.t)) return false;
  if (toks[b + 1]?.t === "(" && toks[b + 2]?.cap && MINUTE.test(toks[b + 3]?.t ?? "")) return true;
  const p = toks[a - 1];
  return p?.t === ")" && toks[a].nl === 0 && MINUTE.test(toks[a - 2]?.t ?? "") && toks[a - 3]?.cap === true;
}

/** A sports position after the name, with at most one adjective: "Surrey all-rounder X", "Ohio State left tackle X". */
export function beforeSportRole(toks: Token[], b: number): boolean {
  let k = b;
  if (toks[k] && !toks[k].cap && POSITION_ADJECTIVES.has(toks[k].lw) && toks[k].nl === 0) k++;
  const r = toks[k];
  return !!r && !r.cap && r.nl === 0 && SPORT_ROLES.has(r.lw) && k > b - 1 && (r.lw !== "manager" && r.lw !== "coach" && r.lw !== "captain" || !!toks[k + 1]?.cap);
}

/**
 * "Arsenal manager Arsene Wenger", "Boca striker Juan Roman": a name of one word, no given name and no town, before a
 * sports position and a person's name (a given name, or two capitalised words) is a team, in sports copy (a sports page, or a score anywhere in the article); the
 * article pass (entities/settle.ts) then makes the same name a team where only a verb follows it ("Arsenal beat …").
 */
export function sideBeforeRole(toks: Token[], a: number, b: number): boolean {
  if (b - a !== 1 || toks[a].upper || isPossessive(toks[a]) || gaz.isFirstName(toks[a].form) || gaz.isPlace(toks[a].form) || !beforeSportRole(toks, b)) return false;
  const k = toks[b].lw === toks[b].t && POSITION_ADJECTIVES.has(toks[b].lw) && SPORT_ROLES.has(toks[b + 1]?.lw ?? "") ? b + 2 : b + 1;
  if (ATHLETE_ROLES.has(toks[k - 1].lw)) return false;
  const n = toks[k];
  const m = toks[k + 1];
  if (!n?.cap || !n.word || n.nl > 0 || !gaz.isFirstName(n.form) && !(m?.cap && m.word && m.nl === 0)) return false;
  return sportsPage(toks) || toks.some((t) => digitFirst(t.t) && SCORE.test(t.t));
}

/** "Ohio State", "Arizona State": a state's university. */
export function stateUniversity(toks: Token[], a: number, b: number): boolean {
  return b - a >= 2 && toks[b - 1].t === "State" && gaz.placeInfo(toks.slice(a, b - 1).map((t) => t.t).join(" "))?.kind === "region";
}

/** "the Mets", "the Cardinals beat the Rockies 7-4": a capitalised plural after "the", in a sentence of a match report, is a team. */
export function pluralTeam(toks: Token[], a: number, b: number): boolean {
  if (b - a !== 1 || tokAt(toks, a - 1)?.lw !== "the" || toks[a].upper || !(toks[a].t.endsWith("s") && lowerBefore(toks[a].t, 1))) return false;
  const w = toks[a].t;
  if (gaz.isDemonym(w) || gaz.isPlace(w)) return false;
  // A plural that is also a word ("the Giants", "the Reds") names a team on a sports page only.
  if (gaz.isCommonWord(w, "en") && !sportsPage(toks)) return false;
  return matchSentence(toks, a);
}

/** Whether the sentence around token a reports a match: a match word or a score ("7-4"). */
function matchSentence(toks: Token[], a: number): boolean {
  const SCORE = /^\d{1,3}-\d{1,3}$/;
  for (let k = a; k >= 0 && a - k < 40; k--) {
    if (MATCH_WORDS.has(toks[k].lw) || SCORE.test(toks[k].t)) return true;
    if (toks[k].sent) break;
  }
  for (let k = a + 1; k < toks.length && k - a < 40; k++) {
    if (toks[k].sent) break;
    if (MATCH_WORDS.has(toks[k].lw) || SCORE.test(toks[k].t)) return true;
  }
  return false;
}

/** How many tokens of the first line a sports heading's sport may stand after ("NBA BASKETBALL - …"). */
const MAX_HEADING_LEAD = 3;
const SCORE = /^\d{1,3}-\d{1,3}$/;

/**
 * A sports page: the article opens with a heading whose first words name a sport in capitals, before a dash
 * ("BASEBALL - CUBS TOP BRAVES.", "NBA BASKETBALL - RESULTS", "NFL AMERICAN FOOTBALL-STANDINGS").
 */
export function sportsPage(toks: Token[]): boolean {
  for (let k = 0; k < toks.length && k <= MAX_HEADING_LEAD && (k === 0 || toks[k].nl === 0); k++) {
    const t = toks[k];
    if (!t.word || !t.upper) return false;
    const dash = t.lw.indexOf("-");
    const sport = dash > 0 ? t.lw.slice(0, dash) : t.lw;
    if (SPORT_HEADINGS.has(sport) && (dash > 0 || toks[k + 1]?.t === "-" || toks[k + 1]?.t === ":" || SPORT_HEADINGS.has(toks[k + 1]?.lw ?? ""))) return true;
  }
  return false;
}

/** Whether the sentence around token a holds a score ("2-1", "101-95"). */
export function scoreInSentence(toks: Token[], a: number): boolean {
  for (let k = a; k >= 0 && a - k < 40; k--) {
    if (SCORE.test(toks[k].t)) return true;
    if (toks[k].sent) break;
  }
  for (let k = a + 1; k < toks.length && k - a < 40 && !toks[k].sent; k++) if (SCORE.test(toks[k].t)) return true;
  return false;
}

/**
 * A town that plays, in sports copy: the subject of a result ("Detroit won", "Leeds beat Chelsea 2-1"), its object
 * or opponent ("beat Portland 101-95", "a win over Denver", "a homer for Houston"), or the club of a player
 * ("Atlanta's Tom Harwell"). Evidence: the article is a sports page, or a score stands in the sentence with a verb of
 * a result; a town in a place's slot ("in Lisbon", "from Glasgow") stays a place.
 */
export function townThatPlays(toks: Token[], a: number, b: number, firstName: (t: Token) => boolean): boolean {
  const after = toks[b];
  const before = tokAt(toks, a - 1);
  const possessive = isPossessive(toks[b - 1]);
  const subject = !possessive && !!after && after.nl === 0 && RESULT_VERBS_AFTER.has(after.lw);
  const object = !!before && toks[a].nl === 0 && RESULT_WORDS_BEFORE.has(before.lw) && !before.cap &&
    (before.lw !== "with" || toks[a - 2]?.lw === "drew" || toks[a - 2]?.lw === "draw" || toks[a - 2]?.lw === "tied");
  const club = possessive && !!after && after.nl === 0 && after.cap && firstName(after);
  if (!subject && !object && !club) return false;
  if (sportsPage(toks)) return true;
  // Outside a sports page, only a verb of a result with a score: "Leeds beat Chelsea 2-1".
  const verb = subject || object && !(before.lw === "against" || before.lw === "over" || before.lw === "for");
  return verb && scoreInSentence(toks, a);
}
