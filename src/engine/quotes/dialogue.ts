// Dialogue and interview lines opened by a dash (– — or -), as French prose writes them:
// "– En prison... moi ? s'écria Morel." The quote runs from the dash to the end of the line,
// stopping before an incise ("dit-il", "s'écria Morel"); a comma-ended incise lets the speech
// go on as a second fragment.
import type { Lexicon } from "../lexicon";
import type { Span } from "../types";

export interface DialogueLine extends Span {
  fragments?: Span[];
  /** Start of the incise that names the speaker, when there is one. */
  incise?: number;
}

const LINE_DASH = /^[ \t\u00a0\u202f]*([–—-])[ \t\u00a0\u202f]+(?=\S)/;
const INVERSION = /-(?:t-)?(?:il|elle|ils|elles|on)$/;
/** Dialogue needs at least this many dash lines in the text, so a lone bullet is not a quote. */
const MIN_LINES = 2;

export function findDialogueLines(text: string, lex: Lexicon): DialogueLine[] {
  const lines: Span[] = [];
  let start = 0;
  const n = text.length;
  while (start < n) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = n;
    const m = LINE_DASH.exec(text.slice(start, Math.min(end, start + 8)));
    if (m) lines.push({ start: start + m[0].indexOf(m[1]), end: trimEnd(text, start, end) });
    start = end + 1;
  }
  if (lines.length < MIN_LINES) return [];
  return lines.filter((l) => l.end - l.start > 2).map((l) => splitIncise(text, l, lex));
}

function trimEnd(text: string, s: number, e: number): number {
  while (e > s && /\s/u.test(text[e - 1])) e--;
  return e;
}

const WORD = /[\p{L}'’-]+/uy;

function splitIncise(text: string, line: Span, lex: Lexicon): DialogueLine {
  for (let i = line.start + 2; i < line.end - 1; i++) {
    const c = text[i];
    if (c !== "," && c !== "!" && c !== "?" && c !== "…" && c !== ".") continue;
    let j = i + 1;
    if (text[j] !== " " && text[j] !== "\u00a0") continue;
    while (text[j] === " " || text[j] === "\u00a0") j++;
    WORD.lastIndex = j;
    const w = WORD.exec(text);
    if (!w) continue;
    const word = w[0].replace(/’/g, "'").toLowerCase();
    const bare = word.replace(/^s'/, "").replace(INVERSION, "");
    const isCue = (INVERSION.test(word) && lex.verbForms.has(bare)) ||
      (lex.verbForms.has(bare) && word[0] === text[j].toLowerCase() && text[j] === text[j].toLowerCase());
    if (!isCue) continue;
    const first: Span = { start: line.start, end: i + 1 };
    // Where the incise ends: the next comma goes on with speech, a period ends it.
    const rest = text.slice(j, line.end);
    const comma = rest.search(/[,.;!?]/);
    if (comma >= 0 && rest[comma] === "," && j + comma + 1 < line.end) {
      let k = j + comma + 1;
      while (k < line.end && /\s/u.test(text[k])) k++;
      if (k < line.end - 1) {
        return { start: line.start, end: line.end, incise: j, fragments: [first, { start: k, end: line.end }] };
      }
    }
    return { ...first, incise: j };
  }
  return line;
}
