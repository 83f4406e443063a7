// Decides what each name candidate is (person, organisation, place, or nothing) from the cues
// around it and the gazetteers, then binds acronyms to their expansions.
import * as gaz from "../lexicon/gazetteer";
import type { Lexicon } from "../lexicon";
import type { Token } from "../text/tokenize";
import type { EntityKind } from "../types";
import { isPossessive, type Candidate } from "./candidates";
import { withoutAuthors } from "./authors";
import { roleBefore, verbAfter, verbBefore } from "./cues";

export interface NameMention {
  a: number;
  b: number;
  s: number;
  e: number;
  text: string;
  kind: EntityKind;
  /** Strong evidence for a person (honorific, role, first name, reporting verb). */
  strong: boolean;
  role?: string;
  gender?: "m" | "f";
}

const ORG_HEADS_FR = new Set(["agence", "ministère", "parti", "groupe", "société", "association", "banque",
  "journal", "quotidien", "hebdomadaire", "chaîne", "radio", "télévision", "entreprise", "compagnie",
  "fondation", "institut", "université", "organisation", "syndicat", "club", "fédération", "commission"]);

export function classify(toks: Token[], cands: Candidate[], lex: Lexicon, text: string): NameMention[] {
  const out: NameMention[] = [];
  const linked: NameMention[] = [];
  const townsfolk = lex.lang === "en" ? townsOfPlurals(text, lex) : undefined;
  for (const c of cands) {
    let m = classifyOne(toks, c, lex, text);
    // "Edentonians ... moved from Edenton": a word whose "-ians" plural the article uses is a town.
    if (townsfolk?.size && c.b - c.a === 1 && townsfolk.has(toks[c.a].lw) && !c.honorific && (!m || m.kind === "person" && !m.strong)) {
      m = named(span(toks, c.a, c.b, text), "place", true);
    }
    if ((!m || m.kind === "person" && !m.strong) && c.b - c.a >= 2 && (c.shouting || toks.slice(c.a, c.b).every((t) => t.upper))) {
      const ps = shoutedPlaces(toks, c, lex, text, townsfolk);
      if (ps.length) { out.push(...ps); continue; }
    }
    if (m && c.layout === "link" && m.kind === "person") linked.push(m);
    else if (m) out.push(m);
  }
  if (lex.lang === "en") garbledPlaces(out);
  const kept = linked.length ? withLinkedPeople(out, linked) : out;
  const listed = listsOfPeople(toks, kept, lex);
  return lex.lang === "fr" ? listed : withoutAuthors(toks, listed, text);
}

const PLURAL_OF_TOWNSFOLK = /\b(\p{Lu}\p{Ll}{3,})ians\b/gu;

const PLURAL_AT = new RegExp(PLURAL_OF_TOWNSFOLK.source, "uy");

/**
 * The stems PLURAL_OF_TOWNSFOLK matches, in text order, without running the regex over the
 * whole text (a Unicode scan of every position was a tenth of the entity stages). A match is a
 * run of letters ending in "ians": so only the starts in the letter run before each "ians" are
 * tried, with the same regex made sticky. Non-ASCII characters count as letters and as
 * possible capitals (the regex decides), so no start the full scan could match is skipped.
 */
function* pluralStems(text: string): Generator<string> {
  let tried = 0; // every start before this has been tried or cannot match
  for (let p = text.indexOf("ians"); p >= 0; p = text.indexOf("ians", Math.max(p + 1, tried))) {
    let q = p;
    while (q > tried && !asciiNonLetter(text.charCodeAt(q - 1))) q--;
    let end = -1;
    for (; q <= p - 4 && end < 0; q++) {
      if (!mayBeCapital(text.charCodeAt(q))) continue;
      PLURAL_AT.lastIndex = q;
      const m = PLURAL_AT.exec(text);
      if (m) { yield m[1]; end = PLURAL_AT.lastIndex; }
    }
    // After a match the scan goes on from its end; otherwise starts from p - 3 on may still
    // reach a later "ians" in the same run ("Xabianscians").
    tried = end >= 0 ? end : Math.max(tried, p - 3);
  }
}

