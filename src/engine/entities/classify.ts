// Decides what each name candidate is (person, organisation, place, or nothing) from the cues
// around it and the gazetteers; the rule families live in the sibling files imported below.
import * as gaz from "../lexicon/gazetteer";
import type { Lexicon } from "../lexicon";
import type { Token } from "../text/tokenize";
import { isPossessive, saintAbbreviation, type Candidate } from "./candidates";
import { withoutAuthors } from "./authors";
import { roleBefore, verbAfter, verbBefore } from "./cues";
import { named, span, type NameMention } from "./mention";
import { townsOfPlurals } from "./townsfolk";
import { shoutedPlaces } from "./shouted";
import { garbledPlaces } from "./garbled";
import { withoutOpeners } from "./openers";
import { appositionAfter, listsOfPeople, withLinkedPeople, WORD_GIVEN_NAMES } from "./lists";
import { hyphenatedPlace, ORG_HEADS_FR, placeAfterPreposition, radioStation, tradeAfter, trailingTitle } from "./french";
import { affiliated, cityOfRegion, clubAfterPlayer, countryBranch, initialled, personShaped, portfolio, sovereignOf, teamBeforeRole, townOfState } from "./name-surroundings";

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
    if ((!m || m.kind === "person" && !m.strong) && c.b - c.a >= 2 && (c.shouting || toks.slice(c.a + 1, c.b).every((t) => t.upper))) {
      const ps = shoutedPlaces(toks, c, lex, text, townsfolk);
      if (ps.length) { out.push(...ps); continue; }
    }
    if (m?.kind === "place" && m.strong) m.placeSlot = PLACE_SLOT.has(toks[m.a - 1]?.lw ?? "") || toks[m.a - 1]?.t === "-";
    if (m && c.layout === "link" && m.kind === "person") linked.push(m);
    else if (m) out.push(m);
  }
  if (lex.lang === "en") garbledPlaces(out);
  const kept = linked.length ? withLinkedPeople(out, linked) : out;
  const listed = withoutOpeners(toks, listsOfPeople(toks, kept, lex), lex, text);
  return lex.lang === "fr" ? listed : withoutAuthors(toks, listed, text);
}

/** Words before a name that put it in a place's position ("à Berne", "de France", "in Dole", "the Hague"). */
const PLACE_SLOT = new Set(["à", "a", "au", "aux", "en", "de", "d'", "du", "des", "la", "le", "l'", "dans", "vers", "sur", "pour",
  "in", "at", "from", "to", "of", "near", "into", "the", "via"]);

const COUNTY = /^(?:county|parish|township|street|road|bridge|lane|square|wharf|turnpike|avenue|alley|river|rivers|creek)$/;
/** Lower-case heads before a name in old English copy: "the river Christiana", "fort Pitt". */
const PLACE_HEAD_BEFORE = /^(?:river|lake|mount|fort|cape|isle|port)$/;
/** "Chesnut-street", "Water-lane": old spelling joins a street name to its lower-case head. */
const HYPHEN_STREET = /^\p{Lu}\p{Ll}+-(?:street|road|bridge|lane|square|wharf|alley)$/u;

const SETTLEMENT = /^(?:village|town|city|hamlet|township|municipality|district|province|island|region|vicinity|neighbourhood|neighborhood|outskirts|environs|suburbs|borders)$/;

const MONTH_ABBR = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

