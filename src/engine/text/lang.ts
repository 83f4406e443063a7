// Language detection by counting frequent function words in a sample of the text.
import { LEXICON_DATA } from "../lexicon";
import type { Lang } from "../types";
import type { Form } from "./forms";
import { unicodeBits, U_LETTER } from "./unicode";
import { lazy } from "./lazy";

const SAMPLE = 20_000;

let sets: [Lang, Set<string>][] | undefined;
/** Length of the longest function word: longer words are not looked up. */
let longest = 0;

/** The tokens of the text, as tokenize returns them (only their offsets and forms are read). */
type Tokens = readonly { s: number; e: number; form: Form }[];

/** The text's language; with its tokens, counted from their forms (the same counts, see countByForms). */
export function detectLang(text: string, toks?: Tokens): Lang {
  if (!sets) {
    sets = (Object.keys(LEXICON_DATA) as Lang[]).map((l) => [l, new Set(LEXICON_DATA[l].stopwords)]);
    for (const [, set] of sets) for (const w of set) longest = Math.max(longest, w.length);
  }
  const counts = (toks ? countByForms(text, toks, sets) : countInPlace(text, sets)) ?? countSliced(text, sets);
  let best: Lang = "en";
  let bestN = -1;
  for (let l = 0; l < sets.length; l++) if (counts[l] > bestN) { best = sets[l][0]; bestN = counts[l]; }
  return best;
}

/**
 * Per language, how many words of the sample are its function words: the words are the runs of
 * letters and "'" of the lower-cased sample (what /[\p{L}']+/gu matches, scanned by hand: the regex's
 * letter class cost a tenth of the analysis of a short article).
 */
function countSliced(text: string, sets: [Lang, Set<string>][]): number[] {
  const counts = sets.map(() => 0);
  const sample = (text.length > SAMPLE ? text.slice(0, SAMPLE) : text).toLowerCase();
  let start = -1;
  for (let i = 0; i <= sample.length;) {
    const w = i < sample.length ? wordUnitAt(sample, i) : 0;
    if (w > 0) {
      if (start < 0) start = i;
      i += w;
      continue;
    }
    if (start >= 0 && i - start <= longest) {
      const word = sample.slice(start, i);
      for (let l = 0; l < sets.length; l++) if (sets[l][1].has(word)) counts[l]++;
    }
    start = -1;
    i++;
  }
  return counts;
}

/**
 * countSliced's counts without lower-casing the sample or slicing its words: each code unit is
 * lower-cased alone and each word hashed in place, then compared with the function words of a
 * hash table. Undefined when the sample has a character whose lower case is not one code unit
 * ("İ" → "i̇") or a surrogate, where lower-casing alone could move a word's bounds.
 */
function countInPlace(text: string, sets: [Lang, Set<string>][]): number[] | undefined {
  const counts = sets.map(() => 0);
  return countRange(text, 0, Math.min(text.length, SAMPLE), stopTable(sets), counts) ? counts : undefined;
}

/**
 * Adds to counts the function words of text[s, e) (a range with no letter or "'" just outside it):
 * false when the range has a character countInPlace cannot lower-case alone.
 */
function countRange(text: string, s: number, e: number, table: StopTable, counts: number[]): boolean {
  let start = -1;
  let h = 0;
  for (let i = s; i <= e; i++) {
    const low = i < e ? lowerUnit(text.charCodeAt(i)) : 32;
    if (low < 0) return false;
    if (low < 128 ? (low >= 97 && low <= 122) || low === 39 : bmpLetter(low)) {
      if (start < 0) { start = i; h = 0x811c9dc5; }
      h = Math.imul(h ^ low, 0x01000193);
      continue;
    }
    if (start >= 0 && i - start <= longest) {
      const langs = table.find(text, start, i, h);
      for (let l = 0; l < counts.length; l++) if (langs & (1 << l)) counts[l]++;
    }
    start = -1;
  }
  return true;
}

/**
 * countInPlace's counts read from the tokens: a token alone between spaces adds its form's counts,
 * found once per distinct form (Form.langs) instead of once per occurrence; tokens written together
 * ("l'", "Iran"; "U.S.") are scanned as countInPlace scans them, since a run of letters may cross them.
 * Between tokens there are only spaces, which end a run and which countInPlace lower-cases alone.
 */
