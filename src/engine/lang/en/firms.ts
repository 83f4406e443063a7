// A firm read as a person from the verb after its name ("Northwind said", "Dravko said"): English copy refers back to
// the subject of a reporting verb with "it"/"its" when it is a firm ("Northwind said its sales fell", "Dravko said it
// would double its output"), takes it up with "which" ("Veltron, which makes chips, said"), and names a firm's shares
// after it ("Kelbrook shares jumped", "Dravko's shares rose").
// A name with either cue, or whose figures the text gives after its possessive ("Comelf's six-month output"), read
// as a person without a given name or an honorific, is the firm everywhere in the article.
import { tokAt, type Token } from "../../text/tokenize";
import { startsOf } from "../../text/offsets";
import type { Lexicon } from "../../lexicon";
import type { NameMention } from "../../entities/mention";
import { isPossessive } from "../../entities/possessive";
import * as gaz from "../../lexicon/gazetteer";
import { FIRM_AFTER, FIRM_FIGURES, FIRM_OFFICERS, FIRM_CHIEF_OFFICES, ANAPHOR_STOPS, NO_VERB_AFTER_NAME } from "../../lexicon/en/entities";

/** How far after "it" the firm's "its" may stand in the clause ("said it would double its output"). */
const MAX_ITS_GAP = 8;

/** The mentions, with people that a firm's anaphor or shares show to be a firm turned into that organisation. */
export function firmsByAnaphor(toks: Token[], ms: NameMention[], lex: Lexicon, text: string): NameMention[] {
  let firms: Set<string> | undefined;
  let figures: Set<string> | undefined;
  for (const m of ms) {
    if (m.kind !== "person" || !bareName(toks, m, lex)) continue;
    if (sharesAfter(toks, m.b) || itsAfterVerb(toks, m.b) || m.b - m.a === 1 && whichAfter(toks, m.b) || (figures ??= firmsByFigures(toks, text)).has(m.text)) (firms ??= new Set()).add(m.text);
  }
  return firms ? asFirms(toks, ms, lex, firms) : ms;
}

/**
 * The mentions with the bare people named as in firms made those organisations. (A surname the article gives a person
 * with a given name stays hers: "Tom Varn … He thanked Varn, which pleased him".)
 */
export function asFirms(toks: Token[], ms: NameMention[], lex: Lexicon, firms: Set<string>): NameMention[] {
  const surnames = new Set<string>();
  for (const m of ms) if (m.kind === "person" && !m.byContext && !bareName(toks, m, lex)) surnames.add(m.text.slice(m.text.lastIndexOf(" ") + 1));
  for (const m of ms) {
    if (m.kind === "person" && firms.has(m.text) && !surnames.has(m.text) && bareName(toks, m, lex)) { m.kind = "org"; m.strong = false; m.role = undefined; }
  }
  return ms;
}

/** How many lower-case words may stand between a possessive name and the firm's figure ("Comelf's six-month output"). */
const MAX_FIGURE_GAP = 2;

/**
 * "Comelf's six-month output rose", "Vendex's net profit fell", "Veltron's chief executive", "the chairman of Veltron":
 * the names whose figures or officers the text gives as a firm's, as written (read once per article, only when a bare
 * name was read as a person).
 */
function firmsByFigures(toks: Token[], text: string): Set<string> {
  const firms = new Set<string>();
  const starts = startsOf(toks);
  for (let k = 0; k < toks.length; k++) {
    // (Only "of" and a capitalised word go on: an ASCII first character other than "o" and a capital makes neither,
    // read in the text, in order.)
    const c = text.charCodeAt(starts[k]);
    if (c < 128 && (c < 65 || c > 90) && c !== 111) continue;
    const t = toks[k];
    if (t.lw === "of" && !t.cap && k >= 1 && officerAt(toks, k - 1, true)) {
      const name = nameAfter(toks, k + 1);
      if (name) firms.add(name);
      continue;
    }
    if (!t.cap || !isPossessive(t)) continue;
    for (let j = k + 1; j <= k + 1 + MAX_FIGURE_GAP; j++) {
      const n = toks[j];
      if (!n || n.nl > 0 || n.cap || !n.word && n.t !== "-") break;
      if (FIRM_FIGURES.has(n.lw) || officerAt(toks, j, false)) { firms.add(nameBefore(toks, k)); break; }
    }
  }
  return firms;
}