function classifyOne(toks: Token[], c: Candidate, lex: Lexicon, text: string): NameMention | undefined {
  const { a } = c;
  let { b } = c;
  // Drop a leading determiner-like capital at sentence start ("The", "Le") already excluded by notNames.
  // Trailing possessive "'s" is outside the token. Strip a trailing demonym/common word.
  // ("Le Parisien", a known newspaper, keeps its demonym.)
  while (b - a > 1 && !c.shouting && gaz.isDemonym(toks[b - 1].t) && !gaz.isKnownOrg(span(toks, a, b, text).text)) b--;
  if (!c.shouting && trailingTitle(toks, a, b, lex)) b--;
  if (b <= a) return undefined;
  const sp = span(toks, a, b, text);
  const words = b - a;
  const name = sp.text;
  const first = toks[a];
  // Word forms without a possessive "'s".
  const lastT = name.slice(toks[b - 1].s - sp.s);
  const firstT = words === 1 ? lastT : first.t;
  // The token's own lower case when it is the same word with no "’" (lw turns "’" into "'"): toLowerCase
  // on every candidate was a tenth of this stage on texts with characters beyond Latin-1.
  const firstLw = firstT === first.t && first.t.indexOf("’") < 0 ? first.lw : firstT.toLowerCase();
  const isAcronym = words === 1 && first.upper && firstT.length <= 6;
  // "C.", "P. B.", "S. A. S.": initials alone name nobody that can be told apart; written solid
  // ("A.S.", "U.A.I.") they are an organisation's acronym.
  // After an honorific an initial stands for a name withheld ("Capt. B.", "Mrs. O."); "U. S." is a place.
  const initials = c.honorific || gaz.placeInfo(name) ? undefined : initialsOnly(toks, a, b);
  if (initials) return initials === "solid" ? named(sp, "org", false) : undefined;

  // A nationality is no place, but a country spelled like one is ("en Suisse", not "les Suisses").
  if (words === 1 && (gaz.isDemonym(firstT) && gaz.placeInfo(firstT)?.kind !== "country" || lex.pronouns.has(firstLw))) return undefined;
  if (words === 1 && first.sent && lex.verbForms.has(firstLw)) return undefined;
  // "– Me prévenir de quoi ?", "Mr": an abbreviated honorific with no name after it names nobody.
  if (words === 1 && firstT.length <= 3 && lex.honorifics.has(firstLw) && !c.honorific) return undefined;

  // "Vice-president says", "the Prefident" (long s read as f): a role noun is no name; "Feb. 5", "Sept. 15": an abbreviated month.
  // "Postmaster General", "Attorney General": titles alone name nobody either.
  if (lex.lang === "en" && !c.honorific && roleWordsOnly(name, lex) && !gaz.orgSuffix(lastT)) return undefined;
  // "Edentonians", "Parisians": a plural of people from a place is no person.
  if (lex.lang === "en" && words === 1 && firstT.endsWith("ians") && /\p{Ll}ians$/u.test(firstT) && !isPossessive(first)) return undefined;
  if (words === 1 && MONTH_ABBR.test(firstT) && toks[b]?.t === "." && toks[b].s === first.e && /^\d/.test(toks[b + 1]?.t ?? "") && toks[b + 1].nl === 0) return undefined;
  const known = gaz.isKnownOrg(name);
  const saint = saintAbbreviation(toks, a);
  const place = gaz.placeInfo(name) ?? (saint ? saintPlace(name) : placeWithCompass(toks, a, b, lex));
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
  if (c.org) return named(sp, "org", true);
  // "St. Jean", "St. Louis": a saint's name is a town, a church or a quarter far more often than the saint.
  if (saint && !known && !verbAfter(toks, b, lex)) return named(sp, "place", !!place);
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
  if (lex.lang === "en" && !known && words === 1 && firstT.includes("-") && HYPHEN_STREET.test(firstT)) return named(sp, "place", true);
  if (lex.lang === "en" && !place && !known && PLACE_HEAD_BEFORE.test(toks[a - 1]?.t ?? "") && toks[a - 1].nl === 0) return named(sp, "place", true);
  if (lex.lang === "en" && !known && !c.honorific && townOfState(toks, b)) return named(sp, "place", true);
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
  // "king of England", "queen Mary of Hungary": the place is part of a sovereign's title (English).
  if (place && lex.lang === "en" && sovereignOf(toks, a)) return undefined;
  if (place && !(firstName && place.ambiguous)) return named(sp, "place", !place.ambiguous || cityOfRegion(toks, b));
  if (firstName) return named(sp, "person", true);
  // "Will Young, a mechanic, said", "Grant Quillby, 45, told": a given name that is also a word (Will,
  // Mark, Grant, Hope) and a surname, followed by an apposition, is a person.
  if (lex.lang === "en" && words >= 2 && !place && !known && !c.shouting && (gaz.isFirstName(firstT) || WORD_GIVEN_NAMES.has(firstT)) && !toks[a + 1].upper &&
    words === 2 && !gaz.isPlace(toks[a + 1].t) && !lex.roleNouns.has(toks[a + 1].lw) && appositionAfter(toks, b, lex)) {
    return named(sp, "person", true);
  }
  // French: a name with a trade or title in apposition ("Charlier, marchand de vin") is a person.
  if (lex.lang === "fr" && words <= 2 && !place && !known && !c.shouting && tradeAfter(toks, b, lex)) return named(sp, "person", true);
  // French: a given name alone inside a sentence ("il parla à Gaston") names a person.
  if (lex.lang === "fr" && words === 1 && !first.sent && !first.upper && gaz.isFirstName(firstT) && !gaz.isAmbiguousFirstName(firstT) &&
    !lex.determiners.has(toks[a - 1]?.lw ?? "")) return named(sp, "person", true);
  // A known family name alone inside a sentence ("le rapport de Moreau") names a person.
  if (words === 1 && !first.sent && !first.upper && !place && gaz.isSurname(firstT) && !gaz.isCommonWord(firstT, lex.lang) &&
    !lex.determiners.has(toks[a - 1]?.lw ?? "")) return named(sp, "person", true);
  // "the House decided", "the Board said": a capitalised common word after "the" is a body, no person.
  if (lex.lang === "en" && words === 1 && toks[a - 1]?.lw === "the" && gaz.isCommonWord(firstT, "en")) return undefined;
  // "the centurion at Capernaum asked": after "at"/"à", a following verb does not make the town a speaker.
  const afterPlacePreposition = !c.shouting && placeAfterPreposition(toks, a, b, lex);
  const speaks = !afterPlacePreposition && (verbAfter(toks, b, lex) || verbBefore(toks, a, lex));
  if (speaks) return named(sp, "person", true);
  if (lex.lang === "en" && (initialled(toks, a, b, true) || personShaped(toks, a, b, lex))) return named(sp, "person", true);
  if (lex.lang === "fr" && initialled(toks, a, b, false)) return named(sp, "person", true);
  if (c.shouting) return undefined;
  if (afterPlacePreposition) return named(sp, "place", false);
  // Weak: kept only if it matches a person named with stronger evidence (see cluster.ts).
  return named(sp, "person", false);
}

