// Finds capitalised name candidates in the token stream and the cues around them
// (honorifics, role nouns, reporting verbs). Classification happens in classify.ts.
import type { Lexicon } from "../lexicon";
import * as gaz from "../lexicon/gazetteer";
import { tokAt, type Token } from "../text/tokenize";
import { isFixtureJoiner, layoutOf, linkLines, opensLinkLabel } from "./layout";
import { entityHooks, type EntityHooks } from "../lang/entity-hooks";
import { isPossessive, pluralPossessiveJoin } from "./possessive";
import { candidate, type Candidate } from "./candidate";
import { entityLists, honorificAt, roleBefore, verbAfter, verbBefore } from "./cues";
import { ARABIC_ARTICLE, CONTRACTION, DE_PARTICLES, EMPLOYER_PARTICLES, EPONYM_HEADS, MONTH_SURNAMES, PARTY_NOUNS, SAINT_ABBREVIATIONS } from "../lexicon/entity-words";
import { lazy } from "../text/lazy";
import {
  bitsOf, DETERMINER, HONORIFIC, IN_NAME, NOBLE_TITLE, NOT_NAME, PARTICLE, PARTICLE_TITLE, ROLE_NOUN, type ListBits,
} from "./list-bits";

// (isPossessive lives in possessive.ts, a leaf the language hooks can import; re-exported for the rules.)
export { isPossessive };
export type { Candidate };

/** "St. Louis", "Ste. Croix": a saint's abbreviation, its period, then a capitalised word on the same line. */
export function saintAbbreviation(toks: Token[], i: number): boolean {
  const t = toks[i];
  const dot = toks[i + 1];
  const n = toks[i + 2];
  return saintWidth(toks, i) > 0 || !!t && SAINT_ABBREVIATIONS.has(t.t) && dot?.t === "." && dot.s === t.e && !!n && n.cap && n.word && n.nl === 0;
}

/**
 * Tokens the saint's abbreviation takes: 2 for "St." (with its dot), 1 for "St" written without one (British style:
 * "St Mirren", "St Albans", "ST LOUIS"), 0 if the token opens no saint's name.
 */
export function saintWidth(toks: Token[], i: number): number {
  const t = toks[i];
  if (!t || !SAINT_ABBREVIATIONS.has(t.t) && t.t !== "ST") return 0;
  const dot = toks[i + 1];
  if (dot?.t === ".") {
    const n = toks[i + 2];
    return dot.s === t.e && !!n && n.cap && n.word && n.nl === 0 && t.t !== "ST" ? 2 : 0;
  }
  return !!dot && dot.cap && dot.word && dot.nl === 0 && dot.s > t.e ? 1 : 0;
}

/** A capital letter and its period ("J."): one character long (offsets, not the text, say so), then the rest. */
const isInitial = (toks: Token[], i: number) =>
  !!toks[i] && toks[i].e - toks[i].s === 1 && toks[i].word && toks[i].cap && toks[i + 1]?.t === "." && toks[i + 1].s === toks[i].e;

/**
 * "Did not bat: I. Healy, P. Reiffel": a capital that is also a word ("I", "A") with its period, right before a
 * capitalised word that is no frequent word, place or known body ("Group A. Brazil beat …"), is a given name's initial.
 */
function initialBeforeSurname(toks: Token[], i: number, lex: Lexicon): boolean {
  const n = toks[i + 2];
  return isInitial(toks, i) && !!n && n.cap && n.word && n.nl === 0 && !gaz.isCommonWord(n.form, lex.lang) && !gaz.isPlace(n.form) &&
    !gaz.isKnownOrg(n.form);
}

