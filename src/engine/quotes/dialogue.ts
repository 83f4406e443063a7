// Dialogue and interview lines opened by a dash (– — - or --), as French prose writes them:
// "– En prison... moi ? s'écria Morel." A turn runs from the dash to the end of the line or to
// the next turn's dash, stopping before an incise ("dit-il", "s'écria Morel"); speech that goes on after
// the incise is a second fragment.
// Turns usually open a line; texts whose paragraphs were run together open them after a
// sentence end (". – Oui. – Non !"). Those mid-line turns count only when the text shows it is
// dialogue (turns that ask, exclaim or carry an incise), since news also writes ". — " between items.
import type { Lexicon } from "../lexicon";
import type { Span } from "../types";
import { INVERSION } from "../lexicon/fr/quotes";
import { isSpaceCode } from "../text/chars";
import { lazy } from "../text/lazy";

export interface DialogueLine extends Span {
  fragments?: Span[];
  /** Start of the incise that names the speaker, when there is one. */
  incise?: number;
}

/** Dialogue needs at least this many dash lines in the text, so a lone bullet is not a quote. */
const MIN_LINES = 2;
/** Share of mid-line turns that must look like speech for them to count as dialogue. */
const MID_EVIDENCE = 0.3;
const SPEECHY_LEN = 300;

interface Turn { at: number; end: number; mid: boolean }

/** A dash then a space: where a turn's dash may end (a search the regex engine runs faster than a loop over char codes). */
const DASH_BLANK = /[–—-][ \t\u00a0\u202f]/g;

/** Every dash that a space follows (as marks.ts scanMarks lists them). */
function dashesOf(text: string): number[] {
  const out: number[] = [];
  DASH_BLANK.lastIndex = 0;
  while (DASH_BLANK.test(text)) {
    out.push(DASH_BLANK.lastIndex - 2);
    DASH_BLANK.lastIndex--;
  }
  return out;
}

/**
 * The dash lines: a dash (– — - or --) then spaces and a visible character, at a line start (after spaces) or
 * after a sentence end, a colon or a closing mark (then spaces). Read around each dash that a space follows
 * (a regex that tried its line-start-or-mark alternation at every character cost twice as much).
 */
function openers(text: string, dashes: readonly number[]): Turn[] {
  const out: Turn[] = [];
  const n = text.length;
  for (const z of dashes) {
    const c = text.charCodeAt(z);
    // "--" is one dash; a dash run longer than that opens nothing.
    const two = c === 45 && z > 0 && text.charCodeAt(z - 1) === 45;
    const at = two ? z - 1 : z;
    let w = z + 1;
    while (w < n && isBlank(text.charCodeAt(w))) w++;
    if (w >= n || isSpaceCode(text.charCodeAt(w))) continue;
    let y = at - 1;
    while (y >= 0 && isBlank(text.charCodeAt(y))) y--;
    const b = y < 0 ? 10 : text.charCodeAt(y);
    const lineStart = b === 10 || b === 13 || b === 0x2028 || b === 0x2029;
    if (!lineStart && !isTurnMark(b)) continue;
    // A lone "-" mid-line is too often a hyphen-dash in running prose.
    if (!lineStart && c === 45 && !two) continue;
    out.push({ at, end: 0, mid: !lineStart });
  }
  return out;
}

/** Space, tab, no-break and narrow no-break space: what may stand between a turn's mark and its dash and text. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x202f;
}

/** . ! ? … : ; » ” " */
function isTurnMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58 || c === 59 || c === 0xbb || c === 0x201d || c === 34;
}

/** The dialogue turns of the text; `dashes`: where a dash that a space follows stands (marks.ts scanMarks), when known. */
export function findDialogueLines(text: string, lex: Lexicon, dashes?: readonly number[]): DialogueLine[] {
  const found = openers(text, dashes ?? dashesOf(text));
  const turns: Turn[] = [];
  for (let i = 0; i < found.length; i++) {
    const t = found[i];
    let end = text.indexOf("\n", t.at);
    if (end < 0) end = text.length;
    if (i + 1 < found.length && found[i + 1].at < end) end = found[i + 1].at;
    while (end > t.at && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end - t.at <= 2) continue;
    t.end = end;
    turns.push(t);
  }
  let lineTurns = 0;
  let mids = 0;
  for (const t of turns) if (t.mid) mids++; else lineTurns++;
  // Whether mid-line turns count: only the turns kept are split at their incise (below); the others are read
  // only as far as the speech test needs.
  let midOk = false;
  if (mids >= MIN_LINES) {
    // Counted until the answer is known: enough speech, or too few turns left to reach it.
    let speechy = 0;
    let left = mids;
    for (let i = 0; i < turns.length && !midOk && speechy + left >= MID_EVIDENCE * mids; i++) {
      const t = turns[i];
      if (!t.mid) continue;
      left--;
      if (isSpeechy(text, t, lex)) speechy++;
      midOk = speechy >= MID_EVIDENCE * mids;
    }
  }
  const kept = midOk ? turns.length : lineTurns;
  if (kept < MIN_LINES || (!midOk && lineTurns < MIN_LINES)) return [];
  const out: DialogueLine[] = [];
  for (const t of turns) if (midOk || !t.mid) out.push(splitIncise(text, { start: t.at, end: t.end }, lex));
  return out;
}

