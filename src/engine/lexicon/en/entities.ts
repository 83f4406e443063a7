// English words the entity rules read: old newspaper place heads, sovereigns' titles, state abbreviations,
// title modifiers, author bios, title-case headlines. Read through the English hooks (lang/en/) or by rules that
// only English text reaches.
import type { AppositionOpeners } from "../types";
import { lazy } from "../../text/lazy";

/** Verbs after a writer's name in a closing author bio: "Jane Roe is …", "Jane Roe writes …". */
export const BIO_VERBS = new Set(["is", "writes"]);

/** Words that follow such a verb in a bio: "is a lawyer", "writes about food". */
export const BIO_OBJECTS = new Set(["a", "an", "the", "about", "for", "on"]);

/** A writer's bio, even run into the line before it (page furniture that lost its line break). */
export const WRITER = /\b(?:writes|columnist|editor|contributor|author of)\b/;

/** Lower-case heads after a name in old English copy: "Dare county", "Chesnut street". */
export const COUNTY = /^(?:county|parish|township|street|road|bridge|lane|square|wharf|turnpike|avenue|alley|river|rivers|creek)$/;

/** Lower-case heads before a name in old English copy: "the river Christiana", "fort Pitt". */
export const PLACE_HEAD_BEFORE = /^(?:river|lake|mount|fort|cape|isle|port)$/;

/** "Chesnut-street", "Water-lane": old spelling joins a street name to its lower-case head. */
const HYPHEN_STREET_RE = lazy(() => /^\p{Lu}\p{Ll}+-(?:street|road|bridge|lane|square|wharf|alley)$/u);
const STREET_TAILS = ["-street", "-road", "-bridge", "-lane", "-square", "-wharf", "-alley"];
/** "Chesnut-street": its expression compiled only for a word with such a tail. */
export const HYPHEN_STREET = { test: (s: string): boolean => STREET_TAILS.some((t) => s.endsWith(t)) && HYPHEN_STREET_RE().test(s) };

/** Settlement words before "of" and an unknown name: "the village of Tahura Carita". */
export const SETTLEMENT = /^(?:village|town|city|hamlet|township|municipality|district|province|island|region|vicinity|neighbourhood|neighborhood|outskirts|environs|suburbs|borders)$/;

/** Sovereigns' titles before "of" and a place: "king of England", "queen dowager of Poland". */
export const SOVEREIGNS = new Set(["king", "kings", "queen", "queens", "emperor", "empress", "dowager", "doge", "czar", "tsar",
  "sultan", "elector", "archduke", "prince", "princess", "duke", "duchess", "earl"]);

/** US state abbreviations of newspaper style ("Mo.", "Del.", "Calif."), written after a town and a comma. */
export const STATE_ABBREVIATIONS = new Set(["Ala", "Ariz", "Ark", "Calif", "Cal", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind",
  "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Oreg",
  "Pa", "Penn", "Tenn", "Tex", "Vt", "Va", "Wash", "Wis", "Wisc", "Wyo"]);

/**
 * Place heads that are also frequent English family names: after a given name and with no place word before, the
 * two words name a person ("Sarah Hill", "Nathan Lane", "Charlotte Church"); "in Hyde Park", "the Albert Hall" stay places.
 */
export const SURNAME_PLACE_HEADS_EN = new Set(["Hill", "Hall", "Park", "Lane", "Church", "Temple", "Castle"]);

/** English: "arrived at Edgbaston", "sailed from Bengal", "near Insein" (not "to", "by", "of": people follow those too). */
export const PLACE_PREPOSITIONS_EN = new Set(["at", "from", "near", "in"]);

/** Nouns right after a firm's name that make it one: "Kelbrook shares jumped", "Dravko's shares rose". */
export const FIRM_AFTER = new Set(["shares", "stock", "shareholders", "stockholders"]);

/** A firm's figures after its possessive name ("Comelf's six-month output", "Vendex's net profit"): the name is a firm's. */
export const FIRM_FIGURES = new Set(["output", "profit", "profits", "revenue", "revenues", "turnover", "sales", "shares",
  "shareholders", "subsidiary", "subsidiaries"]);

