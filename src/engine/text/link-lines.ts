// Lines that link to another article ("READ MORE: X says …", "WATCH | …", "À lire aussi : …"): their names and
// statements are a teaser's, not the story's. The one reader of such lines, for the entities (entities/layout.ts)
// and the quotes (quotes/index.ts); each passes its own label list.
import { tokenAt, type Token } from "./tokenize";

/**
 * Per token, 1 when its line opens with a label from `labels` (lower-case words) then ":" (or "|" where `bar`),
 * all on the line; else 0. Given the tokens' text, only the first token and the tokens after a line break are
 * read (each "\n" of the text, a native search, gives the token after it): most texts have few lines, and some
 * none, where the loop over every token read each one's line breaks.
 */
export function linkLines(toks: Token[], labels: readonly (readonly string[])[], bar: boolean, text?: string): Uint8Array {
  const out = new Uint8Array(toks.length);
  // A label's first word, checked first: most lines open with none.
  const firsts = new Set(labels.map((label) => label[0] ?? ""));
  const opens = (i: number) => {
    if (firsts.has(toks[i].lw) || firsts.has("")) for (const label of labels) if (labelAt(toks, i, label, bar)) return true;
    return false;
  };
  if (text === undefined) {
    let on = 0;
    for (let i = 0; i < toks.length; i++) {
      if (i === 0 || toks[i].nl) on = opens(i) ? 1 : 0;
      out[i] = on;
    }
    return out;
  }
  if (!toks.length) return out;
  // The line that opens at token `line` (0, or a token with line breaks before it) runs to the next such token.
  let line = 0;
  let on = opens(0);
  for (let p = text.indexOf("\n"); p >= 0; p = text.indexOf("\n", p + 1)) {
    const i = tokenAt(toks, p + 1);
    if (i >= toks.length) break;
    // Several breaks before one token give it once; a break inside a token (none in practice) opens no line.
    if (i <= line || !toks[i].nl) continue;
    if (on) out.fill(1, line, i);
    line = i;
    on = opens(i);
  }
  if (on) out.fill(1, line, toks.length);
  return out;
}

/** Whether the label's words stand at token i, then its separator, on one line. */
function labelAt(toks: Token[], i: number, label: readonly string[], bar: boolean): boolean {
  const sep = toks[i + label.length];
  if (!sep || sep.nl || !(sep.t === ":" || bar && sep.t === "|")) return false;
  for (let j = 0; j < label.length; j++) if (toks[i + j].lw !== label[j] || j > 0 && toks[i + j].nl) return false;
  return true;
}
