// The named hooks through which the language-neutral quote finders reach a language's own conventions.
// Each language spreads the defaults (lang/default/rules.ts: every hook does nothing) and overrides the hooks it
// implements (lang/fr, lang/en).
// The finders call them as doc.rules.<hook>(doc, …), never by testing the language.
import type { Entity, Speaker, Span } from "../types";
import type { Attribution } from "../quotes/attribute";
import type { Doc } from "../quotes/doc";
import type { Sane } from "../quotes/resolve/sanity";
import type { Turn } from "../quotes/turns-incise";

/** The report found last, with its speaker: "…, selon la même source" is that report's source. */
export interface LastReport extends Span {
  speaker: Speaker | null;
}

export interface LangRules {
  /** Right after a closing mark, at token k, a cue that is no plain verb and subject: "», explique-t-on à Matignon", "», selon X". */
  cueAfterQuote(doc: Doc, k: number): { speaker: Speaker | null; cue: Span } | undefined;
  /** A quote with no incise whose speaker the next or previous sentence names: "« … » C'est ce qu'a martelé X", "X, éleveur : « … »". */
  quoteEcho(doc: Doc, q: Span): Attribution | undefined;
  /** A cue by which the subject describes itself, so the short quote after it is the subject's word: "X s'est dit « attentif »". */
  selfDescription(doc: Doc, cue: Span): boolean;
  /** The speaker named at the start of a sentence that ends in the colon at token c, before a quote: "Donald Trump: “…”". */
  colonBefore(doc: Doc, c: number): Attribution | undefined;
  /** A described subject before the verb v of a cue before a quote, when no name or role is there: "a friend wondered loudly, “…”". */
  describedBefore(doc: Doc, v: number): Speaker | undefined;

  // Subjects of an indirect report's verb v when no name or role stands right before it (s0: the sentence start).
  /** "Sanders claimed momentum and argued he is …": the subject of a second verb after "and"/"but". */
  conjoinedVerbSubject(doc: Doc, v: number, s0: number): Speaker | undefined;
  /** "Sanders began by saying he …": a participle after a preposition reports for the sentence's subject. */
  prepositionParticipleSubject(doc: Doc, v: number, s0: number): Speaker | undefined;
  /** "The company, meanwhile, said …": the subject before an aside set off by commas right before the verb. */
  asideSubject(doc: Doc, v: number): Speaker | undefined;
  /** A last-resort subject for "say" and "tell": the name that opens the sentence, or the words before the verb. */
  looseSubject(doc: Doc, v: number, s0: number): Speaker | undefined;
  /** Short reports after "said": the answer ("said no"), a gapped subject ("a poem she said was …"), "what he said". */
  shortReport(doc: Doc, v: number): "answer" | "gap" | "aside" | "what" | undefined;
  /** A lower-case -ing word at token k that opens no clause of its own: "…, according to X, taking a step …". */
  participleAt(doc: Doc, k: number): boolean;