/** The name candidates of the tokens of `text`, in text order. */
export function findCandidates(toks: Token[], lex: Lexicon, text: string): Candidate[] {
  const hooks = entityHooks(lex.lang);
  const bits = entityLists(lex);
  const out: Candidate[] = [];
  const { caps, mayLink } = scanLines(toks, text);
  const links = mayLink ? linkLines(toks) : undefined;
  let i = 0;
  let afterLabel = -1;
  // Only a capitalised word opens a name or a heading label (a word in capitals is capitalised): the loop visits
  // those alone, in order, from where the last name ended.
  for (let q = 0; q < caps.length; q++) {
    if (caps[q] >> 1 < i) continue;
    i = caps[q] >> 1;
    const shouting = (caps[q] & 1) === 1;
    const tk = toks[i];
    const f = tk.form;
    if (f.upper && (i === 0 || tk.nl > 0)) {
      const label = headingLabel(toks, i);
      if (label > 0) { i = label; afterLabel = label; continue; }
    }
    // Elided articles ("L'", "D'") are never part of a name.
    // (A capitalised token never opens with a digit: `cap` means an upper-case letter first.)
    if (elidedOrContracted(tk)) { i++; continue; }
    // "Brazilian-born Luis Oliveira", "Paris-born Anna Weber": where the person was born is no part of the name.
    if (tk.lw.endsWith("-born") && toks[i + 1]?.cap) { i++; continue; }
    const fb = bitsOf(bits, tk);
    const next = toks[i + 1];
    // Honorific abbreviations ("M.", "Mr.", "Dr") are cues, not names; "St." opens a saint's or a town's name.
    if (fb & HONORIFIC && (next?.t === "." || next?.cap) && !saintAbbreviation(toks, i)) { i++; continue; }
    // "Le Monde", "La Croix", "Les Échos": a known newspaper keeps its article.
    const titled = fb & DETERMINER && next?.cap && next.nl === 0 && !gaz.isKnownOrg(next.form) && gaz.isKnownOrg(`${tk.t} ${next.t}`);
    if (titled) { out.push(withCues(toks, i, i + 2, lex, shouting, bits, true)); i += 2; continue; }
    if (fb & NOT_NAME && !(f.upper && !shouting) && !surnameAfterHonorific(toks, i, lex, bits) && !placeOpener(toks, i, fb) &&
      !initialBeforeSurname(toks, i, lex)) { i++; continue; }
    if ((tk.sent || i === afterLabel) && !f.upper && sentenceWord(toks, i, lex, hooks, bits)) { i++; continue; }
    const run = runEnd(toks, i, lex, bits, fb);
    const j = run >> 1;
    // Whether a role noun may stand in the run (withCues reads the role words only then).
    const roles = (run & 1) === 1;
    // A title-case headline: the name ends before the verb the run swallowed (the language's titleCaseEnd hook: lang/en/titlecase.ts); the rest is skipped.
    const tj = j > i ? hooks.titleCaseEnd(toks, i, j, lex) : j;
    if (tj < j) { out.push(withCues(toks, i, tj, lex, shouting, bits, roles)); i = j; continue; }
    if (j > i) {
      const ofOrg = hooks.orgOfComplement(toks, j);
      let cut = ofOrg > j ? ofOrg : hooks.runEnd(toks, i, j);
      if (cut === j - 1 && surnameAfterPlace(toks, i, j, lex)) cut = j;
      const a = titledParticle(toks, i, lex, hooks, bits) ? i - 1 : i;
      const c = withCues(toks, a, cut, lex, shouting, bits, roles || a < i || cut > j);
      if (ofOrg > j) c.org = true;
      if (links?.[i]) c.layout = "link";
      out.push(c);
      i = cut;
    } else i++;
  }
  return out;
}

/**
 * The end of the capitalised run that opens at token i (initials, particles, an Arabic article inside it), times 2,
 * plus 1 when a role noun may stand in the run (one did, or a token was taken in without its lists read). fb: the
 * first word's list bits.
 */
