// What the shape of a line says about a name, where sentences give no cues: results tables
// ("Barcelona (Spain) 9 4 5 13", "Greenock Morton 1 Falkirk 0", "BUFFALO 9 4 0 267 215"),
// athletes with their country ("Geir Moen (Norway) 20.41", "Guy Forget (France) beat ...")
// and datelines ("VAIL, Colorado 1996-12-07", "PARIS (Reuters) -").
import * as gaz from "../lexicon/gazetteer";
import { tokAt, type Token } from "../text/tokenize";
import { linkLines as linkLinesOf } from "../text/link-lines";
import { LINK_LABELS, FIXTURE_JOINERS, MINUTE } from "../lexicon/entity-words";

/**
 * team: a club or side in a results table; athlete: a competitor; dateline: the place a story is
 * filed from; credit: a byline or photo credit ("Jane Roe, The Canadian Press", "John Doe / Reuters"),
 * which names the reporter, not someone in the story; link: a line that links to another story
 * ("READ MORE: ..."); scorer: a player with the minute of a goal ("(Powell 71)"), even one named
 * like a town; roster: a name in a list printed without commas (a cast, a column of names: lang/fr/name-lists.ts).
 */
export type Layout = "team" | "athlete" | "scorer" | "dateline" | "credit" | "link" | "roster";

const INT = /^\d+$/;
const DATE = /^\d{4}-\d\d-\d\d$/;
const MAX_PAREN_WORDS = 4;
const MAX_DATELINE_WORDS = 8;

const sameLine = (toks: Token[], k: number) => !!toks[k] && toks[k].nl === 0;
const lineStart = (toks: Token[], a: number) => a === 0 || toks[a].nl > 0 || rankBefore(toks, a);

/** "1. Michael Johnson", "22= Regine Cavagnoud", "8 - Lindsay Davenport": a rank opens the line. */
function rankBefore(toks: Token[], a: number): boolean {
  const p = toks[a - 1];
  const q = tokAt(toks, a - 2);
  return !!p && !!q && (p.t === "." || p.t === "=" || p.t === "-") && INT.test(q.t) && (q.nl > 0 || a - 2 === 0);
}

/** A whole number standing alone: "9", not "5.86", "1:44" or "33,000". */
function integerAt(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t || t.nl > 0 || !INT.test(t.t)) return false;
  const n = toks[k + 1];
  return !(n && n.s === t.e && (n.t === "." || n.t === ":" || n.t === ",") && toks[k + 2] && /^\d/.test(toks[k + 2].t) && toks[k + 2].s === n.e);
}

/** Index after "(Country)" following token b, or -1. */
function countryParen(toks: Token[], b: number): number {
  if (toks[b]?.t !== "(" || toks[b].nl > 0) return -1;
  let k = b + 1;
  while (k < toks.length && k - b <= MAX_PAREN_WORDS + 1 && toks[k].t !== ")" && toks[k].nl === 0) k++;
  if (toks[k]?.t !== ")" || k === b + 1) return -1;
  const inner = toks.slice(b + 1, k).map((t) => t.t).join(" ").replace(/ \./g, ".");
  // Initials ("U.S.") end on a period: tested first, the regex (costly to compile on a first call) runs only then.
  return gaz.placeInfo(inner) || inner.endsWith(".") && /^(?:\p{Lu}\.){2,}$/u.test(inner) ? k + 1 : -1;
}

/** Number of whole numbers in a row from token k on the same line. */
function integersFrom(toks: Token[], k: number): number {
  let n = 0;
  while (integerAt(toks, k + n)) n++;
  return n;
}

/**
 * The layout role of the name at tokens [a, b), if its line is a table row or a dateline.
 */