  /** Whether tokens [a, b) between a subject and its verb are only an aside (b its closing comma): "X, lui, …", "X, quant à elle, …". */
  subjectAside(doc: Doc, a: number, b: number): boolean;
  /** At a comma k closing an aside "interrogé sur France Inter," (English: a party tag ", R-Ky.,") after the subject and its comma: the subject's comma; at the end of a medium after a participle with no comma
   *  ("Un responsable cité par l'agence X a indiqué"): the word before the participle; else k. */
  skipMediumAside(doc: Doc, k: number): number;
  // French rules the finders call through doc.rules (issue 10); English has none of them.
  /** Past an object clitic before the verb of a press incise at token k: "», nous a confié X", "», leur a lancé X"; else k. */
  skipClitic(doc: Doc, k: number): number;
  /** After an inverted verb at token k, where its subject may start past an addressee or a medium: "a déclaré à l'AFP X", "a affirmé sur France Inter X"; else k. */
  skipAddressee(doc: Doc, k: number): number;
  /** An infinitive at token v ("n'a pas souhaité réagir"), which is never the verb of a postposed cue. */
  infinitiveAt(doc: Doc, v: number): boolean;
  /** Where a description after an inverted verb ends, from token k after its noun: "explique cette mère de famille"; k when none. */
  descriptionEnd(doc: Doc, k: number): number;
  /** "Jean Dupont a expliqué avoir agi « par conviction »": where the infinitive clause after the verb v starts, or -1. */
  infinitiveClause(doc: Doc, v: number): number;
  /** "a dit lundi, lors d'une conférence de presse, qu'il …": the complementizer after a parenthetical right after the verb v, or -1. */
  queAfterAside(doc: Doc, v: number): number;
  /**
   * "a annoncé ce matin, vers 7h30, son abandon" (comma: a comma follows the verb's time words): the token after a
   * parenthetical right after the verb v; "a annoncé devant les députés la fermeture": after a circumstance; or -1.
   */
  objectAfterAside(doc: Doc, v: number, comma: boolean): number;
  /** Whether a described subject before a postposed or parenthetical cue may speak ("…, le ministre assure."); true where any noun may. */
  speakerHead(doc: Doc, subj: Speaker): boolean;
  /** A nominal report whose content follows a particle, at the report noun n: "la proposition de X de fermer la gare"; optional, none by default. */
  nominalReport?(doc: Doc, n: number, quoteEndAt: (i: number) => number): { a: number; b: number; speaker: Speaker; cue: Span } | undefined;
  /** "Il va sans dire que", "Inutile de dire que": a narrator's idiom at the verb v, which reports nothing. */
  idiomReport(doc: Doc, v: number): boolean;
  /** From token k before an infinitive cue, the token before its modal ("a tenu à" → "a"), else k. */
  skipModal(doc: Doc, k: number): number;
  /** Whether the "que" at c after the verb v is no complementizer of a report ("ne me fit pas le plaisir qu'elle …"). */
  relativeQue(doc: Doc, v: number, c: number): boolean;
  /** Verbs at v that take no object report: an infinitive, a tense of narration, a heading in capitals. */
  noObjectReport(doc: Doc, v: number): boolean;
  /** Where the content [a, b) ends once a closing cue after a comma is cut off (b when there is none). */
  reportTail(doc: Doc, a: number, b: number): number;
  /** "Son producteur, Julien Tremblay, salue « … »": whether the verb v right after the apposition's closing comma is the main verb. */
  appositionVerb(doc: Doc, v: number, named: Speaker | undefined): boolean;
  /** "X a indiqué que A, avant de préciser que B": the speaker of what comes before the comma, for the infinitive at v. */
  sequelSpeaker(doc: Doc, v: number, last: { end: number; speaker: Speaker | null } | undefined): Speaker | undefined;

  // English rules the finders call through doc.rules (issue 10); French has none of them.
  /** "said the 58-year-old retired teacher": a description after an inverted verb at token k, run to its head. */
  describedInverted(doc: Doc, k: number): { speaker: Speaker; end: number } | undefined;
  /** The extent of a description [a, b) once its leading conjunction and trailing adverbs are cut off (resolve/sanity.ts Sane). */
  saneDescription(doc: Doc, a: number, b: number, owner?: boolean): Sane;
  /** A quote's unnamed source after the sanity check: the description kept, trimmed, or turned into the person it names; null when it is none. */
  saneSpeaker(doc: Doc, sp: Speaker): Speaker | null;
  /** "Photo: Jane Roe/Reuters", "Numbers above 40 said": a described source that is a credit or a figure, whose statement is none. */
  figureSource(doc: Doc, sp: Speaker): boolean;

  /** Re-attributes the quotes of a fiction text (turns of dialogue, incises); news stays untouched. */
  attributeTurns(doc: Doc, qs: Turn[]): void;