/**
 * A firm's officers and seat, after its possessive name or before "of" and its name ("Veltron's chairman", "the
 * chairman of Veltron", "Veltron's headquarters"): no person has them. "Chief" counts before one of FIRM_CHIEF_OFFICES.
 */
export const FIRM_OFFICERS = new Set(["ceo", "cfo", "chairman", "chairwoman", "headquarters", "board", "shareholders", "stockholders"]);
export const FIRM_CHIEF_OFFICES = new Set(["executive", "financial", "operating"]);

/** Words that end the search for a firm's "its" after "X said it …": another antecedent may take it up ("the", "he"). */
export const ANAPHOR_STOPS = new Set(["he", "she", "his", "her", "him", "they", "their", "them", "the", "a", "an", "this", "that", "which", "who"]);

/** Lower-case words after a name that are no verb of which it is the subject ("suspend Beck from its airwaves", "inform X of its plans"). */
export const NO_VERB_AFTER_NAME = new Set(["of", "in", "on", "for", "to", "with", "at", "from", "by", "into", "over", "and", "or", "but",
  "about", "against", "after", "before", "under", "than", "as", "through", "across", "via", "per"]);

/** A deity's name, which the annotation conventions count as a person ("We believe in God", "God's law"). */
export const DEITIES = new Set(["God", "Allah", "Jehovah", "Yahweh"]);

/** Nouns whose "in" complement is a firm or a market, not a place: "a stake in Valeant", "invested in Okocim". */
export const IN_NOT_PLACE = new Set(["stake", "stakes", "position", "positions", "interest", "interests", "investment", "investments",
  "invested", "invest", "investing", "shares", "holding", "holdings", "share", "shareholder", "shareholders", "listed", "traded", "trading"]);

/** Given names that the common-word filter keeps out of the given-name table ("Will Young"). */
/** Generational suffixes that end a person's full name: "Brent Bozell, Jr.", "Martin Luther King Jr.", "Robert Griffin III". */
export const GENERATIONAL_SUFFIXES: ReadonlySet<string> = new Set(["Jr", "Sr", "II", "III", "IV"]);

export const WORD_GIVEN_NAMES = new Set(["Will", "Bill", "Hope", "Mark", "Grant", "Joy", "Faith", "Rich", "Chase", "Drew", "Dean", "Jack", "Frank", "Gene", "Guy", "Pat", "Rose", "Ray", "Sky"]);

/** What opens an apposition after a name: ", a mechanic", ", who", ", 45,", ", spokesperson for". */
export const APPOSITION_EN: AppositionOpeners = {
  alone: new Set(["a", "an", "the", "who", "whose"]), determiners: false, lead: new Set(), heads: "titles-and-sources", trades: new Set(), age: true,
};

/** Words a title-case headline keeps in lower case: "Blasts Drudge for Mocking", "Away from Home". */
export const TITLE_CASE_FUNCTION_WORDS = new Set(["from", "with", "into", "over", "onto", "upon", "than", "that", "this", "after", "about"]);

/** Endings of verb forms and adverbs: "Promises", "Joked", "Fully". */
export const VERBISH = /(?:es|ed|ly)$/;

/** A plural of people from a town: "Edentonians" (the stem is the town). */
export const PLURAL_OF_TOWNSFOLK = lazy(() => /\b(\p{Lu}\p{Ll}{3,})ians\b/gu);

/** Lower-case heads right before an organisation's name: "the news agency Tanjug", "mineral water firm Multico". */
export const ORG_HEADS_BEFORE_EN = new Set(["agency", "newspaper", "daily", "weekly", "magazine", "firm", "company", "group",
  "chain", "charity", "conglomerate", "brokerage", "broker", "bank", "insurer", "carrier", "airline", "retailer", "maker",
  "manufacturer", "publisher", "broadcaster", "network", "house", "club", "side", "outfit", "consortium", "operator", "utility",
  "distributor", "automaker", "carmaker", "refiner", "miner", "producer", "exporter", "importer", "subsidiary", "unit", "party",
  "brewer", "distiller", "steelmaker", "chipmaker", "drugmaker", "shipper", "shipyard", "conglomerate", "lender", "insurer"]);