function runEnd(toks: Token[], i: number, lex: Lexicon, bits: ListBits, fb: number): number {
  let j = i;
  let roles = 0;
  for (;;) {
    // (A saint's abbreviation has at most three letters: "St", "Ste".)
    if (j === i && toks[j].e - toks[j].s <= 3 && saintAbbreviation(toks, j)) { j += saintWidth(toks, j); roles = 1; continue; }
    // An initial after a surname in capitals opens the next name: "P. LANGEVIN A. EINSTEIN".
    if (isInitial(toks, j)) {
      if (j > i && (toks[j].nl > 0 || toks[j - 1].upper && toks[j - 1].t.length > 2)) break;
      j += 2;
      roles = 1;
      continue;
    }
    const t = toks[j];
    if (!t || !t.word || t.nl > 0 && j > i) break;
    if (j > i && isFixtureJoiner(t) && toks[j + 1]?.upper) break; // "DALLAS AT ARIZONA"
    if (t.cap) {
      const tb = j === i ? fb : bitsOf(bits, t);
      if (tb & ROLE_NOUN) roles = 1;
      const next = toks[j + 1];
      // "Écrire Mme Roux", "Chez M. Favre": an honorific inside a run opens the next name.
      // ("St", "Sr" also close names: "Port St. Lucie", "John Lee Sr".)
      // ("Voyant Mme de Lucenay": also before a particle and a capital.)
      if (j > i && (tb & (HONORIFIC | IN_NAME)) === HONORIFIC && (next?.t === "." || next?.cap ||
        !!next && bitsOf(bits, next) & PARTICLE && particleRunEndsInCap(toks, j + 1, lex, bits)) && next?.nl === 0) break;
      // "à l'AFP Mathilde Panot", "la députée LFI Mathilde Panot", "au Parisien Jean Dupont": an acronym, an
      // organisation or a common word before a given name and a surname is not the first word of the name.
      if (j > i && !t.upper && next?.cap && next.nl === 0 && toks[j - 1].cap && gaz.isFirstName(t.form) && !gaz.isFirstName(toks[j - 1].form) &&
        (toks[j - 1].upper || gaz.isKnownOrg(toks[j - 1].form) || gaz.isCommonWord(toks[j - 1].lw, lex.lang) || PARTY_NOUNS.has(toks[j - 1].lw)) && !gaz.isPlace(`${toks[j - 1].t} ${t.t}`) &&
        // "Health Minister Sarah Okafor": a title word stays in the run, as the role before the name (withCues).
        !(bitsOf(bits, toks[j - 1]) & ROLE_NOUN && capitalisedTitleBeforeName(toks, i, j - 1, lex))) break;
      // "Jean-Marie Le Pen", "Marine Le Pen": a capitalised particle after a given name.
      if (j > i && tb & NOT_NAME && !t.upper &&
        !(tb & PARTICLE && gaz.isFirstName(toks[j - 1].form) && next?.cap && next.nl === 0) &&
        !monthSurname(toks, j) && !capitalisedTitleBeforeName(toks, i, j, lex)) break;
      j++;
      if (isPossessive(t)) break;
      if (pluralPossessiveJoin(toks, j - 1)) j++; // "Residents' Association": the apostrophe stays in the name
      continue;
    }
    // An Arabic article joined to a surname: "Bashar al-Assad", "Ahmed el-Tayeb".
    // (Article and name are joined by a hyphen: a word without one is none.)
    if (j > i && t.t.indexOf("-") > 0 && ARABIC_ARTICLE().test(t.t)) { j++; roles = 1; continue; }
    // A particle inside a name: "Ursula von der Leyen", "Jean de La Fontaine".
    const tb = bitsOf(bits, t);
    if (j > i && tb & PARTICLE && particleRunEndsInCap(toks, j, lex, bits, i)) { j++; if (tb & ROLE_NOUN) roles = 1; continue; }
    break;
  }
  return j << 1 | roles;
}

/**
 * "…, Timor Goksel, a indiqué", "a expliqué Timor Goksel": a run cut after a place, whose one word left no lexicon
 * knows, is a name whose first word is also a place when a role in apposition or a reporting verb marks a person.
 */
function surnameAfterPlace(toks: Token[], i: number, j: number, lex: Lexicon): boolean {
  const w = toks[j - 1];
  if (w.upper || isPossessive(w) || gaz.isCommonWord(w.form, lex.lang) || gaz.isCommonWord(w.form, "en") || gaz.isPlace(w.form) ||
    gaz.isFirstName(w.form) || gaz.isKnownOrg(w.form)) return false;
  // "en Asie Mineure": after a place preposition the run is a place whatever the words before it.
  if (i > 0 && entityHooks(lex.lang).placePreposition(toks, i)) return false;
  return !!roleBefore(toks, i, lex) || verbBefore(toks, i, lex) || verbAfter(toks, j, lex);
}

/**
 * "Dr. Read", "Mr. Story", "Mrs. Still": a capitalised word right after an honorific abbreviation is a
 * surname even when it is a word that names nobody elsewhere; not a title ("Mr. President") nor a
 * function word.
 */
