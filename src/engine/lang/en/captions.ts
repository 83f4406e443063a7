// English phrases that read like a postposed report and are none. Captions and credit lines: "FILE - In this May 2,
// 2016 file photo, Tom Reed speaks in Boston." (the words before the comma say what the picture shows). An adverbial
// that opens the sentence: "Earlier this month, Mayor Tom Reed wrote to the council.", "When reached by phone, Reed
// had little to say." (the words before the comma set the scene of the clause after it; issue 11, English 4).
import type { Doc } from "../../quotes/doc";
import { FINITE_EN, OPENING } from "../../lexicon/en/quotes";
import { QUOTE_MARK } from "../../lexicon/quote-words";

/** Words that name a picture in a caption. */
const PICTURE = new Set(["photo", "photos", "photograph", "photographs", "image", "images", "picture", "pictures", "video", "screenshot", "screengrab"]);
/** Words that open a caption's scene-setting phrase: "FILE -", "In this …", "This undated photo …". */
const CAPTION_OPEN = new Set(["file", "in", "on", "at", "from", "this", "these"]);
/** Conjunctions that may stand before an opening adverbial: "But for the town, …", "Yet in last week's poll, …". */
const LEADING_CONJUNCTION = new Set(["but", "and", "yet", "so", "still"]);
/** Words that open a time or framing phrase: "Earlier this month", "Last week", "For one thing", "With the vote near". */
const ADVERBIAL_OPEN = new Set(["earlier", "later", "last", "for", "with", "without", "by", "under", "among", "within", "amid", "like", "unlike"]);

/** The words [a, b) before a postposed cue's subject are a caption's opening or an opening adverbial, not a report. */
export function captionPhrase(doc: Doc, a: number, b: number): boolean {
  const { toks } = doc;
  if (CAPTION_OPEN.has(toks[a]?.lw ?? "")) for (let i = a; i < b; i++) if (PICTURE.has(toks[i].lw)) return true;
  return openingAdverbial(doc, a, b) || creditedLine(doc, b);
}

/** How far past the cue a caption's credit may close its line. */
const MAX_CAPTION_TAIL = 24;

/**
 * "The plan should change, Ana Reyes writes. (Getty Images)": a line that ends with a credit in parentheses after its
 * sentence is a caption or a pull quote, whose words the story gives elsewhere.
 */
function creditedLine(doc: Doc, b: number): boolean {
  const { toks } = doc;
  let period = false;
  for (let i = b; i < toks.length && i < b + MAX_CAPTION_TAIL; i++) {
    const t = toks[i];
    if (i > b && t.nl) return false;
    if (t.t === "." || t.t === "!" || t.t === "?") period = true;
    else if (t.t === "(" && period) {
      let j = i + 1;
      while (j < toks.length && j < i + 8 && toks[j].t !== ")" && !toks[j].nl) j++;
      const end = toks[j + 1];
      return toks[j]?.t === ")" && j > i + 1 && (!end || end.nl > 0 || end.t === "." && (!toks[j + 2] || toks[j + 2].nl > 0));
    } else if (period) return false;
  }
  return false;
}

/**
 * "Earlier this month", "When reached by phone", "But for the town": one phrase with no comma, opened by a
 * subordinator (a subordinate clause is no report), or by a preposition or time word with no finite verb after it
 * ("In May the bridge will close, Reed said." stays a report).
 */
function openingAdverbial(doc: Doc, a: number, b: number): boolean {
  const { toks, lex } = doc;
  const k = LEADING_CONJUNCTION.has(toks[a]?.lw ?? "") ? a + 1 : a;
  const w = toks[k]?.lw ?? "";
  if (k >= b || !toks[k].word) return false;
  const subordinate = lex.subordinators.has(w);
  if (!subordinate && !OPENING.test(w) && !ADVERBIAL_OPEN.has(w)) return false;
  for (let i = k + 1; i < b; i++) {
    const t = toks[i];
    if (t.t === "," || t.t === ";" || t.t === ":" || QUOTE_MARK.has(t.t) || t.nl) return false;
    if (!subordinate && FINITE_EN.has(t.lw)) return false;
  }
  return true;
}
