// What one name candidate is (person, organisation, place, or nothing): the rules in the order they decide, from the
// name's own words, the cues around it, the gazetteers and the language's hooks (lang/entity-hooks.ts).
import * as gaz from "../lexicon/gazetteer";
import { memo } from "../lexicon/gazetteer-tables";
import type { Lexicon } from "../lexicon";
import { tokAt, type Token } from "../text/tokenize";
import { saintAbbreviation, type Candidate } from "./candidates";
import { entityLists, sourceBefore, verbAfter, verbBefore } from "./cues";
import { named, span, spanText, type NameMention } from "./mention";
import type { ArticleWords } from "./article-words";
import { bitsOf, ROLE_NOUN } from "./list-bits";
import { affiliated, cityOfRegion, placeAfterPreposition, portfolio } from "./name-surroundings";
import { Site } from "./name-site";
import { commonWordInside, companyInside, digitFirst, initialsOnly, placeWithCompass, saintPlace } from "./name-words";
import type { EntityHooks } from "../lang/entity-hooks";
import { MONTH_ABBR, DESK_HEADS } from "../lexicon/entity-words";
import { ORG_HEADS_FR } from "../lexicon/fr/entities";

export function classifyOne(toks: Token[], c: Candidate, lex: Lexicon, text: string, hooks: EntityHooks, article?: ArticleWords): NameMention | undefined {
  let { a, b } = c;
  // "German Axel Schulz", "l'Américain Nate Miller": a nationality before a given name and a surname is no part of the name.
  if (b - a >= 3 && !c.shouting && gaz.isDemonym(toks[a].form) && gaz.isSureFirstName(toks[a + 1].form)) a++;
  // Drop a leading determiner-like capital at sentence start ("The", "Le") already excluded by notNames.
  // Trailing possessive "'s" is outside the token. Strip a trailing demonym/common word.
  // ("Le Parisien", a known newspaper, keeps its demonym; "l'Olympique lyonnais", a body it leaves no lone head, too; so does a
  // given name's surname: "Thierry Breton", "Dawn French".)
  while (b - a > 1 && !c.shouting && !(c.org && b - a === 2) && gaz.isDemonym(toks[b - 1].form) && !gaz.isKnownOrg(spanText(toks, a, b, text)) &&
    !(b - a === 2 && gaz.isSureFirstName(toks[a].form))) b--;
  if (!c.shouting && hooks.trailingTitle(toks, a, b, lex)) b--;
  if (b <= a) return undefined;
  const sp = span(toks, a, b, text);
  // The words around already made it a place ("au Locle", "rue des Halles", a theatre in the listings).
  if (c.place) return named(sp, "place", true);
  const words = b - a;
  const name = sp.text;
  const first = toks[a];
  // Word forms without a possessive "'s".
  const lastT = sp.e === toks[b - 1].e ? toks[b - 1].t : name.slice(toks[b - 1].s - sp.s);
  const firstT = words === 1 ? lastT : first.t;
  // The token's own lower case when it is the same word with no "’" (lw turns "’" into "'"): toLowerCase
  // on every candidate was a tenth of this stage on texts with characters beyond Latin-1.
  // The same words as the tokens' forms, where they are, so that the gazetteers answer from the form.
  const lastW: gaz.Word = lastT.length === toks[b - 1].t.length ? toks[b - 1].form : lastT;
  const firstW: gaz.Word = words === 1 ? lastW : first.form;
  const nameW: gaz.Word = words === 1 ? lastW : name;
  const firstLw = firstT === first.t && first.t.indexOf("’") < 0 ? first.lw : firstT.toLowerCase();
  const isAcronym = words === 1 && first.upper && firstT.length <= 6;
  // "C.", "P. B.", "S. A. S.": initials alone name nobody that can be told apart; written solid
  // ("A.S.", "U.A.I.") they are an organisation's acronym.
  // After an honorific an initial stands for a name withheld ("Capt. B.", "Mrs. O."); "U. S." is a place.
  const initials = c.honorific ? undefined : initialsOnly(toks, a, b);
  if (initials && !gaz.placeInfo(nameW)) return initials === "solid" ? named(sp, "org", false) : undefined;

  // A nationality is no place, but a country spelled like one is ("en Suisse", not "les Suisses").
  if (words === 1 && (gaz.isDemonym(firstW) && gaz.placeInfo(firstW)?.kind !== "country" || lex.pronouns.has(firstLw))) return undefined;
  // "Seven Iraqis", "les Iraniens": a nationality in the plural is a group of people, no one named.
  if (words === 1 && firstT.length > 4 && firstT.endsWith("s") && !gaz.placeInfo(firstW) && pluralDemonym(firstW)) return undefined;
  if (words === 1 && first.sent && lex.verbForms.has(firstLw)) return undefined;
  // "– Me prévenir de quoi ?", "Mr": an abbreviated honorific with no name after it names nobody.
  if (words === 1 && firstT.length <= 3 && lex.honorifics.has(firstLw) && !c.honorific) return undefined;

  // "Feb. 5", "Sept. 15": an abbreviated month.
  if (words === 1 && toks[b]?.t === "." && toks[b].s === first.e && digitFirst(toks[b + 1]) && toks[b + 1].nl === 0 && MONTH_ABBR.test(firstT)) return undefined;
  // "until Feb 1", "Sept 6": the abbreviation without its dot, before a day's number.
  if (words === 1 && digitFirst(toks[b]) && /^\d{1,2}$/.test(toks[b].t) && toks[b].nl === 0 && MONTH_ABBR.test(firstT.replace(/\.$/, ""))) return undefined;
  const known = gaz.isKnownOrg(nameW);
  // "RESULT", "FRIDAY", "ACCESS": a frequent word in capitals heading a table or a line is no acronym, and no name.
  if (isAcronym && firstT.length >= 4 && !known && gaz.isCommonWord(firstW, lex.lang) && !gaz.placeInfo(firstW)) return undefined;
  const saint = saintAbbreviation(toks, a);
  const place = gaz.placeInfo(nameW) ?? (saint ? saintPlace(name) : placeWithCompass(toks, a, b, hooks));
  const s = new Site(toks, lex, c, a, b, name, first, firstT, firstLw, firstW, lastT, known, place);

  // "-- Jim Ballantyne, London Newsroom +44 …": the agency's desk in a credit line is an organisation.
  if (words >= 2 && DESK_HEADS.has(lastT) && !known) return named(sp, "org", true);
  if (c.layout === "credit") return undefined;
  // The language's capitals that name nobody: "Attorney General", "Parisians", "the Declaration of Independence".
  if (hooks.namesNobody(s)) return undefined;
  if (c.layout === "dateline") return named(sp, "place", true);
  if (c.layout === "team" && !known) return named(sp, place?.kind === "country" ? "place" : "org", true);
  if (c.layout === "scorer" && !known) return named(sp, "person", true);
  if ((c.layout === "athlete" || c.layout === "roster") && !known && !(place && words === 1)) return named(sp, "person", true);
  // "Luis Figo (Barcelona)": a club; "Raptors president Jane Roe": a team.
  if (hooks.teamOrClub(s)) return named(sp, "org", true);
  if (c.org) return named(sp, "org", true);
  // "St. Jean", "St. Louis": a saint's name is a town, a church or a quarter far more often than the saint.
  if (saint && !known && !verbAfter(toks, b, lex)) return named(sp, "place", !!place);
  if (c.honorific) return named(sp, "person", true, s.role?.role, c.gender);
  // French programme listings: "Radio-Cité", "Radio 37" are stations, which count as places.
  if (!known) {
    const station = hooks.stationEnd(toks, a, b);
    if (station) return named(span(toks, a, station, text), "place", true);
  }
  // An organisation head around the name: "l'agence Reuters", "the Wen Hui Bao newspaper", "l'agence de presse chinoise Xinhua".
  const orgHead = hooks.orgHeadBefore(toks, a) || hooks.orgHeadAfter(toks, b) ||
    ORG_HEADS_FR.has(tokAt(toks, a - 2)?.lw ?? "") && gaz.isDemonym(tokAt(toks, a - 1)?.form ?? "");
  // (An organisation's head closing a known place of two words or more is the place's: "the West Bank".)
  if (known || orgHead || gaz.orgSuffix(lastW) && !(place && words >= 2) || isAcronym && !place || hooks.countryBranch(s) || hooks.orgHeadOpening(s)) {
    return named(sp, "org", known);
  }
  // "Christmas Day", "Ryder Cup": an event, unless a given name opens it ("Jason Day").
  const event = words >= 2 ? gaz.eventHead(lastW) : undefined;
  if (event === "event" || event === "surname" && !gaz.isSureFirstName(firstW)) return undefined;
  // "Foreign Affairs Minister Jane Roe", "the Minister of International Trade": a portfolio.
  if (!place && !c.shouting && portfolio(toks, a, b, lex)) return undefined;
  // "Liberal MPs", "Senate Democrats", "Covington Catholic": a party, a faith, an origin.
  if (!place && affiliated(toks, a, b)) return undefined;
  // The language's place heads around the name: "Dare county", "the village of Edenton" (old English copy); "rue Auber".
  const placeEnd = hooks.placeEnd(s);
  if (placeEnd >= 0) return named(placeEnd === b ? sp : span(toks, a, placeEnd, text), "place", true);
  // "Tanjung Lesung", "Pulau Seribu": an opening place head (Indonesian, Malay) makes a place.
  if (!known && words >= 2 && !first.upper && gaz.isOpeningPlaceHead(firstW)) return named(sp, "place", true);
  // "Clark County", "Sunda Strait".
  // ("Linda Park said", "said Helen Park", "Council member Helen Park": a given name before the head and a person's cue
  // make a person; "Stanley Park", "Victoria Park" with no such cue stay places.)
  // ("Sarah Hill", "Robert Hall": a head that is also a frequent family name, with no place word before, is a person's.)
  if (!place && words >= 2 && gaz.isPlaceHead(lastW, lex.lang) && !givenNameWithCue(s, words, firstW, b) && !hooks.personAtPlaceHead(s)) return named(sp, "place", true);
  // "Toronto Raptors", "Carolina Hurricanes": a place and a plural is a team.
  if (hooks.teamOfPlace(s)) return named(sp, "org", true);
  // "la reine Victoria": a title right before the name outweighs a town of that name; in French, where a country takes
  // an article, a country's too ("le président Hollande").
  // (The role phrase is read only where it would decide.)
  // (The role nouns' bit of the word before, kept on its form: cues.ts entityLists.)
  const titled = a > 0 && (bitsOf(entityLists(lex), toks[a - 1]) & ROLE_NOUN) !== 0 && (place?.kind !== "country" || hooks.roleBeforeCountry) && place?.kind !== "continent";
  const role = !place || titled ? s.role : undefined;
  if (role) return named(sp, "person", true, role.role, role.gender);
  // "l'Américain Lance Armstrong", "la Suédoise Anna Berg": a nationality noun right before two words or more.
  if (words >= 2 && !place && hooks.nationalityBefore(toks, a)) return named(sp, "person", true);
  if (words === 1 && famousAlone(s, hooks)) return named(sp, "person", true);
  const firstName = words >= 2 && gaz.isSureFirstName(firstW);
  // "king of England", "queen Mary of Hungary": the place is part of a sovereign's title.
  if (place && hooks.sovereignTitle(s)) return undefined;
  if (place && !(firstName && place.ambiguous)) return named(sp, "place", !place.ambiguous || cityOfRegion(toks, b));
  if (firstName) return named(sp, "person", true);
  // "Will Young, a mechanic, said", "Charlier, marchand de vin", "il parla à Gaston": the words around make a person.
  if (hooks.personByContext(s)) return named(sp, "person", true);
  // A known family name alone inside a sentence ("le rapport de Moreau") names a person.
  if (words === 1 && !first.sent && !first.upper && !place && gaz.isSurname(firstW) && !gaz.isCommonWord(firstW, lex.lang) &&
    !lex.determiners.has(toks[a - 1]?.lw ?? "")) return byContext(named(sp, "person", true));
  // "the House decided", "the Board said": a capitalised common word after "the" is a body, no person.
  if (hooks.bodyAfterArticle(s)) return undefined;
  // "Bonnes références", "Exposition de peintures": one capitalised word the article writes in lower case elsewhere is that word.
  if (article && words === 1 && !c.shouting && !first.upper && firstT.length > 3 && !lex.determiners.has(tokAt(toks, a - 1)?.lw ?? "") &&
    !gaz.isFirstName(firstW) && !gaz.isSurname(firstW) && article.usedLower(firstLw) && !article.endsName(firstLw)) return undefined;
  // "the centurion at Capernaum asked": after "at"/"à", a following verb does not make the town a speaker.
  const afterPlacePreposition = !c.shouting && placeAfterPreposition(toks, a, b, lex, hooks);
  // ("According to Mark Rodriguez, …": a source preposition before a name of two words or more is a reporting cue too.)
  const speaks = !afterPlacePreposition && (verbAfter(toks, b, lex) || verbBefore(toks, a, lex) || words >= 2 && sourceBefore(toks, a, lex));
  // "Vigie Climat a annoncé", "Radio Red quoted": a name with a frequent word after its first that is no name makes
  // an organisation, whatever verb follows.
  if (speaks && words >= 2 && !gaz.isFirstName(firstT) && commonWordInside(toks, a, b, lex)) return named(sp, "org", false);
  if (speaks && companyInside(toks, a, b)) return named(sp, "org", true);
  if (speaks) return byContext(named(sp, "person", true));
  if (hooks.personByShape(s)) return byContext(named(sp, "person", true));
  if (c.shouting) return undefined;
  if (afterPlacePreposition) return named(sp, "place", false);
  // "la Principauté de Neuchâtel", "la Presse de Vienne": a run no rule made a name, closed by "de" and a known place, names that place.
  const placeAt = hooks.placeAfterOf(toks, a, b, lex);
  if (placeAt > a) return named(span(toks, placeAt, b, text), "place", true);
  // Weak: kept only if it matches a person named with stronger evidence (see cluster.ts).
  return byContext(named(sp, "person", false));
}