const isRoleWord = (w: string, lex: Lexicon): boolean => lex.roleNouns.has(w) || lex.roleNouns.has(gaz.longS(w));
const WORD_SEPARATOR = /[\s-]/;

/**
 * Whether every word of the name (split at spaces and hyphens) is a role noun ("Vice-president",
 * "Attorney General"). The first word settles most names, before the whole name is lower-cased and split.
 */
function roleWordsOnly(name: string, lex: Lexicon): boolean {
  const cut = name.search(WORD_SEPARATOR);
  if (cut > 0 && !isRoleWord(name.slice(0, cut).toLowerCase(), lex)) return false;
  return name.toLowerCase().split(/[\s-]+/).every((w) => isRoleWord(w, lex));
}

/** Whether tokens [a, b) are only initials ("P. B.", "J"): "solid" when written without spaces ("A.S.", "U.A.I."). */
function initialsOnly(toks: Token[], a: number, b: number): "spaced" | "solid" | undefined {
  let letters = 0;
  let solid = true;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.t === "." && k > a) continue;
    if (t.t.length !== 1 || !t.cap) return undefined;
    letters++;
    const dot = toks[k + 1];
    if (k > a && toks[k - 1].e !== t.s) solid = false;
    if (dot?.t !== "." || dot.s !== t.e) solid = false;
  }
  return letters >= 2 && solid ? "solid" : "spaced";
}

const COMPASS = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
  "upper", "lower", "nord", "sud", "est", "ouest"]);

/**
 * "Eastern Washington", "Southern Ontario", "Norfolk Virginia": a compass word before a known place, or
 * (English) a town followed by its region with no comma, is that place.
 */
function placeWithCompass(toks: Token[], a: number, b: number, lex: Lexicon): gaz.PlaceInfo | undefined {
  if (b - a < 2 || toks[b - 1].upper) return undefined;
  const rest = toks.slice(a + 1, b).map((t) => t.t).join(" ");
  if (COMPASS.has(toks[a].lw) && !toks[a].upper) {
    // The compass word settles a town that is also a given name ("Eastern Washington").
    return gaz.placeInfo(rest);
  }
  if (lex.lang !== "en" || b - a !== 2) return undefined;
  const town = gaz.placeInfo(toks[a].t);
  const region = gaz.placeInfo(toks[a + 1].t);
  return town && !town.ambiguous && town.kind !== "country" && region?.kind === "region" ? town : undefined;
}

/** "St. Louis" as the gazetteer spells it: "Saint Louis", "Saint-Louis", "Sainte-Croix". */
function saintPlace(name: string): gaz.PlaceInfo | undefined {
  const dot = name.indexOf(".");
  if (dot < 0) return undefined;
  const saint = name.startsWith("Ste.") ? "Sainte" : "Saint";
  const rest = name.slice(dot + 1).trim();
  return gaz.placeInfo(`${saint} ${rest}`) ?? gaz.placeInfo(`${saint}-${rest.split(/\s+/).join("-")}`);
}