function surnameAfterHonorific(toks: Token[], i: number, lex: Lexicon, bits: ListBits): boolean {
  const h = tokAt(toks, i - 1)?.t === "." ? toks[i - 2] : tokAt(toks, i - 1);
  const tk = toks[i];
  if (!h?.cap || !(bitsOf(bits, h) & HONORIFIC) || tk.nl !== 0) return false;
  const tb = bitsOf(bits, tk);
  // "Mme Le Pen", "M. De Villiers": a capitalised particle that opens the surname.
  if (tb & PARTICLE && toks[i + 1]?.cap && toks[i + 1].nl === 0 && !toks[i + 1].upper) return true;
  return tk.t.length >= 3 && !tk.upper && !(tb & (ROLE_NOUN | DETERMINER | HONORIFIC)) && !lex.pronouns.has(tk.lw);
}

const MAX_LABEL_WORDS = 4;

/**
 * "US-CHINA TRADE: Trade talks opened ...": a line opening with a label in capitals and a colon
 * heads a section; the label names nobody, and the capital after it only starts a sentence.
 * Returns the index after the colon, or -1.
 */
function headingLabel(toks: Token[], i: number): number {
  if (i > 0 && toks[i].nl === 0 || !toks[i].upper) return -1;
  let k = i;
  while (k < toks.length && k - i < MAX_LABEL_WORDS && (k === i || toks[k].nl === 0) && (toks[k].upper || toks[k].t === "-" || toks[k].t === "&")) k++;
  return toks[k]?.t === ":" && toks[k].nl === 0 && toks[k + 1] && toks[k + 1].nl === 0 ? k + 1 : -1;
}

/**
 * A capital that only says "sentence start": a frequent word ("Traders", "Among", "Sitting")
 * alone, or before a name that stands on its own ("Among Wei Fenghe's aides").
 */
function sentenceWord(toks: Token[], i: number, lex: Lexicon, hooks: EntityHooks, bits: ListBits): boolean {
  const tk = toks[i];
  const possessive = isPossessive(tk);
  const word = possessive ? tk.t.slice(0, -2) : tk.t;
  if (hooks.sentenceOnlyCapitals.has(word)) return true; // "A Londres": "À" without its accent
  if (word.length < 2) return false; // an initial
  // (The gazetteers answer the form as they answer its text, from the answers kept on the form.)
  const w: gaz.Word = possessive ? word : tk.form;
  if (!gaz.isCommonWord(w, lex.lang) || gaz.isFirstName(w) || gaz.isPlace(w) || gaz.isKnownOrg(w)) return false;
  const next = toks[i + 1];
  if (pluralPossessiveJoin(toks, i)) return false; // "Teachers' Federation"
  if (!next || !next.word || !next.cap || next.nl > 0 || possessive) return true;
  // "New York police said", "South Africa beat": the word opens a place's name with the next one, no sentence word.
  if (gaz.isPlace(next.form)) return !gaz.isPlace(`${word} ${next.t}`);
  return gaz.isFirstName(next.form) || (bitsOf(bits, next) & HONORIFIC) !== 0;
}

/**
 * Whether the name at token i follows "de"/"d'" right after an honorific or a military title:
 * the particle is then part of the surname ("M. de Bismarck", "général de Gaulle"), not a
 * preposition ("ministre de France").
 */
function titledParticle(toks: Token[], i: number, lex: Lexicon, hooks: EntityHooks, bits: ListBits): boolean {
  const d = tokAt(toks, i - 1);
  if (!d || !DE_PARTICLES.has(d.lw) || d.cap || toks[i].nl > 0) return false;
  const ti = toks[i - 2]?.t === "." ? i - 3 : i - 2;
  const t = tokAt(toks, ti);
  if (!t) return false;
  const noble = hooks.nobleTitles.has(t.lw);
  const tb = bitsOf(bits, t);
  // (The title is read before the gazetteer is asked: most "de" follow none.)
  if (!noble && !(tb & (HONORIFIC | PARTICLE_TITLE)) || gaz.isCommonWord(toks[i].form, lex.lang)) return false;
  // "lieutenant d'Avoyer", "général de Brigade": a title after the particle is the first title's complement, no surname.
  if (bitsOf(bits, toks[i]) & ROLE_NOUN) return false;
  // "le directeur général de Renault", "le secrétaire général de l'ONU": after a role noun, "général" is its adjective,
  // not the military title, and "de" opens the body the role is of.
  const r = tokAt(toks, ti - 1);
  if (r && !r.cap && bitsOf(bits, r) & ROLE_NOUN) return false;
  // A place after a military title is a title of victory or a command ("maréchal de Saxe").
  if (noble) {
    const kind = gaz.placeInfo(toks[i].form)?.kind;
    return kind !== "country" && kind !== "region" && kind !== "continent";
  }
  return (tb & HONORIFIC) !== 0 || (tb & PARTICLE_TITLE) !== 0 && !gaz.isPlace(toks[i].form);
}