/**
 * "Staline", "Bismarck", "Kant": a family name that alone names one famous person outweighs a town of that name;
 * not after an article ("une Lincoln", "le Churchill") or a place head ("rue Thiers", "avenue Kennedy"), nor where
 * the town is meant ("in Bismarck", "à Kant", "Bismarck, North Dakota"). Inside a longer name it is no lone word ("Churchill Downs").
 */
function famousAlone(s: Site, hooks: EntityHooks): boolean {
  const { toks, a, lex } = s;
  if (s.first.upper || !gaz.isFamousSurname(s.firstW)) return false;
  const prev = tokAt(toks, a - 1);
  if (prev && (lex.determiners.has(prev.lw) || gaz.isPlaceHead(prev.form, lex.lang))) return false;
  // ("la Hollande", "de Hollande": a country or a region of that name is the place everywhere.)
  const kind = s.place?.kind;
  if (kind === "country" || kind === "region" || kind === "continent") return false;
  return !s.place || !(a > 0 && hooks.placePreposition(toks, a)) && !cityOfRegion(toks, s.b);
}

/** A given name (no other word) before a place head, with a reporting verb or a role phrase at the name. */
function givenNameWithCue(s: Site, words: number, firstW: gaz.Word, b: number): boolean {
  if (words !== 2 || !gaz.isFirstName(firstW) || gaz.isAmbiguousFirstName(firstW)) return false;
  return verbAfter(s.toks, b, s.lex) || verbBefore(s.toks, s.a, s.lex) || !!s.role;
}

/** A demonym with an "s" after it ("Iraqis"): the answer kept on the word's form (firstW's text is firstT). */
const pluralDemonym = memo((t) => gaz.isDemonym(t.slice(0, -1)));

const byContext = (m: NameMention): NameMention => { m.byContext = true; return m; };