const asciiNonLetter = (c: number): boolean => c < 128 && !((c | 32) >= 97 && (c | 32) <= 122);
const mayBeCapital = (c: number): boolean => c >= 128 || c >= 65 && c <= 90;

/** Stems of "-ians" plurals in the text ("Edentonians" → "edenton"), given names and role words left out. */
function townsOfPlurals(text: string, lex: Lexicon): Set<string> {
  const out = new Set<string>();
  for (const stem of pluralStems(text)) {
    if (gaz.isFirstName(stem) || gaz.isCommonWord(stem, "en") || lex.notNames.has(stem.toLowerCase()) || lex.roleNouns.has(stem.toLowerCase())) continue;
    out.add(stem.toLowerCase());
  }
  return out;
}

/**
 * People named in a line that links to another story ("READ MORE: Jane Roe says ...") count
 * only when the story itself names them too (its "Roe"): the link then gives the full name.
 */
function withLinkedPeople(ms: NameMention[], linked: NameMention[]): NameMention[] {
  const lastWord = (m: NameMention) => m.text.replace(/['’]s$/, "").split(/\s+/).pop()!.toLowerCase();
  const words = new Set<string>();
  for (const m of ms) if (m.kind === "person") words.add(lastWord(m));
  const keep = linked.filter((m) => words.has(lastWord(m)));
  return keep.length ? [...ms, ...keep].sort((p, q) => p.s - q.s) : ms;
}

const COUNTY = /^(?:county|parish|township|street|road|bridge|lane|square|wharf|turnpike|avenue|alley)$/;
/** "Chesnut-street", "Water-lane": old spelling joins a street name to its lower-case head. */
const HYPHEN_STREET = /^\p{Lu}\p{Ll}+-(?:street|road|bridge|lane|square|wharf|alley)$/u;

const SETTLEMENT = /^(?:village|town|city|hamlet|township|municipality|district|province|island|region)$/;

const MONTH_ABBR = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

const LIST_JOINERS = new Set([",", "et", "and", "&"]);

/**
 * "MM. Droz, Cuzol et Gidel": names coordinated with a person are people too, unless the list
 * also holds a place or an organisation. One sweep over the mentions, in text order. (French:
 * English lists of capitals are more often teams, products or titles.)
 */
function listsOfPeople(toks: Token[], ms: NameMention[], lex: Lexicon): NameMention[] {
  let start = 0;
  for (let i = 1; i <= ms.length; i++) {
    const joined = i < ms.length && ms[i].a === ms[i - 1].b + 1 && LIST_JOINERS.has(toks[ms[i - 1].b].lw) && toks[ms[i].a].nl === 0;
    if (joined) continue;
    // Two names joined by a comma are an apposition ("la Défense, Wei Fenghe"), not a list.
    const list = i - start >= 3 || i - start === 2 && toks[ms[start].b].t !== ",";
    if (list) {
      const group = ms.slice(start, i);
      const bare = group.every((m) => !lex.determiners.has(toks[m.a - 1]?.lw ?? "") && toks[m.a - 1]?.lw !== "du");
      // An ambiguous town in the list ("Lincoln, Grant, Garfield") is the person's surname.
      // English: a weak member that is a common word ("Mercantile, Commerce and Roosevelt") makes it a list of firms.
      const member = (m: NameMention) => (m.kind === "person" || m.kind === "place" && !m.strong && m.b - m.a === 1) &&
        !(lex.lang === "en" && !m.strong && gaz.isCommonWord(m.text, "en"));
      if (bare && group.some((m) => m.kind === "person" && m.strong) && group.every(member)) {
        for (const m of group) { m.strong = true; m.kind = "person"; }
      }
    }
    start = i;
  }
  return ms;
}

interface Span {
  a: number;
  b: number;
  s: number;
  e: number;
  text: string;
}

/** Tokens [a, b) and their character span, without a final possessive "'s". */
function span(toks: Token[], a: number, b: number, text: string): Span {
  const s = toks[a].s;
  const e = toks[b - 1].e - (isPossessive(toks[b - 1]) ? 2 : 0);
  return { a, b, s, e, text: text.slice(s, e) };
}

/**
 * A mention of the span, built field by field: every mention then has one object shape
 * (object spreads made a new shape per call site, and garbage for the spread source).
 */
function named(sp: Span, kind: EntityKind, strong: boolean, role?: string, gender?: "m" | "f"): NameMention {
  return { a: sp.a, b: sp.b, s: sp.s, e: sp.e, text: sp.text, kind, strong, role, gender };
}

function classifyOne(toks: Token[], c: Candidate, lex: Lexicon, text: string): NameMention | undefined {
  let { a, b } = c;
  // Drop a leading determiner-like capital at sentence start ("The", "Le") already excluded by notNames.
  // Trailing possessive "'s" is outside the token. Strip a trailing demonym/common word.
  while (b > a && (gaz.isDemonym(toks[b - 1].t) && b - a > 1 && !c.shouting)) b--;
  if (b <= a) return undefined;
  const sp = span(toks, a, b, text);
  const words = b - a;
  const name = sp.text;
  const first = toks[a];
  // Word forms without a possessive "'s".
  const lastT = name.slice(toks[b - 1].s - sp.s);
  const firstT = words === 1 ? lastT : first.t;
  const firstLw = firstT.toLowerCase();
  const isAcronym = words === 1 && first.upper && firstT.length <= 6;

  // A nationality is no place, but a country spelled like one is ("en Suisse", not "les Suisses").
  if (words === 1 && (gaz.isDemonym(firstT) && gaz.placeInfo(firstT)?.kind !== "country" || lex.pronouns.has(firstLw))) return undefined;
  if (words === 1 && first.sent && lex.verbForms.has(firstLw)) return undefined;

  // "Vice-president says", "the Prefident" (long s read as f): a role noun is no name; "Feb. 5", "Sept. 15": an abbreviated month.
  if (lex.lang === "en" && words === 1 && !gaz.orgSuffix(firstT) && firstLw.split("-").every((w) => lex.roleNouns.has(w) || lex.roleNouns.has(gaz.longS(w)))) return undefined;
  // "Edentonians", "Parisians": a plural of people from a place is no person.
  if (lex.lang === "en" && words === 1 && /\p{Ll}ians$/u.test(firstT) && !isPossessive(first)) return undefined;
  if (words === 1 && MONTH_ABBR.test(firstT) && toks[b]?.t === "." && toks[b].s === first.e && /^\d/.test(toks[b + 1]?.t ?? "") && toks[b + 1].nl === 0) return undefined;
  const known = gaz.isKnownOrg(name);
  const place = gaz.placeInfo(name);
  const role = c.role ? { role: c.role, gender: c.gender } : roleBefore(toks, a, lex);
  const orgHead = lex.lang === "fr" && ORG_HEADS_FR.has(toks[a - 1]?.lw ?? "") ||
    ORG_HEADS_FR.has(toks[a - 2]?.lw ?? "") && gaz.isDemonym(toks[a - 1]?.t ?? "");

  if (c.layout === "credit") return undefined;
  // "the Declaration of Independence": a town of that name (Independence, Missouri) is the document's title here.
  if (lex.lang === "en" && words === 1 && toks[a - 1]?.lw === "of" && toks[a - 2]?.lw === "declaration") return undefined;
  if (c.layout === "dateline") return named(sp, "place", true);
  if (c.layout === "team" && !known) return named(sp, place?.kind === "country" ? "place" : "org", true);
  if (c.layout === "scorer" && !known) return named(sp, "person", true);
  if (c.layout === "athlete" && !known && !(place && words === 1)) return named(sp, "person", true);
  // "Luis Figo (Barcelona), Rui Barros (Porto)": a city in brackets after a player is the club.
  if (lex.lang === "en" && place?.kind === "city" && clubAfterPlayer(toks, a, b)) return named(sp, "org", true);
  // "Raptors president Jane Roe", "Reds manager John Roe": a plural name heading a role is a team.
  if (lex.lang === "en" && words === 1 && /\p{Ll}s$/u.test(firstT) && !isPossessive(first) && teamBeforeRole(toks, b, lex)) {
    return named(sp, "org", true);
  }
  if (c.honorific) return named(sp, "person", true, role?.role, c.gender);
  // French programme listings: "Radio-Cité", "Radio 37" are stations, which count as places.
  if (lex.lang === "fr" && !known) {
    const station = radioStation(toks, a, b);
    if (station) return named(span(toks, a, station, text), "place", true);
  }
  if (known || orgHead || gaz.orgSuffix(lastT) || isAcronym && !place || countryBranch(toks, a, b, lex, place)) {
    return named(sp, "org", known);
  }
  // "Christmas Day", "Ryder Cup": an event, unless a given name opens it ("Jason Day").
  const event = words >= 2 ? gaz.eventHead(lastT) : undefined;
  if (event === "event" || event === "surname" && !(gaz.isFirstName(firstT) && !gaz.isAmbiguousFirstName(firstT))) return undefined;
  // "Foreign Affairs Minister Jane Roe", "the Minister of International Trade": a portfolio.
  if (!place && !c.shouting && portfolio(toks, a, b, lex)) return undefined;
  // "Liberal MPs", "Senate Democrats", "Covington Catholic": a party, a faith, an origin.
  if (!place && affiliated(toks, a, b)) return undefined;
  // "Dare county", "Shelby county", "Chesnut street", "Falls bridge": a name before a lower-case "county"
  // or street head (old newspaper style) is a place.
  if (lex.lang === "en" && !place && !known && COUNTY.test(toks[b]?.t ?? "") && toks[b].nl === 0 && !isPossessive(toks[b - 1])) {
    return named(span(toks, a, b + 1, text), "place", true);
  }
  if (lex.lang === "en" && !known && words === 1 && HYPHEN_STREET.test(firstT)) return named(sp, "place", true);
  // "Tanjung Lesung", "Pulau Seribu": an opening place head (Indonesian, Malay) makes a place.
  if (!known && words >= 2 && !first.upper && gaz.isOpeningPlaceHead(firstT)) return named(sp, "place", true);
  // "the village of Tahura Carita", "the town of Edenton": a lower-case settlement word and "of" before an unknown name.
  if (lex.lang === "en" && !place && !known && !role && toks[a - 1]?.lw === "of" && toks[a - 1].nl === 0 && SETTLEMENT.test(toks[a - 2]?.t ?? "")) {
    return named(sp, "place", true);
  }
  // "Clark County", "Sunda Strait"; "rue Auber", "lac Léman".
  if (!place && (words >= 2 && gaz.isPlaceHead(lastT, lex.lang) || lex.lang === "fr" && (gaz.isPlaceHead(toks[a - 1]?.t ?? "", "fr") ||
    words >= 2 && !first.upper && gaz.isPlaceHead(firstLw, "fr") || words === 1 && hyphenatedPlace(firstT)))) {
    return named(sp, "place", true);
  }
  // "Toronto Raptors", "Carolina Hurricanes": a place and a plural is a team.
  if (words >= 2 && lex.lang === "en" && /\p{Ll}s$/u.test(lastT) && !gaz.isDemonym(lastT) && gaz.isPlace(toks.slice(a, b - 1).map((t) => t.t).join(" "))) {
    return named(sp, "org", true);
  }
  // "la reine Victoria": a title right before the name outweighs a town of that name.
  const titled = role && lex.roleNouns.has(toks[a - 1]?.lw ?? "") && place?.kind !== "country" && place?.kind !== "continent";
  if (role && (!place || titled)) return named(sp, "person", true, role.role, role.gender);
  const firstName = words >= 2 && gaz.isFirstName(firstT) && !gaz.isAmbiguousFirstName(firstT);
  if (place && !(firstName && place.ambiguous)) return named(sp, "place", !place.ambiguous || cityOfRegion(toks, b));
  if (firstName) return named(sp, "person", true);
  // "Will Young, a mechanic, said", "Grant Quillby, 45, told": a given name that is also a word (Will,
  // Mark, Grant, Hope) and a surname, followed by an apposition, is a person.
  if (lex.lang === "en" && words >= 2 && !place && !known && !c.shouting && (gaz.isFirstName(firstT) || WORD_GIVEN_NAMES.has(firstT)) && !toks[a + 1].upper &&
    words === 2 && !gaz.isPlace(toks[a + 1].t) && !lex.roleNouns.has(toks[a + 1].lw) && appositionAfter(toks, b, lex)) {
    return named(sp, "person", true);
  }
  // French: a given name alone inside a sentence ("il parla à Gaston") names a person.
  if (lex.lang === "fr" && words === 1 && !first.sent && !first.upper && gaz.isFirstName(firstT) && !gaz.isAmbiguousFirstName(firstT) &&
    !lex.determiners.has(toks[a - 1]?.lw ?? "")) return named(sp, "person", true);
  // A known family name alone inside a sentence ("le rapport de Moreau") names a person.
  if (words === 1 && !first.sent && !first.upper && !place && gaz.isSurname(firstT) && !gaz.isCommonWord(firstT, lex.lang) &&
    !lex.determiners.has(toks[a - 1]?.lw ?? "")) return named(sp, "person", true);
  // "the House decided", "the Board said": a capitalised common word after "the" is a body, no person.
  if (lex.lang === "en" && words === 1 && toks[a - 1]?.lw === "the" && gaz.isCommonWord(firstT, "en")) return undefined;
  const speaks = verbAfter(toks, b, lex) || verbBefore(toks, a, lex);
  if (speaks) return named(sp, "person", true);
  if (lex.lang === "en" && (initialled(toks, a, b, true) || personShaped(toks, a, b, lex))) return named(sp, "person", true);
  if (lex.lang === "fr" && initialled(toks, a, b, false)) return named(sp, "person", true);
  if (c.shouting) return undefined;
  if (lex.lang === "fr" && placeAfterPreposition(toks, a, b, lex)) return named(sp, "place", false);
  // Weak: kept only if it matches a person named with stronger evidence (see cluster.ts).
  return named(sp, "person", false);
}

const SHOUTED_PREPS = new Set(["from", "at", "in", "to", "near", "on", "à", "en", "dans"]);

/**
 * "NEWS FROM ITALY", "FROM OUR CORRESPONDENT AT RICHMOND": in a headline in capitals, a known
 * place right after a preposition is a place even though the capitals run on around it.
 */
function shoutedPlaces(toks: Token[], c: Candidate, lex: Lexicon, text: string, townsfolk?: Set<string>): NameMention[] {
  const out: NameMention[] = [];
  // The candidate's own words only (a slice from the text start made this quadratic on long texts).
  const words = toks.slice(c.a, c.b).map((t) => t.t);
  for (let k = Math.max(c.a, 1); k < c.b; k++) {
    if (townsfolk?.has(toks[k].lw) && toks[k].upper) {
      out.push(named(span(toks, k, k + 1, text), "place", true));
      continue;
    }
    if (!SHOUTED_PREPS.has(toks[k - 1].lw) || !toks[k].upper) continue;
    const m = gaz.matchPlace(words, k - c.a);
    if (!m || m.info.ambiguous || gaz.isCommonWord(toks.slice(k, k + m.length).map((t) => t.t).join(" "), lex.lang)) continue;
    out.push(named(span(toks, k, k + m.length, text), "place", true));
    k += m.length - 1;
  }
  return out;
}

function teamBeforeRole(toks: Token[], b: number, lex: Lexicon): boolean {
  const r = toks[b];
  const n = toks[b + 1];
  return !!r && !r.cap && r.nl === 0 && lex.roleNouns.has(r.lw) && !!n && n.cap && n.word && n.nl === 0;
}

function clubAfterPlayer(toks: Token[], a: number, b: number): boolean {
  const p = toks[a - 1];
  const q = toks[a - 2];
  const n = toks[b];
  return p?.t === "(" && !!q && q.word && q.cap && !q.upper && q.nl === 0 && p.nl === 0 && !!n && (n.t === ")" || n.t === ",") && n.nl === 0;
}

function portfolio(toks: Token[], a: number, b: number, lex: Lexicon): boolean {
  const n = toks[b];
  if (n && n.nl === 0 && n.cap && lex.roleNouns.has(n.lw) && toks[b + 1]?.cap && toks[b + 1].nl === 0 && !isPossessive(toks[b - 1])) return true;
  return toks[a - 1]?.lw === "of" && lex.roleNouns.has(toks[a - 2]?.lw ?? "");
}

function affiliated(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (gaz.isAffiliation(isPossessive(toks[k]) ? toks[k].t.slice(0, -2) : toks[k].t)) return true;
  return false;
}

/**
 * "J. K. Rowling", "M. Waugh": initials before a surname. French: "M." is Monsieur, and a
 * surname in capitals counts ("P. LANGEVIN" in a list of signatures).
 */
function initialled(toks: Token[], a: number, b: number, en: boolean): boolean {
  const t = toks[a];
  if (!(t.t.length === 1 && t.cap && toks[a + 1]?.t === "." && toks[a + 1].s === t.e)) return false;
  if (!en && t.t === "M") return false;
  const last = toks[b - 1];
  return b - a >= 3 && last.word && last.t.length > 1 && (!last.upper || !en && last.t.length > 2);
}

const MAX_SHAPED_WORDS = 3;

/**
 * Two or three capitalised words that no lexicon knows as anything else ("Takuya Takagi",
 * "Nader Jokhadar", "Dietmar Kuehbauer"): no frequent word, place, nationality, organisation
 * word or all-capitals among them. Such a pair is a person's name far more often than not.
 */
function personShaped(toks: Token[], a: number, b: number, lex: Lexicon): boolean {
  if (b - a < 2 || b - a > MAX_SHAPED_WORDS) return false;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    const w = k === b - 1 && isPossessive(t) ? t.t.slice(0, -2) : t.t;
    if (!t.word || !t.cap || t.upper || w.length < 2 || /\d/.test(w)) return false;
    if (gaz.isCommonWord(w, lex.lang) || gaz.isDemonym(w) || gaz.orgSuffix(w) || gaz.isKnownOrg(w)) return false;
    if (gaz.isPlace(w) && !gaz.isFirstName(w)) return false;
    if (lex.roleNouns.has(t.lw) || lex.notNames.has(t.lw)) return false;
  }
  return true;
}

const SURNAME_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;
/** Prepositions of place ("à Aubonne", "en Biscaye"), and nouns whose "de" names a place ("la ville de Thoune"). */
const PLACE_PREPOSITIONS = new Set(["à", "en"]);
const PLACE_NOUNS = new Set(["ville", "villes", "route", "routes", "environs", "canton", "commune", "district",
  "province", "région", "royaume", "duché", "comté", "principauté", "port", "bords", "citoyen", "habitants", "bourgeois"]);

/**
 * French: one capitalised word no lexicon knows, right after "à"/"en" ("arrivés à Godesberg",
 * "en Biscaye") or after "de" with a place noun ("la route de Vicence"), is a place.
 */
function placeAfterPreposition(toks: Token[], a: number, b: number, lex: Lexicon): boolean {
  if (b - a !== 1) return false;
  const t = toks[a];
  if (t.sent || t.nl > 0 || !SURNAME_SHAPE.test(t.t) || t.t.length < 3) return false;
  const p = toks[a - 1];
  if (!p || !(PLACE_PREPOSITIONS.has(p.lw) || (p.lw === "de" || p.lw === "d'") && PLACE_NOUNS.has(toks[a - 2]?.lw ?? ""))) return false;
  if (gaz.isCommonWord(t.t, lex.lang) || gaz.isDemonym(t.t) || gaz.isKnownOrg(t.t) || gaz.orgSuffix(t.t) || gaz.isFirstName(t.t)) return false;
  return !lex.roleNouns.has(t.lw) && !lex.notNames.has(t.lw);
}

/** "Radio-Cité", "Radio-Toulouse", "Radio 37": the token range end of a radio station's name, if it is one. */
function radioStation(toks: Token[], a: number, b: number): number | undefined {
  const t = toks[a];
  if (/^radio-\p{L}/iu.test(t.t)) return b;
  if (t.lw !== "radio") return undefined;
  if (b > a + 1) return b;
  const n = toks[b];
  return n && n.nl === 0 && n.s === t.e + 1 && /^\d{1,3}$/.test(n.t) ? b + 1 : undefined;
}

/** "Toulouse-Pyrénées", "Bordeaux-Lafayette": a hyphenated word opening with a known town or country. */
function hyphenatedPlace(word: string): boolean {
  const parts = word.split("-");
  if (parts.length < 2 || parts[0].length < 3) return false;
  const p = gaz.placeInfo(parts[0]);
  return !!p && !p.ambiguous && !gaz.isFirstName(parts[0]);
}

/**
 * "Dying with Dignity Canada", "Amnesty International Canada": English words closed by a country
 * name make an organisation's national branch, unless a given name opens them ("Jane Canada").
 */
function countryBranch(toks: Token[], a: number, b: number, lex: Lexicon, place: gaz.PlaceInfo | undefined): boolean {
  if (lex.lang !== "en" || b - a < 2 || place) return false;
  const last = toks[b - 1];
  if (isPossessive(last) || last.upper || gaz.isPlaceHead(last.t, "en") || gaz.placeInfo(last.t)?.kind !== "country") return false;
  const first = toks[a].t;
  // "Initially Poland", "High-flying Italy": a sentence-initial word before a country is no name.
  if (toks[a].sent && b - a === 2) return false;
  return !gaz.isFirstName(first) && !gaz.isPlace(toks.slice(a, b - 1).map((t) => t.t).join(" "));
}

/** Given names that the common-word filter keeps out of the given-name table ("Will Young"). */
const WORD_GIVEN_NAMES = new Set(["Will", "Bill", "Hope", "Mark", "Grant", "Joy", "Faith", "Rich", "Chase", "Drew", "Dean", "Jack", "Frank", "Gene", "Guy", "Pat", "Rose", "Ray", "Sky"]);

const APPOSITION_OPENERS = new Set(["a", "an", "the", "who", "whose"]);

/** ", a locomotive mechanic", ", 45,", ", who", ", spokesperson for": an apposition right after a name. */
function appositionAfter(toks: Token[], b: number, lex: Lexicon): boolean {
  const comma = toks[b];
  const n = toks[b + 1];
  if (comma?.t !== "," || !n || n.nl > 0) return false;
  if (APPOSITION_OPENERS.has(n.t) || lex.roleNouns.has(n.t)) return true;
  return /^\d{1,3}$/.test(n.t) && toks[b + 2]?.t === ",";
}

/**
 * OCR: "Edcnton" is "Edenton" when the article names Edenton as a place. A weak one-word person
 * of at least five letters that is one edit from a one-word place of the same article (same first
 * letter, length ±1) becomes that place. Places indexed by first letter and length: linear.
 */
function garbledPlaces(ms: NameMention[]): void {
  const index = new Map<string, string[]>();
  for (const m of ms) {
    if (m.kind !== "place" || !m.strong || m.text.length < 5 || /\s/.test(m.text)) continue;
    const key = m.text[0] + m.text.length;
    const list = index.get(key) ?? [];
    if (list.length < 8 && !list.includes(m.text)) { list.push(m.text); index.set(key, list); }
  }
  if (!index.size) return;
  for (const m of ms) {
    if (m.kind !== "person" || m.strong || m.text.length < 5 || /\s/.test(m.text)) continue;
    for (let d = -1; d <= 1; d++) {
      const list = index.get(m.text[0] + (m.text.length + d));
      if (list?.some((p) => oneEdit(m.text, p))) { m.kind = "place"; m.strong = true; break; }
    }
  }
}

/** True when a and b differ by exactly one substitution, insertion or deletion. */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length > b.length) [a, b] = [b, a];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.length === b.length ? a.slice(i + 1) === b.slice(i + 1) : a.slice(i) === b.slice(i + 1);
}

/** "Austin, Texas", "Nice, France": a town followed by its region or country is the town, even when a person
 * of the article has that name ("Lloyd Austin flew to Austin, Texas"). */
function cityOfRegion(toks: Token[], b: number): boolean {
  const comma = toks[b];
  const next = toks[b + 1];
  if (comma?.t !== "," || !next?.cap || next.nl > 0) return false;
  const kind = gaz.placeInfo(next.t)?.kind;
  return kind === "region" || kind === "country";
}
