// What a language decides in the entity rules (entities/), as named hooks: each a small function or a table,
// named after the linguistic decision it makes. The rules call `entityHooks(lex.lang).x(…)` instead of asking
// which language they read. French and English implement them in lang/fr/entities.ts and lang/en/entities.ts;
// any other language gets lang/default/entities.ts. Adding a language means a word table (lexicon/) and a hook
// file that spreads the default and overrides what the language does differently.
import type { Lexicon } from "../lexicon";
import type { PlaceInfo, Word } from "../lexicon/gazetteer";
import type { Token } from "../text/tokenize";
import type { Candidate } from "../entities/candidates";
import type { NameMention } from "../entities/mention";
import type { Entity } from "../types";
import { defaultEntityHooks } from "./default/entities";
import { englishEntityHooks } from "./en/entities";
import { frenchEntityHooks } from "./fr/entities";

/** A name candidate being classified (entities/name-kind.ts): its tokens, its words, and what the gazetteers and cues said. */
export interface NameSite {
  toks: Token[];
  lex: Lexicon;
  c: Candidate;
  /** Token range of the name (a trailing title already cut off), and its number of tokens. */
  a: number;
  b: number;
  words: number;
  name: string;
  first: Token;
  /** The first and last words without a possessive "'s"; the first in lower case. */
  firstT: string;
  firstLw: string;
  /** firstT as the token's form where it is the whole token (the gazetteers answer from the form), else the string. */
  firstW: Word;
  lastT: string;
  /** A known organisation's name. */
  known: boolean;
  place: PlaceInfo | undefined;
  /** The role phrase bound to the name ("le ministre chinois de la Défense"), read on first use: ask for it last. */
  role: { role: string; gender?: "m" | "f" } | undefined;
}

/** A stage a language adds after the candidates are found: it rewrites them in place (text: what the tokens were cut from). */
export type CandidateStage = (toks: Token[], cands: Candidate[], lex: Lexicon, text: string) => void;

export interface EntityHooks {
  // Finding name candidates (entities/candidates.ts)

  /** Capitals that only open a sentence, whatever the gazetteers say: French "A" is "À" written without its accent ("A Londres"). */
  sentenceOnlyCapitals: ReadonlySet<string>;
  /** Noble titles before "de" that make the capital after it a person even when a town has that name ("le duc de Wellington"). */
  nobleTitles: ReadonlySet<string>;
  /** Where a name run [a, b) ends on a headline in title case, before the verb it swallowed ("Senator Jane Doe Promises Action"); b if the language writes no such headlines. */
  titleCaseEnd(toks: Token[], a: number, b: number, lex: Lexicon): number;
  /** A run closed by an organisation head goes on over its "of" complement ("Bank of Japan"): the run's new end, or j. */
  orgOfComplement(toks: Token[], j: number): number;
  /** Where a run [i, j) that took no such complement ends: English takes in "of" and a known place ("Isle of Man"), French cuts after a known place that opens a run of other words ("Londres Le Temps"). */
  runEnd(toks: Token[], i: number, j: number): number;
  /** Stages the language adds after the candidates are found (French: lower-case heads, "le ministère de l'Intérieur"). */
  candidateStages: readonly CandidateStage[];

  // Cues around a name (entities/cues.ts)

  /** Words a role phrase read backwards from a name never runs over (French auxiliaries: "Le procureur a requis … contre X"). */
  roleStops: ReadonlySet<string>;

  // Classifying a candidate (entities/name-kind.ts), in the order the rules ask

