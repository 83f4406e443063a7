// Finds direct quotes between quotation marks in one linear scan of the text.
// Handles « » ‹ › “ ” „ “ ‘ ’ and straight quotes, nesting, multi-paragraph quotes
// (each paragraph re-opening with a mark, or French » / « repeated at paragraph start),
// two apostrophes used as a double quote, and stray marks: an unclosed mark never runs past
// its paragraph unless the next one continues the quote, and never past MAX_QUOTE characters.
// Linear in the worst case: the closing mark of every « comes from one bracket-matching pass, and the
// other marks share what one opener's scan learnt with every later opener whose scan reaches the same
// place in the same state (see Closer), so no stretch of text is read twice for the same question.
import { unicodeBits, U_LETTER, U_NUMBER } from "../text/unicode";

export interface MarkedQuote {
  start: number;
  /** Exclusive; includes the closing mark. */
  end: number;
  open: string;
}

const MAX_QUOTE = 20_000;
// A straight opening mark may close on a curly one ("The plan is dead,” she said), and a curly one on a straight one
// (“The plan is dead," she said), as copy mixing keyboards does (issue 11, English 4).
const PAIRS: Record<string, string> = { "«": "»", "‹": "›", "“": "”\"", "„": "“”", "\"": "\"”", "‘": "’" };
/** Marks that may re-open a quote at the start of a continuing paragraph. */
const CONTINUE: Record<string, string> = { "«": "«»", "‹": "‹›", "“": "“\"", "„": "„“", "\"": "\"“", "‘": "‘" };

