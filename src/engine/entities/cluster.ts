// Groups name mentions into entities: one person per individual ("Amir Hatami", "Hatami",
// "M. Hatami"), one organisation per name or acronym, one place per name.
import type { Entity, EntityKind, Mention } from "../types";
import type { NameMention } from "./mention";
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
}

const normCache = new Map<string, string>();
/** Accent- and case-folded key, memoised: the same names recur all through an article. */
const norm = (s: string) => {
  let k = normCache.get(s);
  if (k === undefined) {
    k = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[’']s$/, "").toLowerCase();
    if (normCache.size > 50_000) normCache.clear();
    normCache.set(s, k);
  }
  return k;
};
const titleGender = (s: string): "m" | "f" | undefined => TITLE_F.test(s) ? "f" : TITLE_M.test(s) ? "m" : undefined;
const TRAILING_INITIAL = /\s\p{Lu}\.?$/u;
const splitName = (s: string) => s.split(/[\s.]+/).filter((w) => w && !PARTICLES.test(w)).map(norm);

/** The mention bound to its entity, built field by field (one object shape; a spread made a new one per call). */
function bound(m: NameMention, entity: Entity, gender = m.gender): NameMention & { entity: Entity } {
  return { a: m.a, b: m.b, s: m.s, e: m.e, text: m.text, kind: m.kind, strong: m.strong, role: m.role, gender, entity };
}

export function cluster(mentions: NameMention[], acronyms: Map<string, string>): Clustered {
  const people: Draft[] = [];
  const kept: (NameMention & { entity: Entity })[] = [];
  const byKey = new Map<string, Entity>();
  const orgs: Entity[] = [];
  const places: Entity[] = [];
  let n = 0;

  // Word → the people whose name has it: a mention is compared only with people sharing a word
  // (every match, subset or superset, shares one), so clustering stays linear in the text.
  const byWord = new Map<string, Draft[]>();
  // Last word → the people whose name ends with it (a fuller name of a mention ends with one of its words).
  const byLast = new Map<string, Set<Draft>>();
  const setLast = (d: Draft, last: string) => {
    byLast.get(d.last)?.delete(d);
    d.last = last;
    const set = byLast.get(last);
    if (set) set.add(d);
    else byLast.set(last, new Set([d]));
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
    const consider = (d: Draft) => {
      if (gender && d.entity.gender && gender !== d.entity.gender) return;
      if (best && d.lastSeen <= best.lastSeen) return;
      const sub = words.every((x) => d.words.has(x));
      // (Not onto an initial alone: "C." of "M. C." says nothing about "Écrire C. M.".)
      const sup = !sub && words.length > 1 && d.nameWords > 0 && d.last.length > 1 && words.includes(d.last) && [...d.words].every((x) => words.includes(x));
      if (sub || sup) best = d;
    };
    let shortest: Draft[] | undefined;
    for (const w of words) {
      const list = byWord.get(w);
      if (!list) { shortest = undefined; break; }
      if (!shortest || list.length < shortest.length) shortest = list;
    }
    if (shortest) for (const d of shortest) consider(d);
    if (words.length > 1) for (const w of words) for (const d of byLast.get(w) ?? []) consider(d);
    return best;
  };

  const addPerson = (m: NameMention, words: string[]) => {
    // "Mme de Rênal" read as one run keeps her title's gender, so "M. de Rênal" stays another person.
    const gender = m.gender || titleGender(m.text);
    let d = findPerson(words, gender);
    if (!d) {
      const entity: Entity = { id: `p${people.length}`, kind: "person", name: m.text, mentions: [] };
      d = { entity, words: new Set(), last: "", lastSeen: 0, nameWords: 0 };
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
    const rank = words.length - (TRAILING_INITIAL.test(m.text) ? 1 : 0);
    const cut = TRAILING_INITIAL.test(d.entity.name);
    if (rank > d.nameWords || rank === d.nameWords && (cut ? !TRAILING_INITIAL.test(m.text) : m.text.length > d.entity.name.length && !TRAILING_INITIAL.test(m.text))) {
      d.entity.name = m.text;
      d.nameWords = rank;
      setLast(d, words[words.length - 1]);
    }
    d.lastSeen = n++;
    if (m.role && !d.entity.role) d.entity.role = m.role;
    if (gender && !d.entity.gender) d.entity.gender = gender;
    kept.push(bound(m, d.entity, gender));
  };

  // Per distinct mention text, its key and whether it is all capitals: the same names recur all through an article.
  const orgKeys = new Map<string, string>();
  const placeKeys = new Map<string, string>();
  const shouted = new Map<string, boolean>();
  const isShouted = (s: string) => {
    let up = shouted.get(s);
    if (up === undefined) shouted.set(s, up = s === s.toUpperCase());
    return up;
  };
  const addOther = (m: NameMention, kind: EntityKind) => {
    const keys = kind === "org" ? orgKeys : placeKeys;
    let key = keys.get(m.text);
    if (key === undefined) keys.set(m.text, key = kind + ":" + norm(acronyms.get(m.text) ?? m.text));
    let e = byKey.get(key);
    if (!e) {
      const list = kind === "org" ? orgs : places;
      e = { id: `${kind === "org" ? "o" : "l"}${list.length}`, kind, name: acronyms.get(m.text) ?? m.text, mentions: [] };
      list.push(e);
      byKey.set(key, e);
    }
    // Prefer a mixed-case form as the name ("Pékin" over a dateline's "PÉKIN").
    if (isShouted(e.name) && !isShouted(m.text) && !acronyms.has(m.text)) e.name = m.text;
    kept.push(bound(m, e));
  };

  // The words of each distinct name, split once: the same names recur all through an article.
  const wordsOf = new Map<string, string[]>();
  const nameWords = (text: string): string[] => {
    let words = wordsOf.get(text);
    if (!words) wordsOf.set(text, words = splitName(text));
    return words;
  };

  const surnameOfPerson = (m: NameMention): boolean => {
    const words = nameWords(m.text);
    if (words.length !== 1) return false;
    return (byWord.get(words[0]) ?? []).some((d) => d.last === words[0] && (d.nameWords > 1 || PARTICLE_LED.test(d.entity.name)));
  };

  // Strong people first (in text order), so weak mentions can attach to them afterwards.
  for (const m of mentions) if (m.kind === "person" && m.strong) addPerson(m, nameWords(m.text));
  for (const m of mentions) {
    if (m.kind === "person" && !m.strong) {
      const words = nameWords(m.text);
      if (words.length && findPerson(words, m.gender)) addPerson(m, words);
    } else if (m.kind === "place" && (!m.strong || !m.placeSlot) && surnameOfPerson(m)) {
      // "MaliVai Washington ... Washington came back": a town name that is the surname of a
      // person of the article is that person, unless it stands where a place does ("à Berne").
      addPerson({ ...m, kind: "person" }, nameWords(m.text));
    } else if (m.kind !== "person") addOther(m, m.kind);
  }
  kept.sort((x, y) => x.s - y.s);
  for (const m of kept) {
    const mention: Mention = { start: m.s, end: m.e, text: m.text, entity: m.entity.id };
    m.entity.mentions.push(mention);
  }
  return { people: people.map((d) => d.entity), orgs, places, mentions: kept };
}
