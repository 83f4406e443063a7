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

export interface DialogueLine extends Span {
  fragments?: Span[];
  /** Start of the incise that names the speaker, when there is one. */
  incise?: number;
}

/** A dash that opens a turn: at a line start, or after a sentence end or a colon. */
const OPENER = /(^|[.!?…:;»”"])[ \t\u00a0\u202f]*(--|[–—-])[ \t\u00a0\u202f]+(?=\S)/gmu;
/** Dialogue needs at least this many dash lines in the text, so a lone bullet is not a quote. */
const MIN_LINES = 2;
/** Share of mid-line turns that must look like speech for them to count as dialogue. */
const MID_EVIDENCE = 0.3;
const SPEECHY_LEN = 300;

interface Opener { at: number; mid: boolean }

export function findDialogueLines(text: string, lex: Lexicon): DialogueLine[] {
  const openers: Opener[] = [];
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(text); m; m = OPENER.exec(text)) {
    const dash = m.index + m[0].indexOf(m[2], m[1].length);
    // "--" is one dash; a lone "-" mid-line is too often a hyphen-dash in running prose.
    const mid = m[1] !== "";
    if (mid && m[2] === "-") continue;
    openers.push({ at: dash, mid });
  }
  const turns: (DialogueLine & { mid: boolean })[] = [];
  for (let i = 0; i < openers.length; i++) {
    const { at, mid } = openers[i];
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    if (i + 1 < openers.length && openers[i + 1].at < end) end = openers[i + 1].at;
    end = trimEnd(text, at, end);
    if (end - at <= 2) continue;
    turns.push({ ...splitIncise(text, { start: at, end }, lex), mid });
  }
  const lineTurns = turns.filter((t) => !t.mid).length;
  const mids = turns.filter((t) => t.mid);
  const speechy = mids.filter((t) => isSpeechy(text, t)).length;
  const midOk = mids.length >= MIN_LINES && speechy >= MID_EVIDENCE * mids.length;
  const kept = turns.filter((t) => midOk || !t.mid);
  if (kept.length < MIN_LINES || (!midOk && lineTurns < MIN_LINES)) return [];
  return kept as DialogueLine[];
}

/** A turn that reads like speech: an incise near its start, or a short turn that asks or exclaims. */
function isSpeechy(text: string, t: DialogueLine): boolean {
  if (t.incise !== undefined && t.incise - t.start < SPEECHY_LEN / 2) return true;
  return t.end - t.start < SPEECHY_LEN && /[?!]/.test(text.slice(t.start, t.end));
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
    const unreflexive = word.replace(/^s'/, "");
    const bare = INVERSION.exec(unreflexive)?.[1] ?? unreflexive;
    // (An infinitive is no incise: "– Je vais lui apporter un peu de consolation, mettre un jour de bonheur…")
    const isCue = (INVERSION.test(word) && lex.verbForms.has(bare)) ||
      (lex.verbForms.has(bare) && !lex.infinitives.has(bare) && word[0] === text[j].toLowerCase() && text[j] === text[j].toLowerCase());
    if (!isCue) continue;
    const first: Span = { start: line.start, end: i + 1 };
    // Where the incise ends: at its first punctuation; what follows on the line is speech again
    // ("– Oui, répondit-elle ; venez." / "– Non, dit-il. Pas ici.").
    const rest = text.slice(j, line.end);
    const stop = rest.search(/[,.;!?…]/);
    if (stop >= 0 && j + stop + 1 < line.end) {
      let k = j + stop + 1;
      while (k < line.end && /[\s.…]/u.test(text[k])) k++;
      if (k < line.end - 1) {
        return { start: line.start, end: line.end, incise: j, fragments: [first, { start: k, end: line.end }] };
      }
    }
    return { ...first, incise: j };
  }
  return line;
}