/** The keys of PAIRS (the marks that may open a quote), to search for. */
const OPENER = /[«‹“„"‘]/g;

/** A newline or any quote mark, opening or closing (the keys and values of PAIRS). */
const MARK_OR_NEWLINE = /[\n"«»‹›‘’“”„]/g;

// One code unit (text[i]) read in unicode.ts's table: no regex to compile on a first call.
const isLetter = (c: string) => c.length === 1 ? (unicodeBits(c.charCodeAt(0)) & (U_LETTER | U_NUMBER)) !== 0 : /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string) => c === "" || /\s/u.test(c);

/**
 * What one regex pass finds for the direct quote readers: where a quote mark may open (the keys of PAIRS), where a
 * dash that a space follows stands (dialogue.ts), and whether two apostrophes stand for a double quote. One pass
 * over the text instead of one per reader: each pass cost as much as the rest of the reader.
 */
export interface MarkScan { openers: number[]; dashes: number[]; doubled: boolean }

const MARK_SCAN = /''|[«‹“„"‘]|[–—-][ \t\u00a0\u202f]/g;

export function scanMarks(text: string): MarkScan {
  const openers: number[] = [];
  const dashes: number[] = [];
  let doubled = false;
  MARK_SCAN.lastIndex = 0;
  while (MARK_SCAN.test(text)) {
    // Told apart by the last character matched: an apostrophe, a space after a dash, or the opening mark itself.
    const end = MARK_SCAN.lastIndex;
    const last = text.charCodeAt(end - 1);
    if (last === 39) doubled = true;
    else if (last === 32 || last === 9 || last === 0xa0 || last === 0x202f) dashes.push(end - 2);
    else openers.push(end - 1);
  }
  return { openers, dashes, doubled };
}

/** The quotes between marks; `scan`: scanMarks of the same text, when the caller has it. */
export function findMarkedQuotes(input: string, scan?: MarkScan): MarkedQuote[] {
  // Two apostrophes stand for a double quote in some wire copy (''Like this,'' he said): scan a
  // same-length copy where each pair reads as one straight mark, then give the span its second apostrophe.
  const doubled = scan ? scan.doubled : input.includes("''");
  const text = doubled ? input.replace(/''/g, "\"\u2060") : input;
  // (The copy has openers of its own.)
  const openers = doubled ? undefined : scan?.openers;
  let o = 0;
  const out: MarkedQuote[] = [];
  const n = text.length;
  // Next position of each closing mark, so an opener with no closer in reach fails at once
  // (a line of a million unbalanced marks stays linear).
  const next = new Map<string, number>();
  const nextClose = (closers: string, from: number) => {
    let best = Infinity;
    for (let k = 0; k < closers.length; k++) {
      const ch = closers[k];
      let at = next.get(ch);
      if (at === undefined || (at !== -1 && at < from)) { at = text.indexOf(ch, from); next.set(ch, at); }
      if (at >= 0 && at < best) best = at;
    }
    return best;
  };
  const closer = new Closer(text, openers);
  let i = 0;
  while (i < n) {
    // Most characters are no mark: the scan's list, or a regex search, jumps to the next possible opener.
    if (openers) {
      while (o < openers.length && openers[o] < i) o++;
      if (o >= openers.length) break;
      i = openers[o];
    } else {
      OPENER.lastIndex = i;
      if (!OPENER.test(text)) break;
      i = OPENER.lastIndex - 1;
    }
    const c = text[i];
    if (!canOpen(text, i, c)) { i++; continue; }
    if (nextClose(PAIRS[c], i + 1) > i + MAX_QUOTE) { i++; continue; }
    const end = closer.close(i, c);
    if (end < 0) { i++; continue; }
    const fixed = doubled && input.startsWith("''", end - 1) ? end + 1 : end;
    out.push({ start: i, end: fixed, open: c });
    i = fixed;
  }
  return out;
}

function canOpen(text: string, i: number, c: string): boolean {
  const prev = i > 0 ? text[i - 1] : "";
  const next = text[i + 1] ?? "";
  if (c === "\"" || c === "‘") {
    // Opening straight/single quotes follow a space or an opening punctuation and precede a word.
    if (!(isSpace(prev) || "([{—–-:/".includes(prev))) return false;
    return !isSpace(next) || c === "\"" && isLetter(text[i + 2] ?? "");
  }
  if (c === "“" && isLetter(prev)) return false;
  return true;
}

/**
 * Finds where the quote opened at each mark closes (the index after its closing mark, or -1).
 * Scanning afresh from every opener that fails would read up to MAX_QUOTE characters each time
 * ("a "a "a … or « « « … a » is quadratic); instead:
 * - a « closes where its bracket-matching pass says (depth counts every « after it), computed once;
 * - any other mark's scan depends only on its position and on the inner quote it has open, so a
 *   scan reaching a (position, inner) that an earlier scan of the same mark reached ends the same way:
 *   it fails at the same paragraph break, or goes on from where the earlier one hit its own (nearer)
 *   MAX_QUOTE limit. Runs of scans are joined in a union-find, and each (mark, position, inner) is
 *   read once.
 */
class Closer {
  private guillemets: Map<number, number> | undefined;
  private readonly runs = new Map<string, Map<number, Run>>();
  private readonly path: number[] = [];
  /** `openers`: every position where a mark may open (scanMarks), when known. */
  constructor(private readonly text: string, private readonly openers?: readonly number[]) {}

  close(open: number, c: string): number {
    if (c === "«") {
      this.guillemets ??= matchGuillemets(this.text, this.openers);
      const end = this.guillemets.get(open);
      return end !== undefined && end - 1 < open + MAX_QUOTE ? end : -1;
    }
    let memo = this.runs.get(c);
    if (!memo) this.runs.set(c, memo = new Map());
    return scan(this.text, open, c, memo, this.path);
  }
}

/** Where a scan ended: -1 fails for good (a paragraph break, no more marks), > 0 closes there (index after
 * the mark), 0 stopped at its opener's MAX_QUOTE limit and goes on from `at` with `inner` open. */
interface Run { parent: Run | null; end: number; at: number; inner: string }

/** Inner quotes a scan may hold open, numbered for the memo key. */
const INNER = ["", "«", "‹", "“", "„"];

function root(run: Run): Run {
  let top = run;
  while (top.parent) top = top.parent;
  while (run.parent) { const up: Run = run.parent; run.parent = top; run = up; }
  return top;
}

/** The scan for one opener other than «, sharing (position, inner) outcomes through `memo`. */
function scan(text: string, open: number, c: string, memo: Map<number, Run>, path: number[]): number {
  const closers = PAIRS[c];
  const limit = Math.min(text.length, open + MAX_QUOTE);
  // The run this scan joined, if it met an earlier one; and the (position, inner) states it went through,
  // recorded only if it fails: after a quote that closes, the search goes on past its end, where no later
  // scan can meet them (so text whose quotes close pays no more than a map look-up per mark).
  let run: Run | null = null;
  path.length = 0;
  let inner = "";
  let j = open + 1;
  for (;;) {
    if (j >= limit) return settle(memo, path, run, 0, j, inner);
    // Only newlines and quote marks can end, close, nest or open an inner quote: jump to the next one.
    MARK_OR_NEWLINE.lastIndex = j;
    if (!MARK_OR_NEWLINE.test(text)) return settle(memo, path, run, -1, 0, "");
    j = MARK_OR_NEWLINE.lastIndex - 1;
    if (j >= limit) return settle(memo, path, run, 0, j, inner);
    const key = j * 8 + INNER.indexOf(inner);
    const seen = memo.size ? memo.get(key) : undefined;
    if (seen) {
      // An earlier scan was here in the same state: from here on this one goes its way.
      const top = root(seen);
      if (run && run !== top) run.parent = top;
      run = top;
      if (run.end < 0) return settle(memo, path, run, -1, 0, "");
      if (run.end > 0) return run.end;
      j = run.at;
      inner = run.inner;
      continue;
    }
    path.push(key);
    if (text.charCodeAt(j) === 10) {
      const k = continuation(text, j, c);
      if (k < 0) return settle(memo, path, run, -1, 0, "");
      j = k + 1;
      continue;
    }
    const d = text[j];
    if (inner && (PAIRS[inner].includes(d)) && isClosing(text, j, d)) { inner = ""; j++; continue; }
    if (closers.includes(d) && isClosing(text, j, d)) {
      if (run) run.end = j + 1;
      return j + 1;
    }
    // Inside “…”, a straight mark in opening position opens an inner quote ("Closed"), so that only one in closing
    // position closes the curly one.
    if (!inner && d !== c && d in PAIRS && d !== "‘" && canOpen(text, j, d) && (d !== "\"" || c === "“")) inner = d;
    j++;
  }
}

/** Records a failed scan's outcome (see Run) for every state on its path; returns -1. */
function settle(memo: Map<number, Run>, path: number[], run: Run | null, end: number, at: number, inner: string): number {
  const done = run ?? { parent: null, end, at, inner };
  Object.assign(done, { end, at, inner });
  for (const key of path) memo.set(key, done);
  return -1;
}

/**
 * The closing index of every « (index after its », or absent): one pass with a stack of the quotes
 * still open, each » closing the innermost, a paragraph that does not continue the quote closing none.
 * A « that re-opens a continuing paragraph is skipped by the quotes around it but is an opener of its
 * own; it is kept on the stack as -1 - index and closes at the next » along with the quote under it.
 */
function matchGuillemets(text: string, openers?: readonly number[]): Map<number, number> {
  const match = new Map<number, number>();
  const open: number[] = [];
  let o = 0;
  for (let j = 0; j < text.length; j++) {
    // With no quote open, nothing before the next « matters: the openers' list jumps there.
    if (!open.length && openers) {
      while (o < openers.length && (openers[o] < j || text.charCodeAt(openers[o]) !== 0xab)) o++;
      if (o >= openers.length) break;
      j = openers[o];
    }
    MARK_OR_NEWLINE.lastIndex = j;
    if (!MARK_OR_NEWLINE.test(text)) break;
    j = MARK_OR_NEWLINE.lastIndex - 1;
    const d = text[j];
    if (d === "\n") {
      if (!open.length) continue;
      const k = continuation(text, j, "«");
      if (k < 0) { open.length = 0; continue; }
      if (text[k] === "«") open.push(-1 - k);
      j = k;
    } else if (d === "»") {
      while (open.length && open[open.length - 1] < 0) match.set(-1 - open.pop()!, j + 1);
      if (open.length) match.set(open.pop()!, j + 1);
    } else if (d === "«") open.push(j);
  }
  return match;
}

function isClosing(text: string, j: number, d: string): boolean {
  if (d === "\"" || d === "’") {
    const next = text[j + 1] ?? "";
    const prev = text[j - 1] ?? "";
    if (isLetter(next)) return false; // an apostrophe or an opening mark
    if (d === "\"" && isSpace(prev)) return false;
  }
  return true;
}

/**
 * At a newline inside an open quote: the index of the continuing paragraph's re-opening mark
 * (so the scan goes on after it), or -1 when the next paragraph does not continue the quote.
 */
function continuation(text: string, nl: number, c: string): number {
  let k = nl;
  while (k < text.length && /\s/u.test(text[k])) k++;
  if (k >= text.length) return -1;
  const marks = CONTINUE[c];
  return marks.includes(text[k]) && !isClosingRun(text, k, c) ? k : -1;
}

/** A French » at paragraph start continues the quote; a lone closing mark followed by nothing does not. */
function isClosingRun(text: string, k: number, c: string): boolean {
  if (c !== "«") return false;
  const next = text[k + 1] ?? "";
  return text[k] === "»" && (next === "\n" || next === "");
}