/**
 * A firm's officer or seat at j ("chairman", "chief executive"); `ending`: j is the office's last word ("the chief
 * executive of", where "executive" is read with the "chief" before it).
 */
function officerAt(toks: Token[], j: number, ending: boolean): boolean {
  const t = toks[j];
  if (t.cap || t.nl > 0) return false;
  if (FIRM_OFFICERS.has(t.lw)) return true;
  return ending ? FIRM_CHIEF_OFFICES.has(t.lw) && toks[j - 1]?.lw === "chief" : t.lw === "chief" && FIRM_CHIEF_OFFICES.has(toks[j + 1]?.lw ?? "");
}

/** The capitalised words from k on the same line ("Veltron", "Acme Logistics"), as written, or "" where none stands. */
export function nameAfter(toks: Token[], k: number): string {
  let e = k;
  while (toks[e]?.cap && toks[e].word && toks[e].nl === 0 && (e === k || toks[e - 1].e + 1 === toks[e].s) && !isPossessive(toks[e - 1] ?? toks[e])) e++;
  let name = "";
  for (let i = k; i < e; i++) name += (i > k ? " " : "") + (isPossessive(toks[i]) ? toks[i].t.slice(0, -2) : toks[i].t);
  return name;
}

/** The capitalised words ending with the possessive token k, as written without the "'s" ("Acme Logistics"). */
function nameBefore(toks: Token[], k: number): string {
  let a = k;
  while (a > 0 && toks[a - 1].cap && toks[a - 1].word && toks[a].nl === 0 && toks[a - 1].e + 1 === toks[a].s) a--;
  let name = "";
  for (let i = a; i <= k; i++) name += (i > a ? " " : "") + (i === k ? toks[i].t.slice(0, -2) : toks[i].t);
  return name;
}

/** A name with no given name opening it and no honorific before it ("Dravko", "Acme Logistics"; not "Mr. Velkov", "Dario Velkov"). */
function bareName(toks: Token[], m: NameMention, lex: Lexicon): boolean {
  const first = toks[m.a];
  if (gaz.isFirstName(first.form) && m.b - m.a >= 2) return false;
  const p = tokAt(toks, m.a - 1)?.t === "." ? toks[m.a - 2] : tokAt(toks, m.a - 1);
  return !p || !lex.honorifics.has(p.lw);
}

/**
 * "Veltron, which makes chips, said": a relative "which" takes up a thing or a body, never a person ("who"); read after a
 * name of one word (a name of several after "which" is as often a product or a work's: "its brand, Zywiec Full Light,
 * which", "Negro Spirituals, which").
 */
function whichAfter(toks: Token[], b: number): boolean {
  const c = toks[b];
  return c?.t === "," && c.nl === 0 && toks[b + 1]?.lw === "which" && toks[b + 1].nl === 0;
}

/** "Kelbrook shares jumped", "Dravko's shares rose": the firm's shares named after it. */
function sharesAfter(toks: Token[], b: number): boolean {
  const n = toks[b];
  return !!n && n.nl === 0 && !n.cap && FIRM_AFTER.has(n.lw);
}

/** "Northwind said its sales fell", "Dravko said it would double its output": the subject taken up by "its". */
function itsAfterVerb(toks: Token[], b: number): boolean {
  const v = toks[b];
  if (!v || !v.word || v.cap || v.nl > 0 || isPossessive(toks[b - 1]) || NO_VERB_AFTER_NAME.has(v.lw)) return false;
  const n = toks[b + 1];
  if (n?.lw === "its") return true;
  if (n?.lw !== "it") return false;
  for (let k = b + 2; k < toks.length && k - b <= MAX_ITS_GAP && !toks[k].sent; k++) {
    const t = toks[k];
    if (t.lw === "its") return true;
    if (t.cap || ANAPHOR_STOPS.has(t.lw)) return false;
  }
  return false;
}