function monthSurname(toks: Token[], j: number): boolean {
  const p = toks[j - 1];
  const n = toks[j + 1];
  return MONTH_SURNAMES.has(toks[j].lw) && j >= 1 && p.cap && gaz.isSureFirstName(p.form) &&
    !(n && n.nl === 0 && /^\d/.test(n.t));
}

function particleRunEndsInCap(toks: Token[], j: number, lex: Lexicon, bits: ListBits, i = j): boolean {
  let k = j;
  while (toks[k] && bitsOf(bits, toks[k]) & PARTICLE && !toks[k].cap) k++;
  if (!toks[k]?.cap || toks[k].nl > 0 || k - j > 2) return false;
  // "Anne Morel de Natixis", "John Roe of Unilever": a known organisation after the particle is the
  // person's employer, not part of the name.
  if (k !== j + 1 || !isEmployerParticle(toks[j].lw)) return true;
  if (gaz.isKnownOrg(orgRun(toks, k))) return false;
  // "Anne Morel de Natixis": a given name and a surname already make the name; a lone capital
  // after "de" with nothing name-like after it is where the person works or comes from.
  const given = tokAt(toks, j - 2);
  const sur = toks[j - 1];
  const after = toks[k + 1];
  return !(given?.cap && sur.cap && !sur.upper && gaz.isFirstName(given.form) && !gaz.isFirstName(sur.form) && !(bitsOf(bits, sur) & PARTICLE) &&
    j - 2 === i && !(after?.cap && after.nl === 0) && !(after && bitsOf(bits, after) & PARTICLE));
}

const isEmployerParticle = (w: string) => EMPLOYER_PARTICLES.has(w);

/** The capitalised run from k ("Société Générale", "Natixis"). */
function orgRun(toks: Token[], k: number): string {
  let e = k;
  while (toks[e]?.cap && toks[e].word && (e === k || toks[e].nl === 0)) e++;
  return toks.slice(k, e).map((t) => t.t).join(" ");
}

/**
 * "Health Minister Sarah Okafor", "Senate Majority Leader Mitch McConnell": a title word after a few
 * capitalised modifiers and before a name stays in the run; withCues makes the words up to it the role.
 */
function capitalisedTitleBeforeName(toks: Token[], i: number, j: number, lex: Lexicon): boolean {
  const next = toks[j + 1];
  if (j - i > 3 || !lex.roleNouns.has(toks[j].lw) || !next?.cap || !next.word || next.nl !== 0 || lex.notNames.has(next.lw)) return false;
  // "U.S. President Bill Clinton", "Company President Jean …": a place or an organisation before the title is a name of its own.
  for (let k = i; k < j; k++) if (gaz.isPlace(toks[k].form) || gaz.isKnownOrg(toks[k].form) || toks[k].t.endsWith(".")) return false;
  return !gaz.isPlace(toks.slice(i, j).map((t) => t.t).join(" "));
}

/** The candidate [a, b) with its cues; `roles`: whether a role noun may stand among its words (false: none does). */
function withCues(toks: Token[], a: number, b: number, lex: Lexicon, shouting: boolean, bits: ListBits, roles: boolean): Candidate {
  const c = candidate(a, b, shouting, layoutOf(toks, a, b));
  // Role words at the head of the run: "Health Minister Sarah Okafor", "Mayor Linda Tremblay".
  let k = a;
  let lastRole = -1;
  while (roles && k < b - 1) {
    if (bitsOf(bits, toks[k]) & ROLE_NOUN) lastRole = k;
    else if (lastRole < 0 && k - a >= 3) break;
    k++;
  }
  // "Générale de Négociations": a role word followed by a particle heads a longer name, not a person's title.
  // (Titles that take a particle stay titles: "Count de la Brasque".)
  const particleNext = lastRole >= 0 && bitsOf(bits, toks[lastRole + 1]) & PARTICLE && !toks[lastRole + 1].cap &&
    !(bitsOf(bits, toks[lastRole]) & (PARTICLE_TITLE | NOBLE_TITLE));
  // "Fondation Abbé Pierre": a body's head opening the run names it after someone; the run is the body's name.
  if (lastRole > a && EPONYM_HEADS.has(toks[a].lw)) {
    c.org = true;
    return c;
  }
  if (lastRole >= 0 && lastRole < b - 1 && !particleNext) {
    c.role = toks.slice(a, lastRole + 1).map((t) => t.t).join(" ");
    c.gender = lex.roleNouns.get(toks[lastRole].lw);
    c.a = lastRole + 1;
  }
  // Honorific before: "M. Hatami", "Mrs Smith".
  const h = honorificAt(toks, c.a, lex);
  if (h >= 0) {
    c.honorific = toks[h].t;
    c.gender ??= lex.honorifics.get(toks[h].lw);
  }
  return c;
}