export function layoutOf(toks: Token[], a: number, b: number): Layout | undefined {
  if (inProse(toks, a, b)) return undefined;
  if (credit(toks, a, b)) return "credit";
  if (fixture(toks, a, b)) return "team";
  if (scorer(toks, a, b)) return "scorer";
  if (lineupNumber(toks, a)) return "athlete";
  const afterParen = countryParen(toks, b);
  if (afterParen > 0) {
    // "Barcelona (Spain) 9 4 5 13", "Arab Contractors (Egypt) 4 Sodigraf (Zaire) 0"; not a set
    // score "6 - 3" or "3 minutes 49.09 seconds", nor a player who beat or was beaten.
    const n = toks[afterParen];
    const ints = integersFrom(toks, afterParen);
    const next = toks[afterParen + ints];
    const scoreEnds = !next || next.nl > 0 || (next.cap && next.word) || integerAt(toks, afterParen + ints);
    if (toks[a - 1]?.lw !== "beat" && (ints >= 2 || ints === 1 && scoreEnds)) return "team";
    if (!n || n.nl > 0 || n.lw === "beat" || /^\d/.test(n.t) || toks[a - 1]?.lw === "beat") return "athlete";
    return undefined;
  }
  if (!lineStart(toks, a)) return scoreAfter(toks, a, b) ? "team" : undefined;
  if (allUpper(toks, a, b) && datelineAfter(toks, b)) return "dateline";
  const ints = integersFrom(toks, b);
  if (ints >= 3 || (ints >= 1 && scoreLine(toks, b + ints))) return "team";
  return undefined;
}

/**
 * Most names stand inside a line after a word or a mark, before no bracket or slash: no layout rule can hold there
 * (each needs a line start, a fixture joiner or "by"/"from" before the name, a slash, a number before "." or "-"
 * before it, a minute after "(" or ",", or "(" or "/" after it), so one look at the neighbours spares the rules.
 */
function inProse(toks: Token[], a: number, b: number): boolean {
  const p = tokAt(toks, a - 1);
  const n = toks[b];
  if (!p || toks[a].nl > 0 || n && (n.t === "/" || n.t === "(")) return false;
  if (p.word) return !startsWithDigit(p) && p.lw !== "by" && p.lw !== "from" && !isFixtureJoiner(p);
  const m = p.t;
  if (m === "/") return false;
  // A rank or a shirt number before the name: "1. Michael Johnson", "3 - Naoki Soma".
  if (m === "." || m === "=" || m === "-") return !startsWithDigit(toks[a - 2]);
  // A scorer's minute after the name: "(Powell 71)", ", Vieira 90".
  if (m === "(" || m === ",") return !startsWithDigit(n);
  return true;
}

function startsWithDigit(t: Token | undefined): boolean {
  const c = t ? t.t.charCodeAt(0) : 0;
  return c >= 48 && c <= 57;
}

/** "Greenock Morton 1 [Falkirk] 0": a name after a score, itself followed by one. */
function scoreAfter(toks: Token[], a: number, b: number): boolean {
  const p = toks[a - 1];
  if (!p || !integerAt(toks, a - 1) || toks[a].nl > 0) return false;
  // Walk back over the previous name to the line start.
  let first = a - 2;
  while (first > 0 && toks[first].word && toks[first].cap && toks[first].nl === 0) first--;
  if (first < 0 || !toks[first].word || !toks[first].cap || !(first === 0 || toks[first].nl > 0)) return false;
  return integerAt(toks, b) || countryParen(toks, b) > 0;
}

/** After "Team 1", another capitalised name followed by a number: "Team 1 Other 0". */
function scoreLine(toks: Token[], k: number): boolean {
  let j = k;
  if (toks[j]?.t === "(" && sameLine(toks, j)) { // "Arsenal 2 (Adams 45, Vieira 90) Derby 2"
    while (j < toks.length && toks[j].t !== ")" && sameLine(toks, j + 1)) j++;
    j++;
  }
  if (!sameLine(toks, j) || !toks[j].cap) return false;
  while (sameLine(toks, j) && toks[j].word && toks[j].cap) j++;
  return integerAt(toks, j);
}

function allUpper(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (toks[k].word && !toks[k].upper) return false;
  return true;
}

/** "VAIL, Colorado 1996-12-07", "NEW YORK 1996-08-30", "PARIS (Reuters) -". */
function datelineAfter(toks: Token[], b: number): boolean {
  for (let k = b, n = 0; k < toks.length && n < MAX_DATELINE_WORDS && toks[k].nl === 0; k++, n++) {
    const t = toks[k];
    if (DATE.test(t.t)) return true;
    if (t.t === "(" && k === b) return gaz.isKnownOrg(toks[k + 1]?.form ?? "");
    if (t.word && !t.cap) return false;
  }
  return false;
}