function countByForms(text: string, toks: Tokens, sets: [Lang, Set<string>][]): number[] | undefined {
  const table = stopTable(sets);
  const counts = sets.map(() => 0);
  const n = Math.min(text.length, SAMPLE);
  for (let k = 0; k < toks.length && toks[k].s < n;) {
    let j = k + 1;
    while (j < toks.length && toks[j].s === toks[j - 1].e) j++;
    const e = Math.min(toks[j - 1].e, n);
    const f = toks[k].form;
    if (j === k + 1 && e === toks[k].e && f.langs !== ODD) {
      if (f.langs === UNKNOWN) f.langs = formLangs(f.t, table);
      if (f.langs !== ODD) {
        for (let l = 0; l < counts.length; l++) if (f.langs & (1 << l)) counts[l]++;
        k = j;
        continue;
      }
    }
    if (!countRange(text, toks[k].s, e, table, counts)) return undefined;
    k = j;
  }
  return counts;
}

/** Form.langs before it is known, and for a form that is not one run of letters countInPlace can lower-case. */
const UNKNOWN = -1;
const ODD = -2;

/** The languages (bits) of a word that is one run of letters and "'", 0 for one without any, or ODD. */
function formLangs(t: string, table: StopTable): number {
  let h = 0x811c9dc5;
  let letters = 0;
  for (let i = 0; i < t.length; i++) {
    const low = lowerUnit(t.charCodeAt(i));
    if (low < 0) return ODD;
    if (low < 128 ? (low >= 97 && low <= 122) || low === 39 : bmpLetter(low)) letters++;
    h = Math.imul(h ^ low, 0x01000193);
  }
  if (letters === 0) return 0;
  if (letters < t.length) return ODD;
  return t.length <= longest ? table.find(t, 0, t.length, h) : 0;
}

/** The lower case of a code unit when it is one code unit, else -1 (also for surrogates). */
function lowerUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c >= 0xd800 && c <= 0xdfff) return -1;
  let low = BMP_LOWER[c];
  if (low === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    low = BMP_LOWER[c] = s.length === 1 ? s.charCodeAt(0) + 1 : 0x10000;
  }
  return low === 0x10000 ? -1 : low - 1;
}
/** BMP code unit → its lower case + 1 (0x10000: not one code unit; 0: not yet known). */
const BMP_LOWER = new Int32Array(65536);

function bmpLetter(c: number): boolean {
  return (unicodeBits(c) & U_LETTER) !== 0;
}

/** The function words of every language in one open-addressing table, each with its languages as bits. */
class StopTable {
  private readonly words: string[] = [];
  private readonly langs: number[] = [];
  private readonly hashes: number[] = [];
  private readonly slots = new Int32Array(4096);

  add(word: string, lang: number): void {
    let h = 0x811c9dc5;
    for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
    const mask = this.slots.length - 1;
    let slot = h & mask;
    for (; this.slots[slot] !== 0; slot = (slot + 1) & mask) {
      const i = this.slots[slot] - 1;
      if (this.words[i] === word) { this.langs[i] |= 1 << lang; return; }
    }
    if (2 * (this.words.length + 1) > this.slots.length) throw new Error("StopTable: too many function words");
    this.words.push(word);
    this.langs.push(1 << lang);
    this.hashes.push(h);
    this.slots[slot] = this.words.length;
  }

  /** Language bits of the lower case of text[s, e) (h: its hash), 0 when no language has it. */
  find(text: string, s: number, e: number, h: number): number {
    const mask = this.slots.length - 1;
    for (let slot = h & mask; this.slots[slot] !== 0; slot = (slot + 1) & mask) {
      const i = this.slots[slot] - 1;
      if (this.hashes[i] === h && this.sameLower(this.words[i], text, s, e)) return this.langs[i];
    }
    return 0;
  }

  private sameLower(w: string, text: string, s: number, e: number): boolean {
    if (w.length !== e - s) return false;
    for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) !== lowerUnit(text.charCodeAt(s + k))) return false;
    return true;
  }
}

let stops: StopTable | undefined;
function stopTable(sets: [Lang, Set<string>][]): StopTable {
  if (!stops) {
    stops = new StopTable();
    for (let l = 0; l < sets.length; l++) for (const w of sets[l][1]) stops.add(w, l);
  }
  return stops;
}

/** A letter beyond the BMP (those of the BMP: unicode.ts). */
const LETTER = lazy(() => /^\p{L}$/u);

/** Width (1, or 2 for a surrogate pair) of the letter or "'" at i, or 0. */
function wordUnitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER().test(s.slice(i, i + 2)) ? 2 : 0;
  }
  return (unicodeBits(c) & U_LETTER) !== 0 ? 1 : 0;
}
