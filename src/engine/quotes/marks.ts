// Finds direct quotes between quotation marks in one linear scan of the text.
// Handles « » ‹ › “ ” „ “ ‘ ’ and straight quotes, nesting, multi-paragraph quotes
// (each paragraph re-opening with a mark, or French » / « repeated at paragraph start),
// two apostrophes used as a double quote, and stray marks: an unclosed mark never runs past
// its paragraph unless the next one continues the quote, and never past MAX_QUOTE characters.

export interface MarkedQuote {
  start: number;
  /** Exclusive; includes the closing mark. */
  end: number;
  open: string;
}

const MAX_QUOTE = 20_000;
// A straight opening mark may close on a curly one ("The plan is dead,” she said), as copy mixing keyboards does.
const PAIRS: Record<string, string> = { "«": "»", "‹": "›", "“": "”", "„": "“”", "\"": "\"”", "‘": "’" };
/** Marks that may re-open a quote at the start of a continuing paragraph. */
const CONTINUE: Record<string, string> = { "«": "«»", "‹": "‹›", "“": "“\"", "„": "„“", "\"": "\"“", "‘": "‘" };

/** The keys of PAIRS (the marks that may open a quote), to search for. */
const OPENER = /[«‹“„"‘]/g;

/** A newline or any quote mark, opening or closing (the keys and values of PAIRS). */
const MARK_OR_NEWLINE = /[\n"«»‹›‘’“”„]/g;

const isLetter = (c: string) => /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string) => c === "" || /\s/u.test(c);

export function findMarkedQuotes(input: string): MarkedQuote[] {
  // Two apostrophes stand for a double quote in some wire copy (''Like this,'' he said): scan a
  // same-length copy where each pair reads as one straight mark, then give the span its second apostrophe.
  const doubled = input.includes("''");
  const text = doubled ? input.replace(/''/g, "\"\u2060") : input;
  const out: MarkedQuote[] = [];
  const n = text.length;
  // Next position of each closing mark, so an opener with no closer in reach fails at once
  // (a line of a million unbalanced marks stays linear).
  const next = new Map<string, number>();
  const nextClose = (closers: string, from: number) => {
    let best = Infinity;
    for (const ch of closers) {
      let at = next.get(ch);
      if (at === undefined || (at !== -1 && at < from)) { at = text.indexOf(ch, from); next.set(ch, at); }
      if (at >= 0 && at < best) best = at;
    }
    return best;
  };
  let i = 0;
  while (i < n) {
    // Most characters are no mark: a regex search jumps to the next possible opener.
    OPENER.lastIndex = i;
    if (!OPENER.test(text)) break;
    i = OPENER.lastIndex - 1;
    const c = text[i];
    if (!canOpen(text, i, c)) { i++; continue; }
    if (nextClose(PAIRS[c], i + 1) > i + MAX_QUOTE) { i++; continue; }
    const end = findClose(text, i, c);
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
    return !isSpace(next) || c === "\"" && /[\p{L}\p{N}]/u.test(text[i + 2] ?? "");
  }
  if (c === "“" && isLetter(prev)) return false;
  return true;
}

/** Returns the index after the closing mark, or -1 when the quote does not close. */
function findClose(text: string, open: number, c: string): number {
  const closers = PAIRS[c];
  const limit = Math.min(text.length, open + MAX_QUOTE);
  let depth = 0;
  let inner = "";
  for (let j = open + 1; j < limit; j++) {
    // Only newlines and quote marks can end, close, nest or open an inner quote: jump to the next one.
    MARK_OR_NEWLINE.lastIndex = j;
    if (!MARK_OR_NEWLINE.test(text)) return -1;
    j = MARK_OR_NEWLINE.lastIndex - 1;
    if (j >= limit) return -1;
    if (text.charCodeAt(j) === 10) {
      const k = continuation(text, j, c);
      if (k < 0) return -1;
      j = k;
      continue;
    }
    const d = text[j];
    if (inner && (PAIRS[inner].includes(d)) && isClosing(text, j, d)) { inner = ""; continue; }
    if (closers.includes(d) && isClosing(text, j, d)) {
      if (depth > 0) { depth--; continue; }
      return j + 1;
    }
    if (d === c && c === "«") { depth++; continue; }
    if (!inner && d !== c && d in PAIRS && d !== "‘" && canOpen(text, j, d) && d !== "\"") inner = d;
  }
  return -1;
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