const MAX_BYLINE_ORG_WORDS = 5;

/**
 * "Tijana Martin / The Canadian Press", "REUTERS/Chris Helgren", "By Jane Roe", "With files from
 * Jane Roe", and a line "Jane Roe, The Associated Press": a credit, not a person of the story.
 */
function credit(toks: Token[], a: number, b: number): boolean {
  const n = toks[b];
  if (n && n.t === "/" && n.nl === 0 && toks[b + 1]?.cap && toks[b + 1].nl === 0) return true;
  const p = tokAt(toks, a - 1);
  if (p && p.t === "/" && toks[a].nl === 0 && p.e === toks[a].s && toks[a - 2]?.cap && toks[a - 2].e === p.s) return true;
  if (p && toks[a].nl === 0 && (p.lw === "by" && (a - 1 === 0 || p.nl > 0) || p.lw === "from" && toks[a - 2]?.lw === "files")) return true;
  if (!(a === 0 || toks[a].nl > 0) || n?.t !== "," || n.nl > 0) return false;
  const words: string[] = [];
  let k = b + 1;
  for (; k < toks.length && toks[k].nl === 0 && words.length <= MAX_BYLINE_ORG_WORDS; k++) words.push(toks[k].t);
  return (k === toks.length || toks[k].nl > 0) && words.length > 0 && gaz.isKnownOrg(words.join(" "));
}

const LABELS = [...LINK_LABELS].map((label) => label.split(" "));
const LABEL_FIRSTS = new Set(LABELS.map((label) => label[0] ?? ""));

/** Whether a line opening with this token may be a link line (it opens with a label's first word): most open with none. */
export const opensLinkLabel = (t: Token): boolean => LABEL_FIRSTS.has(t.lw) || LABEL_FIRSTS.has("");

/** Per token index: 1 when its line links to another story (a label of either language, then a colon), so its names are not the story's. */
export function linkLines(toks: Token[]): Uint8Array {
  return linkLinesOf(toks, LABELS, false);
}

export const isFixtureJoiner = (t: Token | undefined): boolean => !!t && t.upper && t.nl === 0 && FIXTURE_JOINERS.has(t.lw);

/** "DALLAS AT ARIZONA", "NY JETS AT NEW ENGLAND": a line that is a fixture between two teams. */
function fixture(toks: Token[], a: number, b: number): boolean {
  if (!allUpper(toks, a, b)) return false;
  const n = toks[b];
  if (lineStart(toks, a) && isFixtureJoiner(n) && toks[b + 1]?.cap && toks[b + 1].upper && toks[b + 1].nl === 0) return true;
  return isFixtureJoiner(tokAt(toks, a - 1)) && toks[a].nl === 0 && toks[a - 2]?.upper && (b === toks.length || toks[b].nl > 0);
}

/** "Derby 2 (Sturridge 62, Powell 71)", "(Kirsten 18th, Ramelow 56th)": a scorer and the minute. */
function scorer(toks: Token[], a: number, b: number): boolean {
  const p = tokAt(toks, a - 1);
  const m = toks[b];
  const after = toks[b + 1];
  if (!p || !(p.t === "(" || p.t === ",") || !m || !MINUTE.test(m.t) || !after || !(after.t === ")" || after.t === ",")) return false;
  if (p.t === "(") return true;
  // After a comma, the list must have opened with "(Name minute".
  let k = a - 2;
  while (k > 0 && toks[k].t !== "(" && toks[k].t !== ")" && a - k < 12) k--;
  return toks[k]?.t === "(" && MINUTE.test(toks[k + 2]?.t ?? "") || MINUTE.test(toks[k + 3]?.t ?? "");
}

/** "1 - Kenji Honda, 3 - Naoki Soma": a shirt number before a player in a line-up. */
function lineupNumber(toks: Token[], a: number): boolean {
  const p = tokAt(toks, a - 1);
  const q = tokAt(toks, a - 2);
  const r = tokAt(toks, a - 3);
  return p?.t === "-" && !!q && INT.test(q.t) && q.nl === 0 && toks[a].nl === 0 && !!r && (r.t === "," || r.t === "-" || r.t === "(") && r.nl === 0;
}
