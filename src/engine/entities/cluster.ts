// Groups name mentions into entities: one person per individual ("Amir Hatami", "Hatami",
// "M. Hatami"), one organisation per name or acronym, one place per name.
import type { Entity, EntityKind, Mention } from "../types";
import { retyped, type NameMention } from "./mention";
import { foldKey } from "./name-keys";
import { isSpaceCode } from "../text/chars";
import { endsOnSpacedCapital } from "../text/unicode";
import { stringMemo } from "../lexicon/gazetteer-tables";
import { givenNameGender } from "../lexicon/gazetteer-names";
import { PARTICLE_WORD as PARTICLES, PARTICLE_LED, FEMININE_TITLE as TITLE_F, MASCULINE_TITLE as TITLE_M } from "../lexicon/entity-words";

export interface Clustered {
  people: Entity[];
  orgs: Entity[];
  places: Entity[];
  /** Every kept mention with its entity, in text order. */
  mentions: (NameMention & { entity: Entity })[];
}

interface Draft {
  entity: Entity;
  words: Set<string>;
  last: string;
  lastSeen: number;
  nameWords: number;
  /** The entity's name ends on an initial (/\s\p{Lu}\.?$/u). */
  cut: boolean;
}

/** Accent- and case-folded key (name-keys.ts). */
const norm = foldKey;
const titleGender = (s: string): "m" | "f" | undefined => TITLE_F.test(s) ? "f" : TITLE_M.test(s) ? "m" : undefined;
/**
 * /\s\p{Lu}\.?$/u, its test run only where a space stands two to four code units from the end (a capital
 * beyond the BMP takes two, its period one more).
 */
export function endsOnInitial(s: string): boolean {
  const n = s.length;
  const spaced = n >= 2 && isSpaceCode(s.charCodeAt(n - 2)) || n >= 3 && isSpaceCode(s.charCodeAt(n - 3)) || n >= 4 && isSpaceCode(s.charCodeAt(n - 4));
  return spaced && endsOnSpacedCapital(s);
}

/** The words of each distinct name, split once: the same names recur all through an article and across articles. */
const nameWords = stringMemo((text: string): string[] => oneWord(text) ? PARTICLES.test(text) ? [] : [wordKey(text)] : splitName(text));

/**
 * A name word's folded key, without an Arabic article joined to it by a hyphen: "Bachar al-Assad" is later "Assad",
 * "Abd el-Kader" "Kader".
 */
function wordKey(w: string): string {
  const k = norm(w);
  return k.length > 5 && k.charCodeAt(2) === 45 && (k.startsWith("al") || k.startsWith("el")) ? k.slice(3) : k;
}

/** A name with no white space and no period: its own one word (or none, a particle). */
function oneWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || isSpaceCode(c)) return false;
  }
  return s.length > 0;
}

/** `s.split(/[\s.]+/)` without empty words and particles, each folded: the words a person's name is matched by. */
function splitName(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (c !== 46 && !isSpaceCode(c)) continue;
    if (i > start) {
      const w = s.slice(start, i);
      if (!PARTICLES.test(w)) out.push(wordKey(w));
    }
    start = i + 1;
  }
  return out;
}

/** An organisation or a place being gathered, and whether its name is all capitals (a dateline's "PÉKIN"). */
interface OtherDraft {
  entity: Entity;
  shouted: boolean;
}