/** Lower-case heads right after a news organisation's name: "the Wen Hui Bao newspaper said", "Zycie Warszawy daily". */
export const ORG_HEADS_AFTER_EN = new Set(["newspaper", "daily", "weekly", "magazine", "agency", "news", "paper", "tabloid", "broadsheet"]);

/** Sports and sections that head a page in capitals ("SOCCER", "RUGBY UNION", "GOLF"): no organisation. */
export const SPORT_HEADINGS = new Set(["soccer", "football", "rugby", "union", "league", "boxing", "tennis", "squash", "golf",
  "cricket", "baseball", "basketball", "hockey", "athletics", "cycling", "motor", "racing", "motorcycling", "skiing", "swimming",
  "rowing", "sailing", "yachting", "badminton", "volleyball", "handball", "judo", "wrestling", "chess", "snooker", "darts",
  "equestrianism", "horse", "result", "results", "standings"]);

/** Sports positions and roles after a team named like its town: "Surrey all-rounder X", "Porto central defender X". */
export const SPORT_ROLES = new Set(["all-rounder", "batsman", "bowler", "wicketkeeper", "spinner", "paceman", "opener", "defender",
  "striker", "midfielder", "goalkeeper", "forward", "winger", "fullback", "full-back", "sweeper", "playmaker", "tackle", "guard",
  "quarterback", "linebacker", "receiver", "cornerback", "pitcher", "catcher", "shortstop", "outfielder", "infielder", "slugger",
  "centre", "center", "lock", "flanker", "prop", "hooker", "fly-half", "scrum-half", "manager", "coach", "skipper", "captain",
  "playmaker", "rookie", "veteran", "newcomer", "star", "fan", "fans", "supporters", "team", "side", "squad", "club"]);

/**
 * Of SPORT_ROLES, those a lone athlete has too ("Federer coach Paul Annacone", "Tyson fans"): before them a one-word
 * name with no other cue is no team (lang/en/teams.ts sideBeforeRole).
 */
export const ATHLETE_ROLES = new Set(["coach", "trainer", "fan", "fans", "supporters", "star", "veteran", "rookie", "newcomer"]);

/** Adjectives before a sports position: "Porto central defender", "Ohio State left tackle". */
export const POSITION_ADJECTIVES = new Set(["central", "left", "right", "defensive", "offensive", "attacking", "holding", "inside",
  "outside", "centre", "center", "starting", "reserve", "relief", "veteran", "former", "star", "young", "opening", "fast", "head"]);

/**
 * Words a role phrase read backwards from a name never runs over: an infinitive or a finite verb ("group to bid for Ruch", "the
 * minister said Smith"), and a preposition that opens no title's complement ("an aide met with Anna Reed", "attacks on Reed").
 */
export const ROLE_STOPS_EN = new Set(["to", "is", "was", "are", "were", "has", "have", "had", "will", "would", "said", "says", "told",
  "with", "on", "at", "by", "about", "beside", "against", "from", "into", "after", "before", "over", "under", "between", "among",
  "toward", "towards", "alongside", "behind", "near", "than", "like", "via", "onto", "upon"]);

/** Words of match reports: a plural name after "the" in their sentence is a team ("the Mets", "the Cardinals beat …"). */
export const MATCH_WORDS = new Set(["beat", "beats", "beating", "defeated", "routed", "blanked", "edged", "swept", "downed", "thrashed",
  "won", "lost", "victory", "defeat", "loss", "game", "games", "season", "inning", "innings", "homer", "homers", "save", "doubleheader",
  "match", "goal", "goals", "scored", "draw", "drew", "playoff", "playoffs", "league", "win", "wins"]);

/**
 * Verbs of a result that a team is the subject of, right after a town that plays: "Detroit won", "Leeds beat Chelsea",
 * "Milan drew with Roma" (sports copy only, see lang/en/teams.ts townThatPlays).
 */