/**
 * One pass over the tokens: the capitalised words, as index × 2 + 1 when their line is mostly upper-case words (words
 * with a letter: an ASCII one first, or any), index × 2 otherwise; and whether a line opens with a link label's first
 * word (layout.ts). A token's first character, read in the text (in order, where the tokens' forms lie all over
 * memory), settles most tokens: an ASCII letter or punctuation; the form is read for capitals, digits and other scripts.
 */
function scanLines(toks: Token[], text: string): { caps: number[]; mayLink: boolean } {
  const caps: number[] = [];
  let mayLink = false;
  let lineStart = 0;
  let lineCaps = 0;
  let words = 0;
  let upper = 0;
  for (let k = 0; k <= toks.length; k++) {
    const tk = toks[k];
    if (k === toks.length || tk.nl > 0 && k > lineStart) {
      if (words >= 2 && upper / words > 0.6) for (let q = lineCaps; q < caps.length; q++) caps[q] |= 1;
      if (k === toks.length) break;
      lineStart = k;
      lineCaps = caps.length;
      words = 0;
      upper = 0;
    }
    if (k === lineStart && !mayLink && opensLinkLabel(tk)) mayLink = true;
    const c = text.charCodeAt(tk.s);
    if (c < 128) {
      if (c >= 97 && c <= 122) { words++; continue; }
      // (ASCII words open with a letter or a digit; other ASCII tokens are marks.)
      if (c < 48 || c > 57 && c < 65 || c > 90) continue;
    } else if (c >= 0xdf && c <= 0xff && c !== 0xf7) {
      // A lower-case Latin-1 letter ("à", "été"): a word, not capitalised.
      words++;
      continue;
    } else if (c === 0xab || c === 0xbb || c >= 0x2000 && c <= 0x206f) continue; // « », and dashes, quotes, spaces: marks
    const f = tk.form;
    if (!f.word) continue;
    if (f.cap) {
      caps.push(k << 1);
      // (A capitalised word opens with an upper-case letter.)
      words++;
      if (f.upper || tk.e - tk.s === 1) upper++;
      continue;
    }
    if (hasLetter(f.t, c)) words++;
  }
  return { caps, mayLink };
}

const LETTER = lazy(() => /\p{L}/u);

/**
 * Whether a word whose first character is c (no ASCII letter) has a letter: a Latin-1 or Latin Extended letter first,
 * or, in a word of ASCII characters (a number: "2023", "3e"), an ASCII letter; the regex for the rest.
 */
function hasLetter(t: string, c: number): boolean {
  if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) return true;
  for (let k = 0; k < t.length; k++) {
    const d = t.charCodeAt(k);
    if (d >= 128) return LETTER().test(t);
    if ((d | 32) >= 97 && (d | 32) <= 122) return true;
  }
  return false;
}

/**
 * An elided article ("L'", "D'": the apostrophe ends the word) or an English contraction ("I'm", "Don't"). The lower
 * case has an apostrophe "'" exactly where the word has one (’ or '), and most words have none.
 */
function elidedOrContracted(t: Token): boolean {
  const lw = t.lw;
  return lw.indexOf("'") >= 0 && (lw.charCodeAt(lw.length - 1) === 39 || CONTRACTION().test(t.t));
}

/** "New York", "New Zealand" (and so "the New York Times"): a word that names nobody alone opens a known place's name. */
function placeOpener(toks: Token[], i: number, fb: number): boolean {
  const n = toks[i + 1];
  // Not an article: "La France" is France ("the" and "la" open no name here).
  return !(fb & DETERMINER) && !!n?.cap && n.word && n.nl === 0 && gaz.isPlace(`${toks[i].t} ${n.t}`);
}
