// The date an article carries: its front matter (`date: 2012-07-05`) or its dateline ("5 juillet 2012. -",
// "PARIS, March 3 (Reuters) -", "WASHINGTON, July 5, 2012 —", "Paris, le 5 juillet 2012" on a line of its own).
// Only the head of the article is read, and only a date shaped as a dateline: a date of the body ("Le 14 juillet
// 1789, la foule…", "il est né le 3 mars 1950") is not the article's.
import { MONTHS, WEEKDAYS_EN } from "../lexicon/time-words";
import { lazy } from "../text/lazy";

export interface ArticleDate {
  /** Absent when the dateline gives none ("PARIS, March 3 (Reuters) -"). */
  year?: number;
  month: number;
  day?: number;
}

/** How far into the article (after any front matter) a dateline is looked for, in characters. */
const HEAD = 400;
const MONTH = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join("|");
const NOT_WORD = "(?![\\p{L}\\d])";
// 5 juillet 2012, 1er juillet 2012, 5 July 2012, 5 Jan. 2012
const DAY_MONTH = lazy(() => new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(${MONTH})\\.?\\s+(\\d{4})${NOT_WORD}`, "giu"));
// July 5, 2012; March 3 (no year); Jan. 5 2012
const MONTH_DAY = lazy(() => new RegExp(`(?<![\\p{L}\\d])(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?${NOT_WORD}`, "giu"));
// 2012-07-05
const ISO = lazy(() => /(?<![\p{L}\d])(\d{4})-(\d{2})-(\d{2})(?![\p{L}\d])/gu);
/** Lower-case words a dateline's line may hold before its date (besides capitalised place names). */
const DATELINE_WORDS = new Set(["le", "du", "on", "publié", "publie", "mis", "à", "a", "jour", "modifié", "published", "updated",
  "posted", "last", "modified", "date", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", ...WEEKDAYS_EN]);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function valid(d: ArticleDate): boolean {
  if (d.year !== undefined && (d.year < 1800 || d.year > 2199)) return false;
  if (d.month < 1 || d.month > 12) return false;
  return d.day === undefined || (d.day >= 1 && d.day <= DAYS_IN_MONTH[d.month - 1]);
}

/** The words before the date on its line are a place in capitals and dateline words ("PARIS,", "Paris, le", "Published:"). */
function datelinePrefix(head: string, at: number): boolean {
  const lineStart = head.lastIndexOf("\n", at - 1) + 1;
  const prefix = head.slice(lineStart, at);
  if (prefix.length > 60) return false;
  for (const w of prefix.match(/\p{L}+/gu) ?? []) {
    if (/^\p{Lu}/u.test(w)) continue;
    if (!DATELINE_WORDS.has(w)) return false;
  }
  return true;
}

/** What may follow a dateline's date: a time, a full stop or comma, an agency in brackets, then a dash or the line's end. */
function datelineAfter(head: string, end: number): boolean {
  let rest = head.slice(end, end + 80);
  const skip = (re: RegExp) => { const m = re.exec(rest); if (m) rest = rest.slice(m[0].length); };
  skip(/^[ \t]*(?:(?:,|à|at)[ \t]*)?\d{1,2}[:h.]\d{2}(?:[ \t]*[ap]\.?m\.?)?/i);
  skip(/^[ \t]*[.,]/);
  skip(/^[ \t]*\([^()\n]{1,40}\)/);
  return /^[ \t]*(?:[-–—]|\r?\n|$)/.test(rest);
}

type Found = { at: number; date: ArticleDate };

/** The first dateline date of the head with a year, else the first without ("Summary - Aug 30." before "NEW YORK 1996-08-29"). */
function scan(head: string, shaped: boolean): Found | undefined {
  const best: { year?: Found; any?: Found } = {};
  const consider = (m: RegExpExecArray, date: ArticleDate) => {
    const slot = date.year === undefined ? "any" : "year";
    if ((best[slot]?.at ?? Infinity) <= m.index) return;
    if (!valid(date)) return;
    if (shaped && !(datelinePrefix(head, m.index) && datelineAfter(head, m.index + m[0].length))) return;
    best[slot] = { at: m.index, date };
  };
  const month = (s: string) => MONTHS.get(s.toLowerCase())!;
  for (const m of head.matchAll(DAY_MONTH())) consider(m, { year: +m[3], month: month(m[2]), day: +m[1] });
  for (const m of head.matchAll(MONTH_DAY())) consider(m, { ...(m[3] ? { year: +m[3] } : {}), month: month(m[1]), day: +m[2] });
  for (const m of head.matchAll(ISO())) consider(m, { year: +m[1], month: +m[2], day: +m[3] });
  return best.year ?? best.any;
}

/** The front matter's `date:` value, and where the article's body starts. */
function frontMatter(text: string): { date?: string; body: number } {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return { body: 0 };
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const end = close.exec(text);
  if (!end) return { body: 0 };
  const yaml = text.slice(open[0].length, end.index);
  const date = /^date[ \t]*:[ \t]*["']?([^"'\r\n]+)/im.exec(yaml)?.[1];
  return { date, body: end.index + end[0].length };
}

const ISO_VALUE = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;

/** The date the article carries, or undefined. */
export function readDate(text: string): ArticleDate | undefined {
  const fm = frontMatter(text);
  if (fm.date) {
    const iso = ISO_VALUE.exec(fm.date.trim());
    const d = iso ? { year: +iso[1], month: +iso[2], ...(iso[3] ? { day: +iso[3] } : {}) } : scan(fm.date, false)?.date;
    if (d && valid(d)) return d;
  }
  return scan(text.slice(fm.body, fm.body + HEAD), true)?.date;
}

/** "2012-07-05", or "2012-07" without a day; undefined without a year (the date cannot be placed in time). */
export function dateKey(d: ArticleDate | undefined): string | undefined {
  if (d?.year === undefined) return undefined;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.year}-${two(d.month)}${d.day === undefined ? "" : `-${two(d.day)}`}`;
}