/** `s === s.toUpperCase()`: by character code for ASCII. */
function isShouted(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return s === s.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/**
 * d if it matches the words better than best (see findPerson): its name holds all the words (sub), or its name's
 * words, its last one included, are all among them (sup); the most recent match wins.
 */
const otherGender = (g: "m" | "f"): "m" | "f" => g === "m" ? "f" : "m";
/** The gender of a full name's given name ("Anne Roche" → f), when the lexicon lists it one way only (the name has a space). */
const givenGenderOf = (name: string): "m" | "f" | undefined => givenNameGender(name.slice(0, name.indexOf(" ")));

/** The single-letter words of a name's words, in order: "George H.W. Bush" → "hw". */
function initialsOf(words: readonly string[]): string {
  let out = "";
  for (const w of words) if (w.length === 1) out += w;
  return out;
}

/**
 * "George W. Bush" and "George H.W. Bush": two full names with the same given name, written out, and other middle
 * initials name two people (a father and a son), though the words of one are all among the other's. ("J. Smith" may
 * still be John A. Smith: its given name is only an initial.)
 */
function otherInitials(name: string, words: readonly string[]): boolean {
  if (words.length < 3 || words[0].length < 2) return false;
  const own = nameWords(name);
  if (own.length < 3 || own[0] !== words[0]) return false;
  const a = initialsOf(own);
  const b = initialsOf(words);
  return a !== "" && b !== "" && a !== b;
}

function consider(d: Draft, words: string[], gender: "m" | "f" | undefined, best: Draft | undefined): Draft | undefined {
  if (otherInitials(d.entity.name, words)) return best;
  if (gender && d.entity.gender && gender !== d.entity.gender) return best;
  // "Anne Roche … M. Roche": a title's gender against the given name's, when the name gave one (another person).
  if (gender && !d.entity.gender && d.nameWords > 1 && givenGenderOf(d.entity.name) === otherGender(gender)) return best;
  if (best && d.lastSeen <= best.lastSeen) return best;
  let sub = true;
  for (const x of words) if (!d.words.has(x)) { sub = false; break; }
  if (sub) return d;
  // (Not onto an initial alone: "C." of "M. C." says nothing about "Écrire C. M.".)
  if (words.length < 2 || d.nameWords <= 0 || d.last.length <= 1 || !words.includes(d.last)) return best;
  for (const x of d.words) if (!words.includes(x)) return best;
  return d;
}

/**
 * An entity with its optional fields present, in one order: role and gender, filled in later (here and in
 * role-after.ts), then made a shape per order they came in, and the reads of entities megamorphic.
 */
function newEntity(id: string, kind: EntityKind, name: string): Entity {
  return { id, kind, name, mentions: [], role: undefined, gender: undefined, references: undefined };
}

/** The mention bound to its entity, built field by field (one object shape; a spread made a new one per call). */
function bound(m: NameMention, entity: Entity, gender = m.gender): NameMention & { entity: Entity } {
  return { a: m.a, b: m.b, s: m.s, e: m.e, text: m.text, kind: m.kind, strong: m.strong, role: m.role, gender, entity };
}

export function cluster(mentions: NameMention[], acronyms: Map<string, string>): Clustered {
  const people: Draft[] = [];
  const kept: (NameMention & { entity: Entity })[] = [];
  const orgs: Entity[] = [];
  const places: Entity[] = [];
  let n = 0;

  // Word → the people whose name has it: a mention is compared only with people sharing a word
  // (every match, subset or superset, shares one), so clustering stays linear in the text.
  const byWord = new Map<string, Draft[]>();
  // Last word → the people whose name ends with it (a fuller name of a mention ends with one of its words).
  const byLast = new Map<string, Set<Draft>>();
  const setLast = (d: Draft, last: string) => {
    if (last === d.last) return;
    byLast.get(d.last)?.delete(d);
    d.last = last;
    const set = byLast.get(last);
    if (set) set.add(d);
    else byLast.set(last, new Set<Draft>().add(d));
  };
  /**
   * The person last seen whose name holds all the words (sub), or whose name's words, its last
   * one included, are all among them (sup). A sub match is on the list of every word, so only
   * the shortest list is read; a sup match is found by its last word. (Reading every list of
   * every word grew with the square of the text: "John" is in many names.) The most recent
   * match wins, and lastSeen is unique, so the order of reading does not matter.
   */
  const findPerson = (words: string[], gender: "m" | "f" | undefined): Draft | undefined => {
    let best: Draft | undefined;
    let shortest: Draft[] | undefined;
    for (const w of words) {
      const list = byWord.get(w);
      if (!list) { shortest = undefined; break; }
      if (!shortest || list.length < shortest.length) shortest = list;
    }
    if (shortest) for (const d of shortest) best = consider(d, words, gender, best);
    if (words.length > 1) {
      for (const w of words) {
        const set = byLast.get(w);
        if (set) for (const d of set) best = consider(d, words, gender, best);
      }
    }
    return best;
  };

  const addPerson = (m: NameMention, words: string[]) => {
    // "Mme de Rênal" read as one run keeps her title's gender, so "M. de Rênal" stays another person.
    const gender = m.gender || titleGender(m.text);
    let d = findPerson(words, gender);
    if (!d) {
      const entity = newEntity(`p${people.length}`, "person", m.text);
      d = { entity, words: new Set(), last: "", lastSeen: 0, nameWords: 0, cut: endsOnInitial(m.text) };
      setLast(d, words[words.length - 1]);
      people.push(d);
    }
    for (const w of words) {
      if (d.words.has(w)) continue;
      d.words.add(w);
      const list = byWord.get(w);
      if (list) list.push(d);
      else byWord.set(w, [d]);
    }
    // A surname cut to its initial ("Pauline D…", "Mme de S***") is not a fuller name than "Pauline".
    const mCut = endsOnInitial(m.text);
    const rank = words.length - (mCut ? 1 : 0);
    if (rank > d.nameWords || rank === d.nameWords && !mCut && (d.cut || m.text.length > d.entity.name.length)) {
      d.entity.name = m.text;
      d.cut = mCut;
      d.nameWords = rank;
      setLast(d, words[words.length - 1]);
    }
    d.lastSeen = n++;
    if (m.role && !d.entity.role) d.entity.role = m.role;
    if (gender && !d.entity.gender) d.entity.gender = gender;
    kept.push(bound(m, d.entity, gender));
  };

  // An organisation or place by its folded name, with whether that name is all capitals.
  const byOrgKey = new Map<string, OtherDraft>();
  const byPlaceKey = new Map<string, OtherDraft>();
  const addOther = (m: NameMention, kind: EntityKind) => {
    const byKey = kind === "org" ? byOrgKey : byPlaceKey;
    const full = acronyms.get(m.text);
    const key = norm(full ?? m.text);
    let o = byKey.get(key);
    if (!o) {
      const list = kind === "org" ? orgs : places;
      const name = full ?? m.text;
      o = { entity: newEntity(`${kind === "org" ? "o" : "l"}${list.length}`, kind, name), shouted: isShouted(name) };
      list.push(o.entity);
      byKey.set(key, o);
    }
    // Prefer a mixed-case form as the name ("Pékin" over a dateline's "PÉKIN").
    if (o.shouted && !isShouted(m.text) && full === undefined) { o.entity.name = m.text; o.shouted = false; }
    kept.push(bound(m, o.entity));
  };

  // Out of a place's slot, a surname alone counts when a title or a role gave it ("Mme Valence", "le juge Lyon"): the
  // person then has a gender.
  const surnameOfPerson = (m: NameMention, titled: boolean): boolean => {
    const words = nameWords(m.text);
    if (words.length !== 1) return false;
    return (byWord.get(words[0]) ?? []).some((d) => d.last === words[0] && (d.nameWords > 1 || PARTICLE_LED().test(d.entity.name) || titled && !!d.entity.gender));
  };
  // Places the article puts where only a place stands ("à Dijon", "la Hollande"): there a "de" complement of the same
  // name stays the place; elsewhere it is the person of that surname ("la victoire de Hollande").
  // (Gathered on the first "de" complement that asks.)
  let locative: Set<string> | undefined;
  const slotFree = (m: NameMention): boolean => {
    if (!m.placeSlot) return true;
    if (!m.ofSlot) return false;
    if (!locative) {
      locative = new Set<string>();
      for (const o of mentions) if (o.kind === "place" && o.placeSlot && !o.ofSlot) locative.add(norm(o.text));
    }
    return !locative.has(norm(m.text));
  };

  const placeIsPerson = (m: NameMention): boolean => {
    const free = slotFree(m);
    return (!m.strong || free) && surnameOfPerson(m, free);
  };

  // Strong people first (in text order), so weak mentions can attach to them afterwards.
  for (const m of mentions) if (m.kind === "person" && m.strong) addPerson(m, nameWords(m.text));
  const strongPeople = kept.length;
  for (const m of mentions) {
    if (m.kind === "person" && !m.strong) {
      const words = nameWords(m.text);
      if (words.length && findPerson(words, m.gender)) addPerson(m, words);
    } else if (m.kind === "place" && placeIsPerson(m)) {
      // "MaliVai Washington ... Washington came back": a town name that is the surname of a
      // person of the article is that person, unless it stands where a place does ("à Berne").
      addPerson(retyped(m, "person"), nameWords(m.text));
    } else if (m.kind !== "person") addOther(m, m.kind);
  }
  const all = inTextOrder(kept, strongPeople);
  for (const m of all) {
    const mention: Mention = { start: m.s, end: m.e, text: m.text, entity: m.entity.id };
    m.entity.mentions.push(mention);
  }
  return { people: people.map((d) => d.entity), orgs, places, mentions: all };
}

/**
 * kept sorted by start, as a stable sort puts it: its first n mentions (the strong people) and the rest are each in
 * text order already, so one merge does, the first run first on a tie. (A sort when a run is out of order.)
 */
function inTextOrder<T extends { s: number }>(kept: T[], n: number): T[] {
  for (let i = 1; i < kept.length; i++) if (i !== n && kept[i].s < kept[i - 1].s) return kept.sort((x, y) => x.s - y.s);
  if (n === 0 || n === kept.length) return kept;
  const out: T[] = [];
  let i = 0;
  let j = n;
  while (i < n && j < kept.length) out.push(kept[j].s < kept[i].s ? kept[j++] : kept[i++]);
  while (i < n) out.push(kept[i++]);
  while (j < kept.length) out.push(kept[j++]);
  return out;
}