export const RESULT_VERBS_AFTER = new Set(["beat", "beats", "defeated", "defeats", "won", "wins", "drew", "draws", "lost", "loses",
  "edged", "routed", "blanked", "swept", "downed", "thrashed", "trounced", "crushed", "rallied", "outlasted", "outscored", "clinched",
  "tied", "hammered", "overcame", "upset"]);

/** Words right before a town that plays, whose object or complement it is: "beat Chelsea", "a win over Denver", "a homer for Houston". */
export const RESULT_WORDS_BEFORE = new Set(["beat", "beats", "defeated", "defeats", "edged", "routed", "blanked", "swept", "downed",
  "thrashed", "trounced", "crushed", "outlasted", "outscored", "upset", "hammered", "against", "over", "for", "with"]);

/** A US party and state tag after a politician's name: "R-Ky.", "D-N.Y.", "I-Vt." (no person, no organisation). */
export const PARTY_TAG = lazy(() => /^[RDI]-\p{Lu}[\p{L}.]*$/u);

/**
 * Plural nouns of a role or a group that open a sentence before its verb: "Critics say", "Residents complained",
 * "Opponents argue" (no name, even when the article never writes the word in lower case). No surname is among them:
 * "Banks argued", "Rivers said" stay people.
 */
export const GROUP_PLURALS = new Set(["critics", "residents", "officials", "opponents", "analysts", "experts", "observers",
  "supporters", "protesters", "protestors", "activists", "economists", "researchers", "scientists", "investors", "voters",
  "parents", "teachers", "doctors", "nurses", "lawyers", "neighbours", "neighbors", "commuters", "locals", "witnesses",
  "advocates", "organizers", "organisers", "environmentalists", "homeowners", "tenants", "landlords", "shopkeepers",
  "merchants", "retailers", "farmers", "workers", "employees", "students", "historians", "scholars",
  "skeptics", "sceptics", "proponents", "backers", "detractors", "campaigners", "councillors", "councilors", "lawmakers",
  "legislators", "regulators", "prosecutors", "investigators", "authorities", "planners", "engineers", "developers",
  "consumers", "customers", "passengers", "riders", "drivers", "cyclists", "pedestrians", "patients", "victims", "survivors",
  "relatives", "families", "volunteers", "members", "delegates", "diplomats", "negotiators", "officers",
  "troops", "soldiers", "rebels", "militants", "demonstrators", "participants", "visitors", "tourists", "fans", "viewers",
  "readers", "listeners", "users", "traders", "dealers", "brokers", "bankers", "executives", "managers", "staff", "staffers"]);

/** Words before a storm's given name ("Storm Ciara", "Typhoon Sally", "Hurricane Fran"): the name is no person. */
export const STORM_HEADS = new Set(["storm", "hurricane", "typhoon", "cyclone"]);

/** Words that close a football club's name after its town or another word ("Charlton Athletic", "Bristol Rovers"). */
export const CLUB_WORDS = new Set(["Athletic", "Albion", "Rovers", "Wanderers", "Hotspur", "Argyle", "Alexandra"]);

/** Words that close a club's name only after a known place ("Manchester City", "Ipswich Town"). */
export const TOWN_CLUB_WORDS = new Set(["City", "Town"]);

/**
 * Descriptors that stand before a person's name and are written capitalised only because they open a sentence or a
 * headline ("Billionaire Donald Trump", "Embattled Mayor …", "Veteran John Dingell"): never part of the name
 * (entities/openers.ts). Job words the generated common-word list already holds ("Former", "Senior") need no row. Role
 * nouns ("Comedian", "Activist", "Lawmaker") are left out: dropped from the name they were read as nothing, and "Comedian
 * Sarah Silverman said they were …" lost its statement on polnear.
 */
export const OPENING_DESCRIPTORS = new Set(["billionaire", "millionaire", "multimillionaire", "tycoon", "magnate", "mogul",
  "veteran", "embattled", "beleaguered", "outgoing", "incoming", "incumbent", "longtime", "long-time", "ousted", "disgraced",
  "jailed", "exiled", "deposed", "retiring", "retired", "late", "then-president", "freshman", "maverick", "firebrand",
  "hardline", "hard-line", "hawkish", "frontrunner", "front-runner", "hopeful", "challenger", "newcomer", "rookie"]);