  /** Towns the article names through a plural of their people ("Edentonians"), lower case; undefined if the language forms none. */
  townsfolk(text: string, lex: Lexicon): Set<string> | undefined;
  /** A capitalised title closing the run, followed by its "de" complement, is the person's office ("Jean Morel Directeur des postes"). */
  trailingTitle(toks: Token[], a: number, b: number, lex: Lexicon): boolean;
  /** A town followed by its region with no comma ("Norfolk Virginia"): the town's entry. */
  townThenRegion(toks: Token[], a: number, b: number): PlaceInfo | undefined;
  /** In a run [a, b) that names nobody, the token where a known place after "de" starts and closes it ("Presse de Vienne"), or -1. */
  placeAfterOf(toks: Token[], a: number, b: number, lex: Lexicon): number;
  /** Capitals that name nobody: titles alone ("Attorney General"), a plural of townsfolk ("Parisians"), a document's title ("Declaration of Independence"). */
  namesNobody(s: NameSite): boolean;
  /** A lower-case organisation head right before the name ("l'agence Reuters"). */
  orgHeadBefore(toks: Token[], a: number): boolean;
  /** A body's head in capitals opens the name, which is then an organisation's ("Banque Méridia", "Fondation Arbelle", "Mutuelle Atlantique"). */
  orgHeadOpening(s: NameSite): boolean;
  /** A lower-case organisation head right after the name ("the Wen Hui Bao newspaper"); b is the token after the name. */
  orgHeadAfter(toks: Token[], b: number): boolean;
  /** A team or a club: a city in brackets after a player ("Luis Figo (Barcelona)"), a plural heading a role ("Raptors president Jane Roe"). */
  teamOrClub(s: NameSite): boolean;
  /** The end of a radio station's name opening at the candidate ("Radio-Cité", "Radio 37"), which counts as a place; undefined if none. */
  stationEnd(toks: Token[], a: number, b: number): number | undefined;
  /** Words closed by a country's name make an organisation's national branch ("Amnesty International Canada"). */
  countryBranch(s: NameSite): boolean;
  /** The end of a place the words around the name make ("Dare county", "the village of X", "rue Auber"), or -1. */
  placeEnd(s: NameSite): number;
  /** A given name before a place head that is also a frequent family name, with no place word before it, is a person ("Sarah Hill", "Robert Hall"). */
  personAtPlaceHead(s: NameSite): boolean;
  /** A place and a plural make a team ("Toronto Raptors"). */
  teamOfPlace(s: NameSite): boolean;
  /** The place is part of a sovereign's title ("king of England"). */
  sovereignTitle(s: NameSite): boolean;
  /** What follows or surrounds the name makes a person: an apposition ("Will Young, a mechanic"; "Charlier, marchand de vin"), a given name alone inside a sentence ("il parla à Gaston"). */
  personByContext(s: NameSite): boolean;
  /** A capitalised common word after an article is a body, no person ("the House decided"). */
  bodyAfterArticle(s: NameSite): boolean;
  /** The name's shape makes a person: initials before a surname ("J. K. Rowling"), two or three words no lexicon knows ("Takuya Takagi"). */
  personByShape(s: NameSite): boolean;
  /** The preposition before one capitalised word makes it a place ("à Godesberg", "la route de Vicence", "arrived at Edgbaston"); toks[a - 1] exists. */
  placePreposition(toks: Token[], a: number): boolean;
  /**
   * The place at token a is only the "de" complement of a noun that is no place noun ("la victoire de Hollande"): a slot
   * a person's surname fills as well, which the article's other mentions settle (entities/cluster.ts).
   */
  ofComplement(toks: Token[], a: number): boolean;
  /** OCR: a weak person one letter away from a place of the article, or one misread letter from a known place, is that place ("Edcnton", "Stetlin"). */
  repairsOcrPlaces: boolean;
  /** The mentions without the people of a closing author bio ("Jane Roe is a lawyer …"). */
  withoutAuthors(toks: Token[], ms: NameMention[], text: string): NameMention[];
  /** The mentions with people that the text's own cues show to be firms turned into organisations ("Northwind said its sales fell"). */
  firmsByCue(toks: Token[], ms: NameMention[], lex: Lexicon, text: string): NameMention[];
  /** The mentions with the names of an opening headline in capitals typed as the article's body types them ("BOXING - KOVAC DEFEATS ORTEGA"). */
  headlineNames(toks: Token[], ms: NameMention[], text: string): NameMention[];
  /** The people's canonical names settled once the article is clustered (English: without a generational suffix, "Joseph R. Biden"). */
  canonicalNames(people: Entity[]): void;

  // Lists, sentence openers, roles after a name (entities/lists.ts, openers.ts, role-after.ts)

  /** A weak member that makes a list one of firms, not people ("Mercantile, Commerce and Roosevelt"). */
  firmListMember(m: NameMention): boolean;
  /** Unknown single names in a row that make a list of people on their own ("Weber, Ravel, Dukas"). */
  peopleList(toks: Token[], group: NameMention[]): boolean;
  /** A word shape that is never a name at a sentence opening ("Laissez-moi", "Sourdement"). */
  neverNameAtOpening(w: Token): boolean;
  /** A descriptor written capitalised because it opens the sentence, never part of the name after it ("Billionaire Donald Trump"). */
  descriptorAtOpening(w: Token): boolean;
  /** One capitalised word that the article also writes in lower case is that word, no name ("Bonnes références"). */
  lowerCaseUseNamesNothing: boolean;
  /** A role noun right before a country's name makes it a person's ("le président Hollande"): the country would take an article. */
  roleBeforeCountry: boolean;
  /** A nationality noun after a singular determiner stands right before token a ("l'Américain Lance Armstrong"). */
  nationalityBefore(toks: Token[], a: number): boolean;
  /** The gender a role apposition shows ("X, la ministre de …") is evidence of the person's gender. */
  appositionGender: boolean;
}

const BY_LANG: Readonly<Record<string, EntityHooks>> = { fr: frenchEntityHooks, en: englishEntityHooks };

/** The entity hooks of a language: its own, or the default for a language that has none. */
export function entityHooks(lang: string): EntityHooks {
  return Object.hasOwn(BY_LANG, lang) ? BY_LANG[lang] : defaultEntityHooks;
}