  /** Whether a cue may open at any token after a comma ("…, a-t-il ajouté"), not only on a verb or a source word. */
  cueAfterComma: boolean;
  /** Cheap test at token v before reportAt: most tokens open no report of the language's own kinds. */
  reportCueAt(doc: Doc, v: number): boolean;
  /** A report the language marks outside the verb group, opening at token v: "Pour X, …", "selon X", "…, a-t-il ajouté." (see lang/fr/sources.ts frenchReport). */
  reportAt(doc: Doc, v: number, last: LastReport | undefined, contentEnd: (k: number) => number, quoteEndAt: (k: number) => number,
    sentenceStart: number): { a: number; b: number; speaker?: Speaker | null; cue?: Span; next: number } | undefined;
  /** A subject that stands for nobody in particular ("on dit que"), whose source the sentence may set elsewhere. */
  isHearsay(doc: Doc, subj: Speaker): boolean;
  /** The source the sentence sets before the verb v of a hearsay subject: "À Matignon, on assure que …". */
  topicSource(doc: Doc, v: number, s0: number): Speaker | undefined;
  /** A verbless phrase [a, b) that is the sentence's subject, not a report: "Le président du tribunal, Alain Brochard, a …". */
  verblessPhrase(doc: Doc, a: number, b: number): boolean;
  /** A quoted span q that names a work or a show ("appearing on “Town Talk,”"): no statement, whatever cue follows it. */
  workTitle(doc: Doc, q: Span): boolean;
  /** "La réforme est « indispensable », a déclaré X.": whether the quote q closes the clause of a mixed report before its cue. */
  mixedBeforeCue(doc: Doc, q: Span): boolean;
  /** "ont condamné ces attaques", "menace de démissionner": whether the one or two words [a, b) are the content of the report cued at v. */
  shortObject(doc: Doc, v: number, a: number, b: number): boolean;
  /** "denied the story", "announced the winners", "admitted two patients": whether the object at token k of the verb at v is a thing, not what was said. */
  objectNotContent(doc: Doc, k: number, v: number): boolean;

  // Verb facts for the verbs layer (quotes/verbs.ts).
  /** A pronominal reporting verb after its reflexive pronoun: "s'agace", "s'est inquiétée". */
  pronominalVerbAt(doc: Doc, k: number): boolean;
  /** A passive participle at token k, which reports nothing by its subject: "a été condamné". */
  passiveAt(doc: Doc, k: number): boolean;
  /** A reporting verb's form used as a noun after a determiner or possessive ("the report", "une annonce"), or outside the locution that makes it one ("font du bruit"). */
  nounFormAt(doc: Doc, k: number): boolean;
  /** After an inverted verb, at token k, where the person named after a title phrase starts ("said Cruz constituent Dan Golvach"), or -1; optional, none by default. */
  titledNameAfter?(doc: Doc, k: number): number;
  /** From token k after a name's comma, the comma closing a tag that is no apposition ("Mitch McConnell, R-Ky., said"), or -1; optional, none by default. */
  partyTagEnd?(doc: Doc, k: number): number;
  /** From token k, the token after a tag in parentheses that is no apposition ("…, said Sen. Ted Cruz (R-Texas)."), or -1; optional. */
  partyParenEnd?(doc: Doc, k: number): number;

  // Word order, as data.
  /** A reporting verb may come before its subject in a plain sentence ("« … », a affirmé M. Erdogan"). */
  verbBeforeSubject: boolean;
  /** Adjectives follow the head noun of a description ("le ministre chinois de la Défense"). */
  adjectivesAfterNoun: boolean;
  /** The subject pronouns have grammatical gender, so "il"/"elle" may take up an organisation that spoke ("la CGT … a-t-elle ajouté"). */
  genderedOrgPronouns: boolean;

  // Take-ups the resolvers (quotes/resolve/) ask about once their own rules found nobody.
  /** The person a bare definite description at tokens k (determiner), role, end stands for: "Le syndicaliste a dénoncé …". */
  personTakeUp(doc: Doc, k: number, role: number, end: number): Entity | undefined;
  /** The organisation a definite organisation noun at tokens k, role (the phrase ends at end) stands for: "Le syndicat appelle à …", "Un communiqué du ministère a indiqué …". */
  orgTakeUp(doc: Doc, k: number, role: number, end: number): Entity | undefined;
  /** The description a pronoun before token `before` takes up ({} when none may be bound), or undefined when the rule does not apply. */
  pronounTakeUp(doc: Doc, before: number, gender: "m" | "f"): { entity?: Entity } | undefined;
  /** The person a description with no role noun at tokens [a, b) stands for: "The 54-year-old said …". */
  descriptionTakeUp(doc: Doc, a: number, b: number): Entity | undefined;
}
