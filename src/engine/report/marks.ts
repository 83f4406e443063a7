// Quote marks that open and never close, or close what never opened: a typo, or a quote the engine cannot read.
// Press convention: a quote running over several paragraphs reopens each paragraph without closing the one
// before (« … ¶ « … »), so an open mark followed by a paragraph that opens with the same mark is not reported.
import type { Span } from "../types";

const PAIRS: [string, string][] = [["«", "»"], ["“", "”"]];

export interface UnbalancedMark extends Span {
  mark: string;
  /** "open": never closed; "close": closes nothing. */
  side: "open" | "close";
}

/** Paragraph starts: offset 0 and every offset after a blank line. */
function paragraphBreaks(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\n[ \t]*\r?\n/g)) out.push(m.index + m[0].length);
  return out;
}

export function unbalancedMarks(text: string): UnbalancedMark[] {
  const out: UnbalancedMark[] = [];
  const breaks = paragraphBreaks(text);
  const space = /\s*/y;
  const reopens = (at: number, open: string) => {
    space.lastIndex = at;
    space.exec(text);
    return text.startsWith(open, space.lastIndex);
  };
  for (const [open, close] of PAIRS) {
    let stack: number[] = [];
    let b = 0;
    for (let i = 0; i <= text.length; i++) {
      if (b < breaks.length && i === breaks[b]) {
        // A new paragraph: what is still open either continues here (the convention) or was never closed.
        if (!reopens(i, open)) for (const s of stack) out.push({ start: s, end: s + 1, mark: open, side: "open" });
        stack = [];
        b++;
      }
      if (i === text.length) break;
      const c = text[i];
      if (c === open) stack.push(i);
      else if (c === close) {
        if (stack.length) stack.pop();
        else out.push({ start: i, end: i + 1, mark: close, side: "close" });
      }
    }
    for (const s of stack) out.push({ start: s, end: s + 1, mark: open, side: "open" });
  }
  // Straight double quotes open and close alike: an odd count in a paragraph leaves the last one alone.
  const starts = [0, ...breaks, text.length];
  for (let p = 0; p + 1 < starts.length; p++) {
    const para = text.slice(starts[p], starts[p + 1]);
    const count = para.split('"').length - 1;
    if (count % 2) { const at = starts[p] + para.lastIndexOf('"'); out.push({ start: at, end: at + 1, mark: '"', side: "open" }); }
  }
  return out.sort((x, y) => x.start - y.start);
}
