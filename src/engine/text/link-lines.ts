// Lines that link to another article ("READ MORE: X says …", "WATCH | …", "À lire aussi : …"): their names and
// statements are a teaser's, not the story's. The one reader of such lines, for the entities (entities/layout.ts)
// and the quotes (quotes/index.ts); each passes its own label list.
import type { Token } from "./tokenize";

/**
 * Per token, 1 when its line opens with a label from `labels` (lower-case words) then ":" (or "|" where `bar`),
 * all on the line; else 0.
 */
export function linkLines(toks: Token[], labels: readonly (readonly string[])[], bar: boolean): Uint8Array {
  const out = new Uint8Array(toks.length);
  // A label's first word, checked first: most lines open with none.
  const firsts = new Set(labels.map((label) => label[0] ?? ""));
  let on = 0;
  for (let i = 0; i < toks.length; i++) {
    if (i === 0 || toks[i].nl) {
      on = 0;
      if (firsts.has(toks[i].lw) || firsts.has("")) for (const label of labels) if (labelAt(toks, i, label, bar)) { on = 1; break; }
    }
    out[i] = on;
  }
  return out;
}

/** Whether the label's words stand at token i, then its separator, on one line. */
function labelAt(toks: Token[], i: number, label: readonly string[], bar: boolean): boolean {
  const sep = toks[i + label.length];
  if (!sep || sep.nl || !(sep.t === ":" || bar && sep.t === "|")) return false;
  for (let j = 0; j < label.length; j++) if (toks[i + j].lw !== label[j] || j > 0 && toks[i + j].nl) return false;
  return true;
}
