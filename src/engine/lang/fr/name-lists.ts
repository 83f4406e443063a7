// Names a listing's layout gives as people, two stages French adds after the candidates are found (lang/fr/entities.ts);
// each name takes the "roster" layout (a person unless known as something else: entities/classify.ts):
//   lists of names printed without commas, as old programmes and columns give them ("Bouyer Montéclain Cartelle
//   Dominique Delorme Louise Marthe Marsans"): a long run of capitalised names is a list, never one person's name;
//   the author in brackets after a work's title in a programme ("Thrills (Ancliffe) ; The Vagabond (Vaughan
//   Williams) ;", "— 8 h. 45 : Le Baptême (Lugné-Poë).");
//   the author after a work's noun and "de" ("Radio-Cité : Œuvres de Smetana ;", "une comédie de Gondinet").
import * as gaz from "../../lexicon/gazetteer";
import { WORK_NOUNS_FR } from "../../lexicon/fr/entities";
import type { Token } from "../../text/tokenize";
import { candidate, type Candidate } from "../../entities/candidate";

/** How far back, on its line, a work's title may open after the ";" or ":" of a programme's entry. */
const MAX_TITLE_TOKENS = 12;
/** The words of an author's name in brackets. */
const MAX_AUTHOR_TOKENS = 4;

export function programmeAuthors(toks: Token[], cands: Candidate[]): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    const open = c.a - 1;
    if (toks[open]?.t !== "(" || toks[c.a].upper || c.honorific || c.org || c.place || c.layout || !titleBefore(toks, open)) continue;
    // The candidates up to the closing bracket, capitalised words only ("Vaughan Williams" may be two).
    let last = i;
    while (cands[last + 1] && cands[last + 1].a === cands[last].b) last++;
    const close = toks[cands[last].b];
    if (close?.t !== ")" || close.nl > 0 || cands[last].b - c.a > MAX_AUTHOR_TOKENS) continue;
    const after = toks[cands[last].b + 1];
    if (after && after.nl === 0 && after.t !== ";" && after.t !== "." && after.t !== ",") continue;
    const author = candidate(c.a, cands[last].b, false, "roster");
    cands.splice(i, last - i + 1, author);
  }
}

/**
 * "Œuvres de Smetana", "chansons d'Alfred Bachelet", "une comédie de Gondinet": the capitalised name right after a work's
 * noun and "de" is its author, a person unless a table knows it as something else (roster layout). A run that the
 * work's noun opens ("Œuvres d'Alfred Bachelet" after a colon) is cut to the name.
 */
export function workAuthors(toks: Token[], cands: Candidate[]): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.honorific || c.org || c.place || c.layout || c.shouting) continue;
    let a = c.a;
    if (c.b - a >= 3 && WORK_NOUNS_FR.has(toks[a].lw) && OF.has(toks[a + 1].lw) && toks[a + 2].cap) a += 2;
    else if (!(a >= 2 && WORK_NOUNS_FR.has(toks[a - 2].lw) && OF.has(toks[a - 1].lw) && toks[a - 1].nl === 0)) continue;
    if (c.b - a > MAX_AUTHOR_TOKENS || toks[a].upper) continue;
    cands[i] = candidate(a, c.b, false, "roster");
  }
}

const OF = new Set(["de", "d'", "d’"]);

/**
 * Whether a work's title stands right before the bracket at `open`: words of the same line back to the ";" or ":" that
 * opens a programme's entry ("Thrills (", "— 8 h. 45 : Le Baptême (").
 */
function titleBefore(toks: Token[], open: number): boolean {
  if (open < 1 || !toks[open - 1].word || toks[open].nl > 0) return false;
  for (let k = open - 1; k >= 0 && open - k <= MAX_TITLE_TOKENS; k--) {
    const t = toks[k];
    if (t.t === ";" || t.t === ":") return k < open - 1;
    if (t.nl > 0 || !t.word && t.t !== "'" && t.t !== "’" && t.t !== "-" && t.t !== ",") return false;
  }
  return false;
}

/** Five capitalised words or more in a row make a list: a French name without a particle has at most four. */
const LIST_WORDS = 5;

export function nameLists(toks: Token[], cands: Candidate[]): void {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.b - c.a < LIST_WORDS || c.shouting || c.org || c.place || c.layout || !isList(toks, c.a, c.b)) continue;
    const names: Candidate[] = [];
    for (let a = c.a; a < c.b;) {
      const b = nameEnd(toks, a, c.b);
      names.push(candidate(a, b, false, "roster"));
      a = b;
    }
    // The honorific before the list is the first name's ("Mme Louise Marthe …").
    names[0].honorific = c.honorific;
    names[0].gender = c.gender;
    cands.splice(i, 1, ...names);
    i += names.length - 1;
  }
}

/**
 * Whether [a, b) holds LIST_WORDS names or more and nothing else (initials with their surname count as one), a third
 * of them given names or more: no frequent word (French or English: "Shell Oil Northern Pacific"), no known
 * body ("Ciba Geigy"), as a stock list has.
 */
function isList(toks: Token[], a: number, b: number): boolean {
  let words = 0;
  let given = 0;
  for (let k = a; k < b; k++) {
    // ("P. Saint-Martin": after an initial any word is a surname.)
    if (initialAt(toks, k)) { k += 2; words++; continue; }
    const t = toks[k];
    if (!t.word || !t.cap || t.upper || t.t.length < 2) return false;
    if (gaz.isFirstName(t.form)) given++;
    else if (gaz.isCommonWord(t.form, "fr") || gaz.isCommonWord(t.form, "en") || gaz.isKnownOrg(t.form)) return false;
    words++;
  }
  return words >= LIST_WORDS && given >= 2 && given * 3 >= words;
}

/**
 * The end of the name that opens at a in the list [a, end): an initial with its surname ("H. Legrand"), a given name
 * with the word after it when that is no given name ("Marthe Marsans"), or one word.
 */
function nameEnd(toks: Token[], a: number, end: number): number {
  if (initialAt(toks, a)) return Math.min(end, a + 3);
  const pair = a + 1 < end && gaz.isFirstName(toks[a].form) && !initialAt(toks, a + 1) && !gaz.isFirstName(toks[a + 1].form);
  return pair ? a + 2 : a + 1;
}

/** A capital and its period, then a capitalised word ("H. Legrand", "P.Saint-Martin"). */
function initialAt(toks: Token[], k: number): boolean {
  const t = toks[k];
  const dot = toks[k + 1];
  return !!t && t.e - t.s === 1 && t.cap && dot?.t === "." && dot.s === t.e && !!toks[k + 2]?.cap;
}