/**
 * A turn that reads like speech: an incise near its start, or a short turn (up to its incise, when the rest of
 * the line is no speech) that asks or exclaims. Reads at most SPEECHY_LEN characters of the turn.
 */
function isSpeechy(text: string, t: Turn, lex: Lexicon): boolean {
  const start = t.at;
  if (t.end - start < SPEECHY_LEN) {
    const line = splitIncise(text, { start, end: t.end }, lex);
    if (line.incise !== undefined && line.incise - start < SPEECHY_LEN / 2) return true;
    return asksOrExclaims(text, start, line.end);
  }
  // A long turn is short only when cut at an incise that no speech follows, so only the incises it could be cut at count.
  const i = firstIncise(text, start, Math.min(t.end - 1, start + SPEECHY_LEN - 1), lex);
  if (i < 0) return false;
  const j = wordAfter(text, i);
  if (j - start < SPEECHY_LEN / 2) return true;
  return secondFragment(text, j, t.end) < 0 && asksOrExclaims(text, start, i + 1);
}

function asksOrExclaims(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) { const c = text.charCodeAt(k); if (c === 63 || c === 33) return true; }
  return false;
}

const WORD = lazy(() => /[\p{L}'’-]+/uy);

function splitIncise(text: string, line: Span, lex: Lexicon): DialogueLine {
  const i = firstIncise(text, line.start, line.end - 1, lex);
  if (i < 0) return line;
  const j = wordAfter(text, i);
  const first: Span = { start: line.start, end: i + 1 };
  const k = secondFragment(text, j, line.end);
  if (k >= 0) return { start: line.start, end: line.end, incise: j, fragments: [first, { start: k, end: line.end }] };
  return { ...first, incise: j };
}

/** The index after the punctuation at i and the spaces after it. */
function wordAfter(text: string, i: number): number {
  let j = i + 1;
  while (text[j] === " " || text[j] === "\u00a0") j++;
  return j;
}

/**
 * Where the speech goes on after the incise whose word starts at j, or -1: after the incise's first
 * punctuation ("– Oui, répondit-elle ; venez." / "– Non, dit-il. Pas ici.").
 */
function secondFragment(text: string, j: number, end: number): number {
  let stop = -1;
  for (let k = j; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 44 || c === 46 || c === 59 || c === 33 || c === 63 || c === 0x2026) { stop = k; break; }
  }
  if (stop < 0 || stop + 1 >= end) return -1;
  let k = stop + 1;
  while (k < end && /[\s.…]/u.test(text[k])) k++;
  return k < end - 1 ? k : -1;
}

/**
 * The first punctuation at an index in [start + 2, stop) that a space and an incise's verb follow ("…, s'écria
 * Morel", "… ? dit-il"), or -1.
 */
function firstIncise(text: string, start: number, stop: number, lex: Lexicon): number {
  let memo: Map<string, boolean> | undefined;
  for (let i = start + 2; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c !== 44 && c !== 33 && c !== 63 && c !== 0x2026 && c !== 46) continue;
    const sp = text.charCodeAt(i + 1);
    if (sp !== 32 && sp !== 0xa0) continue;
    const j = wordAfter(text, i);
    // (A sticky test, then the word by its end: no match array per punctuation.)
    const word = WORD();
    word.lastIndex = j;
    if (!word.test(text)) continue;
    const w = text.slice(j, word.lastIndex);
    if (!memo) {
      memo = cueWords.get(lex);
      if (!memo) cueWords.set(lex, memo = new Map());
    }
    let cue = memo.get(w);
    if (cue === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(w, cue = isCueWord(w, lex));
    }
    if (cue) return i;
  }
  return -1;
}

/** Whether the word as written (its first character text[j]) is an incise's verb. */
function isCueWord(written: string, lex: Lexicon): boolean {
  const word = written.replace(/’/g, "'").toLowerCase();
  const unreflexive = word.replace(/^s'/, "");
  const bare = INVERSION.exec(unreflexive)?.[1] ?? unreflexive;
  // (An infinitive is no incise: "– Je vais lui apporter un peu de consolation, mettre un jour de bonheur…")
  if (!lex.verbForms.has(bare)) return false;
  const first = written[0];
  return INVERSION.test(word) || !lex.infinitives.has(bare) && word[0] === first.toLowerCase() && first === first.toLowerCase();
}

/** Per lexicon, written word → whether it is an incise's verb (a function of the word alone, kept across analyses). */
const cueWords = new WeakMap<Lexicon, Map<string, boolean>>();
/** Bound on a memo's size (cleared when reached). */
const MEMO_LIMIT = 20_000;
